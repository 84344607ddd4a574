package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One news article after reading and cleaning.
 *
 * <p>{@code text} is the cleaned, normalised body; every offset in claims, quotes and
 * entity mentions points into it. Example: {@code new Article("001.txt", "Poutine à Koursk",
 * "2025-03-12", "header", "lesoir.be", "Le président ...")}.
 *
 * @param article the input file name (or the crawler record's id), unique in a run
 * @param title the headline, normalised
 * @param published ISO date ({@code 2025-03-12}, {@code 2025-04} or {@code 2025}) or null
 * @param dateSource where {@code published} came from: {@code header}, {@code metadata},
 *     {@code text} (inferred from dates in the body) or null
 * @param outlet the publisher when known (crawler field, agency credit), else null
 * @param text the cleaned body
 */
@JsonPropertyOrder({"article", "title", "published", "dateSource", "outlet", "text"})
public record Article(
    String article, String title, String published, String dateSource, String outlet, String text) {

  public Article withText(String newTitle, String newText) {
    return new Article(article, newTitle, published, dateSource, outlet, newText);
  }

  public Article withPublished(String newPublished, String newDateSource) {
    return new Article(article, title, newPublished, newDateSource, outlet, text);
  }
}
