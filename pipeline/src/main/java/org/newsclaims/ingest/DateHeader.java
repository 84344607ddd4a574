package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.text.ResourceTable;

/**
 * Reads publication dates written at the start of a line: metadata headers ({@code date
 * 2025-04}, {@code date: 2025-04-26}, {@code Publié le 26/04/2025 à 10h31}) and bare dates
 * ({@code 2025-03-12 10:31:00}, {@code samedi 26 avril 2025}), as ISO strings
 * ({@code 2025-04}, {@code 2025-04-26}, {@code 2025}).
 *
 * <p>Example: {@code fromResources().readHeader(" date 2025-04 Le chef ...")} gives
 * {@code Match("2025-04", "Le chef ...")}. Key words and month names come from
 * {@code date-headers.txt}. Small hand-written scanners, linear in the line length; immutable.
 */
public final class DateHeader {

  /** A date found at the start of a line: {@code iso} and what follows it ({@code rest}, stripped). */
  public record Match(String iso, String rest) {}

  private static final class Holder {
    static final DateHeader INSTANCE = load();
  }

  private final List<String> keys; // longest first
  private final Map<String, Integer> months;
  private final Set<String> weekdays;
  private final Set<String> atWords;

  private DateHeader(List<String> keys, Map<String, Integer> months, Set<String> weekdays,
      Set<String> atWords) {
    this.keys = List.copyOf(keys);
    this.months = Map.copyOf(months);
    this.weekdays = Set.copyOf(weekdays);
    this.atWords = Set.copyOf(atWords);
  }

  /** The shared instance built from {@code date-headers.txt}. */
  public static DateHeader fromResources() {
    return Holder.INSTANCE;
  }

  private static DateHeader load() {
    List<String> keys = new ArrayList<>();
    Map<String, Integer> months = new HashMap<>();
    Set<String> weekdays = new HashSet<>();
    Set<String> at = new HashSet<>();
    for (String[] row : ResourceTable.read(DateHeader.class, "date-headers.txt", 2)) {
      String text = row[1].toLowerCase(Locale.ROOT);
      switch (row[0]) {
        case "key" -> keys.add(text);
        case "month" -> months.put(text, Integer.parseInt(row[2].strip()));
        case "weekday" -> weekdays.add(text);
        case "at" -> at.add(text);
        default -> throw new IllegalStateException("date-headers.txt: unknown kind " + row[0]);
      }
    }
    keys.sort(Comparator.comparingInt(String::length).reversed());
    return new DateHeader(keys, months, weekdays, at);
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
    if (month == 0) {
      return day == 0 ? String.format(Locale.ROOT, "%04d", year) : null;
    }
    if (day == 0) {
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
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
