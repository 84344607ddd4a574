package org.newsclaims.text;

/**
 * One token of text ({@link FrenchTokenizer}): a word (letters, digits after a letter, inner
 * hyphens; an elided article keeps its apostrophe: {@code d'}, {@code l'}, {@code qu'}), a run
 * of ASCII digits, or a single other character. Offsets are those of the tokenised text.
 *
 * <p>Example: "d'un" gives the words {@code d'} and {@code un}; "40 km²" gives the digits
 * {@code 40} and the word {@code km²}.
 *
 * @param start first character
 * @param end one past the last character
 * @param text the token as written
 * @param lower {@code text} in lower case ({@link java.util.Locale#ROOT})
 * @param kind word, digits or punctuation
 */
public record Token(int start, int end, String text, String lower, Kind kind) {

  /** What a token is. */
  public enum Kind { WORD, DIGITS, PUNCT }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isDigits() {
    return kind == Kind.DIGITS;
  }

  /** True when the lower-case form is {@code s}. */
  public boolean is(String s) {
    return lower.equals(s);
  }

  public boolean isCapitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  /** True when {@code next} starts right where this token ends: no space between them. */
  public boolean touches(Token next) {
    return end == next.start;
  }
}
