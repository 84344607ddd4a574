package org.newsclaims.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsclaims.analysis.ArticleNormaliser;
import org.newsclaims.model.Article;
import org.newsclaims.text.TextNormaliser;

/**
 * Normalises each article's typography (see {@link TextNormaliser}) and completes its
 * publication date from the text when the metadata gave none or only a month: the first step
 * of the per-article sequence, {@link ArticleNormaliser}.
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
    private transient ArticleNormaliser normaliser;

    @Setup
    public void setup() {
      normaliser = ArticleNormaliser.fromResources();
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      Article normal = normaliser.normalise(article);
      if (!java.util.Objects.equals(normal.published(), article.published())) {
        datesInferred.inc();
      }
      out.output(normal);
    }
  }
}
