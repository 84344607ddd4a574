package org.newsclaims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits French text into {@link Token}s: words, digit runs and single other characters, with
 * the elided articles and pronouns kept whole ({@code l'}, {@code d'}, {@code qu'},
 * {@code jusqu'}) and {@code aujourd'hui} as one word. White space (the no-break spaces
 * included) separates tokens and is dropped. One pass, linear in the text; stateless.
 *
 * <p>Example: {@code FrenchTokenizer.tokenize("jusqu'à 1.100 km²")} gives {@code jusqu'},
 * {@code à}, {@code 1}, {@code .}, {@code 100}, {@code km²}.
 */
public final class FrenchTokenizer {

  private static final Set<String> ELISIONS = WordClasses.of("elision");

  /** Longest word before an apostrophe that can be elided ({@code aujourd} included). */
  private static final int MAX_ELIDED = ELISIONS.stream().mapToInt(String::length)
      .reduce("aujourd".length(), Math::max);

  private FrenchTokenizer() {}

  /** Tokenises the whole text. */
  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokenises {@code text[from, to)}; offsets stay those of {@code text}. */
  public static List<Token> tokenize(String text, int from, int to) {
    return tokenize(text, from, to, null);
  }

  /**
   * Tokenises {@code text[from, to)}, the forms of the tokens taken from {@code words} (a
   * {@link WordTable} of {@code text}, or null): the same strings as the other readers of the
   * text that share the table.
   */
  public static List<Token> tokenize(String text, int from, int to, WordTable words) {
    List<Token> out = new ArrayList<>((to - from) / 5 + 8); // about one token per five characters
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c < 128 ? c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001C')
          : Character.isWhitespace(c) || Character.isSpaceChar(c)) { // also U+00A0, U+202F
        i++;
        continue;
      }
      int s = i;
      if (c < 128 ? isAsciiLetter(c) : Character.isLetter(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (d < 128 ? isAsciiLetter(d) || (d >= '0' && d <= '9')
              : Character.isLetterOrDigit(d) || d == '²' || d == '³') {
            i++;
          } else if ((d == '-') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i++;
          } else if (d == '\'') {
            if (i - s > MAX_ELIDED) {
              break;
            }
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
        add(out, text, words, s, i, Token.Kind.WORD);
      } else if (c >= '0' && c <= '9') {
        // ASCII digits only: other scripts' digits (Arabic-Indic ۰...) are not French numbers,
        // and Double.parseDouble rejects them
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        add(out, text, words, s, i, Token.Kind.DIGITS);
      } else {
        i++;
        add(out, text, words, s, i, Token.Kind.PUNCT);
      }
    }
    return out;
  }

  private static boolean isAsciiLetter(char c) {
    char l = (char) (c | 0x20);
    return l >= 'a' && l <= 'z';
  }

  private static void add(List<Token> out, String text, WordTable words, int s, int e,
      Token.Kind kind) {
    if (words != null) {
      int id = words.id(s, e);
      out.add(new Token(s, e, words.word(id), words.lower(id), kind));
      return;
    }
    String t = text.substring(s, e);
    out.add(new Token(s, e, t, t.toLowerCase(Locale.ROOT), kind));
  }
}
