package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.Options;

/** The number of hash buckets of the keyed steps: given, or derived from the input's size, never from the runner. */
class BucketsTest {

  @Test
  void derivesOneBucketPerFourMegabytesWithinBounds() {
    assertEquals(6, Buckets.forInputBytes(0));
    assertEquals(6, Buckets.forInputBytes(3_290_922)); // the 1k benchmark corpus
    assertEquals(9, Buckets.forInputBytes(33_000_000)); // 10k
    assertEquals(83, Buckets.forInputBytes(330_000_000)); // 100k
    assertEquals(4096, Buckets.forInputBytes(1L << 40));
  }

  @Test
  void theSameInputGetsTheSameCountOnEveryRunner(@TempDir Path in) throws IOException {
    for (int i = 0; i < 3; i++) {
      Files.write(in.resolve(i + ".txt"), new byte[10_000_000]);
    }
    for (String runner : new String[] {"DirectRunner", "FlinkRunner"}) {
      Options options = PipelineOptionsFactory.fromArgs("--runner=" + runner, "--input=" + in.resolve("*.txt"))
          .as(Options.class);
      Buckets.deriveFromInput(options);
      assertEquals(8, options.getKeyBuckets(), runner);
      assertEquals(8, Buckets.count(options), runner);
    }
  }

  @Test
  void aGivenCountIsKept(@TempDir Path in) {
    Options options = PipelineOptionsFactory.fromArgs("--keyBuckets=256", "--input=" + in.resolve("*.txt"))
        .as(Options.class);
    Buckets.deriveFromInput(options);
    assertEquals(256, Buckets.count(options));
  }
}
