package org.newsclaims.consistency;

/**
 * What a numeric claim measures, read from its words by {@link PropertyReader}: claims are
 * compared only when all five parts are equal.
 *
 * @param dimension the unit's dimension: {@code count}, {@code share}, {@code money:EUR}, ...
 * @param quantity what is counted or measured: a class of {@code quantity-classes.tsv}
 *     ({@code deaths}), the stem of an unlisted counted noun ({@code delegation}), or
 *     {@code frame:<frame>} when only the frame lexicon names it
 * @param modifiers stems of the words that change the quantity, joined by {@code +}
 *     ({@code grav} for «blessés graves»), empty when none
 * @param period the stated period ({@code last:5:day}), or null for the default reading
 * @param scope {@code event}, {@code generic}, {@code other} or {@code forecast}
 */
public record ComparableProperty(String dimension, String quantity, String modifiers, String period, String scope) {

  /** A stable id: {@code deaths:count}, {@code retake:share} (a frame), {@code injured+grav:count@last:5:day}, {@code viewers:count~generic}. */
  public String id() {
    String name = quantity.startsWith("frame:") ? quantity.substring(6) : quantity;
    return name + (modifiers.isEmpty() ? "" : "+" + modifiers) + ":" + dimension
        + (period == null ? "" : "@" + period) + (PropertyReader.EVENT.equals(scope) ? "" : "~" + scope);
  }

  /** True for the reported event's own figures (not a usual, another event's or a forecast figure). */
  public boolean ofTheEvent() {
    return PropertyReader.EVENT.equals(scope);
  }
}
