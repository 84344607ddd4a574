package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsclaims.text.ResourceTable;

/**
 * The qualifiers around a number ({@code qualifiers.txt}): "plus de" before it, "au moins"
 * after it, each with the interval it allows as factors of the stated value.
 *
 * <p>Example: for "plus de 1.100 km2", {@code before(sentence, k)} at the token "1.100" is the
 * row {@code (plus de, more_than, 1, null)}: the interval {@code [1100, unbounded)}. Immutable
 * and thread-safe.
 */
final class QualifierTable {

  /** One row: the tokens, the {@code Claim.Qualifiers} value, the factors (null: unbounded). */
  record Qualifier(String[] tokens, String qualifier, double lowFactor, Double highFactor) {}

  private final List<Qualifier> before;
  private final List<Qualifier> after;
  private final PhraseIndex beforeIndex;
  private final PhraseIndex afterIndex;

  private QualifierTable(List<Qualifier> before, List<Qualifier> after) {
    this.before = before;
    this.after = after;
    this.beforeIndex = PhraseIndex.last(before.stream().map(Qualifier::tokens).toList());
    this.afterIndex = PhraseIndex.first(after.stream().map(Qualifier::tokens).toList(), false);
  }

  static QualifierTable fromResources() {
    List<Qualifier> b = new ArrayList<>();
    List<Qualifier> a = new ArrayList<>();
    for (String[] r : ResourceTable.read(QualifierTable.class, "qualifiers.txt")) {
      Qualifier q = new Qualifier(r[0].split(" "), r[2], Double.parseDouble(r[3]),
          r[4].equals("inf") ? null : Double.parseDouble(r[4]));
      (r[1].equals("after") ? a : b).add(q);
    }
    b.sort(Comparator.comparingInt((Qualifier r) -> -r.tokens().length));
    a.sort(Comparator.comparingInt((Qualifier r) -> -r.tokens().length));
    return new QualifierTable(List.copyOf(b), List.copyOf(a));
  }

  /** The qualifier ending just before token {@code from}, or null. */
  Qualifier before(ClaimSentence s, int from) {
    int q = beforeIndex.endingAt(s.tk, from, s.ts, s.te);
    return q < 0 ? null : before.get(q);
  }

  /** The qualifier starting at token {@code at}, or null. */
  Qualifier after(ClaimSentence s, int at) {
    int q = afterIndex.at(s.tk, at, s.ts, s.te);
    return q < 0 ? null : after.get(q);
  }
}
