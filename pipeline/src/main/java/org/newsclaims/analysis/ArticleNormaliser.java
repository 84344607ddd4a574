package org.newsclaims.analysis;

import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.ingest.DateHeader;
import org.newsclaims.model.Article;
import org.newsclaims.text.TextNormaliser;

/**
 * The first step of the per-article sequence: normalises the title's and the text's typography
 * ({@link TextNormaliser}) and reads the publication date where a publisher writes it, never
 * from an arbitrary date of the body:
 * <ul>
 *   <li>no date from the metadata: an agency dateline opening the body with a year
 *       («Pékin, le 8 août 2008 -»: {@code dateSource=dateline}); a dateline without a year
 *       («PARIS, 12 mars (AFP) -») is left to the story, which knows the year
 *       ({@code org.newsclaims.stories}); so is a deictic date in the lede («ce mardi 12 mars»,
 *       {@code lede}: "ce" ties it to the time of writing, unlike any other date of the body);
 *   <li>only a year or a month from the metadata: completed by the dateline's day when it falls
 *       within it ({@code header+dateline}), else by the latest day-precise date the text states
 *       within that month ({@code header+text}: bounded by the publisher's own month, it cannot
 *       move the article to another year).
 * </ul>
 * An article still undated takes its story's dates later (see docs/stories.md).
 *
 * <p>Kept apart from {@link ArticleAnalyser} because the pipeline normalises before it drops
 * duplicate articles, and needs only the date reader for it. Thread-safe.
 *
 * <p>Example: {@code ArticleNormaliser.fromResources().normalise(parsed)}.
 */
public final class ArticleNormaliser {

  private final ClaimExtractor dates;
  private final DateHeader datelines = DateHeader.fromResources();

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
    if (published != null && published.length() >= 10) {
      return normal;
    }
    DateHeader.Dateline dateline = datelines.readDateline(normal.text());
    String source = "dateline";
    if (dateline == null) {
      dateline = datelines.readLedeDate(normal.text());
      source = "lede";
    }
    if (published == null) {
      return dateline != null && dateline.hasYear() ? normal.withPublished(dateline.iso(), source) : normal;
    }
    if (dateline != null && published.length() == 4 && !dateline.hasYear()) {
      return normal.withPublished(published + dateline.iso().substring(1), normal.dateSource() + "+" + source);
    }
    if (dateline != null && dateline.hasYear() && dateline.iso().startsWith(published)) {
      return normal.withPublished(dateline.iso(), normal.dateSource() + "+" + source);
    }
    if (published.length() == 7) {
      String inferred = dates.inferPublicationDate(normal.withPublished(null, null));
      if (inferred != null && inferred.startsWith(published)) {
        return normal.withPublished(inferred, normal.dateSource() + "+text");
      }
    }
    return normal;
  }
}
