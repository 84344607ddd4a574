package org.newsclaims.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.newsclaims.model.Article;

/**
 * What a report shows of an article: its name, title, date and outlet, and where it belongs
 * (its story and wire-copy origin), not its text.
 *
 * @param article input file name
 * @param title headline
 * @param published ISO date or null
 * @param outlet publisher or null
 * @param dateSource where {@code published} came from ({@code story}: taken from its story, an
 *     estimate the reports mark with {@code ≈}), or null
 * @param story its story id, or null
 * @param origin the first article of its wire-copy group (itself when no other article prints
 *     the same dispatch), or null
 */
@JsonPropertyOrder({"article", "title", "published", "outlet", "dateSource", "story", "origin"})
public record ArticleInfo(String article, String title, String published, String outlet, String dateSource,
    String story, String origin) {

  /** An article outside any story, dated by its own metadata. */
  public ArticleInfo(String article, String title, String published, String outlet) {
    this(article, title, published, outlet, null, null, null);
  }

  public static ArticleInfo of(Article a) {
    return new ArticleInfo(a.article(), a.title(), a.published(), a.outlet(), a.dateSource(), a.story(), a.origin());
  }

  /** Whether its date was taken from its story rather than from the article itself. */
  public boolean datedByStory() {
    return dateSource != null && dateSource.contains("story");
  }

  /** Whether it prints another article's dispatch (a wire copy, not an independent source). */
  public boolean isCopy() {
    return origin != null && !origin.equals(article);
  }
}
