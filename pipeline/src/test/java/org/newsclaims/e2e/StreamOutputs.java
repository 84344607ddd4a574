package org.newsclaims.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a running streaming pipeline's outputs under {@code <output>/stream/} (docs/streaming.md)
 * while it writes them: polls within a generous bound, never a fixed sleep.
 */
final class StreamOutputs {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final long TIMEOUT_MILLIS = 120_000;

  private StreamOutputs() {}

  /** Waits until a window's latest.jsonl has a line matching {@code wanted}; returns it. */
  static JsonNode await(Path out, Predicate<JsonNode> wanted) throws InterruptedException {
    long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      for (Path latest : files(out.resolve("stream/findings"), "latest.jsonl")) {
        for (JsonNode line : read(latest)) {
          if (wanted.test(line)) {
            return line;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no such finding within " + TIMEOUT_MILLIS + " ms in " + out);
  }

  static void awaitLines(Path out, String log, int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    while (lines(out, log).size() < count) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(log + ": fewer than " + count + " lines within " + TIMEOUT_MILLIS + " ms");
      }
      Thread.sleep(200);
    }
  }

  /** Every line of the {@code <log>-NNNNNN.jsonl} batches. */
  static List<JsonNode> lines(Path out, String log) {
    List<JsonNode> all = new ArrayList<>();
    for (Path batch : files(out.resolve("stream"), null)) {
      String name = batch.getFileName().toString();
      if (name.startsWith(log + "-") && name.endsWith(".jsonl")) {
        all.addAll(read(batch));
      }
    }
    return all;
  }

  static List<Path> files(Path dir, String name) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    // a file renamed while listing (a window's latest.jsonl is replaced at every pane) fails the
    // walk: list again
    for (int attempt = 0; ; attempt++) {
      try (Stream<Path> walk = Files.walk(dir)) {
        return walk.filter(Files::isRegularFile)
            .filter(f -> name == null || f.getFileName().toString().equals(name)).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        if (attempt == 20) {
          return List.of();
        }
      }
    }
  }

  static List<JsonNode> read(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      return List.of(); // replaced between listing and reading: the next poll reads the new one
    }
    return out;
  }
}
