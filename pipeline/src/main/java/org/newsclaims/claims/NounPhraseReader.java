package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.Token;

/**
 * Reads the counted noun phrase of a claim ({@code noun-phrase.txt}): a head noun and up to
 * two adjectives or participles after a number ("430 soldats ukrainiens"), after a unit and
 * "de" ("1.100 km2 de territoire"), or the noun before "de" ("un cessez-le-feu de 30 jours").
 * A phrase is a token range {@code {from, to}}; null when there is none.
 *
 * <p>Example: in "l'armée a capturé 430 soldats ukrainiens.", {@code at(s, j)} at "soldats" is
 * the range of "soldats ukrainiens". Immutable and thread-safe.
 */
final class NounPhraseReader {

  private final FrenchNumberFormat numbers;
  private final FrenchDates dates;
  private final UnitTable units;
  private final Set<String> stop;
  /** Words kept before the counted noun («autres»): the class other-than of text/word-classes.tsv. */
  private final Set<String> before;
  private final List<String> adjSuffixes;
  private final Set<String> notCounted;
  /** Words after a bare number of a list that counts the noun before ({@code ellipsis}). */
  private final Set<String> ellipsis;
  /** Nouns of length («durée») of consistency/duration-cues.tsv: they name no thing measured. */
  private final Set<String> lengthNouns;

  private NounPhraseReader(FrenchNumberFormat numbers, FrenchDates dates, UnitTable units,
      Set<String> stop, List<String> adjSuffixes, Set<String> notCounted, Set<String> before,
      Set<String> ellipsis) {
    this.before = before;
    this.ellipsis = ellipsis;
    this.numbers = numbers;
    this.dates = dates;
    this.units = units;
    this.stop = stop;
    this.adjSuffixes = adjSuffixes;
    this.notCounted = notCounted;
    Set<String> length = new HashSet<>();
    for (String[] r : ResourceTable.read(NounPhraseReader.class, "/org/newsclaims/consistency/duration-cues.tsv", 2)) {
      if ("length".equals(r[1])) {
        length.add(r[0]);
      }
    }
    this.lengthNouns = Set.copyOf(length);
  }

  static NounPhraseReader fromResources(FrenchNumberFormat numbers, FrenchDates dates,
      UnitTable units) {
    Set<String> st = new HashSet<>();
    List<String> suf = new ArrayList<>();
    Set<String> nc = new HashSet<>();
    Set<String> el = new HashSet<>(org.newsclaims.text.WordClasses.of("place-preposition"));
    Set<String> bf = org.newsclaims.text.WordClasses.of("other-than");
    st.addAll(bf);
    for (String[] r : ResourceTable.read(NounPhraseReader.class, "noun-phrase.txt")) {
      switch (r[0]) {
        case "stop", "vacuous" -> st.add(r[1]);
        case "adjsuffix" -> suf.add(r[1]);
        case "notcount" -> nc.add(r[1]);
        case "ellipsis" -> el.add(r[1]);
        default -> throw new IllegalStateException("noun-phrase.txt: unknown type " + r[0]);
      }
    }
    return new NounPhraseReader(numbers, dates, units, Lookup.set(st), List.copyOf(suf),
        Lookup.set(nc), Lookup.set(bf), Lookup.set(el));
  }

  /** How far back, in tokens, the count of a list whose noun a bare number shares may stand. */
  private static final int ELLIPSIS_REACH = 15;

