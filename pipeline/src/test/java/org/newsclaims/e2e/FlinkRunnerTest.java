package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seeds on the FlinkRunner in-process with parallelism 2 give exactly the DirectRunner's
 * outputs: nothing in the pipeline depends on running in one JVM thread or on element order.
 */
class FlinkRunnerTest {

  @TempDir Path direct;
  @TempDir Path flink;

  @Test
  void flinkWithParallelismTwoWritesTheSameOutputsAsTheDirectRunner() {
    SeedRun d = SeedRun.of(direct);
    SeedRun f = SeedRun.of(flink, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    for (String file : List.of("articles.jsonl", "claims.jsonl", "quotes.jsonl", "entities.jsonl",
        "findings.jsonl", "rejects.jsonl", "report.md", "report.html")) {
      assertEquals(d.text(file), f.text(file), file);
    }
    assertEquals("FlinkRunner", f.json("summary.json").get("runner").asText());
    assertEquals(d.json("summary.json").get("claims"), f.json("summary.json").get("claims"));
  }
}
