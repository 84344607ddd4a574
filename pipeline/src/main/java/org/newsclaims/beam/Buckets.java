package org.newsclaims.beam;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * How many groups a keyed step spreads its keys over: elements are grouped by a hash bucket of
 * their key ({@link BucketedGroupByKey}, {@link BucketedCombine}) rather than by the key itself.
 *
 * <p>Why: the DirectRunner runs every step downstream of a GroupByKey once per key, as a bundle
 * of its own, and pays a fixed set-up per bundle and step (it translates the ParDo to its proto
 * and deserialises the DoFn again: tens of milliseconds). With one key per article, entity or
 * speaker that set-up was three quarters of its time. A bucket is one bundle that holds many
 * keys; its DoFn still sees each key's group on its own. Distributed runners (Flink) have no such
 * per-key cost, and want enough buckets to balance the keys over their workers and to keep each
 * bucket's group small in memory.
 */
final class Buckets {

  /** Buckets per DirectRunner worker thread (two: a skewed bucket does not leave a thread idle long). */
  static final int DIRECT_PER_THREAD = 2;
  /** Buckets on other runners: enough to balance a few dozen workers, each group 1/256 of a step's data. */
  static final int DISTRIBUTED = 256;

  private Buckets() {}

  /** The number of buckets for a pipeline run with these options. */
  static int count(PipelineOptions options) {
    Class<?> runner = options.getRunner();
    if (runner != null && runner.getSimpleName().equals("DirectRunner")) {
      return Math.max(1, DIRECT_PER_THREAD * options.as(DirectOptions.class).getTargetParallelism());
    }
    return DISTRIBUTED;
  }

  /** The bucket of a key, the same in every JVM ({@link String#hashCode} is specified). */
  static int of(String key, int buckets) {
    return Math.floorMod(key == null ? 0 : key.hashCode(), buckets);
  }
}
