package org.newsclaims.beam;

import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.consistency.ClaimSubjects;
import org.newsclaims.entities.EntityRecogniser;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.model.Reject;
import org.newsclaims.quotes.QuoteExtractor;

/**
 * ExtractQuotes and ExtractClaims (with the entity mentions both need) in one pass per article.
 *
 * <p>Claims inside a quotation take its speaker, and claims and quotes are tied to the
 * article's entity mentions, so the three extractors run on the same article together; one
 * pass avoids a shuffle that would re-join them by article. An article whose extraction fails
 * goes to {@link #FAILURES} with the error; the others go on.
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
    private transient EntityRecogniser recogniser;
    private transient QuoteExtractor quoteExtractor;
    private transient ClaimExtractor claimExtractor;
    private transient ClaimSubjects subjects;

    @Setup
    public void setup() {
      recogniser = EntityRecogniser.fromResources();
      quoteExtractor = QuoteExtractor.fromResources();
      claimExtractor = ClaimExtractor.fromResources();
      subjects = ClaimSubjects.fromResources();
    }

    /**
     * Quotations in the headline ("Poutine … rend visite aux soldats : « Accomplir les missions
     * de combat »"): the headline is read as a one-line text of its own, so offsets point into
     * the title and the quotes are marked {@code inTitle}.
     */
    private List<Quote> headlineQuotes(Article article) {
      if (article.title() == null || article.title().isBlank()) {
        return List.of();
      }
      Article headline = new Article(article.article(), article.title(), article.published(),
          article.dateSource(), article.outlet(), article.title());
      return quoteExtractor.extract(headline, recogniser.find(headline)).stream()
          .map(Quote::inHeadline).toList();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      Extraction found;
      try {
        found = extract(article);
      } catch (RuntimeException | StackOverflowError e) {
        failed.inc();
        out.get(FAILURES).output(failure(article, e));
        return;
      }
      found.mentions().forEach(out.get(MENTIONS)::output);
      found.quotes().forEach(out.get(QUOTES)::output);
      found.claims().forEach(out.get(CLAIMS)::output);
    }

    /** Everything one article gives (also used by streaming, which keeps an article's parts together). */
    Extraction extract(Article article) {
      List<EntityMention> mentions = recogniser.find(article);
      List<Quote> quotes = new java.util.ArrayList<>(quoteExtractor.extract(article, mentions));
      quotes.addAll(headlineQuotes(article));
      List<Claim> claims = subjects.assign(article, claimExtractor.extract(article, quotes, mentions), mentions)
          .stream().map(c -> c.withPublished(article.published())
              .withStory(article.story(), article.event(), article.origin())).toList();
      if (article.story() != null) {
        quotes.replaceAll(q -> q.withStory(article.story()));
      }
      mentionCount.inc(mentions.size());
      quoteCount.inc(quotes.size());
      claimCount.inc(claims.size());
      return new Extraction(claims, quotes, mentions);
    }

    static Reject failure(Article article, Throwable e) {
      return new Reject(article.article(), "extract",
          "extraction failed; the article is kept without claims or quotes", Failures.describe(e));
    }
  }

  /** The claims, quotes and entity mentions of one article. */
  public record Extraction(List<Claim> claims, List<Quote> quotes, List<EntityMention> mentions) {}
}
