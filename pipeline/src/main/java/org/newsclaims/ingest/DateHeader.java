package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;

/**
 * Reads publication dates written at the start of a line: metadata headers ({@code date
 * 2025-04}, {@code date: 2025-04-26}, {@code Publié le 26/04/2025 à 10h31}) and bare dates
 * ({@code 2025-03-12 10:31:00}, {@code samedi 26 avril 2025}), as ISO strings
 * ({@code 2025-04}, {@code 2025-04-26}, {@code 2025}).
 *
 * <p>Example: {@code fromResources().readHeader(" date 2025-04 Le chef ...")} gives
 * {@code Match("2025-04", "Le chef ...")}. Key words come from {@code date-headers.txt}, month
 * and weekday names from {@link FrenchDates} ({@code text/date-words.txt}). Small hand-written scanners, linear in the line length; immutable.
 */
public final class DateHeader {

  /** A date found at the start of a line: {@code iso} and what follows it ({@code rest}, stripped). */
  public record Match(String iso, String rest) {}

  /**
   * An agency dateline opening a body: {@code PARIS, 12 mars (AFP) -}.
   *
   * @param place the place as written ({@code PARIS}, {@code Pékin}); null for a date read in
   *     the lede ({@link #readLedeDate})
   * @param iso the date: {@code 2008-08-08}, or {@code --03-12} (ISO 8601 month and day) when
   *     the dateline gives no year
   * @param end the offset just after the dateline's dash
   */
  public record Dateline(String place, String iso, int end) {
    /** True when the dateline gives the year. */
    public boolean hasYear() {
      return !iso.startsWith("--");
    }
  }

  /** Words that may join the capitalised words of a place name ("Saint-Jean de Luz", "Aix en Provence"). */
  private static final int MAX_PLACE_WORDS = 5;
  private static final int MAX_PLACE_LENGTH = 40;
  private static final int MAX_AGENCY_LENGTH = 30;

  private static final class Holder {
    static final DateHeader INSTANCE = load();
  }

  private final List<String> keys; // longest first
  private final Map<String, Integer> months;
  private final Set<String> weekdays;
  private final Set<String> atWords;
  private final Set<String> placeJoiners;

  private DateHeader(List<String> keys, Map<String, Integer> months, Set<String> weekdays,
      Set<String> atWords, Set<String> placeJoiners) {
    this.keys = List.copyOf(keys);
    this.months = Lookup.map(months);
    this.weekdays = Lookup.set(weekdays);
    this.atWords = Lookup.set(atWords);
    this.placeJoiners = Lookup.set(placeJoiners);
  }

  /** The shared instance built from {@code date-headers.txt}. */
  public static DateHeader fromResources() {
    return Holder.INSTANCE;
  }

  private static DateHeader load() {
    List<String> keys = new ArrayList<>();
    Set<String> at = new HashSet<>();
    Set<String> placeJoiners = new HashSet<>();
    for (String[] row : ResourceTable.read(DateHeader.class, "date-headers.txt", 2)) {
      String text = row[1].toLowerCase(Locale.ROOT);
      switch (row[0]) {
        case "key" -> keys.add(text);
        case "at" -> at.add(text);
        case "place-joiner" -> placeJoiners.add(text);
        default -> throw new IllegalStateException("date-headers.txt: unknown kind " + row[0]);
      }
    }
    keys.sort(Comparator.comparingInt(String::length).reversed());
    FrenchDates dates = FrenchDates.fromResources();
    return new DateHeader(keys, dates.headerMonths(), dates.weekdayNames(), at, placeJoiners);
  }

