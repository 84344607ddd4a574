package org.newsclaims.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.newsclaims.Options;

/**
 * How many groups a keyed step spreads its keys over: elements are grouped by a hash bucket of
 * their key ({@link BucketedGroupByKey}, {@link BucketedCombine}, the sorted writers) rather than
 * by the key itself. {@code --keyBuckets} sets it; by default ({@code 0}) the launcher derives it
 * from the size of the input, {@link #forInputBytes}: one bucket per {@link #BYTES_PER_BUCKET}
 * of input, at least {@link #MIN} and at most {@link #MAX}. Outputs do not depend on it.
 *
 * <p>Why: the DirectRunner runs every step downstream of a GroupByKey once per key, as a bundle
 * of its own, and pays a fixed set-up per bundle and step (it translates the ParDo to its proto
 * and deserialises the DoFn again: about 7 ms). With one key per article, entity or speaker that
 * set-up was three quarters of its time; a bucket is one bundle that holds many keys, and its
 * DoFn still sees each key's group on its own. So a small run wants few buckets. A large run
 * wants more, on any runner: enough to balance the keys over the workers, and each bucket's
 * group small enough to hold in memory (a 330 MB input gets 83 buckets, each about 1/83 of a
 * step's data).
 */
public final class Buckets {

  /** Input bytes per bucket in the derived count (the 1k benchmark corpus, 3.3 MB, gets {@link #MIN}). */
  static final long BYTES_PER_BUCKET = 4_000_000L;
  /** The fewest buckets: enough to keep a few worker threads busy when one bucket is skewed. */
  static final int MIN = 6;
  /** The most buckets derived (a larger number can still be given with {@code --keyBuckets}). */
  static final int MAX = 4096;

  private Buckets() {}

  /** The number of buckets for a pipeline run with these options: {@code --keyBuckets}, or {@link #MIN} when 0. */
  static int count(PipelineOptions options) {
    int given = options.as(Options.class).getKeyBuckets();
    return given > 0 ? given : MIN;
  }

  /** The bucket count derived from the input's size in bytes. */
  static int forInputBytes(long bytes) {
    long derived = (bytes + BYTES_PER_BUCKET - 1) / BYTES_PER_BUCKET;
    return (int) Math.max(MIN, Math.min(MAX, derived));
  }

  /**
   * Sets {@code --keyBuckets} from the size of the files the input patterns match now, unless it
   * was given; called by the launcher before it builds the graph.
   */
  public static void deriveFromInput(Options options) {
    if (options.getKeyBuckets() > 0) {
      return;
    }
    options.setKeyBuckets(forInputBytes(inputBytes(options.getInput())));
  }

  private static long inputBytes(List<String> patterns) {
    try {
      long bytes = 0;
      for (MatchResult result : FileSystems.match(patterns, EmptyMatchTreatment.ALLOW)) {
        if (result.status() == MatchResult.Status.OK) {
          bytes += result.metadata().stream().filter(m -> !m.resourceId().isDirectory())
              .mapToLong(MatchResult.Metadata::sizeBytes).sum();
        }
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input files", e);
    }
  }

  /** The bucket of a key, the same in every JVM ({@link String#hashCode} is specified). */
  static int of(String key, int buckets) {
    return Math.floorMod(key == null ? 0 : key.hashCode(), buckets);
  }
}
