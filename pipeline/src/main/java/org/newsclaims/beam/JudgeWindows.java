package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.IntervalWindow;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.joda.time.Instant;
import org.newsclaims.analysis.Analysis;
import org.newsclaims.analysis.ArticleAnalyser;
import org.newsclaims.model.Article;
import org.newsclaims.stories.ArticleSignature;
import org.newsclaims.stories.StoryAssignment;
import org.newsclaims.stories.StoryClusterer;
import org.newsclaims.stories.StorySignatures;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;
import org.newsclaims.model.Reject;
import org.newsclaims.model.StreamingFinding;

/**
 * Streaming judging: analyses each article once (batch's {@link ArticleAnalyser}, as in
 * {@link ExtractFromArticles}), windows each article's extraction by event time
 * ({@link StreamWindowing}) and, at every firing of a window, groups the window's articles so
 * far into stories ({@link StoryClusterer}, on the signatures kept with each analysis), puts
 * each claim's and quote's story on it and judges them all ({@link JudgeSnapshot}), giving one {@link Pane} per window and firing. {@link #FAILURES} are the articles whose extraction
 * failed (as in batch, they stay articles without claims).
 *
 * <pre>{@code
 * PCollectionTuple judged = articles.apply(JudgeWindows.with(windowing));
 * PCollection<JudgeWindows.Pane> panes = judged.get(JudgeWindows.PANES);
 * }</pre>
 */
public final class JudgeWindows extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Pane> PANES = new TupleTag<>() {};
  public static final TupleTag<Reject> FAILURES = ExtractFromArticles.FAILURES;
  private static final TupleTag<KV<String, Analysed>> EXTRACTIONS = new TupleTag<>() {};

  /** One article's analysis with its story signature: a firing groups the window's articles into stories. */
  record Analysed(ArticleSignature signature, Analysis analysis) {}

  /** All of a window's extractions go to one key: a firing judges the window as a whole. */
  static final String WHOLE_WINDOW = "window";

  private final StreamWindowing windowing;

  private JudgeWindows(StreamWindowing windowing) {
    this.windowing = windowing;
  }

  public static JudgeWindows with(StreamWindowing windowing) {
    return new JudgeWindows(windowing);
  }

  /**
   * All findings of one window as of one firing.
   *
   * @param windowStart first day of the window, inclusive ({@code 2024-06-03})
   * @param windowEnd day the window ends, exclusive
   * @param index the pane index in the window: 0, 1, 2 …
   * @param timing {@code early}, {@code on_time}, {@code late} or {@code unknown}
   * @param last true when the window fires no more
   * @param findings every finding on the window's articles so far, sorted
   */
  public record Pane(String windowStart, String windowEnd, long index, String timing, boolean last,
      List<Finding> findings) {

    /** The pane as lines of a streaming findings file. */
    public List<StreamingFinding> lines() {
      List<StreamingFinding> lines = new ArrayList<>();
      for (Finding f : findings) {
        lines.add(new StreamingFinding(windowStart, windowEnd, index, timing, last, f));
      }
      return lines;
    }

    /** "start_end", the window's name in file names. */
    public String window() {
      return windowStart + "_" + windowEnd;
    }
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple extracted = articles.apply("Extract", ParDo.of(new ExtractArticleFn())
        .withOutputTags(EXTRACTIONS, TupleTagList.of(FAILURES)));
    extracted.get(FAILURES).setCoder(JsonCoder.of(Reject.class));
    PCollection<Pane> panes = extracted.get(EXTRACTIONS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Analysed.class)))
        .apply("Window", windowing.<KV<String, Analysed>>window())
        .apply("GroupByWindow", GroupByKey.create())
        .apply("JudgeWindow", ParDo.of(new JudgeWindowFn()))
        .setCoder(JsonCoder.of(Pane.class));
    return PCollectionTuple.of(PANES, panes).and(FAILURES, extracted.get(FAILURES));
  }

  /**
   * Analyses one article as batch does ({@link ArticleAnalyser}), keeping its
   * claims, quotes and mentions in one element, so that a firing sees all of an article or none.
   */
  static final class ExtractArticleFn extends DoFn<Article, KV<String, Analysed>> {
    private final Counter failed = Metrics.counter(ExtractFromArticles.class, "articlesFailed");
    private transient ArticleAnalyser analyser;

    @Setup
    public void setup() {
      analyser = ArticleAnalyser.fromResources();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      Analysis found = ExtractFromArticles.analyseOrReject(analyser, article, failed, out);
      if (found == null) {
        return;
      }
      out.get(EXTRACTIONS).output(KV.of(WHOLE_WINDOW, new Analysed(StorySignatures.fromResources().of(article), found)));
    }
  }

  static final class JudgeWindowFn extends DoFn<KV<String, Iterable<Analysed>>, Pane> {
    private final Counter judged = Metrics.counter(JudgeWindows.class, "windowFirings");
    private transient JudgeSnapshot snapshot;

    @Setup
    public void setup() {
      snapshot = new JudgeSnapshot();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Analysed>> window, BoundedWindow bounds,
        PaneInfo pane, OutputReceiver<Pane> out) {
      List<ArticleSignature> signatures = new ArrayList<>();
      for (Analysed article : window.getValue()) {
        signatures.add(article.signature());
      }
      // the window's articles so far, grouped into stories: claims and quotes are judged by story
      Map<String, StoryAssignment> stories = StoryClusterer.withDefaults().cluster(signatures).assignments();
      List<Claim> claims = new ArrayList<>();
      List<Quote> quotes = new ArrayList<>();
      List<EntityMention> mentions = new ArrayList<>();
      for (Analysed article : window.getValue()) {
        StoryAssignment story = stories.get(article.signature().article());
        for (Claim c : article.analysis().claims()) {
          claims.add(story == null ? c : c.withStory(story.story(), story.event(), story.origin()));
        }
        for (Quote q : article.analysis().quotes()) {
          quotes.add(story == null ? q : q.withStory(story.story()));
        }
        mentions.addAll(article.analysis().mentions());
      }
      List<Finding> findings = snapshot.judge(claims, quotes, mentions);
      judged.inc();
      out.output(new Pane(day(start(bounds)), day(bounds.maxTimestamp().plus(org.joda.time.Duration.millis(1))),
          pane.getIndex(), pane.getTiming().name().toLowerCase(Locale.ROOT), pane.isLast(), findings));
    }

    private static Instant start(BoundedWindow w) {
      return w instanceof IntervalWindow iw ? iw.start() : BoundedWindow.TIMESTAMP_MIN_VALUE;
    }
  }

  /** The UTC day of an instant: {@code 2024-06-03}. */
  static String day(Instant t) {
    return t.toDateTime(org.joda.time.DateTimeZone.UTC).toLocalDate().toString();
  }
}
