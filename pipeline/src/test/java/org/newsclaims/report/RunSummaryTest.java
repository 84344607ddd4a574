package org.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

  @Test
  void theLauncherAddsInputsAndTimingToTheCountsWithoutChangingThem() {
    RunSummary counts = RunSummary.of(Map.of("inputs", 7L, "articles", 5L, "rejects", 2L, "claims", 40L), "FlinkRunner");
    RunSummary run = counts.withRun(List.of("in/*.txt", "crawl/day.jsonl"), 6,
        Instant.parse("2026-11-23T06:30:00.123456Z"), Instant.parse("2026-11-23T06:31:21.5Z"));
    assertEquals("{\n  \"inputs\" : 7,\n  \"articles\" : 5,\n  \"rejects\" : 2,\n  \"inputsAccountedFor\" : true,\n"
        + "  \"claims\" : 40,\n  \"quotes\" : 0,\n  \"entities\" : 0,\n  \"stories\" : 0,\n  \"findings\" : 0,\n  \"stageFailures\" : 0,\n"
        + "  \"runner\" : \"FlinkRunner\",\n  \"inputPatterns\" : [ \"in/*.txt\", \"crawl/day.jsonl\" ],\n"
        + "  \"inputFiles\" : 6,\n  \"startedAt\" : \"2026-11-23T06:30:00.123Z\",\n"
        + "  \"finishedAt\" : \"2026-11-23T06:31:21.500Z\",\n  \"durationSeconds\" : 81.377\n}",
        JsonLines.toPrettyJson(run));
  }

  @Test
  void aSummaryReadBackFromItsJsonIsTheSame() {
    RunSummary run = RunSummary.of(Map.of("inputs", 3L, "articles", 3L), "DirectRunner")
        .withRun(List.of("seeds/*.txt"), 3, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:01Z"));
    assertEquals(run, JsonLines.fromLine(JsonLines.toPrettyJson(run), RunSummary.class));
    RunSummary counts = RunSummary.of(Map.of("inputs", 3L), "DirectRunner");
    assertEquals(counts, JsonLines.fromLine(JsonLines.toPrettyJson(counts), RunSummary.class));
  }

  @Test
  void docsOutputFormatListsEverySummaryFieldInOrder() throws IOException {
    String doc = Files.readString(Path.of("docs/output-format.md"));
    String section = doc.substring(doc.indexOf("## `summary.json`"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    List<String> documented = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("| `")) {
        documented.add(line.substring(3, line.indexOf('`', 3)));
      }
    }
    List<String> declared = Arrays.asList(RunSummary.class.getAnnotation(JsonPropertyOrder.class).value());
    assertEquals(declared, documented);
    assertTrue(declared.containsAll(RunSummary.TIMING_FIELDS));
    assertEquals(declared, Arrays.stream(RunSummary.class.getRecordComponents()).map(c -> c.getName()).toList());
  }
}
