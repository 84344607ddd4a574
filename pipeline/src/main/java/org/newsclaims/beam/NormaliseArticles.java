package org.newsclaims.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.model.Article;
import org.newsclaims.text.TextNormaliser;

/**
 * Normalises each article's typography (see {@link TextNormaliser}) and completes its
 * publication date from the text when the metadata gave none or only a month.
 *
 * <p>Example: {@code articles.apply(new NormaliseArticles())}.
 */
public final class NormaliseArticles extends PTransform<PCollection<Article>, PCollection<Article>> {

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles.apply("Normalise", ParDo.of(new NormaliseFn())).setCoder(JsonCoder.of(Article.class));
  }

  static final class NormaliseFn extends DoFn<Article, Article> {
    private final Counter datesInferred = Metrics.counter(NormaliseArticles.class, "publicationDatesInferred");
    private transient ClaimExtractor dates;

    @Setup
    public void setup() {
      dates = ClaimExtractor.fromResources();
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      Article normal = article.withText(
          TextNormaliser.normalise(article.title()), TextNormaliser.normalise(article.text()));
      String published = normal.published();
      if (published == null || published.length() < 10) {
        // a partial date ("2025-04") is completed by a day-precise date of the text within it
        String inferred = dates.inferPublicationDate(normal.withPublished(null, null));
        if (inferred != null && (published == null || inferred.startsWith(published))) {
          datesInferred.inc();
          normal = normal.withPublished(inferred, published == null ? "text" : normal.dateSource() + "+text");
        }
      }
      out.output(normal);
    }
  }
}
