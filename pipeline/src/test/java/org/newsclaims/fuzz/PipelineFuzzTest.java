package org.newsclaims.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsclaims.ingest.CrawlerRecordParser;
import org.newsclaims.model.Article;

/**
 * Jazzer fuzz targets over the normaliser, the sentence splitter, the decoder and parsers and
 * the extractors (entities, quotes, claims): any exception, broken invariant ({@link Extraction})
 * or input taking more than {@link #BUDGET_NANOS} is a finding.
 *
 * <p>Under {@code mvn verify} (JAZZER_FUZZ unset) each target runs once per file of its seed
 * corpus ({@code src/test/resources/org/newsclaims/fuzz/PipelineFuzzTestInputs/<method>/}) as a
 * plain test. To fuzz one target for real (see docs/robustness.md):
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o test -Dtest='PipelineFuzzTest#extractors' -Djazzer.max_duration=10m
 * </pre>
 */
class PipelineFuzzTest {

  /** Every stage is linear: one second on one input means something is not. */
  static final long BUDGET_NANOS = 1_000_000_000L;

  static {
    // load the resources and classes of every stage once, outside any input's time budget
    Extraction.get().fromText("Titre\n« Nous avons repris 86 % de la zone », a déclaré Jean Durand.");
    CrawlerRecordParser.parse("{\"title\":\"T\",\"maintext\":\"Le texte.\",\"date\":\"2025-03-12\"}", "warm.jsonl", 1);
    Extraction.get().fromBytes("Gr\u00e8ve".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @FuzzTest(maxDuration = "60s")
  void normaliseAndSplit(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    timed(text, () -> Extraction.normaliseAndSplit(text));
  }

  @FuzzTest(maxDuration = "60s")
  void decodeAndParseFile(byte[] bytes) {
    Extraction extraction = Extraction.get();
    timed("<" + bytes.length + " bytes>", () -> extraction.fromBytes(bytes));
  }

  @FuzzTest(maxDuration = "60s")
  void crawlerRecord(FuzzedDataProvider data) {
    String line = data.consumeRemainingAsString();
    timed(line, () -> {
      CrawlerRecordParser.Parsed parsed = CrawlerRecordParser.parse(line, "fuzz.jsonl", 1);
      if (parsed.ok()) {
        Extraction.get().extract(parsed.article());
      }
    });
  }

  @FuzzTest(maxDuration = "60s")
  void extractors(FuzzedDataProvider data) {
    Extraction extraction = Extraction.get();
    String title = data.consumeString(200);
    String text = data.consumeRemainingAsString();
    timed(text, () -> {
      extraction.extract(new Article("fuzz.txt", title, null, null, null, text));
      extraction.fromText(title + "\n" + text);
    });
  }

  private static void timed(String input, Runnable stage) {
    long start = System.nanoTime();
    stage.run();
    long took = System.nanoTime() - start;
    if (took > BUDGET_NANOS) {
      throw new IllegalStateException("took " + took / 1_000_000 + " ms (budget "
          + BUDGET_NANOS / 1_000_000 + " ms) on an input of " + input.length() + " chars");
    }
  }
}
