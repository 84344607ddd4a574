package org.newsclaims.text;

import java.util.List;
import java.util.Map;

/**
 * Numbers written in digits, the French way: {@code 1.100}, {@code 1 000}, {@code 1,5},
 * {@code 1 100,25}, {@code 2,3 millions}, {@code 10k}, {@code 3/4}, {@code 2 dizaines}. Dates,
 * times, phone numbers, identifiers and ordinals written in digits are skipped.
 *
 * <p>Example: "2.000.000 habitants" reads 2 000 000; "12/03/2025", "14h30", "06 12 34 56 78"
 * and "2e" read nothing. Immutable and thread-safe.
 */
final class DigitNumbers {

  /** Metric multipliers glued to a number: "10k", "10M", "10G" ("1m" is a metre). */
  private static final Map<String, Double> SI = Map.of("k", 1e3, "K", 1e3, "M", 1e6, "G", 1e9);

  private final NumberWords words;
  private final FractionNumbers fractions;

  DigitNumbers(NumberWords words, FractionNumbers fractions) {
    this.words = words;
    this.fractions = fractions;
  }

  /** Reads the number starting with the digits at {@code i}; returns the index after it. */
  int read(List<Token> tk, int i, int to, List<NumberSpan> out) {
    Token first = tk.get(i);
    String ft = first.text();
    int j = i + 1;
    // "3/4", "1/2": a proper fraction with a small denominator (12/03 stays a date)
    if (j + 1 < to && tk.get(j).is("/") && adjacent(tk, i, j) && tk.get(j + 1).isDigits()
        && adjacent(tk, j, j + 1) && ft.length() <= 2 && tk.get(j + 1).text().length() <= 2
        && !(j + 2 < to && adjacent(tk, j + 1, j + 2) && !tk.get(j + 2).isWord())) {
      double n = Double.parseDouble(ft);
      double d = Double.parseDouble(tk.get(j + 1).text());
      if (n >= 1 && n < d && d <= 16) {
        double v = 100 * n / d;
        out.add(NumberSpan.over(tk, i, j + 2, v, v, v, SpanKind.FRACTION, null, false));
        return j + 2;
      }
    }
    // dates and codes written with separators: 12/03/2025, 12.03.2025, 06 12 34 56 78
    if (j + 1 < to && adjacent(tk, i, j) && (tk.get(j).is("/") || tk.get(j).is(":"))
        && tk.get(j + 1).isDigits() && adjacent(tk, j, j + 1)) {
      return skipDigitChain(tk, i, to);
    }
    if (ft.length() == 2 && ft.startsWith("0") || isPhone(tk, i, to)) {
      return skipDigitChain(tk, i, to);
    }
    // ordinals and times: 2e, 1er, 3ème, 14h, 14h30
    if (j < to && adjacent(tk, i, j) && tk.get(j).isWord()) {
      String w = tk.get(j).lower();
      if (FrenchOrdinals.SUFFIXES.contains(w) || w.equals("h") || isClockMinutes(w)) {
        return j + 1;
      }
    }
    StringBuilder digits = new StringBuilder(ft);
    boolean grouped = false;
    // thousands groups: "1.100", "1 000", "2.000.000"
    if (ft.length() <= 3) {
      while (j + 1 < to) {
        Token sep = tk.get(j);
        Token grp = tk.get(j + 1);
        boolean dotGroup = sep.is(".") && adjacent(tk, j - 1, j) && adjacent(tk, j, j + 1);
        if (dotGroup && grp.isDigits() && grp.text().length() == 3
            && !(j + 2 < to && tk.get(j + 2).isDigits() && adjacent(tk, j + 1, j + 2))) {
          digits.append(grp.text());
          j += 2;
          grouped = true;
          continue;
        }
        break;
      }
      // space-separated groups: the group token directly follows after one space
      if (!grouped) {
        while (j < to && tk.get(j).isDigits() && tk.get(j).text().length() == 3
            && tk.get(j).start() == tk.get(j - 1).end() + 1) {
          digits.append(tk.get(j).text());
          j++;
          grouped = true;
        }
      }
    }
    if (!grouped && ft.length() > 7) {
      return j; // identifiers, not amounts
    }
    if (!grouped && ft.length() > 1 && ft.startsWith("0")) {
      return j;
    }
    double value = Double.parseDouble(digits.toString());
    // decimals: "1,5", and "1.5" when the dot is not a thousands separator
    if (j + 1 < to && (tk.get(j).is(",") || (!grouped && tk.get(j).is(".")
        && tk.get(j + 1).text().length() != 3)) && adjacent(tk, j - 1, j)
        && tk.get(j + 1).isDigits() && adjacent(tk, j, j + 1)) {
      if (tk.get(j).is(".") && j + 3 < to && tk.get(j + 2).is(".") && tk.get(j + 3).isDigits()) {
        return skipDigitChain(tk, i, to); // 12.03.2025
      }
      String dec = tk.get(j + 1).text();
      value = Double.parseDouble(digits + "." + dec);
      j += 2;
    }
    boolean multiplied = false;
    if (j < to && tk.get(j).isWord()) {
      String w = tk.get(j).lower();
      String type = words.type(w);
      Double si = adjacent(tk, j - 1, j) || tk.get(j).is("k") ? SI.get(tk.get(j).text()) : null;
      if ("mult".equals(type) || "thousand".equals(type)) {
        value *= words.value(w);
        j++;
        multiplied = true;
      } else if (si != null) { // "10k", "2,33 k", "10M"
        value *= si;
        j++;
        multiplied = true;
      } else if ("approx".equals(type)) {
        double v = value * words.value(w);
        out.add(NumberSpan.over(tk, i, j + 1, v, words.approxLow * v, words.approxHigh * v,
            SpanKind.APPROX, null, true));
        return j + 1;
      }
    }
    int after = fractions.outOf(tk, i, j, value, to, out);
    if (after > 0) {
      return after;
    }
    out.add(NumberSpan.over(tk, i, j, value, value, value, SpanKind.EXACT, null, multiplied));
    return j;
  }

  /** "h30" in "14h30". */
  private static boolean isClockMinutes(String w) {
    if (w.length() >= 2 && w.charAt(0) == 'h' && w.charAt(1) == '-') {
      return true; // "19h-20h"
    }
    if (w.length() < 2 || w.length() > 3 || w.charAt(0) != 'h') {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Four or more groups of two digits: a phone number. */
  private static boolean isPhone(List<Token> tk, int i, int to) {
    int groups = 0;
    int k = i;
    while (k < to && tk.get(k).isDigits() && tk.get(k).text().length() == 2) {
      groups++;
      k++;
      if (k < to && (tk.get(k).is(".") || tk.get(k).is("-"))) {
        k++;
      }
    }
    return groups >= 4;
  }

  private static int skipDigitChain(List<Token> tk, int i, int to) {
    int k = i + 1;
    while (k < to && (tk.get(k).isDigits()
        || (!tk.get(k).isWord() && !tk.get(k).isDigits() && k + 1 < to
            && tk.get(k + 1).isDigits() && adjacent(tk, k, k + 1)))) {
      k++;
    }
    return k;
  }

  private static boolean adjacent(List<Token> tk, int a, int b) {
    return tk.get(a).touches(tk.get(b));
  }
}
