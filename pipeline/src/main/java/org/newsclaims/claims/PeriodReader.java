package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.SpanKind;

/**
 * Reads the period of a sentence's claims: {@code total} after "au total", "en tout"
 * ({@code periods.txt}) or "depuis" and a date; {@code last:N:unit} after "(au cours) des cinq
 * derniers jours", "depuis trois jours" or ", en un an," set off by commas, whose number and unit are
 * then no claim.
 *
 * <p>Example: "au cours des cinq derniers jours, 40 villages ont été repris" has the period
 * {@code last:5:day}. Immutable and thread-safe.
 */
final class PeriodReader {

  private final UnitTable units;
  private final List<String> labels;
  private final PhraseIndex index;

  private PeriodReader(UnitTable units, List<String[]> cues, List<String> labels) {
    this.units = units;
    this.labels = labels;
    this.index = PhraseIndex.first(cues, false);
  }

  static PeriodReader fromResources(UnitTable units) {
    List<String[]> cues = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String[] r : ResourceTable.read(PeriodReader.class, "periods.txt")) {
      cues.add(r[0].split(" "));
      labels.add(r[1]);
    }
    return new PeriodReader(units, List.copyOf(cues), List.copyOf(labels));
  }

  /**
   * The period of the sentence, or null; adds to {@code blocked} the tokens of a number that
   * states the period ("cinq derniers jours").
   */
  String read(ClaimSentence s, List<NumberSpan> spans, SentenceDates dates, Set<Integer> blocked) {
    String period = null;
    for (int i = s.ts; i < s.te && period == null; i++) {
      int pc = index.at(s.tk, i, s.ts, s.te);
      if (pc >= 0) {
        period = labels.get(pc);
      }
      if (period == null && s.at(i).is("depuis") && dates.startsAt(i + 1)) {
        period = "total";
      }
    }
    // "(au cours) des cinq derniers jours", "depuis trois jours", ", en un an,": the number is the period
    for (NumberSpan sp : spans) {
      if (sp.value() == null || sp.kind() == SpanKind.FRACTION) {
        continue;
      }
      int j = sp.toToken();
      boolean last = j < s.te && (s.at(j).lower().startsWith("dernier")
          || s.at(j).lower().startsWith("dernière"));
      int u = last ? j + 1 : j;
      UnitTable.Unit unit = units.at(s, u);
      if (unit == null || !UnitTable.isDuration(unit.unit())) {
        continue;
      }
      boolean depuis = sp.fromToken() > s.ts && s.at(sp.fromToken() - 1).is("depuis");
      if (last || depuis || setOff(s, sp.fromToken(), u + unit.tokens().length)) {
        if (period == null || period.equals("total")) {
          period = "last:" + fmt(sp.value()) + ":" + unit.unit();
        }
        for (int k = sp.fromToken(); k < u + unit.tokens().length; k++) {
          blocked.add(k);
        }
      }
    }
    return period;
  }

  /**
   * True for «en un an» set off by commas, or opening the sentence before one («, en un an, le
   * trou s'est chiffré à 6,5 milliards»): the span the sentence's figures cover. Inside a clause
   * («boucler le dossier en 48 heures») it is often a figure of its own, and stays a claim.
   */
  private static boolean setOff(ClaimSentence s, int from, int after) {
    int en = from - 1;
    if (en < s.ts || !s.at(en).is("en") || after >= s.te || !s.at(after).is(",")) {
      return false;
    }
    return en == s.ts || s.at(en - 1).is(",");
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
