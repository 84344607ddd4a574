package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
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

  /**
   * One row: the lower-case tokens, the unit of {@code Claim.Units}, the multiplier, and whether
   * it is a unit only after a number with a decimal part ({@code decimal} in {@code units.txt}).
   */
  record Unit(String[] tokens, String unit, double multiplier, boolean decimalOnly) {}

  private final List<Unit> units;
  private final PhraseIndex index;

  private UnitTable(List<Unit> units) {
    this.units = units;
    this.index = PhraseIndex.first(units.stream().map(Unit::tokens).toList(), false);
  }

  static UnitTable fromResources() {
    List<Unit> u = new ArrayList<>();
    for (String[] r : ResourceTable.read(UnitTable.class, "units.txt")) {
      u.add(new Unit(r[0].split(" "), r[1], r.length > 2 ? Double.parseDouble(r[2]) : 1,
          r.length > 3 && "decimal".equals(r[3])));
    }
    u.sort(Comparator.comparingInt((Unit r) -> -r.tokens().length));
    return new UnitTable(List.copyOf(u));
  }

  /** A number below 100 with a decimal part, as written: «0,75», «1.5». */
  private static final Pattern SMALL_DECIMAL = Pattern.compile("\\d{1,2}[,.]\\d+");

  /**
   * The unit starting at token {@code j} of the sentence, or null. A {@code decimal} row is a unit
   * only after a number below 100 with a decimal part: «0,75 point» of a rate is a percentage
   * point, «trois points d'avance» a score, «3 245,67 points» an index's level.
   */
  Unit at(ClaimSentence s, int j) {
    int u = index.at(s.tk, j, s.ts, s.te);
    if (u < 0) {
      return null;
    }
    Unit unit = units.get(u);
    if (unit.decimalOnly() && !SMALL_DECIMAL.matcher(numberBefore(s, j)).matches()) {
      return null;
    }
    return unit;
  }

  /** The text of the tokens written together (no space between them) just before token {@code j}. */
  private static String numberBefore(ClaimSentence s, int j) {
    StringBuilder out = new StringBuilder();
    for (int k = j - 1; k >= s.ts && j - k <= 3; k--) {
      out.insert(0, s.at(k).text());
      if (k == s.ts || s.at(k - 1).end() != s.at(k).start()) {
        break;
      }
    }
    return out.toString();
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
