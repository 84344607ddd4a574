package org.newsclaims.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Finding} for a test by naming its parts. Defaults: id {@code f1}, entity
 * {@code place:x} named "X", property {@code count} labelled "count", no evidence, an empty
 * explanation.
 *
 * <pre>{@code
 * Finding f = FindingBuilder.finding(Finding.CONFLICT).property("casualties:count", "people killed")
 *     .claim(ClaimBuilder.claim("12 morts").value(12).build())
 *     .claim(ClaimBuilder.claim("15 morts").article("b.txt").value(15).build())
 *     .explanation("Sources disagree.").build();
 * }</pre>
 */
public final class FindingBuilder {

  private String id = "f1";
  private String entity = "place:x";
  private String entityName = "X";
  private String property = "count";
  private String propertyLabel = "count";
  private final String verdict;
  private final List<Finding.Evidence> claims = new ArrayList<>();
  private final List<Finding.QuoteEvidence> quotes = new ArrayList<>();
  private String explanation = "";
  private String story;

  private FindingBuilder(String verdict) {
    this.verdict = verdict;
  }

  /** A finding with this verdict ({@link Finding#AGREE}, {@link Finding#CONFLICT} …). */
  public static FindingBuilder finding(String verdict) {
    return new FindingBuilder(verdict);
  }

  public FindingBuilder id(String i) {
    this.id = i;
    return this;
  }

  /** The entity's id and display name. */
  public FindingBuilder entity(String entityId, String name) {
    this.entity = entityId;
    this.entityName = name;
    return this;
  }

  /** The property's key and label. */
  public FindingBuilder property(String key, String label) {
    this.property = key;
    this.propertyLabel = label;
    return this;
  }

  /** Adds a compared claim, as its evidence ({@link Finding.Evidence#of}). */
  public FindingBuilder claim(Claim c) {
    claims.add(Finding.Evidence.of(c));
    return this;
  }

  /** Adds evidence as given (for evidence no claim would give). */
  public FindingBuilder evidence(Finding.Evidence e) {
    claims.add(e);
    return this;
  }

  /** Adds a compared quotation ({@link Finding.QuoteEvidence#of}). */
  public FindingBuilder quote(Quote q) {
    quotes.add(Finding.QuoteEvidence.of(q));
    return this;
  }

  public FindingBuilder explanation(String e) {
    this.explanation = e;
    return this;
  }

  /** The story whose claims the finding compares (null: outside any story, as quote findings). */
  public FindingBuilder story(String s) {
    this.story = s;
    return this;
  }

  public Finding build() {
    return new Finding(id, entity, entityName, property, propertyLabel, verdict, List.copyOf(claims),
        List.copyOf(quotes), explanation, story);
  }
}
