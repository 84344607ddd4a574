package org.newsclaims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads numbers written the French way, in digits and in words, and finds them in text.
 *
 * <p>Digits ({@link DigitNumbers}): {@code 1.100}, {@code 1 000}, {@code 1,5},
 * {@code 1 100,25}, {@code -3}, {@code 2,3 millions}. Words ({@link WordNumbers}):
 * {@code vingt-quatre}, {@code quatre-vingt-six}, {@code soixante et onze},
 * {@code deux cents}, {@code trois millions}, {@code septante}. Approximate nouns
 * ({@code une dizaine}, {@code plusieurs centaines}, {@code des dizaines de milliers}) and
 * fractions ({@link FractionNumbers}: {@code la moitié}, {@code trois quarts},
 * {@code un sur deux}) are found by {@link #scan}; ordinals by {@link #scanOrdinals}. The
 * vocabulary lives in {@code number-words.txt} ({@link NumberWords}).
 *
 * <p>Example: {@code FrenchNumberFormat.fromResources().parse("quatre-vingt-six")} gives 86.
 *
 * <p>Everything works over {@link Token}s from {@link FrenchTokenizer}: one left-to-right
 * pass, linear in the input. Instances are immutable and thread-safe.
 */
public final class FrenchNumberFormat {

  private final NumberWords words;
  private final FrenchOrdinals ordinals;
  private final FractionNumbers fractions;
  private final DigitNumbers digits;
  private final WordNumbers wordNumbers;

  private FrenchNumberFormat(NumberWords words) {
    this.words = words;
    this.ordinals = new FrenchOrdinals(words);
    this.fractions = new FractionNumbers(words, ordinals);
    this.digits = new DigitNumbers(words, fractions);
    this.wordNumbers = new WordNumbers(words, fractions);
  }

  private static final class Holder {
    static final FrenchNumberFormat INSTANCE = new FrenchNumberFormat(NumberWords.fromResources());
  }

  /** The shared instance built from {@code number-words.txt}. */
  public static FrenchNumberFormat fromResources() {
    return Holder.INSTANCE;
  }

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
    List<Token> tokens = FrenchTokenizer.tokenize(t);
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
    List<Token> tokens = FrenchTokenizer.tokenize(text);
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
   * Finds the ordinals of {@code text}: {@code 2e}, {@code 1er}, {@code 11ème},
   * {@code vingt-cinquième}, {@code cent vingt et unième}, {@code deux centième},
   * {@code première}. The value is the rank (value = low = high, kind EXACT). Ordinals are no
   * claims ("une première"); the claim extractor does not use this, the peer suite does.
   */
  public List<NumberSpan> scanOrdinals(String text) {
    return ordinals.scan(text, this::parse);
  }

  /** True for a number word or a hyphenated compound made only of number words. */
  public boolean isNumberWord(String lower) {
    return words.isNumberWord(lower);
  }

  /** The type of a word in the number vocabulary ({@code unit}, {@code approx}...), or null. */
  public String typeOf(String lower) {
    return words.type(lower);
  }

  /** Tries to read a number at {@code i}; returns the index after what was consumed. */
  private int readAt(List<Token> tk, int i, int to, List<NumberSpan> out) {
    Token t = tk.get(i);
    if (t.isDigits()) {
      return digits.read(tk, i, to, out);
    }
    if (!t.isWord()) {
      Double vulgar = fractions.vulgar(t.text());
      if (vulgar != null) {
        out.add(NumberSpan.over(tk, i, i + 1, vulgar, vulgar, vulgar, SpanKind.FRACTION, null,
            false));
      }
      return i + 1;
    }
    return wordNumbers.read(tk, i, to, out);
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
    String lastType = words.type(lastWord);
    if ("mult".equals(lastType) || "thousand".equals(lastType)) {
      unit = words.value(lastWord);
    }
    double v = whole.value() + f.value() / 100 * unit;
    out.set(index, new NumberSpan(whole.fromToken(), f.toToken(), whole.start(), f.end(), v, v,
        v, SpanKind.EXACT, null, whole.multiplied()));
    return Math.max(end, f.toToken());
  }

  private static boolean startsUrl(List<Token> tk, int i, int to) {
    Token t = tk.get(i);
    return (t.is("http") || t.is("https") || t.is("www")) && i + 1 < to
        && t.touches(tk.get(i + 1)) && (tk.get(i + 1).is(":") || tk.get(i + 1).is("."));
  }

  /** The index after a run of tokens written without a space between them. */
  private static int endOfGluedRun(List<Token> tk, int i, int to) {
    int k = i + 1;
    while (k < to && tk.get(k - 1).touches(tk.get(k))) {
      k++;
    }
    return k;
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
}
