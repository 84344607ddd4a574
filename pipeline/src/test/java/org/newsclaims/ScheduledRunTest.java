package org.newsclaims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Article;
import org.newsclaims.report.RunSummary;

/**
 * Scheduled batch runs through the command-line entry ({@code runMain}, {@code main} without
 * {@code System.exit}): run folders and the latest pointer, a failed run that leaves the previous
 * outputs byte for byte, reruns that give the same bytes, and the exit codes.
 */
class ScheduledRunTest {

  private static final List<String> OUTPUTS = List.of("articles.jsonl", "claims.jsonl", "entities.jsonl",
      "findings.jsonl", "quotes.jsonl", "rejects.jsonl", "report.html", "report.md", "stories.jsonl", "summary.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;

  @Test
  void aRunFolderIsPublishedAfterSuccessKeptByAFailedRunAndARerunGivesTheSameBytes() throws IOException {
    Path out = root.resolve("reports");
    Exit first = main(null, "--input=seeds/*.txt", "--output=" + out, "--runName=daily");
    assertEquals(0, first.code, first.err);
    assertEquals("", first.err);
    Path daily = out.resolve("daily");
    assertEquals(new TreeSet<>(OUTPUTS), names(daily));
    assertEquals(Set.of("daily", "latest", "latest.txt"), names(out), "no staging folder is left");
    assertEquals("daily\n", Files.readString(out.resolve("latest.txt")));
    assertEquals(Path.of("daily"), Files.readSymbolicLink(out.resolve("latest")));
    ObjectNode summary = (ObjectNode) JSON.readTree(daily.resolve("summary.json").toFile());
    assertEquals("[\"seeds/*.txt\"]", summary.get("inputPatterns").toString());
    assertEquals(5, summary.get("inputFiles").asLong());
    assertEquals("DirectRunner", summary.get("runner").asText());
    assertTrue(summary.get("startedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
        summary.get("startedAt").asText());
    assertTrue(summary.get("durationSeconds").asDouble() > 0);

    Map<String, String> before = snapshot(out);
    Exit failed = main(FailingStep.always("002_725524dbbbc85542.txt"),
        "--input=seeds/*.txt", "--output=" + out, "--runName=daily");
    assertEquals(1, failed.code);
    assertEquals("newsclaims: run failed in the pipeline: java.lang.IllegalStateException: "
        + FailingStep.MESSAGE + "002_725524dbbbc85542.txt; the outputs in " + out + " were left as they were\n",
        failed.err);
    assertEquals(before, snapshot(out), "the failed run changed the previous outputs");

    Exit dated = main(null, "--input=seeds/*.txt", "--output=" + out, "--runName=auto");
    assertEquals(0, dated.code, dated.err);
    String name = Files.readString(out.resolve("latest.txt")).strip();
    assertTrue(name.matches("\\d{4}-\\d\\d-\\d\\dT\\d{6}Z"), name);
    assertEquals(Path.of(name), Files.readSymbolicLink(out.resolve("latest")));
    assertEquals(Set.of("daily", name, "latest", "latest.txt"), names(out));
    for (String file : OUTPUTS) {
      if (file.equals("summary.json")) {
        assertEquals(withoutTiming(daily.resolve(file)), withoutTiming(out.resolve(name).resolve(file)));
      } else {
        assertArrayEquals(Files.readAllBytes(daily.resolve(file)), Files.readAllBytes(out.resolve(name).resolve(file)), file);
      }
    }
  }

  @Test
  void aRunThatCannotWriteExitsOneWithTheCauseAndLeavesWhatWasThere() throws IOException {
    Path notADirectory = Files.writeString(root.resolve("reports"), "an earlier file, not a folder\n");
    Exit exit = main(null, "--input=seeds/000_*.txt", "--output=" + notADirectory);
    assertEquals(1, exit.code, exit.err);
    assertTrue(exit.err.startsWith("newsclaims: run failed in the pipeline: "), exit.err);
    assertTrue(exit.err.endsWith("; the outputs in " + notADirectory + " were left as they were\n"), exit.err);
    assertEquals(1, exit.err.lines().count(), exit.err);
    assertEquals("an earlier file, not a folder\n", Files.readString(notADirectory));
  }

  @Test
  void invalidOptionsExitWithCodeTwoAndOneLineNamingTheOptionBeforeAnythingRuns() {
    Path out = root.resolve("reports");
    Map<String, String> cases = new TreeMap<>(Map.of(
        "--runName=../elsewhere", "--runName must be 'auto' or a folder name",
        "--runName=latest", "--runName must be 'auto' or a folder name",
        "--shards=-1", "--shards must be 0 (runner decides) or more, not -1",
        "--shardz=2", "missing a property named 'shardz'"));
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Exit exit = main(null, "--input=seeds/*.txt", "--output=" + out, c.getKey());
      assertEquals(2, exit.code, c.getKey());
      assertTrue(exit.err.startsWith("newsclaims: invalid options: ") && exit.err.contains(c.getValue()), exit.err);
      assertEquals(1, exit.err.lines().count(), exit.err);
    }
    assertFalse(Files.exists(out));
  }

  record Exit(int code, String err) {}

  private static Exit main(PTransform<PCollection<Article>, PCollection<Article>> step, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(Arrays.asList(args));
    int code = ConsistencyPipeline.runMain(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), step);
    return new Exit(code, err.toString(StandardCharsets.UTF_8));
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  /** Every file and link under a directory: its bytes (as text) or where it points. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          all.put(key, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          all.put(key, Files.readString(p, StandardCharsets.UTF_8) + "@" + Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return all;
  }

  static ObjectNode withoutTiming(Path summary) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(summary.toFile());
    RunSummary.TIMING_FIELDS.forEach(node::remove);
    return node;
  }
}
