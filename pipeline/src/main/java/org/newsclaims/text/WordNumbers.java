package org.newsclaims.text;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Numbers written in words: runs of number words ("quatre-vingt-six", "soixante et onze",
 * "trois millions deux cent mille"), decimals ("deux virgule cinq"), approximate nouns
 * ("une dizaine", "deux centaines de milliers"), vague amounts ("plusieurs centaines",
 * "des millions"), fraction nouns ("la moitié", "trois quarts", "un demi-million") and the
 * fractions over an ordinal or "sur" ({@link FractionNumbers}).
 *
 * <p>Example: "une dizaine de soldats" reads {@code une dizaine}: APPROX, value 10, bounds
 * 8..12. Immutable and thread-safe.
 */
final class WordNumbers {

  private final NumberWords words;
  private final FractionNumbers fractions;

  WordNumbers(NumberWords words, FractionNumbers fractions) {
    this.words = words;
    this.fractions = fractions;
  }

  /** Reads the number starting with the word at {@code i}; returns the index after it. */
  int read(List<Token> tk, int i, int to, List<NumberSpan> out) {
    Token t = tk.get(i);
    String lw = t.lower();
    if (lw.indexOf('-') < 0 && !words.has(lw) && !lw.equals("de") && !lw.equals("d'")
        && !lw.equals("un") && !lw.equals("une")) {
      return i + 1; // most words: not in the number vocabulary, so no rule below applies
    }
    // "une demi-douzaine", "un demi-million"
    int di = (t.is("un") || t.is("une")) && i + 1 < to ? i + 1 : i;
    String dw = tk.get(di).lower();
    if (dw.startsWith("demi-") && words.has(dw.substring(5))) {
      String rest = dw.substring(5);
      String rt = words.type(rest);
      if ("approx".equals(rt) || "mult".equals(rt) || "thousand".equals(rt)) {
        double v = words.value(rest) / 2;
        boolean approx = "approx".equals(rt);
        out.add(NumberSpan.over(tk, i, di + 1, v, approx ? words.approxLow * v : v,
            approx ? words.approxHigh * v : v,
            approx ? SpanKind.APPROX : SpanKind.EXACT, null, true));
        return di + 1;
      }
    }
    String type = words.type(t.lower());
    // vague determiner + approximate or multiplier noun: "plusieurs centaines", "des millions"
    boolean deBeforePlural = (t.is("de") || t.is("d'")) && i + 1 < to
        && tk.get(i + 1).lower().endsWith("s");
    if (("vaguedet".equals(type) || deBeforePlural) && i + 1 < to) {
      String nt = words.type(tk.get(i + 1).lower());
      if ("approx".equals(nt) || ("mult".equals(nt) && tk.get(i + 1).lower().endsWith("s"))) {
        double base = words.value(tk.get(i + 1).lower());
        int j = i + 2;
        int[] consumed = {j};
        base *= words.trailingMultiplier(tk, j, to, consumed);
        j = consumed[0];
        // "de dizaines de milliers": "de" is a preposition, not part of the amount
        int first = deBeforePlural ? i + 1 : i;
        out.add(NumberSpan.over(tk, first, j, null, words.vagueLow * base,
            words.vagueHigh * base, SpanKind.VAGUE, null,
            true));
        return j;
      }
      return i + 1;
    }
    // "la moitié", "le quart", "le tiers"
    if ("fraction".equals(type)) {
      double v = NumberWords.round2(words.value(t.lower()));
      int ofMillion = fractions.ofMultiplier(tk, i + 1, to);
      if (ofMillion > 0 && !t.is("moitié")) { // "quart de million"
        double m = v / 100 * words.value(tk.get(ofMillion - 1).lower());
        out.add(NumberSpan.over(tk, i, ofMillion, m, m, m, SpanKind.EXACT, null, true));
        return ofMillion;
      }
      out.add(NumberSpan.over(tk, i, i + 1, v, v, v, SpanKind.FRACTION, null, false));
      return i + 1;
    }
    if (!words.isNumberWord(t.lower())) {
      return i + 1;
    }
    // a run of number words
    int j = i;
    NumberWords.WordNumber n = words.new WordNumber();
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
      if (!words.isNumberWord(w.lower())) {
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
    int fr = fractions.overOrdinal(tk, i, j, value, to, out);
    if (fr > 0) {
      return fr;
    }
    // "deux cent virgule cinquante-deux"
    if (j + 1 < to && tk.get(j).is("virgule") && words.isNumberWord(tk.get(j + 1).lower())) {
      int k = j + 1;
      int zeros = 0;
      while (k < to && tk.get(k).is("zéro")) {
        zeros++;
        k++;
      }
      int f = k;
      while (k < to && tk.get(k).isWord() && (words.isNumberWord(tk.get(k).lower())
          || (tk.get(k).is("et") && k > f && k + 1 < to
              && words.isNumberWord(tk.get(k + 1).lower())))) {
        k++;
      }
      double frac = 0;
      if (k > f) {
        StringBuilder w = new StringBuilder();
        for (int m = f; m < k; m++) {
          w.append(tk.get(m).lower()).append(' ');
        }
        OptionalDouble fv = words.parseWords(w.toString());
        if (fv.isEmpty()) {
          k = f;
        } else {
          frac = fv.getAsDouble();
        }
      }
      if (k > j + 1) {
        int digits = frac == 0 ? 0 : String.valueOf((long) frac).length();
        double v = value + frac / Math.pow(10, digits + zeros);
        out.add(NumberSpan.over(tk, i, k, v, v, v, SpanKind.EXACT, null, multiplied));
        return k;
      }
    }
    // "deux centaines", "une dizaine (de milliers)"
    if (j < to && "approx".equals(words.type(tk.get(j).lower()))) {
      double base = words.value(tk.get(j).lower());
      int[] consumed = {j + 1};
      base *= words.trailingMultiplier(tk, j + 1, to, consumed);
      double v = value * base;
      out.add(NumberSpan.over(tk, i, consumed[0], v, words.approxLow * v, words.approxHigh * v,
          SpanKind.APPROX, null,
          true));
      return consumed[0];
    }
    // "trois quarts", "un tiers"
    if (j < to && "fraction".equals(words.type(tk.get(j).lower()))
        && !tk.get(j).is("moitié")) {
      double v = NumberWords.round2(value * words.value(tk.get(j).lower()));
      int ofMillion = fractions.ofMultiplier(tk, j + 1, to);
      if (ofMillion > 0) {
        double m = v / 100 * words.value(tk.get(ofMillion - 1).lower());
        out.add(NumberSpan.over(tk, i, ofMillion, m, m, m, SpanKind.EXACT, null, true));
        return ofMillion;
      }
      out.add(NumberSpan.over(tk, i, j + 1, v, v, v, SpanKind.FRACTION, null, false));
      return j + 1;
    }
    int after = fractions.outOf(tk, i, j, value, to, out);
    if (after > 0) {
      return after;
    }
    SpanKind kind = onlyWeak ? SpanKind.WEAK : SpanKind.EXACT;
    out.add(NumberSpan.over(tk, i, j, value, value, value, kind, null, multiplied));
    return j;
  }
}
