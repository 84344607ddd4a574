package org.newsclaims.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The consistency verdict for one entity and property, with its evidence.
 *
 * @param id stable id (entity, property and verdict)
 * @param entity entity id
 * @param entityName the entity's display name
 * @param property what is compared, e.g. {@code retake:percent} ("share retaken")
 * @param propertyLabel the property in words, for readers
 * @param verdict one of {@code agree}, {@code compatible}, {@code conflict},
 *     {@code changed_over_time}, {@code internal_inconsistency}, {@code single_source}
 * @param claims the compared claims, in date then article order
 * @param quotes for quote findings: the compared quotations, else empty
 * @param explanation a plain sentence a journalist can act on
 * @param story the story the compared claims belong to ({@code stories.jsonl}), or null for
 *     quote findings and claims without a story
 */
@JsonPropertyOrder({
  "id", "story", "entity", "entityName", "property", "propertyLabel", "verdict", "claims", "quotes",
  "explanation"
})
public record Finding(
    String id,
    String entity,
    String entityName,
    String property,
    String propertyLabel,
    String verdict,
    List<Evidence> claims,
    List<QuoteEvidence> quotes,
    String explanation,
    String story) {

  /** The same finding named after another display name of its entity. */
  public Finding withEntityName(String name) {
    return new Finding(id, entity, name, property, propertyLabel, verdict, claims, quotes, explanation, story);
  }

  /** A finding outside any story (quote findings). */
  public Finding(String id, String entity, String entityName, String property, String propertyLabel,
      String verdict, List<Evidence> claims, List<QuoteEvidence> quotes, String explanation) {
    this(id, entity, entityName, property, propertyLabel, verdict, claims, quotes, explanation, null);
  }

  public static final String AGREE = "agree";
  public static final String COMPATIBLE = "compatible";
  public static final String CONFLICT = "conflict";
  public static final String CHANGED_OVER_TIME = "changed_over_time";
  public static final String INTERNAL_INCONSISTENCY = "internal_inconsistency";
  public static final String SINGLE_SOURCE = "single_source";

  /** A compared claim as it appears in a finding. */
  @JsonPropertyOrder({
    "article", "text", "value", "low", "high", "unit", "qualifier", "speaker", "date",
    "published", "sentence"
  })
  public record Evidence(
      String article,
      String text,
      Double value,
      Double low,
      Double high,
      String unit,
      String qualifier,
      String speaker,
      String date,
      String published,
      String sentence) {

    public static Evidence of(Claim c) {
      return new Evidence(c.article(), c.text(), c.value(), c.low(), c.high(), c.unit(),
          c.qualifier(), c.speaker(), c.date(), c.published(), c.sentence());
    }
  }

  /**
   * A compared quotation as it appears in a finding; {@code uncertain} when nobody is named or
   * the speaker's confidence is below 0.5, so reports do not show the words as theirs.
   */
  @JsonPropertyOrder({"article", "text", "speaker", "uncertain", "sentence"})
  public record QuoteEvidence(String article, String text, String speaker, boolean uncertain,
      String sentence) {

    /** Below this speaker confidence a quote's speaker is uncertain (as the attributor's). */
    public static final double LOW_CONFIDENCE = 0.5;

    public QuoteEvidence(String article, String text, String speaker, String sentence) {
      this(article, text, speaker, speaker == null, sentence);
    }

    public static QuoteEvidence of(Quote q) {
      return new QuoteEvidence(q.article(), q.text(), q.speaker(),
          q.speaker() == null || q.confidence() < LOW_CONFIDENCE, q.sentence());
    }

    /** The speaker as a report shows it: "unattributed", "X (uncertain)" or the name. */
    public String shownSpeaker() {
      if (speaker == null) {
        return "unattributed";
      }
      return uncertain ? speaker + " (uncertain)" : speaker;
    }
  }
}
