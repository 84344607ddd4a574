package org.newsclaims.analysis;

import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.model.Article;
import org.newsclaims.text.TextNormaliser;

/**
 * The first step of the per-article sequence: normalises the title's and the text's typography
 * ({@link TextNormaliser}) and completes the publication date from the text when the metadata
 * gave none or only a month ("2025-04" is completed by a day-precise date of the text within
 * it; the date source then reads {@code text} or {@code header+text}).
 *
 * <p>Kept apart from {@link ArticleAnalyser} because the pipeline normalises before it drops
 * duplicate articles, and needs only the date reader for it. Thread-safe.
 *
 * <p>Example: {@code ArticleNormaliser.fromResources().normalise(parsed)}.
 */
public final class ArticleNormaliser {

  private final ClaimExtractor dates;

  ArticleNormaliser(ClaimExtractor dates) {
    this.dates = dates;
  }

  public static ArticleNormaliser fromResources() {
    return new ArticleNormaliser(ClaimExtractor.fromResources());
  }

  /** The article with normalised title and text and, where it can be read, a completed date. */
  public Article normalise(Article article) {
    Article normal = article.withText(
        TextNormaliser.normalise(article.title()), TextNormaliser.normalise(article.text()));
    String published = normal.published();
    if (published == null || published.length() < 10) {
      String inferred = dates.inferPublicationDate(normal.withPublished(null, null));
      if (inferred != null && (published == null || inferred.startsWith(published))) {
        normal = normal.withPublished(inferred, published == null ? "text" : normal.dateSource() + "+text");
      }
    }
    return normal;
  }
}
