package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclaims.consistency.ConsistencyJudge;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;

/**
 * Groups claims by story (by entity for claims without one) and judges each group's properties
 * with {@link ConsistencyJudge}.
 *
 * <pre>{@code
 * PCollection<Finding> findings = claims.apply(JudgeConsistency.naming(entityNames));
 * }</pre>
 */
public final class JudgeConsistency extends PTransform<PCollection<Claim>, PCollection<Finding>> {

  /** The key of claims that no entity could be found for. */
  public static final String NO_ENTITY = ConsistencyJudge.NO_GROUP;

  private final PCollectionView<Map<String, String>> entityNames;

  private JudgeConsistency(PCollectionView<Map<String, String>> entityNames) {
    this.entityNames = entityNames;
  }

  /** Judges claims; entity display names come from the given id → name side input. */
  public static JudgeConsistency naming(PCollectionView<Map<String, String>> entityNames) {
    return new JudgeConsistency(entityNames);
  }

  @Override
  public PCollection<Finding> expand(PCollection<Claim> claims) {
    return claims
        .apply("KeyByStory", WithKeys.of(ConsistencyJudge::groupOf)
            .withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Claim.class)))
        .apply("GroupByStory", BucketedGroupByKey.create())
        .apply("Judge", ParDo.of(new JudgeFn(entityNames)).withSideInputs(entityNames))
        .setCoder(JsonCoder.of(Finding.class));
  }

  static final class JudgeFn extends DoFn<KV<String, Iterable<Claim>>, Finding> {
    private final Counter findingCount = Metrics.counter(JudgeConsistency.class, "findings");
    private final PCollectionView<Map<String, String>> entityNames;
    private transient ConsistencyJudge judge;
    private transient BundleSideInput<Map<String, String>> nameCache;

    JudgeFn(PCollectionView<Map<String, String>> entityNames) {
      this.entityNames = entityNames;
    }

    @Setup
    public void setup() {
      judge = ConsistencyJudge.fromResources();
    }

    @StartBundle
    public void startBundle() {
      nameCache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Claim>> group, OutputReceiver<Finding> out, ProcessContext c,
        BoundedWindow window) {
      List<Claim> claims = new ArrayList<>();
      group.getValue().forEach(claims::add);
      Map<String, String> names = nameCache.get(window, () -> c.sideInput(entityNames));
      for (Finding f : judge.judgeGroup(group.getKey(), claims, names)) {
        findingCount.inc();
        out.output(f);
      }
    }
  }
}