  /**
   * Reads a header key followed by a date at the start of {@code line}; null when the line does
   * not start that way.
   */
  public Match readHeader(String line) {
    int i = skipSpaces(line, 0);
    String lower = line.toLowerCase(Locale.ROOT);
    for (String key : keys) {
      if (!lower.startsWith(key, i)) {
        continue;
      }
      int j = i + key.length();
      if (j < line.length() && Character.isLetter(line.charAt(j))) {
        continue; // "datelines" is not "date"
      }
      j = skipSpaces(line, j);
      if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
        j = skipSpaces(line, j + 1);
      }
      Match m = readDate(line, j);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * Reads an agency dateline at the start of a body: a place (capitalised words), an optional
   * agency in brackets, a comma, an optional {@code le} and weekday, a written day and month
   * with or without a year, an optional agency, and a dash: {@code PARIS, 12 mars (AFP) -},
   * {@code Pékin, le 8 août 2008 -}, {@code BRUXELLES (Belga), 3 février 2009 —}, and a full
   * date ending with a full stop or a colon ({@code Paris, le mardi 4 mars 2025.}). Null when the
   * body does not open that way (a sentence starting "Paris, le 12 mars, a vu" has no dash
   * after the date).
   */
  public Dateline readDateline(String text) {
    if (text == null) {
      return null;
    }
    int i = skipSpaces(text, 0);
    int placeStart = i;
    int words = 0;
    int placeEnd = i;
    while (i < text.length() && words < MAX_PLACE_WORDS) {
      int w = i;
      while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '\'')) {
        w++;
      }
      if (w == i) {
        break;
      }
      String word = text.substring(i, w);
      boolean capital = Character.isUpperCase(word.charAt(0));
      if (!capital && !(words > 0 && placeJoiners.contains(word.toLowerCase(Locale.ROOT)))) {
        break;
      }
      if (capital) {
        placeEnd = w;
      }
      words++;
      if (w >= text.length() || text.charAt(w) != ' ') {
        i = w;
        break;
      }
      i = w + 1;
    }
    if (placeEnd == placeStart || placeEnd - placeStart > MAX_PLACE_LENGTH) {
      return null;
    }
    String place = text.substring(placeStart, placeEnd);
    i = skipAgency(text, skipSpaces(text, placeEnd));
    if (i >= text.length() || text.charAt(i) != ',') {
      return null;
    }
    i = skipSpaces(text, i + 1);
    if (text.regionMatches(true, i, "le ", 0, 3)) {
      i = skipSpaces(text, i + 3);
    }
    int w = wordEnd(text, i);
    if (w > i && weekdays.contains(text.substring(i, w).toLowerCase(Locale.ROOT))) {
      i = skipSpaces(text, w);
    }
    int d = digitsEnd(text, i);
    if (d == i || d - i > 2) {
      return null;
    }
    int day = Integer.parseInt(text.substring(i, d));
    int j = text.startsWith("er", d) ? d + 2 : d;
    if (j >= text.length() || text.charAt(j) != ' ') {
      return null;
    }
    j = skipSpaces(text, j);
    int m = wordEnd(text, j);
    Integer month = m > j ? months.get(text.substring(j, m).toLowerCase(Locale.ROOT)) : null;
    if (month == null || day < 1 || day > 31) {
      return null;
    }
    if (m < text.length() && text.charAt(m) == '.') {
      m++;
    }
    int year = 0;
    int y = skipSpaces(text, m);
    int ye = digitsEnd(text, y);
    if (ye - y == 4 && y > m) {
      year = Integer.parseInt(text.substring(y, ye));
      m = ye;
    }
    int k = skipAgency(text, skipSpaces(text, m));
    // a dash ends an agency dateline; a full date may also end with a full stop or a colon, as
    // letters and press releases write it («Paris, le mardi 4 mars 2025.»)
    if (k >= text.length() || !("-–—".indexOf(text.charAt(k)) >= 0 || (year > 0 && ".:".indexOf(text.charAt(k)) >= 0))) {
      return null;
    }
    String iso = year == 0 ? String.format(Locale.ROOT, "--%02d-%02d", month, day) : iso(year, month, day);
    return iso == null ? null : new Dateline(place, iso, k + 1);
  }

  /** How far into the body a deictic date counts as the lede's. */
  static final int LEDE_CHARS = 400;

  /**
   * Reads a deictic date in the lede: «ce mardi 12 mars», «ce samedi 26 avril 2025», the day
   * the article speaks from (the outlet's "today", or a day or two off), in the first
   * {@value #LEDE_CHARS} characters of the body. Unlike any other date of the body, "ce"
   * ties it to the time of writing. A {@link Dateline} with a null place; null when none.
   */
  public Dateline readLedeDate(String text) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int limit = Math.min(text.length(), LEDE_CHARS);
    for (int i = lower.indexOf("ce ", 0); i >= 0 && i < limit; i = lower.indexOf("ce ", i + 3)) {
      if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      int w0 = skipSpaces(text, i + 3);
      int w = wordEnd(text, w0);
      if (w == w0 || !weekdays.contains(lower.substring(w0, w))) {
        continue;
      }
      int d0 = skipSpaces(text, w);
      int d = digitsEnd(text, d0);
      if (d == d0 || d - d0 > 2) {
        continue;
      }
      int j = text.startsWith("er", d) ? d + 2 : d;
      int m0 = skipSpaces(text, j);
      int m = wordEnd(text, m0);
      Integer month = m > m0 && m0 > j ? months.get(lower.substring(m0, m)) : null;
      int day = Integer.parseInt(text.substring(d0, d));
      if (month == null || day < 1 || day > 31) {
        continue;
      }
      int y = skipSpaces(text, m);
      int ye = digitsEnd(text, y);
      String iso = ye - y == 4 && y > m && endsWord(text, ye)
          ? iso(Integer.parseInt(text.substring(y, ye)), month, day)
          : String.format(Locale.ROOT, "--%02d-%02d", month, day);
      if (iso != null) {
        return new Dateline(null, iso, ye - y == 4 ? ye : m);
      }
    }
    return null;
  }

  /** Skips an agency in brackets ("(AFP)", "(Belga)") and the spaces after it. */
  private static int skipAgency(String s, int i) {
    if (i < s.length() && s.charAt(i) == '(') {
      int close = s.indexOf(')', i);
      if (close > i + 1 && close - i <= MAX_AGENCY_LENGTH && s.substring(i, close).indexOf('\n') < 0) {
        return skipSpaces(s, close + 1);
      }
    }
    return i;
  }

  /** Reads a date (with an optional time after it) at the start of {@code line}; null if none. */
  public Match readDate(String line) {
    return readDate(line, 0);
  }

  /** Parses a whole field value such as {@code "2025-03-12 10:31:00"}; null unless it is a date. */
  public String parseValue(String value) {
    if (value == null) {
      return null;
    }
    Match m = readDate(value, 0);
    return m == null ? null : m.iso();
  }

  private Match readDate(String s, int from) {
    int i = skipSpaces(s, from);
    // optional weekday
    int w = wordEnd(s, i);
    if (w > i && weekdays.contains(s.substring(i, w).toLowerCase(Locale.ROOT))) {
      i = skipSpaces(s, w);
      if (i < s.length() && s.charAt(i) == ',') {
        i = skipSpaces(s, i + 1);
      }
    }
    int[] out = new int[4]; // year, month, day, end
    if (!(readNumeric(s, i, out) || readWritten(s, i, out))) {
      return null;
    }
    int end = skipTime(s, out[3]);
    String iso = iso(out[0], out[1], out[2]);
    if (iso == null) {
      return null;
    }
    return new Match(iso, s.substring(end).strip());
  }

  /** 2025, 2025-04, 2025-04-26, 2025/04/26, 26/04/2025, 26.04.2025, 26-04-2025. */
  private static boolean readNumeric(String s, int i, int[] out) {
    int a = digitsEnd(s, i);
    int len = a - i;
    if (len == 4) {
      out[0] = Integer.parseInt(s.substring(i, a));
      out[1] = 0;
      out[2] = 0;
      out[3] = a;
      if (a + 1 < s.length() && isDateSep(s.charAt(a))) {
        int b = digitsEnd(s, a + 1);
        if (b - a - 1 >= 1 && b - a - 1 <= 2) {
          out[1] = Integer.parseInt(s.substring(a + 1, b));
          out[3] = b;
          if (b + 1 < s.length() && s.charAt(b) == s.charAt(a)) {
            int c = digitsEnd(s, b + 1);
            if (c - b - 1 >= 1 && c - b - 1 <= 2) {
              out[2] = Integer.parseInt(s.substring(b + 1, c));
              out[3] = c;
            }
          }
        }
      }
      return endsWord(s, out[3]) || isTimeSeparator(s, out[3]);
    }
    if (len >= 1 && len <= 2 && a + 1 < s.length() && isDateSep(s.charAt(a))) {
      char sep = s.charAt(a);
      int b = digitsEnd(s, a + 1);
      if (b - a - 1 >= 1 && b - a - 1 <= 2 && b + 1 < s.length() && s.charAt(b) == sep) {
        int c = digitsEnd(s, b + 1);
        if (c - b - 1 == 4 && endsWord(s, c)) {
          out[2] = Integer.parseInt(s.substring(i, a));
          out[1] = Integer.parseInt(s.substring(a + 1, b));
          out[0] = Integer.parseInt(s.substring(b + 1, c));
          out[3] = c;
          return true;
        }
      }
    }
    return false;
  }

  /** 26 avril 2025, 1er mai 2025, avril 2025. */
  private boolean readWritten(String s, int i, int[] out) {
    int day = 0;
    int a = digitsEnd(s, i);
    int j = i;
    if (a > i) {
      if (a - i > 2) {
        return false;
      }
      day = Integer.parseInt(s.substring(i, a));
      j = a;
      if (s.startsWith("er", j)) {
        j += 2;
      }
      if (j >= s.length() || s.charAt(j) != ' ') {
        return false;
      }
      j = skipSpaces(s, j);
    }
    int m = wordEnd(s, j);
    if (m == j) {
      return false;
    }
    Integer month = months.get(s.substring(j, m).toLowerCase(Locale.ROOT));
    if (month == null) {
      return false;
    }
    if (m < s.length() && s.charAt(m) == '.') {
      m++; // "avr. 2025"
    }
    int y = skipSpaces(s, m);
    int ye = digitsEnd(s, y);
    if (ye - y != 4 || y == m || !endsWord(s, ye)) {
      return false;
    }
    out[0] = Integer.parseInt(s.substring(y, ye));
    out[1] = month;
    out[2] = day;
    out[3] = ye;
    return true;
  }

  /** Skips " à 10h31", " 10:31:00", "T10:31:00Z", " - 10h31" after a date. */
  private int skipTime(String s, int i) {
    int j = i;
    if (j < s.length() && s.charAt(j) == 'T') {
      j++;
    } else {
      j = skipSpaces(s, j);
      int w = j;
      while (w < s.length() && !Character.isWhitespace(s.charAt(w)) && !Character.isDigit(s.charAt(w))) {
        w++;
      }
      if (w > j && atWords.contains(s.substring(j, w).toLowerCase(Locale.ROOT))) {
        j = skipSpaces(s, w);
      }
    }
    int h = digitsEnd(s, j);
    if (h - j < 1 || h - j > 2 || h >= s.length()) {
      return i;
    }
    char sep = s.charAt(h);
    if (sep != 'h' && sep != 'H' && sep != ':') {
      return i;
    }
    int m = digitsEnd(s, h + 1);
    if (m - h - 1 != 2) {
      if (sep == ':' || m - h - 1 != 0 || !endsWord(s, h + 1)) {
        return i;
      }
      return h + 1; // "10h"
    }
    int end = m;
    if (end + 2 < s.length() && s.charAt(end) == ':' && digitsEnd(s, end + 1) == end + 3) {
      end += 3; // seconds
    }
    if (end < s.length() && s.charAt(end) == '.') {
      int f = digitsEnd(s, end + 1);
      if (f > end + 1) {
        end = f; // fractions of a second
      }
    }
    if (end < s.length() && s.charAt(end) == 'Z') {
      end++;
    } else if (end + 1 < s.length() && (s.charAt(end) == '+' || s.charAt(end) == '-')
        && digitsEnd(s, end + 1) >= end + 3) {
      int z = digitsEnd(s, end + 1);
      if (z < s.length() && s.charAt(z) == ':') {
        z = digitsEnd(s, z + 1);
      }
      end = z; // offset
    }
    return endsWord(s, end) ? end : i;
  }

  private static String iso(int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 0 || month > 12 || day < 0 || day > 31) {
      return null;
    }
    // by hand, not String.format: this runs on the first lines of every article
    if (month == 0) {
      return day == 0 ? Integer.toString(year) : null;
    }
    StringBuilder b = new StringBuilder(10).append(year);
    twoDigits(b.append('-'), month);
    return day == 0 ? b.toString() : twoDigits(b.append('-'), day).toString();
  }

  /** Appends {@code v} (0-99) on two digits. */
  private static StringBuilder twoDigits(StringBuilder b, int v) {
    return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** The "T" of "2025-03-12T10:31:00". */
  private static boolean isTimeSeparator(String s, int i) {
    return i + 1 < s.length() && s.charAt(i) == 'T' && Character.isDigit(s.charAt(i + 1));
  }

  private static boolean isDateSep(char c) {
    return c == '-' || c == '/' || c == '.';
  }

  private static boolean endsWord(String s, int i) {
    return i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }

  private static int digitsEnd(String s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
