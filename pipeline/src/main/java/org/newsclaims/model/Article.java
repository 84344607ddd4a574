package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One news article after reading and cleaning.
 *
 * <p>{@code text} is the cleaned, normalised body; every offset in claims, quotes and
 * entity mentions points into it. Example: {@code new Article("001.txt", "Poutine à Koursk",
 * "2025-03-12", "header", "lesoir.be", "Le président ...")}. The metadata fields say where each
 * value came from (see docs/output-format.md for their closed sets).
 *
 * @param article the input file name (or the crawler record's id), unique in a run
 * @param title the headline, normalised
 * @param published ISO date ({@code 2025-03-12}, {@code 2025-04} or {@code 2025}) or null
 * @param dateSource where {@code published} came from: {@code header}, {@code metadata},
 *     {@code json-ld}, {@code article:published_time}, {@code time}, {@code url}, {@code text}
 *     (inferred from dates in the body) or null
 * @param outlet the publisher when known (crawler field, page metadata, agency credit), else null
 * @param text the cleaned body
 * @param titleSource where {@code title} came from ({@code og:title}, {@code json-ld},
 *     {@code title}, {@code crawler}, {@code header}, {@code first-line}, {@code first-sentence})
 * @param outletSource where {@code outlet} came from ({@code og:site_name}, {@code host},
 *     {@code crawler}, {@code header}, {@code credit}) or null
 * @param language the language of the article ({@code fr}, or the page's {@code fr-BE}) or null
 * @param languageSource where {@code language} came from ({@code html-lang}, {@code crawler},
 *     {@code content}) or null
 * @param url the page's address (WARC target, crawler {@code url}, canonical link) or null
 */
@JsonPropertyOrder({"article", "title", "published", "dateSource", "outlet", "titleSource",
    "outletSource", "language", "languageSource", "url", "text"})
public record Article(
    String article, String title, String published, String dateSource, String outlet, String text,
    String titleSource, String outletSource, String language, String languageSource, String url) {

  /** An article without metadata provenance (tests, derived articles such as a headline alone). */
  public Article(String article, String title, String published, String dateSource, String outlet,
      String text) {
    this(article, title, published, dateSource, outlet, text, null, null, null, null, null);
  }

  public Article withText(String newTitle, String newText) {
    return new Article(article, newTitle, published, dateSource, outlet, newText, titleSource,
        outletSource, language, languageSource, url);
  }

  public Article withPublished(String newPublished, String newDateSource) {
    return new Article(article, title, newPublished, newDateSource, outlet, text, titleSource,
        outletSource, language, languageSource, url);
  }

  /** This article with the provenance of its title and outlet, its language and its address. */
  public Article withProvenance(String newTitleSource, String newOutletSource, String newLanguage,
      String newLanguageSource, String newUrl) {
    return new Article(article, title, published, dateSource, outlet, text, newTitleSource,
        newOutletSource, newLanguage, newLanguageSource, newUrl);
  }
}
