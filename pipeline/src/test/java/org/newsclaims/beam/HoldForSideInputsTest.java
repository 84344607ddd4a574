package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;

/** A collection held for a step's side inputs reaches the step whole, once, and sees the whole side input. */
class HoldForSideInputsTest {

  /** Looks each claim's speaker up in the alias table, as the entity keying does. */
  static final class LookUpFn extends DoFn<String, String> {
    private final PCollectionView<Map<String, String>> aliases;

    LookUpFn(PCollectionView<Map<String, String>> aliases) {
      this.aliases = aliases;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(c.element() + "=" + c.sideInput(aliases).getOrDefault(c.element(), "?"));
    }
  }

  @Test
  void heldElementsComeOutOnceEachAndSeeTheCompleteTable() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    List<KV<String, String>> table = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      table.add(KV.of("Mme Dupont-" + i, "e-" + (i % 7)));
      names.add("Mme Dupont-" + i);
      expected.add("Mme Dupont-" + i + "=e-" + (i % 7));
    }
    names.add("M. Inconnu");
    expected.add("M. Inconnu=?");
    PCollection<KV<String, String>> aliases = p.apply("Aliases",
        Create.of(table).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollectionView<Map<String, String>> view = aliases.apply(View.asMap());
    PCollection<String> looked = p.apply("Speakers", Create.of(names).withCoder(StringUtf8Coder.of()))
        .apply("Hold", HoldForSideInputs.until(aliases))
        .apply("LookUp", ParDo.of(new LookUpFn(view)).withSideInputs(view));
    PAssert.that(looked).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  @Test
  void onFlinkTheCollectionPassesWithoutAStep() {
    PipelineOptions options = PipelineOptionsFactory.create();
    options.setRunner(FlinkRunner.class);
    Pipeline p = Pipeline.create(options);
    PCollection<String> speakers = p.apply("Speakers", Create.of("Mme Dupont").withCoder(StringUtf8Coder.of()));
    PCollection<String> awaited = p.apply("Awaited", Create.of("e-1").withCoder(StringUtf8Coder.of()));
    assertSame(speakers, speakers.apply("Hold", HoldForSideInputs.until(awaited)));
  }
}
