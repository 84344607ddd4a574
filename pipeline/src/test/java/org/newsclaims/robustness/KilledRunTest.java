package org.newsclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL) while its file sinks are writing leaves no half-written file under a
 * final name: the run writes into a staging folder ({@code <output>/.staging-<id>/}) that is
 * moved into place only after the pipeline finished, so the output folder gets nothing; and
 * inside the staging folder Beam writes each output to a temporary file under
 * {@code .temp-beam} and renames it atomically, so a final name holds nothing or a whole file.
 */
class KilledRunTest {

  private static final List<String> FINAL_NAMES = List.of("articles.jsonl", "claims.jsonl",
      "quotes.jsonl", "entities.jsonl", "findings.jsonl", "rejects.jsonl", "report.md", "report.html",
      "summary.json");
  private static final int ARTICLES = 300;
  private static final String[] TOWNS = {"Lyon", "Rennes", "Nantes", "Lille", "Dijon", "Brest", "Pau", "Metz"};

  @Test
  void aRunKilledWhileWritingLeavesOnlyWholeFilesUnderFinalNames(@TempDir Path root) throws Exception {
    Path in = Files.createDirectories(root.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      String town = TOWNS[i % TOWNS.length];
      Files.writeString(in.resolve(String.format("a%04d.txt", i)), "Grève numéro " + i + " à " + town + "\n"
          + "Les conducteurs de bus de " + town + " ont cessé le travail mardi ; la mairie compte "
          + (100 + i) + " grévistes sur " + (1000 + 7 * i) + " agents.\n", StandardCharsets.UTF_8);
    }
    Path out = root.resolve("out");
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.newsclaims.ConsistencyPipeline",
        "--input=" + in.resolve("*"), "--output=" + out)
        .redirectErrorStream(true).redirectOutput(root.resolve("run.log").toFile()).start();
    try {
      // kill as soon as a sink has started writing a temporary file
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
      while (run.isAlive() && !writing(out) && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertTrue(run.isAlive(), "the run ended before it could be killed: " + Files.readString(root.resolve("run.log")));
      run.destroyForcibly();
      run.waitFor(30, TimeUnit.SECONDS);
    } finally {
      run.destroyForcibly();
    }
    assertFalse(run.isAlive());
    assertTrue(run.exitValue() != 0, "the run was killed, not finished");

    for (String name : FINAL_NAMES) {
      assertFalse(Files.exists(out.resolve(name)), name + " was published by a run that did not finish");
    }
    List<Path> staging;
    try (Stream<Path> dirs = Files.list(out)) {
      staging = dirs.filter(d -> d.getFileName().toString().startsWith(".staging-")).toList();
    }
    assertEquals(1, staging.size(), "one staging folder: " + staging);
    List<String> whole = new ArrayList<>();
    for (String name : FINAL_NAMES) {
      Path file = staging.get(0).resolve(name);
      if (Files.exists(file)) {
        assertWhole(file);
        whole.add(name);
      }
    }
    assertTrue(whole.size() < FINAL_NAMES.size(), "the kill came after every file was written: " + whole);
  }

  /** True once a temporary file of a sink exists (under the staging folder's .temp-beam). */
  private static boolean writing(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(out)) {
      return files.anyMatch(f -> Files.isRegularFile(f) && f.toString().contains("/.temp-beam/"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // renamed away while listing
    }
  }

  private static void assertWhole(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    if (name.endsWith(".jsonl")) {
      assertTrue(text.isEmpty() || text.endsWith("\n"), name + " ends mid-line");
      ObjectMapper json = new ObjectMapper();
      for (String line : text.split("\n")) {
        if (!line.isEmpty()) {
          json.readTree(line); // a cut line does not parse
        }
      }
    } else if (name.equals("summary.json")) {
      JsonNode summary = new ObjectMapper().readTree(text);
      assertEquals(ARTICLES, summary.get("inputs").asLong());
    } else if (name.equals("report.html")) {
      assertTrue(text.strip().endsWith("</html>"), "report.html is cut");
    } else {
      assertTrue(text.endsWith("\n") && text.contains("# "), name + " is cut");
    }
  }
}
