package org.newsclaims.claims;

import org.newsclaims.model.Claim.Qualifiers;
import org.newsclaims.model.Claim.Units;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.SpanKind;
import org.newsclaims.text.Token;

/**
 * Reads two numbers as one range: "entre 20 et 30 morts", "de 5 à 7 %", "2 ou 3 jours",
 * "10-15 km". The claim has qualifier {@code range}, no value, and the two numbers (times the
 * unit's multiplier) as its bounds.
 *
 * <p>Example: "entre 20 et 30 morts" gives {@code low=20, high=30, unit=count, what="morts"};
 * "entre 12 et 15 millions d'euros" gives {@code low=12000000, high=15000000}.
 * Immutable and thread-safe.
 */
final class RangeReader {

  private final UnitTable units;
  private final NounPhraseReader nounPhrases;

  RangeReader(UnitTable units, NounPhraseReader nounPhrases) {
    this.units = units;
    this.nounPhrases = nounPhrases;
  }

  /** The range formed by {@code x} and the next number {@code y}, or null. */
  ClaimReading read(ClaimSentence s, NumberSpan x, NumberSpan y) {
    if (y == null || x.value() == null || y.value() == null
        || x.kind() == SpanKind.FRACTION || y.kind() == SpanKind.FRACTION
        || y.kind() == SpanKind.WEAK) {
      return null;
    }
    int from = x.fromToken();
    int mid = x.toToken();
    UnitTable.Unit xUnit = units.at(s, mid);
    if (xUnit != null) {
      mid += xUnit.tokens().length;
    }
    if (mid + 1 != y.fromToken()) {
      return null;
    }
    Token link = s.at(mid);
    boolean entre = from > s.ts && s.at(from - 1).is("entre") && link.is("et");
    boolean deA = from > s.ts && s.isDe(from - 1) && link.is("à");
    UnitTable.Unit yUnit = units.at(s, y.toToken());
    if (xUnit != null && yUnit != null && !xUnit.unit().equals(yUnit.unit())) {
      return null; // "de 15 % à 415 millions $": two amounts, no range
    }
    boolean bare = (link.is("à") || link.is("ou") || link.is("-")) && yUnit != null
        && x.kind() != SpanKind.WEAK;
    if (!(entre || deA || bare)) {
      return null;
    }
    if (s.isYearLike(x) && s.isYearLike(y)) {
      return null; // "de 2014 à 2022"
    }
    int start = entre || deA ? from - 1 : from;
    int end = y.toToken();
    String unit = Units.COUNT;
    double mult = 1;
    int[] what;
    if (yUnit != null) {
      unit = yUnit.unit();
      mult = yUnit.multiplier();
      end += yUnit.tokens().length;
      what = nounPhrases.after(s, end);
    } else {
      what = nounPhrases.at(s, end);
      if (what == null || nounPhrases.isNotCounted(s, what)) {
        return null;
      }
    }
    double lo = x.value() * sharedMultiplier(s, x, y) * mult;
    double hi = y.value() * mult;
    String whatText = what == null ? null : s.surface(what[0], what[1]);
    return new ClaimReading(start, end, null, Math.min(lo, hi), Math.max(lo, hi), unit,
        Qualifiers.RANGE, what == null ? -1 : what[0], what == null ? -1 : what[1], whatText,
        s.isRestating(start));
  }

  /**
   * "entre 12 et 15 millions d'euros": the multiplier word ending the second number ("millions",
   * "milliards", "mille") also scales the first when it has none of its own and the scaled first
   * number stays below the second (so "entre 500 000 et 2 millions" keeps 500 000); else 1.
   */
  private static double sharedMultiplier(ClaimSentence s, NumberSpan x, NumberSpan y) {
    if (!y.multiplied() || x.multiplied() || y.toToken() - 1 <= y.fromToken()) {
      return 1;
    }
    Token last = s.at(y.toToken() - 1);
    if (!last.isWord()) {
      return 1;
    }
    java.util.OptionalDouble m = NUMBERS.parse(last.lower());
    if (m.isEmpty() || m.getAsDouble() < 1000) {
      return 1;
    }
    return x.value() * m.getAsDouble() <= y.value() ? m.getAsDouble() : 1;
  }

  private static final FrenchNumberFormat NUMBERS = FrenchNumberFormat.fromResources();
}
