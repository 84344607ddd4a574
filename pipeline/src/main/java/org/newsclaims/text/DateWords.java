package org.newsclaims.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The French date vocabulary of {@code date-words.txt} (month and weekday names, modifiers,
 * cues, relative phrases, year ranges), read once into the look-up tables {@link FrenchDates}
 * probes at every token. Immutable.
 *
 * <p>Example: {@code DateWords.fromResources().months.get("août")} is 8, and
 * {@code relativeByFirst.get("l'")} holds {@code l' année dernière}.
 */
final class DateWords {

  /** The classes of words that may follow a range's year (text/word-classes.tsv). */
  private static final List<String> AFTER_RANGE_CLASSES =
      List.of("definite-article", "indefinite-article", "demonstrative", "de-forms", "a-forms");

  final Map<String, Integer> months;
  /** The month abbreviations, a dot may follow them ("janv."). */
  final Set<String> abbreviated;
  /** The months a date header reads: {@link #months} and the header-only abbreviations. */
  final Map<String, Integer> headerMonths;
  final Map<String, Integer> weekdays;
  final Map<String, String> modifiers;
  final Set<String> monthCues;
  final Set<String> yearCues;
  final Set<String> notWeekday;
  /** Words before a bare year that make it no year of theirs («plus de 2000», «article 1998»). */
  final Set<String> notYearHeads;
  /** The relative phrases by their first word, longest first. */
  final Map<String, List<String[]>> relativeByFirst;
  /** Every word a date can start with besides digits and "mi-…": the others are skipped at once. */
  final Set<String> starters;
  /** The closers of the year ranges (tokens) by their opener. */
  final Map<String, List<String[]>> rangeClosers;
  /** The phrases (tokens) that make the year after them a start, by their first word. */
  final Map<String, List<String[]>> fromCues;
  /** The words besides punctuation and capitalised words that may follow a range's year. */
  final Set<String> afterRange;

  private DateWords() {
    Map<String, Integer> m = new HashMap<>();
    Map<String, Integer> w = new HashMap<>();
    Map<String, String> mod = new HashMap<>();
    Set<String> mc = new HashSet<>();
    Set<String> ab = new HashSet<>();
    Map<String, Integer> hm = new HashMap<>();
    Set<String> yc = new HashSet<>();
    Set<String> nw = new HashSet<>();
    Set<String> nyh = new HashSet<>();
    List<String[]> rel = new ArrayList<>();
    Map<String, List<String[]>> closers = new HashMap<>();
    Map<String, List<String[]>> from = new HashMap<>();
    for (String[] row : ResourceTable.read(DateWords.class, "date-words.txt")) {
      String value = row.length > 2 ? row[2] : "";
      switch (row[0]) {
        case "month" -> m.put(row[1], Integer.parseInt(value));
        case "month-abbreviation" -> {
          m.put(row[1], Integer.parseInt(value));
          ab.add(row[1]);
        }
        case "header-month" -> hm.put(row[1], Integer.parseInt(value));
        case "weekday" -> w.put(row[1], Integer.parseInt(value));
        case "modifier" -> mod.put(row[1], value);
        case "monthcue" -> mc.add(row[1]);
        case "yearcue" -> yc.add(row[1]);
        case "notweekday" -> nw.add(row[1]);
        case "notyearhead" -> nyh.add(row[1]);
        case "range" -> closers.computeIfAbsent(row[1], k -> new ArrayList<>()).add(value.split(" "));
        case "fromcue" -> {
          String[] words = row[1].split(" ");
          from.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        case "relative" -> {
          String[] words = row[1].split(" ");
          String[] entry = new String[words.length + 1];
          System.arraycopy(words, 0, entry, 0, words.length);
          entry[words.length] = value; // last cell: the value
          rel.add(entry);
        }
        default -> throw new IllegalStateException("unknown date-words type " + row[0]);
      }
    }
    // longest phrases first so that "l' année dernière" wins over shorter ones
    rel.sort((a, b) -> Integer.compare(b.length, a.length));
    months = Lookup.map(m);
    abbreviated = Lookup.set(ab);
    hm.putAll(m);
    headerMonths = Lookup.map(hm);
    weekdays = Lookup.map(w);
    modifiers = Lookup.map(mod);
    monthCues = Lookup.set(mc);
    yearCues = Lookup.set(yc);
    notWeekday = Lookup.set(nw);
    notYearHeads = Lookup.set(nyh);
    List<String[]> relativeList = List.copyOf(rel);
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String[] r : relativeList) {
      byFirst.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
    }
    Map<String, List<String[]>> frozen = new HashMap<>();
    byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    relativeByFirst = frozen;
    Set<String> st = new HashSet<>(byFirst.keySet());
    st.addAll(months.keySet());
    st.addAll(weekdays.keySet());
    st.addAll(modifiers.keySet());
    st.add("le");
    st.add("premier");
    st.addAll(closers.keySet());
    st.addAll(from.keySet());
    starters = Lookup.set(st);
    Map<String, List<String[]>> frozenClosers = new HashMap<>();
    closers.forEach((k, v) -> frozenClosers.put(k, List.copyOf(v)));
    rangeClosers = Lookup.map(frozenClosers);
    Map<String, List<String[]>> frozenFrom = new HashMap<>();
    from.forEach((k, v) -> frozenFrom.put(k, List.copyOf(v)));
    fromCues = Lookup.map(frozenFrom);
    Set<String> after = new HashSet<>();
    AFTER_RANGE_CLASSES.forEach(c -> after.addAll(WordClasses.of(c)));
    afterRange = Lookup.set(after);
  }

  private static final class Holder {
    static final DateWords INSTANCE = new DateWords();
  }

  static DateWords fromResources() {
    return Holder.INSTANCE;
  }
}
