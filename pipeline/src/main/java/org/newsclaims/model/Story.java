package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One story: the articles that report the same event, whatever the outlet, with its linked
 * follow-ups. A line of {@code stories.jsonl}.
 *
 * <p>A story holds one or more {@link Event}s: the articles published within a few days that
 * tell one event; follow-ups weeks later that share its main names are a second event of the
 * same story (linked), so that a figure revised a month later is compared, as a change.
 * Articles printing one dispatch are one {@link Origin}.
 *
 * <p>Example: {@code {"id":"s-3fa85f64","label":"Libération d'Ingrid Betancourt: ...",
 * "articles":[...20 ids],"firstPublished":"2008-07-03","lastPublished":"2008-08-05",
 * "undated":0,"entities":["Betancourt","Farc","Colombie"],"events":[{...},{...}],
 * "outlets":10,"origins":[...],"independentSources":8}}.
 *
 * @param id stable id ({@code s-} and 8 hex digits from the story's first article id)
 * @param label the headline of the article nearest the story's centre
 * @param articles the article ids, sorted
 * @param firstPublished the earliest publication date of its dated articles, or null
 * @param lastPublished the latest, or null
 * @param undated how many of its articles had no publication date of their own
 * @param entities its main names, most weighted first (at most 8)
 * @param events its events (one, or the event and its linked follow-ups), earliest first
 * @param outlets how many distinct outlets (articles without an outlet count one each)
 * @param origins the groups of articles printing the same dispatch (wire copies), and the
 *     articles that are the only one of their origin
 * @param independentSources how many origins: independent sources of the story
 */
@JsonPropertyOrder({
  "id", "label", "articles", "firstPublished", "lastPublished", "undated", "entities", "events",
  "outlets", "origins", "independentSources"
})
public record Story(
    String id,
    String label,
    List<String> articles,
    String firstPublished,
    String lastPublished,
    int undated,
    List<String> entities,
    List<Event> events,
    int outlets,
    List<Origin> origins,
    int independentSources) {

  /**
   * One event of a story: its articles published within a few days of one another.
   *
   * @param id stable id ({@code e-} and 8 hex digits)
   * @param label the headline nearest the event's centre
   * @param articles the article ids, sorted
   * @param firstPublished earliest publication date of its dated articles, or null
   * @param lastPublished latest, or null
   * @param linkedBy the main names it shares with the event of the story it was linked to (why
   *     it is a follow-up of it); empty for the event the story started with
   */
  @JsonPropertyOrder({"id", "label", "articles", "firstPublished", "lastPublished", "linkedBy"})
  public record Event(String id, String label, List<String> articles, String firstPublished,
      String lastPublished, List<String> linkedBy) {}

  /**
   * Articles that print the same dispatch (long shared word runs): one independent source.
   *
   * @param id the origin id: the id of its earliest (then first by id) article
   * @param articles the article ids, sorted
   * @param outlets the outlets printing it, sorted (those known)
   */
  @JsonPropertyOrder({"id", "articles", "outlets"})
  public record Origin(String id, List<String> articles, List<String> outlets) {}
}
