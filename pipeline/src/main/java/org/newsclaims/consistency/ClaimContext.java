package org.newsclaims.consistency;

import java.util.Map;

/**
 * The words that say what a claim's figure is about, for {@link FactClusters}: the counted noun
 * (weighted up), the other words of the counted phrase, the words around the figure in its
 * sentence and the frame, each as a folded stem with a weight. Built by
 * {@link PropertyReader#context}.
 *
 * @param article the claim's article
 * @param knownClass the claim's quantity class from {@code quantity-classes.tsv}, or null
 * @param head the stem of the counted noun, or null
 * @param frame the frame naming the quantity when no counted noun does ({@code frame:retake}), or null
 * @param modifiers the quantity-changing modifiers, joined by {@code +} (empty when none)
 * @param weights stem → weight
 */
record ClaimContext(String article, String knownClass, String head, String frame, String modifiers,
    Map<String, Double> weights) {

  /** False when the two cannot measure one quantity: different known classes or modifiers. */
  boolean compatibleWith(ClaimContext other) {
    if (knownClass != null && other.knownClass != null && !knownClass.equals(other.knownClass)) {
      return false;
    }
    return modifiers.equals(other.modifiers);
  }

  /** True when both name the same known class, the same counted noun or the same frame. */
  boolean sameQuantityClass(ClaimContext other) {
    if (knownClass != null && knownClass.equals(other.knownClass)) {
      return true;
    }
    return head != null && head.equals(other.head) || frame != null && frame.equals(other.frame);
  }
}
