package org.newsclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Article;

/**
 * Retries do not duplicate: on the FlinkRunner in-process (parallelism 2, restarts allowed), a
 * step that fails once on one article makes Flink restart the failed tasks, and the outputs of the
 * retried run equal those of a clean run: no claim, quote, entity or finding written twice, no
 * count inflated by the failed attempt.
 *
 * <p>In Beam 2.62 {@code --numberOfExecutionRetries} and {@code --executionRetryDelay} only reach
 * Flink's streaming environment; a batch job takes its restart strategy from the Flink
 * configuration, here a {@code config.yaml} in {@code --flinkConfDir}, as on a real cluster.
 */
class RetriedRunTest {

  private static final String[] FLINK = {"--input=seeds/*.txt", "--runner=FlinkRunner", "--flinkMaster=[local]",
      "--parallelism=2"};
  private static final String RESTARTS = "restart-strategy:\n  type: fixed-delay\n  fixed-delay:\n"
      + "    attempts: 2\n    delay: 100 ms\n";
  private static final List<String> FILES = List.of("articles.jsonl", "claims.jsonl", "quotes.jsonl",
      "entities.jsonl", "findings.jsonl", "rejects.jsonl", "report.md", "report.html");

  @TempDir Path root;

  @Test
  void aJobRestartedAfterAStepFailedOnceWritesWhatACleanRunWrites() throws IOException {
    Path clean = root.resolve("clean");
    Path retried = root.resolve("retried");
    Path marker = root.resolve("failed-once");

    Path conf = Files.createDirectories(root.resolve("flink-conf"));
    Files.writeString(conf.resolve("config.yaml"), RESTARTS);

    assertEquals(0, run(clean, conf, null));
    assertEquals(0, run(retried, conf, FailingStep.once("003_d3a6d047bd8cd0d6.txt", marker)));

    assertTrue(Files.exists(marker), "the step never failed, nothing was retried");
    for (String file : FILES) {
      List<String> expected = Files.readAllLines(clean.resolve(file), StandardCharsets.UTF_8);
      List<String> actual = Files.readAllLines(retried.resolve(file), StandardCharsets.UTF_8);
      assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), file);
      assertEquals(expected, actual, file + " in a different order");
    }
    assertEquals(ScheduledRunTest.withoutTiming(clean.resolve("summary.json")),
        ScheduledRunTest.withoutTiming(retried.resolve("summary.json")));
  }

  private static int run(Path output, Path flinkConf, PTransform<PCollection<Article>, PCollection<Article>> step) {
    String[] args = java.util.Arrays.copyOf(FLINK, FLINK.length + 2);
    args[FLINK.length] = "--output=" + output;
    args[FLINK.length + 1] = "--flinkConfDir=" + flinkConf;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ConsistencyPipeline.runMain(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8), step);
    if (code != 0) {
      throw new AssertionError("exit " + code + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return code;
  }
}
