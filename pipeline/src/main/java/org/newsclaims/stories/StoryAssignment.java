package org.newsclaims.stories;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where one article belongs: its story, event and origin, and for an article without a
 * publication date of its own, the date its story gives it.
 *
 * <p>Example: {@code StoryAssignment("T01_C1_03", "s-1a2b3c4d", "e-1a2b3c4d", "T01_C1_01",
 * "2008-07-03", "story", "2008-07-02/2008-07-05")}.
 *
 * @param article the article id
 * @param story the story id
 * @param event the event id (a story's event; follow-ups are other events of the story)
 * @param origin the id of the first article of its wire-copy group (itself when it has no copy)
 * @param published the date to give the article, or null to keep its own
 * @param dateSource where that date comes from ({@code story}, or {@code header+story} when it
 *     completes a month-precise date of the article's own), or null
 * @param publishedSpan the dates of the story's dated articles the date was taken from
 *     ({@code 2008-07-02/2008-07-05}, or one date), or null
 */
@JsonPropertyOrder({"article", "story", "event", "origin", "published", "dateSource", "publishedSpan"})
public record StoryAssignment(String article, String story, String event, String origin, String published,
    String dateSource, String publishedSpan) {}
