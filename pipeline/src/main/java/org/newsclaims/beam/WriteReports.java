package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Entity;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;
import org.newsclaims.model.Reject;
import org.newsclaims.model.Story;
import org.newsclaims.report.ArticleInfo;
import org.newsclaims.report.HtmlReport;
import org.newsclaims.report.JsonLines;
import org.newsclaims.report.MarkdownReport;
import org.newsclaims.report.RunSummary;
import org.newsclaims.report.StoryInfo;

/**
 * Writes every output of a run into one directory (the contract is docs/output-format.md):
 * {@code articles.jsonl}, {@code claims.jsonl}, {@code quotes.jsonl}, {@code entities.jsonl},
 * {@code stories.jsonl}, {@code findings.jsonl}, {@code rejects.jsonl}, {@code report.md} and
 * {@code summary.json}.
 *
 * <pre>{@code
 * PCollectionTuple.of(WriteReports.ARTICLES, articles).and(WriteReports.CLAIMS, claims)...
 *     .apply(WriteReports.to("output", 1));
 * }</pre>
 */
public final class WriteReports extends PTransform<PCollectionTuple, PDone> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<Quote> QUOTES = new TupleTag<>() {};
  public static final TupleTag<Entity> ENTITIES = new TupleTag<>() {};
  /** The stories (see AssignStories); optional: without it no stories.jsonl is written. */
  public static final TupleTag<Story> STORIES = new TupleTag<>() {};
  public static final TupleTag<Finding> FINDINGS = new TupleTag<>() {};
  /** Inputs that did not become articles. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  /** Articles whose later stages failed (they are in articles.jsonl too). */
  public static final TupleTag<Reject> FAILURES = new TupleTag<>() {};
  /** One id per input (file, or line of a JSON Lines file). */
  public static final TupleTag<String> INPUTS = new TupleTag<>() {};

  private final String directory;
  private final int shards;
  private final String runner;

  private WriteReports(String directory, int shards, String runner) {
    this.directory = directory;
    this.shards = shards;
    this.runner = runner;
  }

  public static WriteReports to(String directory, int shards, String runner) {
    return new WriteReports(directory, shards, runner);
  }

  @Override
  public PDone expand(PCollectionTuple outputs) {
    PCollection<Article> articles = outputs.get(ARTICLES);
    PCollection<Finding> findings = outputs.get(FINDINGS);
    PCollection<Reject> rejects = outputs.get(REJECTS);
    PCollection<Reject> failures = outputs.get(FAILURES);

    PCollection<Story> stories = outputs.has(STORIES) ? outputs.get(STORIES)
        : outputs.getPipeline().apply("NoStories", org.apache.beam.sdk.transforms.Create.empty(JsonCoder.of(Story.class)));
    // one step per output writes its lines and counts its records (and, for the articles, gives
    // their report entries): on Flink a collection read by several steps is serialised once per
    // reader, and the DirectRunner pays a set-up per step and bundle
    PCollectionTuple articleOutputs = articles.apply("articlesLines", ParDo.of(new LineFn<Article>("articles", "articles", true))
        .withOutputTags(LINES, TupleTagList.of(COUNTS).and(INFOS)));
    List<PCollectionTuple> written = List.of(articleOutputs,
        linesAndCount(outputs.get(CLAIMS), "claims", "claims"),
        linesAndCount(outputs.get(QUOTES), "quotes", "quotes"),
        linesAndCount(outputs.get(ENTITIES), "entities", "entities"),
        linesAndCount(stories, "stories", "stories"),
        linesAndCount(findings, "findings", "findings"),
        linesAndCount(rejects, "rejects", "rejects"),
        linesAndCount(failures, "rejects", "stageFailures"));
    PCollectionList<KV<String, String>> lines = PCollectionList.empty(outputs.getPipeline());
    PCollectionList<KV<String, Long>> counted = PCollectionList.of(count(outputs.get(INPUTS), "inputs"));
    for (PCollectionTuple w : written) {
      lines = lines.and(w.get(LINES).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
      counted = counted.and(w.get(COUNTS).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    }
    lines.apply("AllLines", Flatten.pCollections())
        .apply("WriteJsonLines", WriteLines.each(directory, JSONL_OUTPUTS, ".jsonl", shards));

    PCollection<Map<String, Long>> counts = counted
        .apply("AllCounts", Flatten.pCollections())
        .apply("CollectCounts", Combine.globally(new ToList<KV<String, Long>>()))
        .apply("CountsTable", MapElements.into(TypeDescriptors.maps(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via(WriteReports::table))
        .setCoder(MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    counts.apply("SummaryJson", MapElements.into(TypeDescriptors.strings()).via(this::summaryJson))
        .apply("WriteSummary", WriteDocument.to(directory, "summary.json"));

    PCollectionView<Map<String, Long>> countsView = counts.apply("CountsView", View.asSingleton());
    PCollection<List<Finding>> allFindings = reported(findings);
    PCollection<List<String>> citedNames = allFindings
        .apply("CitedArticles", ParDo.of(new CitedFn()))
        .setCoder(ListCoder.of(StringUtf8Coder.of()));
    PCollectionView<List<String>> cited = citedNames.apply("CitedView", View.asSingleton());
    PCollectionView<List<ArticleInfo>> infos = articleOutputs.get(INFOS)
        .setCoder(JsonCoder.of(ArticleInfo.class))
        .apply("HoldInfos", HoldForSideInputs.until(counts, citedNames))
        .apply("ArticleInfo", ParDo.of(new SourceFn(countsView, cited)).withSideInputs(countsView, cited))
        .setCoder(JsonCoder.of(ArticleInfo.class))
        .apply("ArticleInfoView", View.asList());
    PCollectionView<List<StoryInfo>> storyInfos = stories
        .apply("HoldStories", HoldForSideInputs.until(citedNames))
        .apply("StoryInfo", ParDo.of(new StoryInfoFn(cited)).withSideInputs(cited))
        .setCoder(JsonCoder.of(StoryInfo.class))
        .apply("StoryInfoView", View.asList());
    allFindings
        .apply("RenderMarkdown", ParDo.of(new RenderFn(false, infos, storyInfos, countsView))
            .withSideInputs(infos, storyInfos, countsView))
        .apply("WriteMarkdown", WriteDocument.to(directory, "report.md"));
    allFindings
        .apply("RenderHtml", ParDo.of(new RenderFn(true, infos, storyInfos, countsView))
            .withSideInputs(infos, storyInfos, countsView))
        .apply("WriteHtml", WriteDocument.to(directory, "report.html"));
    return PDone.in(outputs.getPipeline());
  }

  /** The JSON Lines outputs, one file (or set of shards) each. */
  static final List<String> JSONL_OUTPUTS =
      List.of("articles", "claims", "quotes", "entities", "stories", "findings", "rejects");

  /** What summary.json counts: every name is in the table, 0 when nothing was counted. */
  static final List<String> COUNTED = List.of("inputs", "articles", "claims", "quotes", "entities", "stories",
      "findings", "rejects", "stageFailures");

  private static final TupleTag<KV<String, String>> LINES = new TupleTag<>() {};
  private static final TupleTag<KV<String, Long>> COUNTS = new TupleTag<>() {};
  private static final TupleTag<ArticleInfo> INFOS = new TupleTag<>() {};

  /**
   * Records as (output name, JSON line), and their number as (counted name, count) per bundle
   * (see {@link #count}), in one step. A DoFn class, not a method reference: two serialisable
   * method references to the same method with different element types in one class can be
   * swapped when Beam deserialises them, casting elements to the wrong type.
   */
  private static <T> PCollectionTuple linesAndCount(PCollection<T> records, String output, String counted) {
    return records.apply(counted + "Lines", ParDo.of(new LineFn<T>(output, counted, false))
        .withOutputTags(LINES, TupleTagList.of(COUNTS)));
  }

  static final class LineFn<T> extends DoFn<T, KV<String, String>> {
    private final String output;
    private final String counted;
    private final boolean infos;
    private transient long n;

    /** With {@code infos}, the records are articles and each also gives its report entry ({@link #INFOS}). */
    LineFn(String output, String counted, boolean infos) {
      this.output = output;
      this.counted = counted;
      this.infos = infos;
    }

    @StartBundle
    public void startBundle() {
      n = 0;
    }

    @ProcessElement
    public void process(@Element T record, MultiOutputReceiver out) {
      out.get(LINES).output(KV.of(output, JsonLines.toLine(record)));
      if (infos) {
        out.get(INFOS).output(ArticleInfo.of((Article) record));
      }
      n++;
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      if (n > 0) {
        c.output(COUNTS, KV.of(counted, n), org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE.maxTimestamp(),
            org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE);
      }
    }
  }

  /**
   * The number of records as (name, count) per bundle, summed in {@link #table}: one step per
   * output instead of a global combine each (ten steps), and no record goes through a combine
   * (Flink's combine sorts its input records, and one finding of a large story, megabytes of
   * evidence, does not fit a sort buffer).
   */
  private static <T> PCollection<KV<String, Long>> count(PCollection<T> records, String name) {
    return records.apply("Count" + name, ParDo.of(new CountFn<T>(name)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  }

  /** Counts a bundle's elements; outputs the count at the end of the bundle (batch: the global window). */
  static final class CountFn<T> extends DoFn<T, KV<String, Long>> {
    private final String name;
    private transient long n;

    CountFn(String name) {
      this.name = name;
    }

    @StartBundle
    public void startBundle() {
      n = 0;
    }

    @ProcessElement
    public void process() {
      n++;
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      if (n > 0) {
        c.output(KV.of(name, n), org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE.maxTimestamp(),
            org.apache.beam.sdk.transforms.windowing.GlobalWindow.INSTANCE);
      }
    }
  }

  private static Map<String, Long> table(Iterable<KV<String, Long>> counts) {
    Map<String, Long> table = new TreeMap<>();
    COUNTED.forEach(name -> table.put(name, 0L));
    counts.forEach(kv -> table.merge(kv.getKey(), kv.getValue(), Long::sum));
    return table;
  }

  private String summaryJson(Map<String, Long> counts) {
    return JsonLines.toPrettyJson(RunSummary.of(counts, runner)) + "\n"; // one line, as the sorted writer wrote it
  }

  /**
   * At most this many findings go into report.md and report.html, the most important first
   * (disagreements, then changes, then agreements, then single-source figures); findings.jsonl
   * has them all. The reports are read by people and are built from one bounded list, so a run
   * over an archive never gathers an unbounded record in one worker.
   */
  public static final int MAX_REPORT_FINDINGS = 1_000;

  /**
   * Up to this many articles the reports list every source; above it, only the articles the
   * findings shown cite (the reports then say so; articles.jsonl has them all), so the sources
   * table and the entity × source table stay bounded by the findings shown, not by the corpus.
   */
  public static final int MAX_REPORT_SOURCES = 1_000;

  /**
   * The {@link #MAX_REPORT_FINDINGS} most important findings, most important first: what
   * {@code Top.of(MAX_REPORT_FINDINGS, new ReportOrder())} gives, chosen by a top over compact
   * keys (the verdict's rank and the id, {@link #reportKey}); the chosen findings reach the
   * renderers as a side input, never through a combine (a sort-based shuffle on Flink, whose
   * sort buffer caps a record's size). A top over the
   * findings themselves held heaps of whole findings (a story's finding carries all its evidence:
   * megabytes in a large story), and the DirectRunner copies the global key's bag of heaps once
   * per incoming bundle: on 10k articles that filled a 1 GiB heap, and the run hung.
   */
  static PCollection<List<Finding>> reported(PCollection<Finding> findings) {
    PCollection<List<String>> topKeys = findings
        .apply("ReportKeys", MapElements.into(TypeDescriptors.strings()).via(WriteReports::reportKey))
        .apply("TopKeys", Top.of(MAX_REPORT_FINDINGS, new KeyOrder()))
        .setCoder(ListCoder.of(StringUtf8Coder.of()));
    PCollectionView<List<String>> chosenKeys = topKeys.apply("ChosenKeys", View.asSingleton());
    PCollectionView<List<Finding>> chosen = findings
        .apply("HoldFindings", HoldForSideInputs.until(topKeys))
        .apply("ChosenFindings", ParDo.of(new ChosenFn(chosenKeys)).withSideInputs(chosenKeys))
        .setCoder(JsonCoder.of(Finding.class))
        .apply("ChosenView", View.asList());
    return topKeys
        .apply("InReportOrder", ParDo.of(new OrderFn(chosen)).withSideInputs(chosen))
        .setCoder(ListCoder.of(JsonCoder.of(Finding.class)));
  }

  /** The chosen findings (a side input), most important first, as Top gives them. */
  static final class OrderFn extends DoFn<List<String>, List<Finding>> {
    private final PCollectionView<List<Finding>> chosen;

    OrderFn(PCollectionView<List<Finding>> chosen) {
      this.chosen = chosen;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(inReportOrder(c.sideInput(chosen)));
    }
  }

  /** A finding's place in {@link ReportOrder} as a string: its verdict's rank (one digit), then its id. */
  static String reportKey(Finding f) {
    return (char) ('0' + ReportOrder.RANK.indexOf(f.verdict()) + 1) + f.id();
  }

  /** The order of {@link #reportKey}s that {@link ReportOrder} gives their findings. */
  static final class KeyOrder implements java.util.Comparator<String>, java.io.Serializable {
    @Override
    public int compare(String a, String b) {
      int byVerdict = Character.compare(a.charAt(0), b.charAt(0));
      return byVerdict != 0 ? byVerdict : b.substring(1).compareTo(a.substring(1));
    }
  }

  /** The chosen findings, most important first (as Top gives them), at most {@link #MAX_REPORT_FINDINGS}. */
  static List<Finding> inReportOrder(List<Finding> chosen) {
    List<Finding> sorted = new ArrayList<>(chosen);
    sorted.sort(new ReportOrder().reversed());
    return sorted.size() > MAX_REPORT_FINDINGS ? new ArrayList<>(sorted.subList(0, MAX_REPORT_FINDINGS)) : sorted;
  }

  /** Passes the findings whose key the top chose. */
  static final class ChosenFn extends DoFn<Finding, Finding> {
    private final PCollectionView<List<String>> chosen;
    private transient BundleSideInput<java.util.Set<String>> chosenCache;

    ChosenFn(PCollectionView<List<String>> chosen) {
      this.chosen = chosen;
    }

    @StartBundle
    public void startBundle() {
      chosenCache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element Finding finding, OutputReceiver<Finding> out, ProcessContext c,
        org.apache.beam.sdk.transforms.windowing.BoundedWindow window) {
      if (chosenCache.get(window, () -> new java.util.HashSet<>(c.sideInput(chosen))).contains(reportKey(finding))) {
        out.output(finding);
      }
    }
  }

  /** The sorted, distinct names of the articles a list of findings cites. */
  static final class CitedFn extends DoFn<List<Finding>, List<String>> {
    @ProcessElement
    public void process(@Element List<Finding> shown, OutputReceiver<List<String>> out) {
      java.util.TreeSet<String> names = new java.util.TreeSet<>();
      for (Finding f : shown) {
        f.claims().forEach(e -> names.add(e.article()));
        f.quotes().forEach(q -> names.add(q.article()));
      }
      out.output(new ArrayList<>(names));
    }
  }

  /** An article's report entry, when the reports list it (see {@link #MAX_REPORT_SOURCES}). */
  static final class SourceFn extends DoFn<ArticleInfo, ArticleInfo> {
    private final PCollectionView<Map<String, Long>> counts;
    private final PCollectionView<List<String>> cited;
    private transient BundleSideInput<Map<String, Long>> countsCache;
    private transient BundleSideInput<List<String>> citedCache;

    SourceFn(PCollectionView<Map<String, Long>> counts, PCollectionView<List<String>> cited) {
      this.counts = counts;
      this.cited = cited;
    }

    @StartBundle
    public void startBundle() {
      countsCache = new BundleSideInput<>();
      citedCache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element ArticleInfo article, OutputReceiver<ArticleInfo> out, ProcessContext c,
        org.apache.beam.sdk.transforms.windowing.BoundedWindow window) {
      if (countsCache.get(window, () -> c.sideInput(counts)).getOrDefault("articles", 0L) <= MAX_REPORT_SOURCES
          || java.util.Collections.binarySearch(citedCache.get(window, () -> c.sideInput(cited)), article.article()) >= 0) {
        out.output(article);
      }
    }
  }

  /** A story's report entry, when a finding shown cites one of its articles. */
  static final class StoryInfoFn extends DoFn<Story, StoryInfo> {
    private final PCollectionView<List<String>> cited;
    private transient BundleSideInput<List<String>> citedCache;

    StoryInfoFn(PCollectionView<List<String>> cited) {
      this.cited = cited;
    }

    @StartBundle
    public void startBundle() {
      citedCache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element Story story, OutputReceiver<StoryInfo> out, ProcessContext c,
        org.apache.beam.sdk.transforms.windowing.BoundedWindow window) {
      List<String> names = citedCache.get(window, () -> c.sideInput(cited));
      for (String article : story.articles()) {
        if (java.util.Collections.binarySearch(names, article) >= 0) {
          out.output(StoryInfo.of(story));
          return;
        }
      }
    }
  }

  /** Orders findings by how much a reader needs them: greater is more important. */
  static final class ReportOrder implements java.util.Comparator<Finding>, java.io.Serializable {
    static final List<String> RANK = List.of(Finding.SINGLE_SOURCE, Finding.AGREE, Finding.COMPATIBLE,
        Finding.CHANGED_OVER_TIME, Finding.INTERNAL_INCONSISTENCY, Finding.CONFLICT);

    @Override
    public int compare(Finding a, Finding b) {
      int byVerdict = Integer.compare(RANK.indexOf(a.verdict()), RANK.indexOf(b.verdict()));
      int byId = byVerdict != 0 ? byVerdict : b.id().compareTo(a.id());
      // two findings can share an id (the same figures judged in two groups): their JSON lines
      // decide, so the reports do not follow the order in which a runner delivered them
      return byId != 0 ? byId : JsonLines.toLine(b).compareTo(JsonLines.toLine(a));
    }
  }

  /** Renders all findings as one report page (Markdown or HTML). */
  static final class RenderFn extends DoFn<List<Finding>, String> {
    private final boolean html;
    private final PCollectionView<List<ArticleInfo>> infos;
    private final PCollectionView<List<StoryInfo>> stories;
    private final PCollectionView<Map<String, Long>> counts;

    RenderFn(boolean html, PCollectionView<List<ArticleInfo>> infos, PCollectionView<List<StoryInfo>> stories,
        PCollectionView<Map<String, Long>> counts) {
      this.html = html;
      this.infos = infos;
      this.stories = stories;
      this.counts = counts;
    }

    @ProcessElement
    public void process(@Element List<Finding> all, OutputReceiver<String> out, ProcessContext c) {
      out.output(html
          ? HtmlReport.render(all, c.sideInput(infos), c.sideInput(stories), c.sideInput(counts))
          : MarkdownReport.render(all, c.sideInput(infos), c.sideInput(stories), c.sideInput(counts)));
    }
  }
}
