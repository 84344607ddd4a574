package org.newsclaims.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads numbers written the French way, in digits and in words, and finds them in text.
 *
 * <p>Digits: {@code 1.100}, {@code 1 000}, {@code 1,5}, {@code 1 100,25}, {@code -3},
 * {@code 2,3 millions}. Words: {@code vingt-quatre}, {@code quatre-vingt-six},
 * {@code soixante et onze}, {@code deux cents}, {@code trois millions}, {@code septante}.
 * Approximate nouns ({@code une dizaine}, {@code plusieurs centaines},
 * {@code des dizaines de milliers}) and fractions ({@code la moitié}, {@code trois quarts},
 * {@code un sur deux}) are found by {@link #scan}. The vocabulary lives in
 * {@code number-words.txt}.
 *
 * <p>Example: {@code FrenchNumberFormat.fromResources().parse("quatre-vingt-six")} gives 86.
 *
 * <p>Everything works over {@link Token}s from {@link #tokenize}: one left-to-right pass,
 * linear in the input. Instances are immutable and thread-safe.
 */
public final class FrenchNumberFormat {

  /** What a token is. */
  public enum Kind { WORD, DIGITS, PUNCT }

  /**
   * One token of text: a word (letters, digits after a letter, inner hyphens; an elided
   * article keeps its apostrophe: {@code d'}, {@code l'}, {@code qu'}), a run of digits, or a
   * single other character.
   */
  public record Token(int start, int end, String text, String lower, Kind kind) {
    public boolean isWord() {
      return kind == Kind.WORD;
    }

    public boolean isDigits() {
      return kind == Kind.DIGITS;
    }

    public boolean is(String s) {
      return lower.equals(s);
    }

    public boolean isCapitalised() {
      return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
  }

  /** How a number span reads. */
  public enum SpanKind {
    /** a stated number: 1.100, vingt-quatre, 2,3 millions */
    EXACT,
    /** an approximate noun with a count: une dizaine, deux centaines */
    APPROX,
    /** a vague amount: plusieurs centaines, des dizaines de milliers (value null) */
    VAGUE,
    /** a fraction, value in percent: la moitié, trois quarts, un sur deux */
    FRACTION,
    /** un/une alone: an article more often than a number */
    WEAK
  }

  /**
   * A number found in text.
   *
   * @param fromToken first token index
   * @param toToken one past the last token index
   * @param start start offset in the text
   * @param end end offset (exclusive)
   * @param value the number (percent for fractions), null for vague amounts
   * @param low lower bound of what the words allow
   * @param high upper bound
   * @param kind how it reads
   * @param counted for "un X sur deux": the noun between, else null
   * @param multiplied true when a multiplier word (millions, milliards, mille) was read
   */
  public record NumberSpan(int fromToken, int toToken, int start, int end, Double value,
      double low, double high, SpanKind kind, String counted, boolean multiplied) {}

  /** Words after a fraction noun: "un cinquième des élèves". */
  private static final Set<String> OF = Set.of("de", "d'", "des", "du");

  /** Unicode fraction characters, value in percent. */
  private static final Map<String, Double> VULGAR = Map.of("½", 50.0, "⅓", 100.0 / 3,
      "⅔", 200.0 / 3, "¼", 25.0, "¾", 75.0, "⅕", 20.0, "⅙", 100.0 / 6, "⅛", 12.5);

  /** Metric multipliers glued to a number: "10k", "10M", "10G" ("1m" is a metre). */
  private static final Map<String, Double> SI = Map.of("k", 1e3, "K", 1e3, "M", 1e6, "G", 1e9);

  private static final Set<String> ELISIONS = Set.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
      "presqu", "quelqu");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of(
      "e", "er", "ere", "ère", "ème", "eme", "è", "nd", "nde", "ième", "es", "èmes", "ers");

  /** Words that end the noun of "un X sur deux": a verb or relative means a different pattern. */
  private static final Set<String> NOT_COUNTED_BETWEEN = Set.of(
      "qui", "que", "qu'", "dont", "est", "sont", "a", "ont", "de", "d'", "du", "des", "le", "la",
      "les", "l'", "se", "s'", "y", "en");

  private final Map<String, String> types;
  private final Map<String, Double> values;
  private final double approxLow;
  private final double approxHigh;
  private final double vagueLow;
  private final double vagueHigh;

  private FrenchNumberFormat(Map<String, String> types, Map<String, Double> values) {
    this.types = Map.copyOf(types);
    this.values = Map.copyOf(values);
    this.approxLow = values.getOrDefault("approx.low", 0.8);
    this.approxHigh = values.getOrDefault("approx.high", 1.2);
    this.vagueLow = values.getOrDefault("vague.low", 2.0);
    this.vagueHigh = values.getOrDefault("vague.high", 9.0);
  }

  private static final class Holder {
    static final FrenchNumberFormat INSTANCE = load();
  }

  /** The shared instance built from {@code number-words.txt}. */
  public static FrenchNumberFormat fromResources() {
    return Holder.INSTANCE;
  }

  private static FrenchNumberFormat load() {
    Map<String, String> types = new HashMap<>();
    Map<String, Double> values = new HashMap<>();
    for (String[] row : readTable(FrenchNumberFormat.class, "number-words.txt")) {
      if (row.length < 3) {
        continue;
      }
      types.put(row[0], row[1]);
      values.put(row[0], Double.parseDouble(row[2]));
    }
    return new FrenchNumberFormat(types, values);
  }

  /** Reads a TAB-separated resource next to {@code owner}, skipping blank and {@code #} lines. */
  public static List<String[]> readTable(Class<?> owner, String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + owner);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  // ---------------------------------------------------------------- tokens

  /** Tokenises the whole text. */
  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokenises {@code text[from, to)}; offsets stay those of {@code text}. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // also U+00A0, U+202F
        i++;
        continue;
      }
      int s = i;
      if (Character.isLetter(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || d == '²' || d == '³') {
            i++;
          } else if ((d == '-') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i++;
          } else if (d == '\'') {
            String soFar = text.substring(s, i).toLowerCase(Locale.ROOT);
            if (ELISIONS.contains(soFar)) {
              i++;
              break;
            }
            if (soFar.equals("aujourd") && text.startsWith("hui", i + 1)) {
              i += 4;
            }
            break;
          } else {
            break;
          }
        }
        add(out, text, s, i, Kind.WORD);
      } else if (c >= '0' && c <= '9') {
        // ASCII digits only: other scripts' digits (Arabic-Indic ۰...) are not French numbers,
        // and Double.parseDouble rejects them
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        add(out, text, s, i, Kind.DIGITS);
      } else {
        i++;
        add(out, text, s, i, Kind.PUNCT);
      }
    }
    return out;
  }

  private static void add(List<Token> out, String text, int s, int e, Kind kind) {
    String t = text.substring(s, e);
    out.add(new Token(s, e, t, t.toLowerCase(Locale.ROOT), kind));
  }

  // ---------------------------------------------------------------- parsing

  /** Reads one number written in digits or words ("1.100", "2,3 millions", "vingt-quatre"). */
  public OptionalDouble parse(String s) {
    if (s == null) {
      return OptionalDouble.empty();
    }
    String t = s.strip();
    boolean negative = false;
    if (t.startsWith("-") || t.startsWith("−")) {
      negative = true;
      t = t.substring(1).strip();
    } else if (t.startsWith("+")) {
      t = t.substring(1).strip();
    }
    List<Token> tokens = tokenize(t);
    List<NumberSpan> spans = scan(tokens, 0, tokens.size());
    if (spans.size() != 1) {
      return OptionalDouble.empty();
    }
    NumberSpan span = spans.get(0);
    if (span.fromToken() != 0 || span.toToken() != tokens.size() || span.value() == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(negative ? -span.value() : span.value());
  }

  /** Finds every number of {@code text}. */
  public List<NumberSpan> scan(String text) {
    List<Token> tokens = tokenize(text);
    return scan(tokens, 0, tokens.size());
  }

  /** Finds the numbers among {@code tokens[from, to)}, left to right, without overlaps. */
  public List<NumberSpan> scan(List<Token> tokens, int from, int to) {
    List<NumberSpan> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (startsUrl(tokens, i, to)) { // numbers inside a web address are no amounts
        i = endOfGluedRun(tokens, i, to);
        continue;
      }
      int before = out.size();
      int next = readAt(tokens, i, to, out);
      if (out.size() > before) {
        next = Math.max(next, mixed(tokens, out, out.size() - 1, to));
      }
      if (out.size() > before && i > from) {
        signed(tokens, out, out.size() - 1);
        negativeWord(tokens, out, out.size() - 1, from);
      }
      i = Math.max(next, i + 1);
    }
    return out;
  }

  /**
   * "trois et un cinquième", "un million et demi", "cinq et un quart", "2 1/4": a whole number
   * and a fraction make one number (the fraction of the last multiplier: "3 millions et demi" =
   * 3 500 000). Returns the token after what was consumed, or -1.
   */
  private int mixed(List<Token> tk, List<NumberSpan> out, int index, int to) {
    NumberSpan whole = out.get(index);
    if (whole.value() == null || whole.kind() == SpanKind.FRACTION
        || whole.kind() == SpanKind.VAGUE || whole.kind() == SpanKind.APPROX) {
      return -1;
    }
    int j = whole.toToken();
    boolean et = j + 1 < to && tk.get(j).is("et");
    boolean glued = !et && j < to && tk.get(j).isDigits() && tk.get(j - 1).isDigits()
        && j + 2 < to && tk.get(j + 1).is("/");
    if (!et && !glued) {
      return -1;
    }
    List<NumberSpan> part = new ArrayList<>();
    int at = et ? j + 1 : j;
    int end = readAt(tk, at, to, part);
    if (part.isEmpty()) {
      return -1;
    }
    NumberSpan f = part.get(0);
    if (f.fromToken() != at || f.kind() != SpanKind.FRACTION || f.value() == null
        || f.value() >= 100 || f.counted() != null) {
      return -1;
    }
    double unit = 1;
    String lastWord = tk.get(j - 1).lower();
    String lastType = types.get(lastWord);
    if ("mult".equals(lastType) || "thousand".equals(lastType)) {
      unit = values.get(lastWord);
    }
    double v = whole.value() + f.value() / 100 * unit;
    out.set(index, new NumberSpan(whole.fromToken(), f.toToken(), whole.start(), f.end(), v, v,
        v, SpanKind.EXACT, null, whole.multiplied()));
    return Math.max(end, f.toToken());
  }

  private static boolean startsUrl(List<Token> tk, int i, int to) {
    Token t = tk.get(i);
    return (t.is("http") || t.is("https") || t.is("www")) && i + 1 < to
        && adjacent(tk, i, i + 1) && (tk.get(i + 1).is(":") || tk.get(i + 1).is("."));
  }

  /** The index after a run of tokens written without a space between them. */
  private static int endOfGluedRun(List<Token> tk, int i, int to) {
    int k = i + 1;
    while (k < to && adjacent(tk, k - 1, k)) {
      k++;
    }
    return k;
  }

  /** "(de) million" after a fraction: the index after it, or -1. */
  private int ofMultiplier(List<Token> tk, int j, int to) {
    int k = j < to && (tk.get(j).is("de") || tk.get(j).is("d'")) ? j + 1 : j;
    if (k < to && (tk.get(k).is("million") || tk.get(k).is("milliard"))) {
      return k + 1;
    }
    return -1;
  }

  /** "négatif un", "négative cinq": a sign written as a word. */
  private static void negativeWord(List<Token> tk, List<NumberSpan> out, int index, int from) {
    NumberSpan sp = out.get(index);
    int s = sp.fromToken() - 1;
    if (s < from || sp.value() == null
        || !(tk.get(s).is("négatif") || tk.get(s).is("négative"))) {
      return;
    }
    SpanKind kind = sp.kind() == SpanKind.WEAK ? SpanKind.EXACT : sp.kind(); // "négatif un"
    out.set(index, new NumberSpan(s, sp.toToken(), tk.get(s).start(), sp.end(), -sp.value(),
        -sp.high(), -sp.low(), kind, sp.counted(), sp.multiplied()));
  }

  /** "-3 %", "+12": a sign glued to the number and not to a word before it. */
  private static void signed(List<Token> tk, List<NumberSpan> out, int index) {
    NumberSpan sp = out.get(index);
    int s = sp.fromToken() - 1;
    Token sign = tk.get(s);
    boolean minus = sign.is("-") || sign.is("−");
    if (!(minus || sign.is("+")) || sign.end() != sp.start() || !tk.get(sp.fromToken()).isDigits()
        || (s > 0 && tk.get(s - 1).end() == sign.start()) || sp.value() == null) {
      return;
    }
    double f = minus ? -1 : 1;
    double lo = f * sp.low();
    double hi = f * sp.high();
    out.set(index, new NumberSpan(s, sp.toToken(), sign.start(), sp.end(), f * sp.value(),
        Math.min(lo, hi), Math.max(lo, hi), sp.kind(), sp.counted(), sp.multiplied()));
  }

  /** Tries to read a number at {@code i}; returns the index after what was consumed. */
  private int readAt(List<Token> tk, int i, int to, List<NumberSpan> out) {
    Token t = tk.get(i);
    if (t.isDigits()) {
      return readDigits(tk, i, to, out);
    }
    if (!t.isWord()) {
      Double vulgar = VULGAR.get(t.text());
      if (vulgar != null) {
        out.add(span(tk, i, i + 1, vulgar, vulgar, vulgar, SpanKind.FRACTION, null, false));
      }
      return i + 1;
    }
    String lw = t.lower();
    if (lw.indexOf('-') < 0 && !types.containsKey(lw) && !lw.equals("de") && !lw.equals("d'")
        && !lw.equals("un") && !lw.equals("une")) {
      return i + 1; // most words: not in the number vocabulary, so no rule below applies
    }
    // "une demi-douzaine", "un demi-million"
    int di = (t.is("un") || t.is("une")) && i + 1 < to ? i + 1 : i;
    String dw = tk.get(di).lower();
    if (dw.startsWith("demi-") && values.containsKey(dw.substring(5))) {
      String rest = dw.substring(5);
      String rt = types.get(rest);
      if ("approx".equals(rt) || "mult".equals(rt) || "thousand".equals(rt)) {
        double v = values.get(rest) / 2;
        boolean approx = "approx".equals(rt);
        out.add(span(tk, i, di + 1, v, approx ? approxLow * v : v, approx ? approxHigh * v : v,
            approx ? SpanKind.APPROX : SpanKind.EXACT, null, true));
        return di + 1;
      }
    }
    String type = types.get(t.lower());
    // vague determiner + approximate or multiplier noun: "plusieurs centaines", "des millions"
    boolean deBeforePlural = (t.is("de") || t.is("d'")) && i + 1 < to
        && tk.get(i + 1).lower().endsWith("s");
    if (("vaguedet".equals(type) || deBeforePlural) && i + 1 < to) {
      String nt = types.get(tk.get(i + 1).lower());
      if ("approx".equals(nt) || ("mult".equals(nt) && tk.get(i + 1).lower().endsWith("s"))) {
        double base = values.get(tk.get(i + 1).lower());
        int j = i + 2;
        int[] consumed = {j};
        base *= trailingMultiplier(tk, j, to, consumed);
        j = consumed[0];
        // "de dizaines de milliers": "de" is a preposition, not part of the amount
        int first = deBeforePlural ? i + 1 : i;
        out.add(span(tk, first, j, null, vagueLow * base, vagueHigh * base, SpanKind.VAGUE, null,
            true));
        return j;
      }
      return i + 1;
    }
    // "la moitié", "le quart", "le tiers"
    if ("fraction".equals(type)) {
      double v = round2(values.get(t.lower()));
      int ofMillion = ofMultiplier(tk, i + 1, to);
      if (ofMillion > 0 && !t.is("moitié")) { // "quart de million"
        double m = v / 100 * values.get(tk.get(ofMillion - 1).lower());
        out.add(span(tk, i, ofMillion, m, m, m, SpanKind.EXACT, null, true));
        return ofMillion;
      }
      out.add(span(tk, i, i + 1, v, v, v, SpanKind.FRACTION, null, false));
      return i + 1;
    }
    if (!isNumberWord(t.lower())) {
      return i + 1;
    }
    // a run of number words
    int j = i;
    WordNumber n = new WordNumber();
    boolean any = false;
    while (j < to) {
      Token w = tk.get(j);
      if (!w.isWord()) {
        break;
      }
      if (w.is("et") && any && j + 1 < to
          && (tk.get(j + 1).is("un") || tk.get(j + 1).is("une") || tk.get(j + 1).is("onze"))
          && n.current % 10 == 0 && n.current >= 20) {
        j++;
        continue;
      }
      if (!isNumberWord(w.lower())) {
        break;
      }
      // "un" after a complete number starts a new phrase ("deux un" does not happen)
      if (any && (w.is("un") || w.is("une")) && !tk.get(j - 1).is("et")) {
        break;
      }
      n.addWord(w.lower());
      any = true;
      j++;
    }
    if (!any) {
      return i + 1;
    }
    double value = n.value();
    boolean onlyWeak = n.onlyWeak;
    boolean multiplied = n.multiplied;
    // "trois cinquièmes", "un vingt-cinquième", "cent trente-cinquièmes": over an ordinal
    int fr = ordinalFraction(tk, i, j, value, onlyWeak, to, out);
    if (fr > 0) {
      return fr;
    }
    // "deux cent virgule cinquante-deux"
    if (j + 1 < to && tk.get(j).is("virgule") && isNumberWord(tk.get(j + 1).lower())) {
      int k = j + 1;
      int zeros = 0;
      while (k < to && tk.get(k).is("zéro")) {
        zeros++;
        k++;
      }
      int f = k;
      while (k < to && tk.get(k).isWord() && (isNumberWord(tk.get(k).lower())
          || (tk.get(k).is("et") && k > f && k + 1 < to
              && isNumberWord(tk.get(k + 1).lower())))) {
        k++;
      }
      double frac = 0;
      if (k > f) {
        StringBuilder w = new StringBuilder();
        for (int m = f; m < k; m++) {
          w.append(tk.get(m).lower()).append(' ');
        }
        OptionalDouble fv = parseWords(w.toString());
        if (fv.isEmpty()) {
          k = f;
        } else {
          frac = fv.getAsDouble();
        }
      }
      if (k > j + 1) {
        int digits = frac == 0 ? 0 : String.valueOf((long) frac).length();
        double v = value + frac / Math.pow(10, digits + zeros);
        out.add(span(tk, i, k, v, v, v, SpanKind.EXACT, null, multiplied));
        return k;
      }
    }
    // "deux centaines", "une dizaine (de milliers)"
    if (j < to && "approx".equals(types.get(tk.get(j).lower()))) {
      double base = values.get(tk.get(j).lower());
      int[] consumed = {j + 1};
      base *= trailingMultiplier(tk, j + 1, to, consumed);
      double v = value * base;
      out.add(span(tk, i, consumed[0], v, approxLow * v, approxHigh * v, SpanKind.APPROX, null,
          true));
      return consumed[0];
    }
    // "trois quarts", "un tiers"
    if (j < to && "fraction".equals(types.get(tk.get(j).lower()))
        && !tk.get(j).is("moitié")) {
      double v = round2(value * values.get(tk.get(j).lower()));
      int ofMillion = ofMultiplier(tk, j + 1, to);
      if (ofMillion > 0) {
        double m = v / 100 * values.get(tk.get(ofMillion - 1).lower());
        out.add(span(tk, i, ofMillion, m, m, m, SpanKind.EXACT, null, true));
        return ofMillion;
      }
      out.add(span(tk, i, j + 1, v, v, v, SpanKind.FRACTION, null, false));
      return j + 1;
    }
    int after = outOf(tk, i, j, value, to, out);
    if (after > 0) {
      return after;
    }
    SpanKind kind = onlyWeak ? SpanKind.WEAK : SpanKind.EXACT;
    out.add(span(tk, i, j, value, value, value, kind, null, multiplied));
    return j;
  }

  /**
   * A count of words over an ordinal: "trois cinquièmes" (3/5), "un vingt-cinquième" (1/25: "un"
   * before tens is no cardinal, so the tens belong to the denominator), "cent trente cinquièmes"
   * (130/5). Value in percent. "premier" and "second" are ranks, never denominators.
   */
  private int ordinalFraction(List<Token> tk, int i, int j, double value, boolean onlyWeak,
      int to, List<NumberSpan> out) {
    int k = j;
    int numEnd = j;
    double numerator = value;
    if (k >= to && i + 1 < j && (tk.get(i).is("un") || tk.get(i).is("une"))) {
      return -1;
    }
    // "un vingt cinquième": the run swallowed the denominator's first words
    if ((tk.get(i).is("un") || tk.get(i).is("une")) && j > i + 1
        && ("unit".equals(types.get(lastPart(tk.get(i + 1).lower())))
            || "hundred".equals(types.get(tk.get(i + 1).lower())))) {
      numerator = 1;
      numEnd = i + 1;
    }
    boolean etUn = k + 1 < to && tk.get(k).is("et") && "un".equals(ordinalStem(tk.get(k + 1)
        .lower()));
    if (etUn) {
      k++; // "un vingt et unième"
    }
    if (k >= to || !tk.get(k).isWord()) {
      return -1;
    }
    String w = tk.get(k).lower();
    String last = lastPart(w);
    String head = w.substring(0, w.length() - last.length());
    String card = ordinalStem(last);
    if (card == null || card.equals("premier") || card.equals("deux") && head.isEmpty()
        || !(head.isEmpty() || isNumberWord(stripDash(head)))) {
      return -1;
    }
    if (card.equals("un") && head.isEmpty() && !etUn) {
      return -1;
    }
    // an ordinal adjective, not a fraction: "une troisième semaine" (feminine), "un cinquième
    // mandat" (a noun follows), "troisième"/"quatrième" (the fractions are tiers and quart)
    if (tk.get(i).is("une") || (head.isEmpty() && (card.equals("trois") || card.equals("quatre")))) {
      return -1;
    }
    boolean plural = w.endsWith("s");
    if (k + 1 < to && tk.get(k + 1).isWord() && !OF.contains(tk.get(k + 1).lower())
        && !(plural && numerator > 1)) {
      return -1;
    }
    StringBuilder d = new StringBuilder();
    for (int m = numEnd; m < j; m++) {
      d.append(tk.get(m).lower()).append(' ');
    }
    d.append(head).append(card);
    OptionalDouble den = parseWords(d.toString());
    if (den.isEmpty() || den.getAsDouble() < 3) {
      return -1;
    }
    double v = 100 * numerator / den.getAsDouble();
    out.add(span(tk, i, k + 1, v, v, v, SpanKind.FRACTION, null, false));
    return k + 1;
  }

  /** A number written only in words ("cent vingt et un"), or empty. */
  private OptionalDouble parseWords(String words) {
    List<Token> tokens = tokenize(words.strip());
    if (tokens.isEmpty()) {
      return OptionalDouble.empty();
    }
    WordNumber n = new WordNumber();
    for (Token t : tokens) {
      if (t.is("et")) {
        continue;
      }
      if (!t.isWord() || !isNumberWord(t.lower())) {
        return OptionalDouble.empty();
      }
      n.addWord(t.lower());
    }
    return OptionalDouble.of(n.value());
  }

  /**
   * The value of a run of French number words, read left to right: units and tens add up
   * ("vingt-quatre"), "quatre-vingt" multiplies, "cent" multiplies what precedes it, "mille"
   * and the big multipliers close a group ("trois millions deux cent mille"). One instance
   * per run; not shared.
   */
  private final class WordNumber {
    double total;
    double current;
    boolean onlyWeak = true;
    boolean multiplied;

    /** Adds one word, hyphenated parts included ("soixante-et-onze"). */
    void addWord(String word) {
      for (String part : word.split("-")) {
        if (!part.equals("et")) {
          addPart(part);
        }
      }
    }

    private void addPart(String part) {
      String type = types.get(part);
      double v = values.get(part);
      switch (type) {
        case "unit", "weak" -> {
          if ((part.equals("vingt") || part.equals("vingts")) && current % 100 == 4) {
            current = current - 4 + 80;
          } else {
            current += v;
          }
          onlyWeak &= type.equals("weak");
        }
        case "hundred" -> {
          current = (current == 0 ? 1 : current) * 100;
          onlyWeak = false;
        }
        default -> { // "mille" and the multipliers
          total += (current == 0 ? 1 : current) * (type.equals("thousand") ? 1000 : v);
          current = 0;
          onlyWeak = false;
          multiplied = true;
        }
      }
    }

    double value() {
      return total + current;
    }
  }

  /** "un soldat sur deux", "3 sur 10": a fraction when the first is smaller; -1 otherwise. */
  private int outOf(List<Token> tk, int i, int j, double x, int to, List<NumberSpan> out) {
    if (x < 1 || x != Math.floor(x)) {
      return -1;
    }
    int k = j;
    StringBuilder counted = new StringBuilder();
    while (k < to && k - j < 2 && tk.get(k).isWord() && !tk.get(k).is("sur")
        && !isNumberWord(tk.get(k).lower()) && !NOT_COUNTED_BETWEEN.contains(tk.get(k).lower())) {
      if (counted.length() > 0) {
        counted.append(' ');
      }
      counted.append(tk.get(k).text());
      k++;
    }
    if (k + 1 >= to || !tk.get(k).is("sur")) {
      return -1;
    }
    Token y = tk.get(k + 1);
    double yv;
    int end = k + 2;
    if (y.isDigits() && y.text().length() <= 4 && !y.text().startsWith("0")) {
      yv = Double.parseDouble(y.text());
    } else if (y.isWord() && isNumberWord(y.lower()) && !y.is("un") && !y.is("une")) {
      // "sur cent vingt et un": the whole run of number words
      int m = k + 1;
      StringBuilder w = new StringBuilder();
      while (m < to && tk.get(m).isWord() && (isNumberWord(tk.get(m).lower())
          || (tk.get(m).is("et") && m + 1 < to && isNumberWord(tk.get(m + 1).lower())))) {
        w.append(tk.get(m).lower()).append(' ');
        m++;
      }
      OptionalDouble v = parseWords(w.toString());
      if (v.isEmpty()) {
        return -1;
      }
      yv = v.getAsDouble();
      end = m;
    } else {
      return -1;
    }
    if (!(x < yv) || yv > 1000) {
      return -1;
    }
    double v = round2(100.0 * x / yv);
    out.add(span(tk, i, end, v, v, v, SpanKind.FRACTION,
        counted.length() == 0 ? null : counted.toString(), false));
    return end;
  }

  /** "de milliers", "de millions" after an approximate noun: the factor, and what it consumed. */
  private double trailingMultiplier(List<Token> tk, int j, int to, int[] consumed) {
    if (j + 1 < to && (tk.get(j).is("de") || tk.get(j).is("d'"))) {
      String w = tk.get(j + 1).lower();
      if (w.equals("milliers")) {
        consumed[0] = j + 2;
        return 1000;
      }
      if (w.equals("millions") || w.equals("milliards")) {
        consumed[0] = j + 2;
        return values.get(w);
      }
    }
    consumed[0] = j;
    return 1;
  }

  private int readDigits(List<Token> tk, int i, int to, List<NumberSpan> out) {
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
        out.add(span(tk, i, j + 2, v, v, v, SpanKind.FRACTION, null, false));
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
      if (ORDINAL_SUFFIXES.contains(w) || w.equals("h") || isClockMinutes(w)) {
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
      String type = types.get(w);
      Double si = adjacent(tk, j - 1, j) || tk.get(j).is("k") ? SI.get(tk.get(j).text()) : null;
      if ("mult".equals(type) || "thousand".equals(type)) {
        value *= values.get(w);
        j++;
        multiplied = true;
      } else if (si != null) { // "10k", "2,33 k", "10M"
        value *= si;
        j++;
        multiplied = true;
      } else if ("approx".equals(type)) {
        double v = value * values.get(w);
        out.add(span(tk, i, j + 1, v, approxLow * v, approxHigh * v, SpanKind.APPROX, null,
            true));
        return j + 1;
      }
    }
    int after = outOf(tk, i, j, value, to, out);
    if (after > 0) {
      return after;
    }
    out.add(span(tk, i, j, value, value, value, SpanKind.EXACT, null, multiplied));
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
    return tk.get(a).end() == tk.get(b).start();
  }

  // ---------------------------------------------------------------- ordinals

  /**
   * Finds the ordinals of {@code text}: {@code 2e}, {@code 1er}, {@code 11ème},
   * {@code vingt-cinquième}, {@code cent vingt et unième}, {@code deux centième},
   * {@code première}. The value is the rank (value = low = high, kind EXACT). Ordinals are no
   * claims ("une première"); the claim extractor does not use this, the peer suite does.
   */
  public List<NumberSpan> scanOrdinals(String text) {
    List<Token> tk = tokenize(text);
    List<NumberSpan> out = new ArrayList<>();
    for (int k = 0; k < tk.size(); k++) {
      Token t = tk.get(k);
      if (t.isDigits() && k + 1 < tk.size() && adjacent(tk, k, k + 1)
          && ORDINAL_SUFFIXES.contains(tk.get(k + 1).lower())
          && (k + 2 >= tk.size() || !adjacent(tk, k + 1, k + 2))) {
        double v = Double.parseDouble(t.text());
        out.add(span(tk, k, k + 2, v, v, v, SpanKind.EXACT, null, false));
        k++;
        continue;
      }
      if (!t.isWord()) {
        continue;
      }
      String last = lastPart(t.lower());
      String head = t.lower().substring(0, t.lower().length() - last.length());
      String card = ordinalStem(last);
      if (card == null || !(head.isEmpty() || isNumberWord(stripDash(head)))) {
        continue;
      }
      if (last.startsWith("premi")) { // "premier" stands alone: "vingt et unième" is the compound
        if (head.isEmpty()) {
          out.add(span(tk, k, k + 1, 1.0, 1, 1, SpanKind.EXACT, null, false));
        }
        continue;
      }
      // the cardinal words before it: "cent vingt-cinquième", "vingt et unième"
      int from = k;
      while (from > 0 && tk.get(from - 1).isWord() && (isNumberWord(tk.get(from - 1).lower())
          || (tk.get(from - 1).is("et") && from - 1 > 0
              && isNumberWord(tk.get(from - 2).lower())))) {
        from--;
      }
      if (from < k && (tk.get(from).is("un") || tk.get(from).is("une"))) {
        from++; // "un vingtième" is a fraction's numerator, not part of the rank
      }
      StringBuilder words = new StringBuilder();
      for (int m = from; m < k; m++) {
        words.append(tk.get(m).lower()).append(' ');
      }
      words.append(head).append(card);
      OptionalDouble v = parse(words.toString());
      if (v.isPresent()) {
        double d = v.getAsDouble();
        out.add(span(tk, from, k + 1, d, d, d, SpanKind.EXACT, null, false));
      }
    }
    return out;
  }

  private static String lastPart(String w) {
    int dash = w.lastIndexOf('-');
    return dash < 0 ? w : w.substring(dash + 1);
  }

  private static String stripDash(String head) {
    return head.endsWith("-") ? head.substring(0, head.length() - 1) : head;
  }

  /**
   * The cardinal an ordinal word is made from ("cinquième" -> "cinq", "unième" -> "un",
   * "millième" -> "mille", "seconde" -> "deux"), or null when the word is no ordinal.
   */
  String ordinalStem(String w) {
    String s = fold(w);
    if (s.equals("premier") || s.equals("premiere") || s.equals("premiers")
        || s.equals("premieres")) {
      return "premier";
    }
    if (s.equals("second") || s.equals("seconde") || s.equals("seconds")
        || s.equals("secondes")) {
      return "deux";
    }
    if (s.equals("tierce")) {
      return "trois";
    }
    String stem;
    if (s.endsWith("iemes")) {
      stem = s.substring(0, s.length() - 5);
    } else if (s.endsWith("ieme")) {
      stem = s.substring(0, s.length() - 4);
    } else {
      return null;
    }
    if (stem.equals("un")) {
      return "un";
    }
    for (String c : new String[] {stem, stem + "e", stem + "s"}) {
      if (isNumberWord(c) && !"weak".equals(types.get(c))) {
        return c;
      }
    }
    if (stem.endsWith("cinqu")) {
      return stem.substring(0, stem.length() - 1);
    }
    if (stem.endsWith("neuv")) {
      return stem.substring(0, stem.length() - 1) + "f";
    }
    return null;
  }

  /** Lower case without the accents of French ordinals (è, é). */
  private static String fold(String w) {
    return w.replace('è', 'e').replace('é', 'e');
  }

  /** True for a number word or a hyphenated compound made only of number words. */
  public boolean isNumberWord(String lower) {
    String type = types.get(lower);
    if (type != null) {
      return isCountingType(type);
    }
    if (lower.indexOf('-') < 0) {
      return false;
    }
    for (String part : lower.split("-")) {
      if (part.equals("et")) {
        continue;
      }
      String pt = types.get(part);
      if (pt == null || !isCountingType(pt)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCountingType(String type) {
    return type.equals("unit") || type.equals("weak") || type.equals("hundred")
        || type.equals("thousand") || type.equals("mult");
  }

  /** The type of a word in the number vocabulary ({@code unit}, {@code approx}...), or null. */
  public String typeOf(String lower) {
    return types.get(lower);
  }

  private static NumberSpan span(List<Token> tk, int from, int to, Double value, double low,
      double high, SpanKind kind, String counted, boolean multiplied) {
    return new NumberSpan(from, to, tk.get(from).start(), tk.get(to - 1).end(), value, low, high,
        kind, counted, multiplied);
  }

  private static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
