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
 *     {@code json-ld}, {@code article:published_time}, {@code meta}, {@code time}, {@code url},
 *     {@code dateline}, {@code story} (the median date of its story's dated articles, see
 *     {@code publishedSpan}), combinations such as {@code header+text} (a month from the header
 *     completed by a day of that month in the text), or null
 * @param outlet the publisher when known (crawler field, page metadata, agency credit), else null
 * @param text the cleaned body
 * @param story the id of the story it belongs to (see stories.jsonl), or null before stories
 *     are assigned
 * @param event the id of its event within the story, or null
 * @param origin the id of the first article of its wire-copy group (itself when no other
 *     article prints the same dispatch), or null
 * @param publishedSpan for {@code dateSource=story}: the dates of the story's dated articles it
 *     was taken from ({@code 2008-07-02/2008-07-05}), else null
 * @param titleSource where {@code title} came from ({@code og:title}, {@code json-ld},
 *     {@code h1}, {@code title}, {@code crawler}, {@code header}, {@code first-line},
 *     {@code first-sentence}) or null
 * @param outletSource where {@code outlet} came from ({@code og:site_name}, {@code host},
 *     {@code crawler}, {@code header}, {@code credit}) or null
 * @param language the language of the article ({@code fr}, or the page's {@code fr-BE}) or null
 * @param languageSource where {@code language} came from ({@code html-lang}, {@code crawler},
 *     {@code content}) or null
 * @param url the page's address (WARC target, crawler {@code url}, canonical link) or null
 */
@JsonPropertyOrder({"article", "title", "published", "dateSource", "publishedSpan", "outlet", "story", "event",
    "origin", "titleSource", "outletSource", "language", "languageSource", "url", "text"})
public record Article(
    String article, String title, String published, String dateSource, String outlet, String text,
    String story, String event, String origin, String publishedSpan,
    String titleSource, String outletSource, String language, String languageSource, String url) {

  /** An article as read, before stories are assigned, without metadata provenance. */
  public Article(String article, String title, String published, String dateSource, String outlet, String text) {
    this(article, title, published, dateSource, outlet, text, null, null, null, null,
        null, null, null, null, null);
  }

  public Article withText(String newTitle, String newText) {
    return new Article(article, newTitle, published, dateSource, outlet, newText, story, event, origin,
        publishedSpan, titleSource, outletSource, language, languageSource, url);
  }

  public Article withPublished(String newPublished, String newDateSource) {
    return new Article(article, title, newPublished, newDateSource, outlet, text, story, event, origin, null,
        titleSource, outletSource, language, languageSource, url);
  }

  /** This article placed in its story, event and wire-copy origin. */
  public Article withStory(String newStory, String newEvent, String newOrigin) {
    return new Article(article, title, published, dateSource, outlet, text, newStory, newEvent, newOrigin,
        publishedSpan, titleSource, outletSource, language, languageSource, url);
  }

  /** This article dated by its story: {@code span} says which dates it was taken from. */
  public Article withPublished(String newPublished, String newDateSource, String span) {
    return new Article(article, title, newPublished, newDateSource, outlet, text, story, event, origin, span,
        titleSource, outletSource, language, languageSource, url);
  }

  /** This article with the provenance of its title and outlet, its language and its address. */
  public Article withProvenance(String newTitleSource, String newOutletSource, String newLanguage,
      String newLanguageSource, String newUrl) {
    return new Article(article, title, published, dateSource, outlet, text, story, event, origin,
        publishedSpan, newTitleSource, newOutletSource, newLanguage, newLanguageSource, newUrl);
  }
}
