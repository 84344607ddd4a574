package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * {@code Combine.perKey} on string keys, shuffled by hash bucket of the key ({@link Buckets}):
 * the same output (one {@code KV<key, combined>} per key), but the combine's accumulator is a map
 * from key to the given CombineFn's accumulator, so the steps downstream run one bundle per
 * bucket rather than one per key on the DirectRunner. Runners that lift combiners (Flink) still
 * pre-combine each worker's elements before the shuffle, so a key found in every article (a
 * "hot" entity) travels as one accumulator per worker and bucket, never as all its elements.
 *
 * <pre>{@code idsByAlias.apply("OneIdPerAlias", BucketedCombine.perKey(ids -> min(ids))) }</pre>
 */
public final class BucketedCombine<V, A, O> extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, O>>> {

  private final Combine.CombineFn<V, A, O> fn;

  private BucketedCombine(Combine.CombineFn<V, A, O> fn) {
    this.fn = fn;
  }

  public static <V, A, O> BucketedCombine<V, A, O> perKey(Combine.CombineFn<V, A, O> fn) {
    return new BucketedCombine<>(fn);
  }

  /** Combines each key's values with an associative, commutative function (as {@code Combine.perKey(fn)}). */
  public static <V> BucketedCombine<V, List<V>, V> perKey(SerializableFunction<Iterable<V>, V> fn) {
    return new BucketedCombine<>(Combine.IterableCombineFn.of(fn));
  }

  @Override
  public PCollection<KV<String, O>> expand(PCollection<KV<String, V>> input) {
    KvCoder<String, V> kvCoder = (KvCoder<String, V>) input.getCoder();
    CoderRegistry registry = input.getPipeline().getCoderRegistry();
    Coder<A> accumulatorCoder;
    Coder<O> outputCoder;
    try {
      accumulatorCoder = fn.getAccumulatorCoder(registry, kvCoder.getValueCoder());
      outputCoder = fn.getDefaultOutputCoder(registry, kvCoder.getValueCoder());
    } catch (CannotProvideCoderException e) {
      throw new IllegalStateException("no coder for the combine's accumulator or output", e);
    }
    int buckets = Buckets.count(input.getPipeline().getOptions());
    return input
        .apply("KeyByBucket", ParDo.of(new BucketedGroupByKey.BucketFn<V>(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), kvCoder))
        .apply("CombineBuckets", Combine.perKey(new PerKeyFn<>(fn, accumulatorCoder, outputCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ListCoder.of(KvCoder.of(StringUtf8Coder.of(), outputCoder))))
        .apply("SplitKeys", ParDo.of(new SplitFn<O>()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), outputCoder));
  }

  /** The given CombineFn applied per key inside one bucket's accumulator. */
  static final class PerKeyFn<V, A, O> extends Combine.CombineFn<KV<String, V>, Map<String, A>, List<KV<String, O>>> {
    private final Combine.CombineFn<V, A, O> fn;
    private final Coder<A> accumulatorCoder;
    private final Coder<O> outputCoder;

    PerKeyFn(Combine.CombineFn<V, A, O> fn, Coder<A> accumulatorCoder, Coder<O> outputCoder) {
      this.fn = fn;
      this.accumulatorCoder = accumulatorCoder;
      this.outputCoder = outputCoder;
    }

    @Override
    public Map<String, A> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, A> addInput(Map<String, A> acc, KV<String, V> input) {
      A keyAcc = acc.get(input.getKey());
      acc.put(input.getKey(), fn.addInput(keyAcc == null ? fn.createAccumulator() : keyAcc, input.getValue()));
      return acc;
    }

    @Override
    public Map<String, A> mergeAccumulators(Iterable<Map<String, A>> accs) {
      Map<String, List<A>> byKey = new HashMap<>();
      for (Map<String, A> acc : accs) {
        acc.forEach((key, a) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a));
      }
      Map<String, A> merged = new HashMap<>();
      byKey.forEach((key, parts) -> merged.put(key, parts.size() == 1 ? parts.get(0) : fn.mergeAccumulators(parts)));
      return merged;
    }

    @Override
    public Map<String, A> compact(Map<String, A> acc) {
      acc.replaceAll((key, a) -> fn.compact(a));
      return acc;
    }

    @Override
    public List<KV<String, O>> extractOutput(Map<String, A> acc) {
      List<KV<String, O>> out = new ArrayList<>(acc.size());
      new TreeMap<>(acc).forEach((key, a) -> out.add(KV.of(key, fn.extractOutput(a))));
      return out;
    }

    @Override
    public Coder<Map<String, A>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, V>> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), accumulatorCoder);
    }

    @Override
    public Coder<List<KV<String, O>>> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, V>> inputCoder) {
      return ListCoder.of(KvCoder.of(StringUtf8Coder.of(), outputCoder));
    }
  }

  /** One element per key of a bucket. */
  static final class SplitFn<O> extends DoFn<KV<Integer, List<KV<String, O>>>, KV<String, O>> {
    @ProcessElement
    public void process(@Element KV<Integer, List<KV<String, O>>> bucket, OutputReceiver<KV<String, O>> out) {
      bucket.getValue().forEach(out::output);
    }
  }
}
