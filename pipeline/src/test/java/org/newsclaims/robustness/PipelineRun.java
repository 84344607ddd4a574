package org.newsclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/** Runs the whole pipeline on a directory and reads back what it wrote. */
final class PipelineRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  final Path output;
  /** articles.jsonl by article id. */
  final Map<String, JsonNode> articles = new TreeMap<>();
  /** rejects.jsonl by input (the last one when an input has several). */
  final Map<String, JsonNode> rejects = new TreeMap<>();
  final List<JsonNode> rejectLines = new ArrayList<>();
  final List<JsonNode> quotes;
  final List<JsonNode> claims;
  final JsonNode summary;

  private PipelineRun(Path output) throws IOException {
    this.output = output;
    for (JsonNode a : lines(output.resolve("articles.jsonl"))) {
      articles.put(a.get("article").asText(), a);
    }
    rejectLines.addAll(lines(output.resolve("rejects.jsonl")));
    for (JsonNode r : rejectLines) {
      rejects.put(r.get("input").asText(), r);
    }
    quotes = lines(output.resolve("quotes.jsonl"));
    claims = lines(output.resolve("claims.jsonl"));
    summary = JSON.readTree(output.resolve("summary.json").toFile());
  }

  /** Runs {@code ConsistencyPipeline.run} with the DirectRunner; the run must end DONE. */
  static PipelineRun of(Path output, String... inputs) throws IOException {
    List<String> args = new ArrayList<>();
    for (String input : inputs) {
      args.add("--input=" + input);
    }
    args.add("--output=" + output);
    PipelineOptionsFactory.register(Options.class);
    Options options = PipelineOptionsFactory.fromArgs(args.toArray(new String[0])).as(Options.class);
    assertEquals(PipelineResult.State.DONE, ConsistencyPipeline.run(options));
    return new PipelineRun(output);
  }

  static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  /** The reject of an input, or fails saying where the input went. */
  JsonNode rejectOf(String input) {
    JsonNode r = rejects.get(input);
    if (r == null) {
      throw new AssertionError(input + " is not in rejects.jsonl"
          + (articles.containsKey(input) ? " (it is an article)" : " (nor in articles.jsonl)"));
    }
    return r;
  }

  JsonNode articleOf(String input) {
    JsonNode a = articles.get(input);
    if (a == null) {
      throw new AssertionError(input + " is not in articles.jsonl"
          + (rejects.containsKey(input) ? ": rejected with " + rejects.get(input) : " (nor in rejects.jsonl)"));
    }
    return a;
  }

  /** Copies a test resource of this package next to the others. */
  static void copyResource(String name, Path dir) {
    try (InputStream in = PipelineRun.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      Files.copy(in, dir.resolve(Path.of(name).getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
