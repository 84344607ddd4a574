package org.newsclaims.beam;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Watch;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;

/**
 * Streaming input: watches a directory or glob for new article files and reads each one once,
 * exactly as batch mode does ({@link ReadArticles}' per-file reading, decoding, parsing and
 * language check, then {@link NormaliseArticles}), then gives every article its publication date
 * as event time.
 *
 * <p>Every file ends in exactly one of {@link #ARTICLES} or {@link #REJECTS}: besides batch's
 * reasons, an article whose every window closed more than the allowed lateness before it arrived
 * is rejected at stage {@code late}, and a copy of an article already read is rejected as
 * {@code duplicate of X} (X is the copy that arrived first: a stream cannot wait for a smaller
 * name). Articles without a publication date keep their arrival time (the poll that found
 * them) as event time.
 *
 * <pre>{@code
 * PCollectionTuple read = p.apply(WatchArticles.in("incoming/", Duration.standardSeconds(10),
 *     Duration.ZERO, windowing));
 * }</pre>
 */
public final class WatchArticles extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = ReadArticles.ARTICLES;
  public static final TupleTag<Reject> REJECTS = ReadArticles.REJECTS;
  static final TupleTag<Article> STAMPED = new TupleTag<>() {};
  static final TupleTag<Reject> LATE = new TupleTag<>() {};
  private static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  private static final TupleTag<Reject> DUPLICATES = new TupleTag<>() {};

  private final String watch;
  private final Duration pollInterval;
  private final Duration timeout;
  private final StreamWindowing windowing;

  private WatchArticles(String watch, Duration pollInterval, Duration timeout, StreamWindowing windowing) {
    this.watch = watch;
    this.pollInterval = pollInterval;
    this.timeout = timeout;
    this.windowing = windowing;
  }

  /**
   * Watches {@code watch} (a directory: every file in it; or a glob; names starting with '.' are
   * left out), polling every {@code pollInterval}; stops after {@code timeout} without a new file
   * ({@link Duration#ZERO}: never).
   */
  public static WatchArticles in(String watch, Duration pollInterval, Duration timeout, StreamWindowing windowing) {
    if (watch == null || watch.isBlank()) {
      throw new IllegalArgumentException("--watch needs a directory or a glob");
    }
    if (!pollInterval.isLongerThan(Duration.ZERO)) {
      throw new IllegalArgumentException("--pollInterval must be at least 1 second");
    }
    return new WatchArticles(watch, pollInterval, timeout, windowing);
  }

  /** The glob to match: a local directory means every file directly in it. */
  static String pattern(String watch) {
    if (watch.endsWith("/") || java.nio.file.Files.isDirectory(java.nio.file.Path.of(watch))) {
      return (watch.endsWith("/") ? watch : watch + "/") + "*";
    }
    return watch;
  }

  /** Hidden files (editors' and copy tools' work files, files being written) are never read. */
  static boolean visible(MatchResult.Metadata file) {
    String name = file.resourceId().getFilename();
    return name == null || !name.startsWith(".");
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    Watch.Growth.TerminationCondition<String, ?> stop = timeout.isLongerThan(Duration.ZERO)
        ? Watch.Growth.afterTimeSinceNewOutput(timeout)
        : Watch.Growth.never();
    PCollectionTuple read = begin
        .apply("MatchContinuously", FileIO.match().filepattern(pattern(watch))
            .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
            .continuously(pollInterval, stop))
        .apply("SkipHiddenFiles", Filter.by(WatchArticles::visible))
        .apply("ReadFiles", ParDo.of(new ReadArticles.ReadFileFn())
            .withOutputTags(ReadArticles.ARTICLES, TupleTagList.of(ReadArticles.REJECTS).and(ReadArticles.INPUTS)));
    read.get(ReadArticles.INPUTS).setCoder(StringUtf8Coder.of());

    return arrive(read.get(ReadArticles.ARTICLES), read.get(ReadArticles.REJECTS), windowing);
  }

  /**
   * What every streaming source does with the articles it read (this watch, {@link KafkaArticles}):
   * normalises them, rejects second copies ({@code duplicate of X}), gives each its publication
   * date as event time (or rejects it as {@code late}); returns {@link #ARTICLES} and
   * {@link #REJECTS}, the source's own rejects included.
   */
  static PCollectionTuple arrive(PCollection<Article> read, PCollection<Reject> readRejects, StreamWindowing windowing) {
    // duplicates are dropped on arrival time, before the event time moves back to the publication
    // date: a stateful step after that move can see the watermark pass the moved elements
    PCollectionTuple unique = read.setCoder(JsonCoder.of(Article.class))
        .apply("Normalise", new NormaliseArticles())
        .apply("KeyByBody", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(Article.class)))
            .via((Article a) -> KV.of(DropDuplicateArticles.bodyKey(a), a)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Article.class)))
        .apply("KeepFirstArrival", ParDo.of(new FirstArrivalFn())
            .withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    PCollectionTuple stamped = unique.get(UNIQUE).setCoder(JsonCoder.of(Article.class))
        .apply("EventTimeFromPublication", ParDo.of(new StampFn(windowing))
            .withOutputTags(STAMPED, TupleTagList.of(LATE)));

    PCollection<Reject> rejects = PCollectionList
        .of(readRejects.setCoder(JsonCoder.of(Reject.class)))
        .and(stamped.get(LATE).setCoder(JsonCoder.of(Reject.class)))
        .and(unique.get(DUPLICATES).setCoder(JsonCoder.of(Reject.class)))
        .apply("AllWatchRejects", Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, stamped.get(STAMPED).setCoder(JsonCoder.of(Article.class)))
        .and(REJECTS, rejects);
  }

  /**
   * Sets the event time to the publication date, or rejects the article when all its windows
   * have closed for good. The input's timestamp is the poll that found the file (now), so
   * moving it back in time needs an unbounded allowed skew.
   */
  static final class StampFn extends DoFn<Article, Article> {
    private final Counter undated = Metrics.counter(WatchArticles.class, "articlesWithoutDate");
    private final Counter late = Metrics.counter(WatchArticles.class, "articlesTooLate");
    private final StreamWindowing windowing;

    StampFn(StreamWindowing windowing) {
      this.windowing = windowing;
    }

    @ProcessElement
    public void process(@Element Article article, @Timestamp Instant arrival, MultiOutputReceiver out) {
      Instant published = StreamWindowing.eventTime(article.published());
      if (published == null) {
        undated.inc();
        out.get(STAMPED).output(article);
        return;
      }
      if (windowing.tooLate(published, Instant.now())) {
        late.inc();
        out.get(LATE).outputWithTimestamp(new Reject(article.article(), "late", "published "
            + article.published() + ": its last window closed on " + windowing.lastWindowEnd(published).toString().substring(0, 10)
            + ", more than the allowed lateness (" + windowing.latenessDays()
            + " days, --allowedLatenessDays) before it arrived", null), arrival);
        return;
      }
      out.get(STAMPED).outputWithTimestamp(article, published);
    }

    @Override
    @SuppressWarnings("deprecation") // the documented way to move timestamps back in time
    public Duration getAllowedTimestampSkew() {
      return Duration.millis(Long.MAX_VALUE);
    }
  }

  /**
   * Keeps the first copy of each article body to arrive; later copies become rejects naming it.
   * One short string of state per distinct body, kept for the whole run.
   */
  static final class FirstArrivalFn extends DoFn<KV<String, Article>, Article> {
    private final Counter duplicates = Metrics.counter(WatchArticles.class, "duplicates");

    @StateId("kept")
    private final StateSpec<ValueState<String>> keptSpec = StateSpecs.value(StringUtf8Coder.of());

    @ProcessElement
    public void process(@Element KV<String, Article> body, @StateId("kept") ValueState<String> kept,
        MultiOutputReceiver out) {
      String first = kept.read();
      Article article = body.getValue();
      if (first == null) {
        kept.write(article.article());
        out.get(UNIQUE).output(article);
      } else {
        duplicates.inc();
        out.get(DUPLICATES).output(new Reject(article.article(), "duplicate", "duplicate of " + first, null));
      }
    }
  }
}
