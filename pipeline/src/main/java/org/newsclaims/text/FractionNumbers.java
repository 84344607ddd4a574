package org.newsclaims.text;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Fractions, read as a percent: Unicode fractions ({@code ½}), a count over an ordinal
 * ("trois cinquièmes", "un vingt-cinquième"), "x sur y" ("un soldat sur deux", "3 sur 10"),
 * and "(de) million" after a fraction ("trois quarts de million").
 *
 * <p>Example: "un soldat sur deux" is a span of value 50 with {@code counted="soldat"}.
 * Immutable and thread-safe.
 */
final class FractionNumbers {

  /** Words after a fraction noun: "un cinquième des élèves". */
  private static final Set<String> OF = WordClasses.of("fraction-of");

  /** Unicode fraction characters, value in percent. */
  private static final Map<String, Double> VULGAR = Map.of("½", 50.0, "⅓", 100.0 / 3,
      "⅔", 200.0 / 3, "¼", 25.0, "¾", 75.0, "⅕", 20.0, "⅙", 100.0 / 6, "⅛", 12.5);

  /** Words that end the noun of "un X sur deux": a verb or relative means a different pattern. */
  private static final Set<String> NOT_COUNTED_BETWEEN = WordClasses.of("not-counted-between");

  private final NumberWords words;
  private final FrenchOrdinals ordinals;

  FractionNumbers(NumberWords words, FrenchOrdinals ordinals) {
    this.words = words;
    this.ordinals = ordinals;
  }

  /** The value in percent of a Unicode fraction character ("½"), or null. */
  Double vulgar(String text) {
    return VULGAR.get(text);
  }

  /** "(de) million" after a fraction: the index after it, or -1. */
  int ofMultiplier(List<Token> tk, int j, int to) {
    int k = j < to && (tk.get(j).is("de") || tk.get(j).is("d'")) ? j + 1 : j;
    if (k < to && (tk.get(k).is("million") || tk.get(k).is("milliard"))) {
      return k + 1;
    }
    return -1;
  }

  /**
   * A count of words over an ordinal: "trois cinquièmes" (3/5), "un vingt-cinquième" (1/25: "un"
   * before tens is no cardinal, so the tens belong to the denominator), "cent trente cinquièmes"
   * (130/5). Value in percent. "premier" and "second" are ranks, never denominators.
   */
  int overOrdinal(List<Token> tk, int i, int j, double value, int to, List<NumberSpan> out) {
    int k = j;
    int numEnd = j;
    double numerator = value;
    if (k >= to && i + 1 < j && (tk.get(i).is("un") || tk.get(i).is("une"))) {
      return -1;
    }
    // "un vingt cinquième": the run swallowed the denominator's first words
    if ((tk.get(i).is("un") || tk.get(i).is("une")) && j > i + 1
        && ("unit".equals(words.type(FrenchOrdinals.lastPart(tk.get(i + 1).lower())))
            || "hundred".equals(words.type(tk.get(i + 1).lower())))) {
      numerator = 1;
      numEnd = i + 1;
    }
    boolean etUn = k + 1 < to && tk.get(k).is("et")
        && "un".equals(ordinals.stem(tk.get(k + 1).lower()));
    if (etUn) {
      k++; // "un vingt et unième"
    }
    if (k >= to || !tk.get(k).isWord()) {
      return -1;
    }
    String w = tk.get(k).lower();
    String last = FrenchOrdinals.lastPart(w);
    String head = w.substring(0, w.length() - last.length());
    String card = ordinals.stem(last);
    if (card == null || card.equals("premier") || card.equals("deux") && head.isEmpty()
        || !(head.isEmpty() || words.isNumberWord(FrenchOrdinals.stripDash(head)))) {
      return -1;
    }
    if (card.equals("un") && head.isEmpty() && !etUn) {
      return -1;
    }
    // an ordinal adjective, not a fraction: "une troisième semaine" (feminine), "un cinquième
    // mandat" (a noun follows), "troisième"/"quatrième" (the fractions are tiers and quart)
    if (tk.get(i).is("une")
        || (head.isEmpty() && (card.equals("trois") || card.equals("quatre")))) {
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
    OptionalDouble den = words.parseWords(d.toString());
    if (den.isEmpty() || den.getAsDouble() < 3) {
      return -1;
    }
    double v = 100 * numerator / den.getAsDouble();
    out.add(NumberSpan.over(tk, i, k + 1, v, v, v, SpanKind.FRACTION, null, false));
    return k + 1;
  }

  /** "un soldat sur deux", "3 sur 10": a fraction when the first is smaller; -1 otherwise. */
  int outOf(List<Token> tk, int i, int j, double x, int to, List<NumberSpan> out) {
    if (x < 1 || x != Math.floor(x)) {
      return -1;
    }
    int k = j;
    StringBuilder counted = new StringBuilder();
    while (k < to && k - j < 2 && tk.get(k).isWord() && !tk.get(k).is("sur")
        && !words.isNumberWord(tk.get(k).lower())
        && !NOT_COUNTED_BETWEEN.contains(tk.get(k).lower())) {
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
    } else if (y.isWord() && words.isNumberWord(y.lower()) && !y.is("un") && !y.is("une")) {
      // "sur cent vingt et un": the whole run of number words
      int m = k + 1;
      StringBuilder w = new StringBuilder();
      while (m < to && tk.get(m).isWord() && (words.isNumberWord(tk.get(m).lower())
          || (tk.get(m).is("et") && m + 1 < to && words.isNumberWord(tk.get(m + 1).lower())))) {
        w.append(tk.get(m).lower()).append(' ');
        m++;
      }
      OptionalDouble v = words.parseWords(w.toString());
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
    double v = NumberWords.round2(100.0 * x / yv);
    out.add(NumberSpan.over(tk, i, end, v, v, v, SpanKind.FRACTION,
        counted.length() == 0 ? null : counted.toString(), false));
    return end;
  }
}
