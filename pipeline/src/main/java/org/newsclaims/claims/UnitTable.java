package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsclaims.model.Claim.Units;
import org.newsclaims.text.ResourceTable;

/**
 * The units written after a number ({@code units.txt}): "km2", "%", "millions d'euros", "Md€".
 * The longest phrase wins; a multiplier scales the number ("1,5 Md€" is 1 500 000 000 EUR).
 *
 * <p>Example: at the token "km2" of "1.100 km2 de territoire", {@code at(sentence, j)} is the row
 * {@code (km2, km2, 1)}. Immutable and thread-safe.
 */
final class UnitTable {

  /** One row: the lower-case tokens, the unit of {@code Claim.Units}, the multiplier. */
  record Unit(String[] tokens, String unit, double multiplier) {}

  private final List<Unit> units;
  private final PhraseIndex index;

  private UnitTable(List<Unit> units) {
    this.units = units;
    this.index = PhraseIndex.first(units.stream().map(Unit::tokens).toList(), false);
  }

  static UnitTable fromResources() {
    List<Unit> u = new ArrayList<>();
    for (String[] r : ResourceTable.read(UnitTable.class, "units.txt")) {
      u.add(new Unit(r[0].split(" "), r[1], r.length > 2 ? Double.parseDouble(r[2]) : 1));
    }
    u.sort(Comparator.comparingInt((Unit r) -> -r.tokens().length));
    return new UnitTable(List.copyOf(u));
  }

  /** The unit starting at token {@code j} of the sentence, or null. */
  Unit at(ClaimSentence s, int j) {
    int u = index.at(s.tk, j, s.ts, s.te);
    return u < 0 ? null : units.get(u);
  }

  /** A currency row of one or two tokens ("$", "€", "eur", "usd $") ending just before. */
  Unit currencyBefore(ClaimSentence s, int from) {
    for (Unit u : units) {
      int n = u.tokens().length;
      if (n <= 2 && u.multiplier() == 1 && u.unit().startsWith("currency:")
          && !u.tokens()[0].equals("de") && !u.tokens()[0].equals("d'")
          && s.matchAt(u.tokens(), from - n)) {
        return u;
      }
    }
    return null;
  }

  /** True for the units a period can be counted in: days, weeks, months, years, hours. */
  static boolean isDuration(String unit) {
    return unit.equals(Units.DAY) || unit.equals(Units.WEEK) || unit.equals(Units.MONTH)
        || unit.equals(Units.YEAR) || unit.equals(Units.HOUR);
  }
}
