package org.newsclaims.claims;

import java.util.List;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.FrenchTokenizer;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.Span;
import org.newsclaims.text.Token;

/** Test helpers: one test sentence as the claim readers see it. */
final class Sentences {

  private Sentences() {}

  /** The whole text as one sentence. */
  static ClaimSentence of(String text) {
    List<Token> tokens = FrenchTokenizer.tokenize(text);
    return new ClaimSentence(text, tokens, new Span(0, text.length()), 0, tokens.size());
  }

  /** Index of the first token whose lower-case form is {@code word}. */
  static int indexOf(ClaimSentence s, String word) {
    for (int i = s.ts; i < s.te; i++) {
      if (s.at(i).is(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word + " in " + s.sentenceText);
  }

  /** The numbers of the sentence. */
  static List<NumberSpan> numbers(ClaimSentence s) {
    return FrenchNumberFormat.fromResources().scan(s.tk, s.ts, s.te);
  }

  /** The text of a token range {@code {from, to}}, or null. */
  static String text(ClaimSentence s, int[] range) {
    return range == null ? null : s.surface(range[0], range[1]);
  }

  /** Null for an empty CSV cell. */
  static String orNull(String cell) {
    return cell == null || cell.isEmpty() ? null : cell;
  }
}
