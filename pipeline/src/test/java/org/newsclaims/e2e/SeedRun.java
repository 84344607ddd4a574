package org.newsclaims.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/** Runs the whole pipeline on the seed articles into a directory and reads its outputs back. */
final class SeedRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  final Path dir;

  private SeedRun(Path dir) {
    this.dir = dir;
  }

  /** Reads the outputs a run already wrote into {@code dir}. */
  static SeedRun at(Path dir) {
    return new SeedRun(dir);
  }

  static SeedRun of(Path dir, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("--input=seeds/*.txt", "--output=" + dir));
    args.addAll(List.of(extraArgs));
    args.add("--enforceImmutability=false");
    Options options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(Options.class);
    PipelineResult.State state = ConsistencyPipeline.run(options);
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended in " + state);
    }
    return new SeedRun(dir);
  }

  List<JsonNode> lines(String file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve(file))) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode json(String file) {
    try {
      return JSON.readTree(dir.resolve(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(String file) {
    try {
      return Files.readString(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
