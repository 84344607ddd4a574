package org.newsclaims.beam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.AfterProcessingTime;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.transforms.windowing.Repeatedly;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Duration;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;
import org.newsclaims.report.JsonLines;

/**
 * Writes the outputs of streaming mode under {@code <output>/stream/} (docs/output-format.md,
 * "Streaming mode"):
 *
 * <ul>
 *   <li>{@code findings/<start>_<end>/pane-000003.jsonl}: all findings of the window as of its
 *       fourth firing, and {@code findings/<start>_<end>/latest.jsonl}: a copy of its newest pane,
 *       replaced at every firing;
 *   <li>{@code articles-000007.jsonl} and {@code rejects-000007.jsonl}: the articles read and
 *       the inputs rejected since the previous batch, in batches at most {@code delay} apart.
 * </ul>
 *
 * <p>Every file is written through a temporary file renamed into place, so a reader never sees
 * half a file. Numbers go on from the files already there (a Kafka stream resumed into the same
 * folder): the first batch and the first pane of a run are numbered one above the highest
 * written. The output lists, once each file is in place, the article ids and the rejected inputs
 * it holds (extraction failures left out: their article has a line of its own), so that a source
 * can acknowledge them ({@link CommitProcessedOffsets}).
 *
 * <pre>{@code
 * PCollectionTuple.of(WriteStreamingOutputs.PANES, panes).and(WriteStreamingOutputs.ARTICLES, articles)
 *     .and(WriteStreamingOutputs.REJECTS, rejects).apply(WriteStreamingOutputs.to("output", delay));
 * }</pre>
 */
public final class WriteStreamingOutputs extends PTransform<PCollectionTuple, PCollection<String>> {

  public static final TupleTag<JudgeWindows.Pane> PANES = new TupleTag<>() {};
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  /** Inputs that did not become articles, and articles whose extraction failed. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  private final String directory;
  private final Duration delay;

  private WriteStreamingOutputs(String directory, Duration delay) {
    this.directory = directory;
    this.delay = delay;
  }

  /** Writes under {@code <output>/stream}; logs are written at most {@code delay} after an input. */
  public static WriteStreamingOutputs to(String output, Duration delay) {
    return new WriteStreamingOutputs(streamDirectory(output), delay);
  }

  /** The directory streaming mode writes into. */
  public static String streamDirectory(String output) {
    return output.endsWith("/") ? output + "stream" : output + "/stream";
  }

  @Override
  public PCollection<String> expand(PCollectionTuple outputs) {
    long firstBatch;
    long firstPane;
    try {
      firstBatch = 1 + Math.max(highestIndex(directory + "/articles-*.jsonl", "articles-"),
          highestIndex(directory + "/rejects-*.jsonl", "rejects-"));
      firstPane = 1 + highestIndex(directory + "/findings/*/pane-*.jsonl", "pane-");
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the streaming outputs in " + directory, e);
    }
    outputs.get(PANES).apply("WriteFindings", ParDo.of(new WritePaneFn(directory + "/findings", firstPane)));
    PCollection<String> articles = log(outputs.get(ARTICLES), "articles", Article::article, firstBatch);
    PCollection<String> rejects = log(outputs.get(REJECTS), "rejects",
        (Reject r) -> "extract".equals(r.stage()) ? "" : r.input(), firstBatch);
    return PCollectionList.of(articles).and(rejects).apply("Written", Flatten.pCollections());
  }

  /**
   * Writes records in batches, one file per firing: every record once (discarding panes); returns
   * the {@code id} of each record written (none for an empty id).
   */
  private <T> PCollection<String> log(PCollection<T> records, String name, SerializableFunction<T, String> id,
      long firstBatch) {
    return records
        .apply(name + "Lines", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((T r) -> KV.of(id.apply(r), JsonLines.toLine(r))))
        .apply(name + "Batches", Window.<KV<String, String>>into(new GlobalWindows())
            .triggering(Repeatedly.forever(AfterProcessingTime.pastFirstElementInPane().plusDelayOf(delay)))
            .withAllowedLateness(Duration.ZERO)
            .withOnTimeBehavior(Window.OnTimeBehavior.FIRE_IF_NON_EMPTY)
            .discardingFiredPanes())
        .apply(name + "Batch", Combine.globally(new ToList<KV<String, String>>()).withoutDefaults())
        .apply("Write" + name, ParDo.of(new WriteBatchFn(directory, name, firstBatch)))
        .setCoder(StringUtf8Coder.of());
  }

