package org.newsclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.junit.jupiter.api.Test;

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
  void withoutWatchTheRunIsBatch() {
    assertFalse(ConsistencyPipeline.streaming(parse("--input=seeds/*.txt")));
  }

  @Test
  void streamingWithoutAFolderToWatchIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsistencyPipeline.streaming(parse("--streaming")));
    assertTrue(e.getMessage().startsWith("--streaming needs --watch"), e.getMessage());
  }
}
