package org.newsclaims.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.newsclaims.model.Article;

/**
 * What a report shows of an article: its name, title, date and outlet (not its text).
 *
 * @param article input file name
 * @param title headline
 * @param published ISO date or null
 * @param outlet publisher or null
 */
@JsonPropertyOrder({"article", "title", "published", "outlet"})
public record ArticleInfo(String article, String title, String published, String outlet) {

  public static ArticleInfo of(Article a) {
    return new ArticleInfo(a.article(), a.title(), a.published(), a.outlet());
  }
}
