package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * A GroupByKey on string keys that shuffles by hash bucket of the key ({@link Buckets}) and
 * splits each bucket into its keys' groups afterwards: the same output as
 * {@code GroupByKey.create()} (one {@code KV<key, values>} per key, values in no set order, keys
 * in sorted order within a bucket), but the steps downstream run one bundle per bucket rather
 * than one per key. A bucket's elements are held in memory while it is split, so a bucket holds
 * about 1/{@link Buckets#count} of the input; one key's group is whole, as with a GroupByKey.
 *
 * <p>The values cross the shuffle already encoded (bytes of the input's value coder, decoded
 * once in the split): the DirectRunner copies a key's buffered values through their coder each
 * time a bundle or a timer touches the key, and copying bytes is a memory copy where copying a
 * claim was a Smile write and parse (8 % of a 2k run's CPU). Runners that serialise at the shuffle
 * still encode each value once.
 *
 * <pre>{@code claimsByEntity.apply("GroupByEntity", BucketedGroupByKey.create()) }</pre>
 */
public final class BucketedGroupByKey<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, Iterable<V>>>> {

  private BucketedGroupByKey() {}

  public static <V> BucketedGroupByKey<V> create() {
    return new BucketedGroupByKey<>();
  }

  @Override
  public PCollection<KV<String, Iterable<V>>> expand(PCollection<KV<String, V>> input) {
    KvCoder<String, V> kvCoder = (KvCoder<String, V>) input.getCoder();
    Coder<V> valueCoder = kvCoder.getValueCoder();
    int buckets = Buckets.count(input.getPipeline().getOptions());
    return input
        .apply("KeyByBucket", ParDo.of(new EncodeFn<V>(buckets, valueCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("SplitKeys", ParDo.of(new SplitFn<V>(valueCoder)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(valueCoder)));
  }

  /** Keys an element by the bucket of its key. */
  static final class BucketFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, V>>> {
    private final int buckets;

    BucketFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element KV<String, V> element, OutputReceiver<KV<Integer, KV<String, V>>> out) {
      out.output(KV.of(Buckets.of(element.getKey(), buckets), element));
    }
  }

  /** Keys an element by the bucket of its key, its value encoded by the value coder. */
  static final class EncodeFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, byte[]>>> {
    private final int buckets;
    private final Coder<V> valueCoder;

    EncodeFn(int buckets, Coder<V> valueCoder) {
      this.buckets = buckets;
      this.valueCoder = valueCoder;
    }

    @ProcessElement
    public void process(@Element KV<String, V> element, OutputReceiver<KV<Integer, KV<String, byte[]>>> out)
        throws CoderException {
      out.output(KV.of(Buckets.of(element.getKey(), buckets),
          KV.of(element.getKey(), CoderUtils.encodeToByteArray(valueCoder, element.getValue()))));
    }
  }

  /** Splits a bucket into one group per key, in key order, decoding the values. */
  static final class SplitFn<V> extends DoFn<KV<Integer, Iterable<KV<String, byte[]>>>, KV<String, Iterable<V>>> {
    private final Coder<V> valueCoder;

    SplitFn(Coder<V> valueCoder) {
      this.valueCoder = valueCoder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, byte[]>>> bucket,
        OutputReceiver<KV<String, Iterable<V>>> out) throws CoderException {
      Map<String, List<V>> groups = new TreeMap<>();
      for (KV<String, byte[]> element : bucket.getValue()) {
        groups.computeIfAbsent(element.getKey(), k -> new ArrayList<>())
            .add(CoderUtils.decodeFromByteArray(valueCoder, element.getValue()));
      }
      groups.forEach((key, values) -> out.output(KV.of(key, values)));
    }
  }
}
