package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchDates.DateMention;
import org.newsclaims.text.FrenchDates.ResolvedDate;

/**
 * The dates written in one sentence, resolved against the publication date: they become date
 * claims, mark "depuis <date>" periods and date the sentence's other claims.
 *
 * <p>Example: in "Mardi 12 mars, 40 soldats ont été capturés" the claim "40 soldats" is dated
 * by "Mardi 12 mars"; in "depuis le 6 août" the date is a start, not the claim's date.
 */
final class SentenceDates {

  private final ClaimSentence s;
  private final List<ResolvedDate> dates = new ArrayList<>();

  /** The dates lying wholly in the sentence; their tokens go to {@code blocked}. */
  SentenceDates(ClaimSentence s, NavigableMap<Integer, ResolvedDate> byToken,
      Set<Integer> blocked) {
    this.s = s;
    for (ResolvedDate r : byToken.subMap(s.ts, s.te).values()) {
      DateMention m = r.mention();
      if (m.fromToken() >= s.ts && m.toToken() <= s.te) {
        dates.add(r);
        for (int k = m.fromToken(); k < m.toToken(); k++) {
          blocked.add(k);
        }
      }
    }
  }

  List<ResolvedDate> all() {
    return dates;
  }

  /** True when a date starts at token {@code i}, or after "le"/"l'" there. */
  boolean startsAt(int i) {
    for (ResolvedDate d : dates) {
      int f = d.mention().fromToken();
      if (f == i || (f == i + 1 && (s.at(i).is("le") || s.at(i).is("l'")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The explicit date nearest the offset {@code start} (not a "depuis" start), else published. A
   * day written without its year dates the claim only when the article is dated: otherwise its
   * year was borrowed from another date of the text and would order the claim wrongly in time.
   */
  String dateFor(int start, String published) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (ResolvedDate d : dates) {
      int f = d.mention().fromToken();
      if (d.iso() == null || d.iso().contains("W")) {
        continue;
      }
      if (!d.mention().hasYear() && published == null) {
        continue; // «le 19 octobre» in an undated article: its year would be a guess («depuis 1999» nearby)
      }
      if (f > s.ts && (s.at(f - 1).is("depuis") || s.at(f - 1).is("dès"))) {
        continue;
      }
      if (d.mention().modifier() != null
          && (d.mention().modifier().equals(FrenchDates.FROM) || d.mention().modifier().equals(FrenchDates.UNTIL))) {
        continue; // an end of a range («de 1985 à 1988», «à partir de 2005») dates no single figure
      }
      int dist = Math.abs(d.mention().start() - start);
      if (dist < bestDist) {
        bestDist = dist;
        best = d.iso();
      }
    }
    return best != null ? best : published;
  }
}
