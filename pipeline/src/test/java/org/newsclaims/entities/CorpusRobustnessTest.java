package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.TextNormaliser;

/** Runs recognition and clustering over the rpm2 corpus (when present) and odd inputs. */
class CorpusRobustnessTest {

  private static final Path CORPUS = Path.of("../shared/corpora/rpm2/documents");
  private static final Set<String> TYPES =
      Set.of(EntityMention.PERSON, EntityMention.PLACE, EntityMention.ORGANISATION);

  private static final EntityRecogniser RECOGNISER = EntityRecogniser.fromResources();
  private static final EntityClusterer CLUSTERER = EntityClusterer.fromResources();

  @Test
  void neverThrowsOnTheCorpusAndKeepsMentionsConsistent() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "rpm2 corpus not present");
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, List<EntityMention>> blocks = new TreeMap<>();
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      int nl = raw.indexOf('\n');
      String text = TextNormaliser.normalise(nl < 0 ? raw : raw.substring(nl + 1));
      Article a = new Article(f.getFileName().toString(), nl < 0 ? "" : raw.substring(0, nl),
          null, null, null, text);
      for (EntityMention m : RECOGNISER.find(a)) {
        assertEquals(m.text(), text.substring(m.start(), m.end()), f.toString());
        assertTrue(TYPES.contains(m.type()), m.toString());
        assertFalse(m.name().isBlank(), m.toString());
        blocks.computeIfAbsent(NameKey.of(m.name(), m.type()), k -> new ArrayList<>()).add(m);
      }
    }
    assertTrue(blocks.size() > 100, "too few entities: " + blocks.size());
    long entities = 0;
    for (Map.Entry<String, List<EntityMention>> b : blocks.entrySet()) {
      EntityClusterer.Result r = CLUSTERER.cluster(b.getKey(), b.getValue());
      assertFalse(r.entities().isEmpty(), b.getKey());
      for (EntityMention m : b.getValue()) {
        assertTrue(r.aliasToId().containsKey(EntityClusterer.aliasKey(m.name())), m.toString());
      }
      entities += r.entities().size();
    }
    System.out.println("rpm2: " + files.size() + " articles, " + blocks.size() + " blocks, "
        + entities + " entities");
  }

  @Test
  void staysLinearOnPathologicalTexts() {
    String caps = "Jean ".repeat(50_000);
    String particles = "Jean de ".repeat(30_000) + "Paris";
    String noNewline = "Le président russe a parlé à Koursk, selon M. Dupont. ".repeat(20_000);
    String punctuation = "A,".repeat(100_000) + " « M. » ".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (String t : List.of(caps, particles, noNewline, punctuation)) {
        RECOGNISER.find(new Article("x.txt", "", null, null, null, t));
      }
    });
  }
}