  /**
   * Writes one window's pane as {@code pane-NNNNNN.jsonl}, then replaces {@code latest.jsonl}, unless
   * the window's folder already holds a pane of the same or a higher index. Some runners (the
   * FlinkRunner when the input ends) fire a window's leftover processing-time timer after the
   * window was closed and its state cleared, giving an empty pane numbered 0 again; it must not
   * replace the real ones. The check reads the folder rather than keeping state: state would live
   * in a window, and these last panes come when every window, the global one included, is
   * expiring (a stateful step would drop them). A window's panes come one after another from its
   * single grouping key, so the check does not race with itself.
   */
  static final class WritePaneFn extends DoFn<JudgeWindows.Pane, Void> {
    private final Counter stale = Metrics.counter(WriteStreamingOutputs.class, "stalePanesSkipped");
    private final String directory;
    private final long firstPane;

    WritePaneFn(String directory, long firstPane) {
      this.directory = directory;
      this.firstPane = firstPane;
    }

    @ProcessElement
    public void process(@Element JudgeWindows.Pane fired) throws IOException {
      JudgeWindows.Pane pane = firstPane == 0 ? fired : new JudgeWindows.Pane(fired.windowStart(), fired.windowEnd(),
          firstPane + fired.index(), fired.timing(), fired.last(), fired.findings());
      String dir = directory + "/" + pane.window();
      if (pane.index() <= highestPaneWritten(dir)) {
        stale.inc();
        return;
      }
      List<String> lines = new ArrayList<>();
      pane.lines().forEach(line -> lines.add(JsonLines.toLine(line)));
      String text = sortedText(lines);
      WriteDocument.write(dir, String.format("pane-%06d.jsonl", pane.index()), text);
      WriteDocument.write(dir, "latest.jsonl", text);
    }
  }

  /** The highest NNNNNN of the {@code pane-NNNNNN.jsonl} files in a folder; -1 when none. */
  static long highestPaneWritten(String dir) throws IOException {
    return highestIndex(dir + "/pane-*.jsonl", "pane-");
  }

  /** The highest NNNNNN of the files matching {@code glob} named {@code <prefix>NNNNNN.jsonl}; -1 when none. */
  static long highestIndex(String glob, String prefix) throws IOException {
    MatchResult match = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    long highest = -1;
    if (match.status() != MatchResult.Status.OK) {
      return highest;
    }
    for (MatchResult.Metadata file : match.metadata()) {
      String name = file.resourceId().getFilename();
      if (name != null && name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d{6,}\\.jsonl")) {
        highest = Math.max(highest, Long.parseLong(name.substring(prefix.length(), name.length() - 6)));
      }
    }
    return highest;
  }

  /**
   * Writes one firing's records, sorted, as {@code <name>-NNNNNN.jsonl} (NNNNNN: the firing's index
   * from {@code firstBatch}); then outputs the ids of the records it holds.
   */
  static final class WriteBatchFn extends DoFn<List<KV<String, String>>, String> {
    private final String directory;
    private final String name;
    private final long firstBatch;

    WriteBatchFn(String directory, String name, long firstBatch) {
      this.directory = directory;
      this.name = name;
      this.firstBatch = firstBatch;
    }

    @ProcessElement
    public void process(@Element List<KV<String, String>> records, PaneInfo pane, OutputReceiver<String> out)
        throws IOException {
      if (records.isEmpty()) {
        return;
      }
      List<String> lines = new ArrayList<>(records.size());
      records.forEach(r -> lines.add(r.getValue()));
      WriteDocument.write(directory, String.format("%s-%06d.jsonl", name, firstBatch + pane.getIndex()), sortedText(lines));
      for (KV<String, String> r : records) {
        if (!r.getKey().isEmpty()) {
          out.output(r.getKey());
        }
      }
    }
  }

  /** The lines sorted, each ending with a newline (a pane or batch file's whole text). */
  static String sortedText(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    java.util.Collections.sort(sorted);
    StringBuilder text = new StringBuilder();
    for (String line : sorted) {
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
