package org.newsclaims.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.model.Article;
import org.newsclaims.text.TextNormaliser;

/**
 * Stories on RPM2 (400 real articles, 20 topics of two clusters a month apart, 10 outlets each)
 * against its topics, by adjusted Rand index. The thresholds were calibrated on T01–T10 only;
 * T11–T20 are measured, never tuned on. Skipped where the corpus is absent.
 */
class Rpm2StoriesTest {

  private static final Path RPM2 = Files.isDirectory(Path.of("../shared/corpora/rpm2/documents"))
      ? Path.of("../shared/corpora/rpm2/documents") : Path.of("/work/shared/corpora/rpm2/documents");

  private static List<ArticleSignature> read(String topicPattern) throws IOException {
    List<ArticleSignature> sigs = new ArrayList<>();
    try (Stream<Path> files = Files.list(RPM2)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.matches(topicPattern)) {
          continue;
        }
        String text = ArticleDecoder.decode(name, Files.readAllBytes(p)).text();
        Article a = ArticleParser.parse(name.replace(".txt", ""), text);
        a = a.withText(TextNormaliser.normalise(a.title()), TextNormaliser.normalise(a.text()));
        sigs.add(StorySignatures.fromResources().of(a));
      }
    }
    return sigs;
  }

  /** Adjusted Rand index of two labellings of the same items (Hubert and Arabie). */
  static double adjustedRand(List<String> a, List<String> b) {
    Map<String, Integer> both = new HashMap<>();
    Map<String, Integer> left = new HashMap<>();
    Map<String, Integer> right = new HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      both.merge(a.get(i) + "\t" + b.get(i), 1, Integer::sum);
      left.merge(a.get(i), 1, Integer::sum);
      right.merge(b.get(i), 1, Integer::sum);
    }
    double index = pairs(both);
    double x = pairs(left);
    double y = pairs(right);
    double expected = x * y / (a.size() * (a.size() - 1) / 2.0);
    double max = (x + y) / 2;
    return max == expected ? 1 : (index - expected) / (max - expected);
  }

  private static double pairs(Map<String, Integer> counts) {
    return counts.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
  }

  /** ARI of the stories against the topics (T01) over the articles whose id matches {@code only}. */
  private static double ari(StoryClusterer.Result r, String only) {
    List<String> stories = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    r.assignments().forEach((id, a) -> {
      if (id.matches(only)) {
        stories.add(a.story());
        topics.add(id.substring(0, 3));
      }
    });
    return adjustedRand(stories, topics);
  }

  @Test
  void adjustedRandIsOneForTheSameGroupingAndZeroishForAnUnrelatedOne() {
    assertTrue(Math.abs(adjustedRand(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y")) - 1) < 1e-9);
    assertTrue(adjustedRand(List.of("a", "b", "a", "b"), List.of("x", "x", "y", "y")) < 0);
  }

  @Test
  void storiesMatchTheTopicsOfTheCalibrationHalf() throws IOException {
    assumeTrue(Files.isDirectory(RPM2), "RPM2 not present");
    StoryClusterer.Result half = StoryClusterer.withDefaults().cluster(read("(T0\\d|T10)_.*"));
    double calibration = ari(half, ".*");
    StoryClusterer.Result all = StoryClusterer.withDefaults().cluster(read("T\\d\\d_.*"));
    double whole = ari(all, ".*");
    System.out.printf("rpm2 stories: T01-T10 alone ARI %.3f (%d stories); all 20 topics ARI %.3f (%d stories),"
        + " of which T01-T10 %.3f, T11-T20 %.3f%n", calibration, half.stories().size(), whole, all.stories().size(),
        ari(all, "(T0\\d|T10)_.*"), ari(all, "T(1[1-9]|20)_.*"));
    assertTrue(calibration >= 0.85, "T01-T10 ARI " + calibration);
    assertTrue(whole >= 0.75, "all topics ARI " + whole);
  }
}
