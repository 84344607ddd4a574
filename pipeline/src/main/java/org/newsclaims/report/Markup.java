package org.newsclaims.report;

import java.util.function.UnaryOperator;

/**
 * What the two renderers do alike to text: escape it character by character from a table, and
 * mark the figure's words in its sentence. Only the tables and the marks differ.
 *
 * <p>Example: {@code Markup.escaper('<', "&lt;").apply("a<b")} gives {@code "a&lt;b"};
 * {@code Markup.highlight("il a dit 12", "12", s -> s, "**", "**")} gives {@code "il a dit **12**"}.
 */
final class Markup {

  private Markup() {}

  /**
   * An escaper replacing each listed ASCII character by its replacement; pairs of a
   * {@code Character} and a {@code String}. Null escapes as the empty string.
   */
  static UnaryOperator<String> escaper(Object... pairs) {
    String[] table = new String[128];
    for (int i = 0; i < pairs.length; i += 2) {
      table[(Character) pairs[i]] = (String) pairs[i + 1];
    }
    return s -> {
      if (s == null) {
        return "";
      }
      StringBuilder b = new StringBuilder(s.length() + 16);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        String r = c < 128 ? table[c] : null;
        if (r == null) {
          b.append(c);
        } else {
          b.append(r);
        }
      }
      return b.toString();
    };
  }

  /**
   * The sentence, escaped, with the first occurrence of the figure's words between
   * {@code open} and {@code close}; the sentence alone when the figure is not in it.
   */
  static String highlight(String sentence, String figure, UnaryOperator<String> escape,
      String open, String close) {
    if (sentence == null) {
      return "";
    }
    int at = figure == null || figure.isEmpty() ? -1 : sentence.indexOf(figure);
    if (at < 0) {
      return escape.apply(sentence);
    }
    return escape.apply(sentence.substring(0, at)) + open + escape.apply(figure) + close
        + escape.apply(sentence.substring(at + figure.length()));
  }
}
