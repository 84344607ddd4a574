package org.newsclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How --watch and --streaming choose the mode. */
class StreamingOptionsTest {

  private static Options parse(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(Options.class);
  }

  @Test
  void watchingAFolderTurnsStreamingOn() {
    Options options = parse("--watch=incoming/");
    assertTrue(ConsistencyPipeline.streaming(options));
    assertTrue(options.as(StreamingOptions.class).isStreaming());
    assertEquals(10, options.getPollInterval());
    assertEquals(0, options.getWatchTimeout());
  }

  @Test
  void readingKafkaTurnsStreamingOnWithTheTopicAndGroupDefaults() {
    Options options = parse("--kafkaBootstrap=127.0.0.1:19092");
    assertTrue(ConsistencyPipeline.streaming(options));
    assertTrue(options.as(StreamingOptions.class).isStreaming());
    assertEquals("articles", options.getKafkaTopic());
    assertEquals("newsclaims", options.getKafkaGroupId());
  }

  @Test
  void aFolderAndATopicTogetherAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsistencyPipeline.streaming(parse("--watch=incoming/", "--kafkaBootstrap=127.0.0.1:19092")));
    assertEquals("--watch and --kafkaBootstrap are two streaming sources: give one", e.getMessage());
  }

  @Test
  void withoutWatchTheRunIsBatch() {
    assertFalse(ConsistencyPipeline.streaming(parse("--input=seeds/*.txt")));
  }

  @Test
  void aStreamingRunRefusesAnOutputWhoseStreamFolderHasFiles(@TempDir Path out) throws IOException {
    Files.createDirectories(out.resolve("stream"));
    Files.writeString(out.resolve("stream/articles-000000.jsonl"), "");
    Options options = parse("--watch=" + out.resolve("incoming"), "--output=" + out);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsistencyPipeline.buildStreaming(Pipeline.create(options), options));
    assertTrue(e.getMessage().endsWith("remove it or choose another --output"), e.getMessage());
  }

  @Test
  void streamingWithoutAFolderToWatchIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsistencyPipeline.streaming(parse("--streaming")));
    assertTrue(e.getMessage().startsWith("--streaming needs --watch"), e.getMessage());
  }
}
