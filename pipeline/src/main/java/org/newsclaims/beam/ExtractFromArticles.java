package org.newsclaims.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsclaims.analysis.Analysis;
import org.newsclaims.analysis.ArticleAnalyser;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.model.Reject;

/**
 * The claims, quotes and entity mentions of each article, in one pass per article: a thin
 * {@code DoFn} over {@link ArticleAnalyser} (the per-article sequence, shared with streaming, the
 * benchmark and the evaluations) that spreads its {@link Analysis} over three outputs.
 *
 * <p>Claims inside a quotation take its speaker, and claims and quotes are tied to the
 * article's entity mentions, so they are found together; one pass avoids a shuffle that would
 * re-join them by article. An article whose analysis fails goes to {@link #FAILURES} with the
 * error; the others go on.
 *
 * <pre>{@code
 * PCollectionTuple found = articles.apply(new ExtractFromArticles());
 * PCollection<Claim> claims = found.get(ExtractFromArticles.CLAIMS);
 * }</pre>
 */
public final class ExtractFromArticles extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<Quote> QUOTES = new TupleTag<>() {};
  public static final TupleTag<EntityMention> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<Reject> FAILURES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles.apply("ExtractClaimsAndQuotes", ParDo.of(new ExtractFn())
        .withOutputTags(CLAIMS, TupleTagList.of(QUOTES).and(MENTIONS).and(FAILURES)));
    out.get(CLAIMS).setCoder(JsonCoder.of(Claim.class));
    out.get(QUOTES).setCoder(JsonCoder.of(Quote.class));
    out.get(MENTIONS).setCoder(JsonCoder.of(EntityMention.class));
    out.get(FAILURES).setCoder(JsonCoder.of(Reject.class));
    return out;
  }

  static final class ExtractFn extends DoFn<Article, Claim> {
    private final Counter claimCount = Metrics.counter(ExtractFromArticles.class, "claims");
    private final Counter quoteCount = Metrics.counter(ExtractFromArticles.class, "quotes");
    private final Counter mentionCount = Metrics.counter(ExtractFromArticles.class, "mentions");
    private final Counter failed = Metrics.counter(ExtractFromArticles.class, "articlesFailed");
    private transient ArticleAnalyser analyser;

    @Setup
    public void setup() {
      analyser = ArticleAnalyser.fromResources();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      Analysis found = analyseOrReject(analyser, article, failed, out);
      if (found == null) {
        return;
      }
      mentionCount.inc(found.mentions().size());
      quoteCount.inc(found.quotes().size());
      claimCount.inc(found.claims().size());
      found.mentions().forEach(out.get(MENTIONS)::output);
      found.quotes().forEach(out.get(QUOTES)::output);
      found.claims().forEach(out.get(CLAIMS)::output);
    }
  }

  /**
   * One article's analysis (batch's and streaming's), or null after its failure went to {@link
   * #FAILURES}: a text that breaks the analyser is counted and kept, never lost.
   */
  static Analysis analyseOrReject(ArticleAnalyser analyser, Article article, Counter failed,
      DoFn.MultiOutputReceiver out) {
    try {
      return analyser.analyse(article);
    } catch (RuntimeException | StackOverflowError e) {
      failed.inc();
      out.get(FAILURES).output(failure(article, e));
      return null;
    }
  }

  /** The failure of one article's analysis (also streaming's): the article stays, without claims. */
  static Reject failure(Article article, Throwable e) {
    return new Reject(article.article(), "extract",
        "extraction failed; the article is kept without claims or quotes", Failures.describe(e));
  }
}
