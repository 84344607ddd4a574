package org.newsclaims.beam;

import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * On the DirectRunner, holds a collection back until the collections that the side inputs of
 * its next step are built from are complete, so that its elements reach that step when the side
 * inputs are ready; on any other runner the collection passes unchanged (no step is added).
 *
 * <p>Why: the DirectRunner pushes back the elements of a step whose side input is not ready and
 * runs the step again on all of them each time another step finishes a bundle: a new evaluator
 * (the ParDo translated to its proto and the DoFn deserialised, about 7 ms) and a pass over every
 * waiting element, hundreds of times while the articles wait for the report's counts or the claims
 * for the entity tables (on 2k articles 1 500 such runs; on 10k a sixth of the run's samples). Held
 * here, the elements wait in a GroupByKey, which releases them once every input, the awaited
 * collections included, is complete. Flink reads side inputs as broadcasts before the step starts
 * and has no such loop, so the hold would only add a shuffle there.
 *
 * <p>The elements cross the GroupByKey as the bytes of their coder (the DirectRunner copies group
 * state through the value coder: bytes copy as arrays), spread round-robin over {@link
 * Buckets#count} keys, and come out in no set order, as from any shuffle.
 *
 * <pre>{@code articles.apply("HoldArticles", HoldForSideInputs.until(assignments)) }</pre>
 */
public final class HoldForSideInputs<T> extends PTransform<PCollection<T>, PCollection<T>> {

  private final List<PCollection<?>> awaited;

  private HoldForSideInputs(List<PCollection<?>> awaited) {
    this.awaited = awaited;
  }

  /** Holds the input until all of {@code awaited} (the sources of the next step's side inputs) are complete. */
  public static <T> HoldForSideInputs<T> until(PCollection<?>... awaited) {
    if (awaited.length == 0) {
      throw new IllegalArgumentException("HoldForSideInputs needs the collections to wait for");
    }
    return new HoldForSideInputs<>(List.of(awaited));
  }

  /** True when the pipeline runs on the DirectRunner, the runner that needs the hold. */
  static boolean needed(PipelineOptions options) {
    return "DirectRunner".equals(options.getRunner().getSimpleName());
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    if (!needed(input.getPipeline().getOptions())) {
      return input;
    }
    Coder<T> coder = input.getCoder();
    KvCoder<Integer, byte[]> keyed = KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of());
    PCollectionList<KV<Integer, byte[]>> parts = PCollectionList.of(input
        .apply("Encode", ParDo.of(new EncodeFn<T>(coder, Buckets.count(input.getPipeline().getOptions()))))
        .setCoder(keyed));
    for (int i = 0; i < awaited.size(); i++) {
      parts = parts.and(signal(awaited.get(i), "Awaited" + i).setCoder(keyed));
    }
    return parts
        .apply("WithAwaited", Flatten.pCollections())
        .apply("Hold", GroupByKey.create())
        .apply("Release", ParDo.of(new DecodeFn<T>(coder)))
        .setCoder(coder);
  }

  private static <A> PCollection<KV<Integer, byte[]>> signal(PCollection<A> awaited, String name) {
    return awaited.apply(name, ParDo.of(new NothingFn<A>()));
  }

  /** An element as its coder's bytes, keyed round-robin by bucket. */
  static final class EncodeFn<T> extends DoFn<T, KV<Integer, byte[]>> {
    private final Coder<T> coder;
    private final int buckets;
    private transient int next;

    EncodeFn(Coder<T> coder, int buckets) {
      this.coder = coder;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Integer, byte[]>> out) throws CoderException {
      next = (next + 1) % buckets;
      out.output(KV.of(next, CoderUtils.encodeToByteArray(coder, element)));
    }
  }

  /** Outputs nothing: an awaited collection only holds the GroupByKey until it is complete. */
  static final class NothingFn<A> extends DoFn<A, KV<Integer, byte[]>> {
    @ProcessElement
    public void process() {
      // nothing: completion is the signal
    }
  }

  /** The held elements, decoded. */
  static final class DecodeFn<T> extends DoFn<KV<Integer, Iterable<byte[]>>, T> {
    private final Coder<T> coder;

    DecodeFn(Coder<T> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<byte[]>> bucket, OutputReceiver<T> out) throws CoderException {
      for (byte[] bytes : bucket.getValue()) {
        out.output(CoderUtils.decodeFromByteArray(coder, bytes));
      }
    }
  }
}
