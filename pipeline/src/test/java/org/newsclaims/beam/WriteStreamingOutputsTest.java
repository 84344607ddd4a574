package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Article;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;
import org.newsclaims.model.Reject;
import org.newsclaims.report.JsonLines;

/** Pane files: each written once, latest.jsonl following the highest pane, stale panes ignored. */
class WriteStreamingOutputsTest {

  @TempDir Path out;

  private static final Finding CONFLICT = FindingBuilder.finding(Finding.CONFLICT).id("0123456789ab")
      .entity("place:vernoux", "Vernoux").property("casualties:count", "people killed")
      .explanation("Trois morts contre cinq.").build();

  private static JudgeWindows.Pane pane(long index, List<Finding> findings) {
    return new JudgeWindows.Pane("2026-11-16", "2026-12-14", index, "early", false, findings);
  }

  @Test
  void aPaneNumberedBelowOneAlreadyWrittenReplacesNothing() throws IOException {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    TestStream<JudgeWindows.Pane> panes = TestStream.create(JsonCoder.of(JudgeWindows.Pane.class))
        .addElements(pane(1, List.of(CONFLICT)))
        .addElements(pane(0, List.of()))   // e.g. a timer firing after the window's state was cleared
        .advanceWatermarkToInfinity();
    PCollectionTuple.of(WriteStreamingOutputs.PANES, p.apply("Panes", panes))
        .and(WriteStreamingOutputs.ARTICLES, p.apply("NoArticles", Create.empty(JsonCoder.of(Article.class))))
        .and(WriteStreamingOutputs.REJECTS, p.apply("NoRejects", Create.empty(JsonCoder.of(Reject.class))))
        .apply(WriteStreamingOutputs.to(out.toString(), Duration.standardSeconds(1)));
    p.run().waitUntilFinish();

    Path window = out.resolve("stream/findings/2026-11-16_2026-12-14");
    String expected = JsonLines.toLine(pane(1, List.of(CONFLICT)).lines().get(0)) + "\n";
    assertEquals(expected, Files.readString(window.resolve("pane-000001.jsonl")));
    assertEquals(expected, Files.readString(window.resolve("latest.jsonl")));
    assertFalse(Files.exists(window.resolve("pane-000000.jsonl")));
  }
}
