package org.newsclaims.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Quote;
import org.newsclaims.text.TextNormaliser;

/** Quotes and speakers on the seed articles, and robustness on the rpm2 corpus. */
class SeedQuotesTest {

  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.fromResources();

  static List<Quote> seed(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow();
      return extractBody(f, Files.readString(f, StandardCharsets.UTF_8));
    }
  }

  private static List<Quote> extractBody(Path f, String raw) {
    int nl = raw.indexOf('\n');
    String body = TextNormaliser.normalise(nl < 0 ? "" : raw.substring(nl + 1));
    return EXTRACTOR.extract(
        new Article(f.getFileName().toString(), null, null, null, null, body), List.of());
  }

  private static Quote quote(List<Quote> qs, String fragment) {
    return qs.stream().filter(q -> q.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + fragment + " in " + qs));
  }

  @Test
  void attributesTheQuotesOfSeed000() throws IOException {
    List<Quote> qs = seed("000_");
    Quote prisoners = quote(qs, "ont été faits prisonniers");
    assertEquals("Valéri Guérassimov", prisoners.speaker());
    assertEquals("explicit", prisoners.method());
    assertEquals("a déclaré", prisoners.cue());
    assertFalse(prisoners.partial());

    Quote fiveDays = quote(qs, "Rien qu'au cours des cinq derniers jours");
    assertEquals("Valéri Guérassimov", fiveDays.speaker());
    assertEquals("pronoun", fiveDays.method());
    assertEquals("a-t-il poursuivi", fiveDays.cue());

    Quote priority = quote(qs, "Ma priorité a été et reste");
    assertEquals("Oleksandr Syrsky", priority.speaker());
    assertEquals("pronoun", priority.method());
    assertEquals("a-t-il déclaré", priority.cue());

    Quote terrorists = quote(qs, "traités comme des terroristes");
    assertTrue(terrorists.partial());
    assertEquals("Vladimir Poutine", terrorists.speaker());
  }

  @Test
  void attributesTheQuotesOfSeed001() throws IOException {
    List<Quote> qs = seed("001_");
    assertEquals("Vladimir Poutine", quote(qs, "Je m'attends à ce que").speaker());
    assertEquals("Valéri Guérassimov", quote(qs, "Rien qu'au cours").speaker());
    Quote isolated = quote(qs, "isolé");
    assertTrue(isolated.partial());
    assertEquals("Valéri Guérassimov", isolated.speaker());
    assertEquals("role", isolated.method());
    assertEquals("Oleksandre Syrsky", quote(qs, "presque entièrement détruite").speaker());
    assertEquals("a toutefois détaillé", quote(qs, "presque entièrement détruite").cue());
    assertEquals("a enfin assuré", quote(qs, "Malgré la pression accrue").cue());
  }

  @Test
  void attributesTheQuotesOfSeed003() throws IOException {
    List<Quote> qs = seed("003_");
    Quote first = quote(qs, "Nous continuons d'avancer");
    Quote second = quote(qs, "d'un à deux kilomètres");
    assertEquals("Volodymyr Zelensky", first.speaker());
    assertEquals("Volodymyr Zelensky", second.speaker());
    assertEquals("a écrit", first.cue());
    assertFalse(second.partial());
    Quote difficult = quote(qs, "La situation reste difficile");
    assertEquals("Yuri Podolyaka", difficult.speaker());
    assertEquals("a reconnu", difficult.cue());
    assertTrue(quote(qs, "zone tampon").partial());
  }

  @Test
  void attributesTheQuotesOfSeed004() throws IOException {
    List<Quote> qs = seed("004_");
    Quote lastLocality = quote(qs, "Aujourd'hui, la dernière localité");
    assertEquals("Valéri Guérassimov", lastLocality.speaker());
    assertEquals("explicit", lastLocality.method());
    Quote adventure = quote(qs, "L'aventure du régime de Kiev a complètement échoué");
    assertEquals("Vladimir Poutine", adventure.speaker());
    assertEquals("s'est immédiatement félicité", adventure.cue());
    Quote losses = quote(qs, "les pertes énormes");
    assertEquals("Vladimir Poutine", losses.speaker());
    assertEquals("d'après", losses.cue());
    assertEquals("role", losses.method());
    assertEquals("Valéri Guérassimov", quote(qs, "Les soldats et les officiers").speaker());
  }

  @Test
  void neverThrowsOnTheRpm2Corpus() throws IOException {
    Path dir = Path.of("..", "shared", "corpora", "rpm2", "documents");
    Assumptions.assumeTrue(Files.isDirectory(dir), "rpm2 corpus absent");
    int files = 0;
    int quotes = 0;
    int attributed = 0;
    int unclosed = 0;
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.sorted().toList()) {
        String raw = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        List<Quote> qs = extractBody(f, raw);
        files++;
        quotes += qs.size();
        for (Quote q : qs) {
          attributed += q.speaker() != null ? 1 : 0;
          unclosed += q.unclosed() ? 1 : 0;
          assertTrue(q.start() < q.end());
          assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
        }
      }
    }
    System.out.printf("rpm2: %d files, %d quotes, %d with a speaker, %d unclosed%n",
        files, quotes, attributed, unclosed);
    assertTrue(quotes > 0);
  }
}
