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
 * @param restrictors the participles restricting the counted noun («détenus»), joined by {@code +}
 * @param groupAge true when the figure is the age bound of a group («les mineurs de 16 ans»)
 * @param owner for an amount, {@link #GROUP} when it is a group's total («les banques françaises ont
 *     perdu»), {@link #NAMED} when a name owns it («le Crédit agricole a perdu»), else empty
 * @param subject for an amount, the stem of the name its sentence makes its subject (opening a
 *     clause before the figure: «En mai, le Crédit agricole a levé»), else empty
 * @param weights stem → weight
 * @param event the claim's event within its story (null when read without stories)
 * @param names the stems of the names its sentence mentions ({@link SentenceNames})
 * @param scope the figure's scope ({@link PropertyReader#EVENT}, {@link PropertyReader#FORECAST}, ...)
 */
record ClaimContext(String article, String knownClass, String head, String frame, String modifiers,
    String restrictors, boolean groupAge, String owner, String subject, Map<String, Double> weights, String event,
    java.util.Set<String> names, String scope) {

  static final String GROUP = "group";
  static final String NAMED = "named";

  /**
   * True when two claims giving different figures may still be two readings of one quantity:
   * their sentences do not name only different people, organisations or places, and a figure of
   * a linked follow-up event names the same known class (a stem or a frame alone is too loose
   * across events: «204 pays» at the Games against «110 pays» backing China a month earlier), and
   * the counted noun is restricted alike («onze militaires détenus» against «vingt militaires»:
   * those held are a part of the soldiers), and neither is the age bound of a group (a rule sets
   * several: «les mineurs de 16 ans» for one purpose, «dès 13 ans» for the others), and an amount
   * is not a group's total against one named member's («les banques» against «le Crédit agricole»)
   * nor of another subject,
   * and both are of one scope (a forecast against the outcome is no disagreement).
   */
  boolean mayDisagreeWith(ClaimContext other) {
    if (!SentenceNames.meet(names, other.names) || !restrictors.equals(other.restrictors) || groupAge
        || other.groupAge || !scope.equals(other.scope)) {
      return false;
    }
    if (GROUP.equals(owner) && NAMED.equals(other.owner) || NAMED.equals(owner) && GROUP.equals(other.owner)) {
      return false; // a group's total against one named member's figure: the whole and a part
    }
    if (!subject.isEmpty() && !other.subject.isEmpty() && !subject.equals(other.subject)) {
      return false; // one bank's amount against another's («Natixis a levé», «le Crédit agricole a levé»)
    }
    boolean otherEvent = event != null && other.event != null && !event.equals(other.event);
    return !otherEvent || knownClass != null && knownClass.equals(other.knownClass);
  }

  /** This context with the names of another sentence (a group's names are pooled). */
  ClaimContext withNames(java.util.Set<String> other) {
    return new ClaimContext(article, knownClass, head, frame, modifiers, restrictors, groupAge, owner, subject, weights,
        event, other, scope);
  }

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