  /**
   * True when the bare number {@code [start, end)} (qualifier included) is an item of a list of
   * figures whose counted noun ends at {@code previousEnd}, the end of the count before it in
   * the sentence: after a comma, «et», «;» or «contre», and before an {@code ellipsis} word, a
   * comma or the sentence's end («91 000 personnes dans le stade, quatre milliards devant leur
   * télé»).
   */
  boolean isListItem(ClaimSentence s, int start, int end, int previousEnd) {
    if (previousEnd < 0 || previousEnd > start || start - previousEnd > ELLIPSIS_REACH || start <= s.ts) {
      return false;
    }
    Token before = s.at(start - 1);
    if (!(before.is(",") || before.is(";") || before.is("et") || before.is("contre"))) {
      return false;
    }
    if (end >= s.te) {
      return true;
    }
    Token after = s.at(end);
    if (after.is(",") && end + 1 < s.te && (s.at(end + 1).isDigits() || numbers.isNumberWord(s.at(end + 1).lower()))) {
      return false; // «de 5, 7, 9 et 12 ans»: a list of numbers of what follows
    }
    return after.is(",") || after.is(".") || after.is(";") || after.isWord() && ellipsis.contains(after.lower());
  }

  /** True when the phrase's head is no counted thing ("10 minutes", "3 fois"). */
  boolean isNotCounted(ClaimSentence s, int[] phrase) {
    return notCounted.contains(s.at(phrase[0]).lower());
  }

  /** A head noun and up to two adjectives or participles; null when no noun follows. */
  int[] at(ClaimSentence s, int j) {
    if (j >= s.te) {
      return null;
    }
    Token head = s.at(j);
    if (head.isWord() && before.contains(head.lower())) {
      int[] noun = at(s, j + 1); // «14 autres otages»: the phrase is «autres otages»
      return noun == null || before.contains(s.at(j + 1).lower()) ? null : new int[] {j, noun[1]};
    }
    if (!head.isWord() || head.text().length() < 2 || stop.contains(head.lower())
        || numbers.isNumberWord(head.lower()) || numbers.typeOf(head.lower()) != null
        || dates.month(head.lower()) != null || dates.isWeekday(head.lower())
        || units.at(s, j) != null) {
      return null;
    }
    int k = j + 1;
    while (k < s.te && k - j < 3) {
      Token w = s.at(k);
      if (!w.isWord() || w.isCapitalised() || stop.contains(w.lower()) || !isAdjective(w.lower())) {
        break;
      }
      k++;
    }
    return new int[] {j, k};
  }

  /** The noun phrase after a unit: "km2 de territoire", "% de la zone précédemment occupée". */
  int[] after(ClaimSentence s, int j) {
    while (j < s.te && ClaimSentence.isQuoteMark(s.at(j))) {
      j++;
    }
    if (j < s.te && (s.isDe(j) || s.at(j).is("du") || s.at(j).is("des"))) {
      j++;
      if (j < s.te && ClaimSentence.isDeterminer(s.at(j))) {
        j++;
      }
      return at(s, j);
    }
    return null;
  }

  /**
   * "un cessez-le-feu de 30 jours": the noun before "de"; before a noun of length, the noun it
   * measures ("un spectacle d'une durée de 50 minutes": "spectacle", as in "un spectacle de 50
   * minutes").
   */
  int[] beforeDe(ClaimSentence s, int start) {
    int k = start - 1;
    if (k > s.ts && s.isDe(k)) {
      Token n = s.at(k - 1);
      if (n.isWord() && !stop.contains(n.lower()) && !n.isCapitalised()
          && !numbers.isNumberWord(n.lower())) {
        if (lengthNouns.contains(n.lower()) && k - 3 > s.ts && INDEFINITE.contains(s.at(k - 2).lower())
            && s.isDe(k - 3)) {
          int[] measured = beforeDe(s, k - 2); // «d'une durée de»
          if (measured != null) {
            return measured;
          }
        }
        return new int[] {k - 1, k};
      }
    }
    return null;
  }

  /** «un», «une» (text/word-classes.tsv): «d'une durée de». */
  private static final Set<String> INDEFINITE = org.newsclaims.text.WordClasses.of("indefinite-article");

  private boolean isAdjective(String w) {
    for (String suffix : adjSuffixes) {
      if (w.endsWith(suffix) && (w.length() > suffix.length() + 1 || w.equals(suffix))) {
        return true;
      }
    }
    return false;
  }
}
