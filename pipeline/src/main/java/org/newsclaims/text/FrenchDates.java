package org.newsclaims.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and resolves dates written in French: {@code 12 mars}, {@code 26 avril 2025},
 * {@code août 2024}, {@code début août}, {@code le 1er mai}, {@code mardi 12 mars},
 * {@code mercredi}, {@code en 2022}, {@code l'année dernière}, {@code depuis août}.
 *
 * <p>Example: in "lancé début août 2024 ... ce mardi 12 mars", {@link #find} gives two
 * mentions and {@link #resolve} dates the second {@code 2025-03-12}: a day and month without
 * a year take the publication year when it is known, else the first such date on or after the
 * latest month or year the article states (articles report on what follows the dates they
 * recall). The vocabulary lives in {@code date-words.txt}. Immutable and thread-safe.
 */
public final class FrenchDates {

  /**
   * A date as written.
   *
   * @param fromToken first token index
   * @param toToken one past the last token
   * @param start start offset in the text
   * @param end end offset (exclusive)
   * @param text the surface form
   * @param year the year written, or null
   * @param month 1..12 or null
   * @param day 1..31 or null
   * @param weekday the weekday word as written in lower case ({@code mardi}) or null
   * @param relative for relative phrases, {@code unit:offset} ({@code year:-1}), else null
   * @param modifier {@code early}, {@code mid}, {@code late} for "début/mi/fin août";
   *     {@link #FROM} for the first year of a range or a year after a start cue («de 1985», «à
   *     partir de 2005»), {@link #UNTIL} for the last year of a range («à 1988»); else null
   */
  public record DateMention(int fromToken, int toToken, int start, int end, String text,
      Integer year, Integer month, Integer day, String weekday, String relative,
      String modifier) {

    /** True when the text states the year. */
    public boolean hasYear() {
      return year != null;
    }
  }

  /** The modifier of a range's first year, or a year after a start cue. */
  public static final String FROM = "from";
  /** The modifier of a range's last year. */
  public static final String UNTIL = "until";
  private static final int FIRST_RANGE_YEAR = 1800;
  private static final int LAST_RANGE_YEAR = 2100;

  /** A mention and the ISO date it resolves to ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy}, or null). */
  public record ResolvedDate(DateMention mention, String iso) {}

  /** The tables of {@code date-words.txt}, each documented in {@link DateWords}. */
  private final Map<String, Integer> months;
  private final Set<String> abbreviated;
  private final Map<String, Integer> headerMonths;
  private final Map<String, Integer> weekdays;
  private final Map<String, String> modifiers;
  private final Set<String> monthCues;
  private final Set<String> yearCues;
  private final Set<String> notWeekday;
  private final Set<String> notYearHeads;
  private final Map<String, List<String[]>> relativeByFirst;
  private final Set<String> starters;
  private final Map<String, List<String[]>> rangeClosers;
  private final Map<String, List<String[]>> fromCues;
  private final Set<String> afterRange;
  private final DateResolver resolver;

  private FrenchDates() {
    DateWords w = DateWords.fromResources();
    months = w.months;
    abbreviated = w.abbreviated;
    headerMonths = w.headerMonths;
    weekdays = w.weekdays;
    modifiers = w.modifiers;
    monthCues = w.monthCues;
    yearCues = w.yearCues;
    notWeekday = w.notWeekday;
    notYearHeads = w.notYearHeads;
    relativeByFirst = w.relativeByFirst;
    starters = w.starters;
    rangeClosers = w.rangeClosers;
    fromCues = w.fromCues;
    afterRange = w.afterRange;
    resolver = new DateResolver(weekdays);
  }

  private static final class Holder {
    static final FrenchDates INSTANCE = new FrenchDates();
  }

  public static FrenchDates fromResources() {
    return Holder.INSTANCE;
  }

  /**
   * The month names a date header reads, lower case, with their numbers: the names, their
   * abbreviations and the abbreviations only a header reads ("sept").
   */
  public Map<String, Integer> headerMonths() {
    return headerMonths;
  }

  /** The weekday names, lower case ("lundi" … "dimanche"). */
  public Set<String> weekdayNames() {
    return weekdays.keySet();
  }

  /** The month number of a month word ("août" gives 8), or null. */
  public Integer month(String lower) {
    return months.get(lower);
  }

  /** True for a weekday word. */
  public boolean isWeekday(String lower) {
    return weekdays.containsKey(lower);
  }

  /** Finds the dates of a text. */
  public List<DateMention> find(String text) {
    return find(text, FrenchTokenizer.tokenize(text), 0, Integer.MAX_VALUE);
  }

  /** Finds the dates among {@code tokens[from, to)} of {@code text}, left to right. */
  public List<DateMention> find(String text, List<Token> tk, int from, int to) {
    to = Math.min(to, tk.size());
    List<DateMention> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int next = readAt(text, tk, i, to, out);
      i = Math.max(next, i + 1);
    }
    return out;
  }

  private int readAt(String text, List<Token> tk, int i, int to, List<DateMention> out) {
    Token t = tk.get(i);
    if (!t.isDigits() && !starters.contains(t.lower()) && !t.lower().startsWith("mi-")) {
      return i + 1; // most words: none of the rules below can start here
    }
    int ranged = readRange(text, tk, i, to, out);
    if (ranged > i) {
      return ranged;
    }
    // relative phrases
    for (String[] rel : relativeByFirst.getOrDefault(t.lower(), List.of())) {
      int n = rel.length - 1;
      if (matches(tk, i, to, rel, n)) {
        int j = i + n;
        out.add(mention(text, tk, i, j, null, null, null, null, rel[n], null));
        return j;
      }
    }
    String weekday = null;
    int s = i;
    int j = i;
    if (weekdays.containsKey(t.lower())) {
      if (i > 0 && notWeekday.contains(tk.get(i - 1).lower())) {
        return i + 1;
      }
      weekday = t.lower();
      j = i + 1;
      if (j < to && tk.get(j).is("le")) {
        j++;
      }
    } else if (t.is("le") && i + 1 < to && (tk.get(i + 1).isDigits() || tk.get(i + 1).is("premier"))) {
      j = i + 1;
      s = i + 1;
    }
    // day month [year]
    Integer day = null;
    int k = j;
    if (k < to && tk.get(k).isDigits() && tk.get(k).text().length() <= 2) {
      int d = Integer.parseInt(tk.get(k).text());
      k++;
      if (k < to && (tk.get(k).is("er") || tk.get(k).is("ᵉʳ")) && tk.get(k).start() == tk.get(k - 1).end()) {
        k++;
      }
      if (d >= 1 && d <= 31) {
        day = d;
      }
    } else if (k < to && tk.get(k).is("premier")) {
      day = 1;
      k++;
    }
    if (day != null && k < to && months.containsKey(tk.get(k).lower())) {
      int month = months.get(tk.get(k).lower());
      k++;
      if (k < to && tk.get(k).is(".") && tk.get(k).start() == tk.get(k - 1).end()
          && abbreviated.contains(tk.get(k - 1).lower())) {
        k++; // "janv."
      }
      Integer year = yearAt(tk, k, to);
      if (year != null) {
        k++;
      }
      int first = weekday != null ? i : s;
      out.add(mention(text, tk, first, k, year, month, day, weekday, null, null));
      return k;
    }
    if (weekday != null) {
      out.add(mention(text, tk, i, i + 1, null, null, null, weekday, null, null));
      return i + 1;
    }
    // [modifier] month [year]; "mi-août"
    String modifier = null;
    Integer month = null;
    int m = i;
    if (modifiers.containsKey(t.lower()) && i + 1 < to && months.containsKey(tk.get(i + 1).lower())) {
      modifier = modifiers.get(t.lower());
      month = months.get(tk.get(i + 1).lower());
      m = i + 2;
    } else if (t.lower().startsWith("mi-") && months.containsKey(t.lower().substring(3))) {
      modifier = "mid";
      month = months.get(t.lower().substring(3));
      m = i + 1;
    } else if (months.containsKey(t.lower())) {
      month = months.get(t.lower());
      m = i + 1;
    }
    if (month != null) {
      Integer year = yearAt(tk, m, to);
      boolean cued = modifier != null
          || (i > 0 && monthCues.contains(tk.get(i - 1).lower()));
      if (year != null) {
        out.add(mention(text, tk, i, m + 1, year, month, null, null, null, modifier));
        return m + 1;
      }
      if (cued && !t.isCapitalised() || cued && modifier != null) {
        out.add(mention(text, tk, i, m, null, month, null, null, null, modifier));
        return m;
      }
      return i + 1;
    }
    // bare year after a cue: "en 2022"
    if (t.isDigits() && i > 0 && yearCues.contains(tk.get(i - 1).lower())) {
      Integer year = yearAt(tk, i, to);
      if (year != null) {
        out.add(mention(text, tk, i, i + 1, year, null, null, null, null, null));
        return i + 1;
      }
    }
    // a year naming the noun before it: «le prix Nobel de la paix 1989», «vainqueur du Tour
    // 2007»; no noun may follow it («la paix 2000 soldats» is a count)
    if (t.isDigits() && rangeYear(tk, i, to) != null && freeAfter(tk, i + 1, to)
        && !symbolAfter(tk, i + 1, to) && yearHeadBefore(tk, i)) {
      out.add(mention(text, tk, i, i + 1, rangeYear(tk, i, to), null, null, null, null, null));
      return i + 1;
    }
    // a year naming the noun before «de»: «une loi de 1991», «la crise de 2008»; no range
    // («de 1985 à 1988» is read before) and no noun after it («une hausse de 2000 emplois»)
    if (t.isDigits() && i > 1 && tk.get(i - 1).is("de") && rangeYear(tk, i, to) != null
        && freeAfter(tk, i + 1, to) && !symbolAfter(tk, i + 1, to) && yearHeadBefore(tk, i - 1)) {
      out.add(mention(text, tk, i, i + 1, rangeYear(tk, i, to), null, null, null, null, null));
      return i + 1;
    }
    return i + 1;
  }

  /**
   * True when the word before the year at {@code i} is a noun it can name the year of: a word of
   * three letters or more, no determiner, preposition, cue or word of {@code notyearhead}, right
   * before it and not opening a bracket.
   */
  private boolean yearHeadBefore(List<Token> tk, int i) {
    int h = i - 1;
    if (h < 0 || h > 0 && tk.get(h - 1).is("(")) {
      return false; // «Carlos Sastre (vainqueur 2008)»: a title of the name before it, not of the story
    }
    Token head = tk.get(h);
    String lower = head.lower();
    return head.isWord() && lower.length() >= 3 && lower.chars().allMatch(Character::isLetter)
        && !afterRange.contains(lower) && !yearCues.contains(lower) && !notYearHeads.contains(lower)
        && !months.containsKey(lower) && !weekdays.containsKey(lower) && head.end() <= tk.get(i).start();
  }

  /**
   * A range of years at {@code i} («de 1985 à 1988», «entre 1984 et 1986»: two mentions, {@link
   * #FROM} and {@link #UNTIL}) or a year after a start cue («à partir de 2005»: one {@link #FROM}
   * mention); returns the index after it, or {@code i} when none is there.
   */
  private int readRange(String text, List<Token> tk, int i, int to, List<DateMention> out) {
    String first = tk.get(i).lower();
    for (String[] cue : fromCues.getOrDefault(first, List.of())) {
      int y = i + cue.length;
      if (matches(tk, i, to, cue, cue.length) && rangeYear(tk, y, to) != null && freeAfter(tk, y + 1, to)) {
        out.add(mention(text, tk, i, y + 1, rangeYear(tk, y, to), null, null, null, null, FROM));
        return y + 1;
      }
    }
    List<String[]> closers = rangeClosers.get(first);
    Integer from = closers == null ? null : rangeYear(tk, i + 1, to);
    if (from == null) {
      return i;
    }
    for (String[] closer : closers) {
      int c = i + 2;
      int y = c + closer.length;
      Integer until = matches(tk, c, to, closer, closer.length) ? rangeYear(tk, y, to) : null;
      if (until != null && until > from && freeAfter(tk, y + 1, to)) {
        out.add(mention(text, tk, i, i + 2, from, null, null, null, null, FROM));
        out.add(mention(text, tk, c, y + 1, until, null, null, null, null, UNTIL));
        return y + 1;
      }
    }
    return i;
  }

  /**
   * Which end of a range a date written alone states: {@link #FROM} for «de 1985», «entre 1984»
   * or «à partir de 2005», {@link #UNTIL} for «à 1988» or «et 1986» (the texts {@link #find}
   * gives a range's years), else null («en 1985», «12 mars 2025»).
   */
  public String bound(String dateText) {
    if (dateText == null) {
      return null;
    }
    List<Token> tk = FrenchTokenizer.tokenize(dateText);
    int n = tk.size();
    if (n < 2 || rangeYear(tk, n - 1, n) == null) {
      return null;
    }
    String first = tk.get(0).lower();
    for (String[] cue : fromCues.getOrDefault(first, List.of())) {
      if (cue.length == n - 1 && matches(tk, 0, n, cue, cue.length)) {
        return FROM;
      }
    }
    if (n == 2 && rangeClosers.containsKey(first)) {
      return FROM;
    }
    for (List<String[]> closers : rangeClosers.values()) {
      for (String[] closer : closers) {
        if (closer.length == n - 1 && matches(tk, 0, n, closer, closer.length)) {
          return UNTIL;
        }
      }
    }
    return null;
  }

  /** A year a range can hold at {@code k}, or null. */
  private static Integer rangeYear(List<Token> tk, int k, int to) {
    Integer y = yearAt(tk, k, to);
    return y != null && y >= FIRST_RANGE_YEAR && y <= LAST_RANGE_YEAR ? y : null;
  }

  /** True when no noun can follow a range's year at {@code k}: the text ends, or punctuation, a capitalised word, a determiner or a preposition follows. */
  private boolean freeAfter(List<Token> tk, int k, int to) {
    if (k >= to) {
      return true;
    }
    Token t = tk.get(k);
    return !Character.isLetterOrDigit(t.text().charAt(0)) || t.isCapitalised() || afterRange.contains(t.lower());
  }

  /** True when a currency, percent or degree sign follows at {@code k}: «gagner 2000$» is an amount. */
  private static boolean symbolAfter(List<Token> tk, int k, int to) {
    if (k >= to) {
      return false;
    }
    char c = tk.get(k).text().charAt(0);
    return Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%' || c == '‰' || c == '°';
  }

  private static Integer yearAt(List<Token> tk, int k, int to) {
    if (k < to && tk.get(k).isDigits() && tk.get(k).text().length() == 4) {
      int y = Integer.parseInt(tk.get(k).text());
      if (y >= 1000 && y <= 2199
          && !(k + 1 < to && tk.get(k + 1).isDigits() && tk.get(k + 1).start() == tk.get(k).end() + 1)) {
        return y;
      }
    }
    return null;
  }

  private static boolean matches(List<Token> tk, int i, int to, String[] words, int n) {
    if (i + n > to) {
      return false;
    }
    for (int w = 0; w < n; w++) {
      if (!tk.get(i + w).is(words[w])) {
        return false;
      }
    }
    return true;
  }

  private static DateMention mention(String text, List<Token> tk, int from, int to, Integer year,
      Integer month, Integer day, String weekday, String relative, String modifier) {
    int s = tk.get(from).start();
    int e = tk.get(to - 1).end();
    return new DateMention(from, to, s, e, text.substring(s, e), year, month, day, weekday,
        relative, modifier);
  }

  // ---------------------------------------------------------------- resolution

  /**
   * Resolves the mentions of one article, in order (see {@link DateResolver}).
   *
   * @param mentions every date mention of the article, in text order
   * @param published the publication date ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy}) or null
   */
  public List<ResolvedDate> resolve(List<DateMention> mentions, String published) {
    return resolver.resolve(mentions, published);
  }

  /** The weekday a date falls on, in French lower case ("mercredi"), or null. */
  public String weekdayOf(String isoDate) {
    LocalDate d = DateResolver.parseDay(isoDate);
    if (d == null) {
      return null;
    }
    int n = d.getDayOfWeek().getValue();
    for (Map.Entry<String, Integer> e : weekdays.entrySet()) {
      if (e.getValue() == n) {
        return e.getKey();
      }
    }
    return null;
  }
}
