package org.newsclaims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * French ordinals: {@code 2e}, {@code 1er}, {@code 11ème}, {@code vingt-cinquième},
 * {@code cent vingt et unième}, {@code deux centième}, {@code première}; and the cardinal an
 * ordinal word is made from, which the fractions over an ordinal need ("trois cinquièmes").
 *
 * <p>Example: {@code stem("cinquième")} is "cinq"; {@code scan("le 11ème jour")} gives one span
 * of value 11. Immutable and thread-safe.
 */
final class FrenchOrdinals {

  /** What follows digits to make an ordinal: "2e", "1er", "3ème". */
  static final Set<String> SUFFIXES = WordClasses.of("ordinal-suffix");
  private static final Set<String> FIRST = WordClasses.of("ordinal-first");
  private static final Set<String> SECOND = WordClasses.of("ordinal-second");
  private static final Set<String> THIRD = WordClasses.of("ordinal-third");

  private final NumberWords words;

  FrenchOrdinals(NumberWords words) {
    this.words = words;
  }

  /**
   * The ordinals of {@code text}; the value is the rank (value = low = high, kind EXACT).
   *
   * @param parse reads the cardinal words of a compound ordinal ("cent vingt-cinq")
   */
  List<NumberSpan> scan(String text, Function<String, OptionalDouble> parse) {
    List<Token> tk = FrenchTokenizer.tokenize(text);
    List<NumberSpan> out = new ArrayList<>();
    for (int k = 0; k < tk.size(); k++) {
      Token t = tk.get(k);
      if (t.isDigits() && k + 1 < tk.size() && t.touches(tk.get(k + 1))
          && SUFFIXES.contains(tk.get(k + 1).lower())
          && (k + 2 >= tk.size() || !tk.get(k + 1).touches(tk.get(k + 2)))) {
        double v = Double.parseDouble(t.text());
        out.add(NumberSpan.over(tk, k, k + 2, v, v, v, SpanKind.EXACT, null, false));
        k++;
        continue;
      }
      if (!t.isWord()) {
        continue;
      }
      String last = lastPart(t.lower());
      String head = t.lower().substring(0, t.lower().length() - last.length());
      String card = stem(last);
      if (card == null || !(head.isEmpty() || words.isNumberWord(stripDash(head)))) {
        continue;
      }
      if (last.startsWith("premi")) { // "premier" stands alone: "vingt et unième" is the compound
        if (head.isEmpty()) {
          out.add(NumberSpan.over(tk, k, k + 1, 1.0, 1, 1, SpanKind.EXACT, null, false));
        }
        continue;
      }
      // the cardinal words before it: "cent vingt-cinquième", "vingt et unième"
      int from = k;
      while (from > 0 && tk.get(from - 1).isWord() && (words.isNumberWord(tk.get(from - 1).lower())
          || (tk.get(from - 1).is("et") && from - 1 > 0
              && words.isNumberWord(tk.get(from - 2).lower())))) {
        from--;
      }
      if (from < k && (tk.get(from).is("un") || tk.get(from).is("une"))) {
        from++; // "un vingtième" is a fraction's numerator, not part of the rank
      }
      StringBuilder cardinal = new StringBuilder();
      for (int m = from; m < k; m++) {
        cardinal.append(tk.get(m).lower()).append(' ');
      }
      cardinal.append(head).append(card);
      OptionalDouble v = parse.apply(cardinal.toString());
      if (v.isPresent()) {
        double d = v.getAsDouble();
        out.add(NumberSpan.over(tk, from, k + 1, d, d, d, SpanKind.EXACT, null, false));
      }
    }
    return out;
  }

  /** The last part of a hyphenated word ("vingt-cinquième" -> "cinquième"). */
  static String lastPart(String w) {
    int dash = w.lastIndexOf('-');
    return dash < 0 ? w : w.substring(dash + 1);
  }

  static String stripDash(String head) {
    return head.endsWith("-") ? head.substring(0, head.length() - 1) : head;
  }

  /**
   * The cardinal an ordinal word is made from ("cinquième" -> "cinq", "unième" -> "un",
   * "millième" -> "mille", "seconde" -> "deux"), or null when the word is no ordinal.
   */
  String stem(String w) {
    String s = Folding.fold(w);
    if (FIRST.contains(s)) {
      return "premier";
    }
    if (SECOND.contains(s)) {
      return "deux";
    }
    if (THIRD.contains(s)) {
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
      if (words.isNumberWord(c) && !"weak".equals(words.type(c))) {
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
}
