package org.newsclaims.claims;

import java.util.List;
import java.util.Set;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.Span;
import org.newsclaims.text.Token;
import org.newsclaims.text.WordClasses;

/**
 * The tokens of one sentence, {@code [ts, te)} in the article's token list, and the few
 * questions every claim reader asks of them: does a phrase start here, where does the clause
 * around a number end, what is the text between two tokens.
 *
 * <p>Example: for "Le bilan, selon la mairie, atteint 12 morts." {@code clause(k, k + 1)} of the
 * token "12" is the range of "atteint 12 morts". Immutable; one per sentence.
 */
final class ClaimSentence {

  /** How far a clause reaches on each side, in tokens: keeps long lines linear. */
  static final int CLAUSE_REACH = 60;

  final List<Token> tk;
  final int ts;
  final int te;
  final String text;
  final Span span;
  final String sentenceText;

  ClaimSentence(String text, List<Token> tokens, Span span, int ts, int te) {
    this.text = text;
    this.tk = tokens;
    this.span = span;
    this.ts = ts;
    this.te = te;
    this.sentenceText = span.of(text);
  }

  Token at(int i) {
    return tk.get(i);
  }

  /** True when the tokens at {@code i} are {@code words}, inside the sentence. */
  boolean matchAt(String[] words, int i) {
    int n = words.length;
    if (i < ts || i + n > te) {
      return false;
    }
    for (int w = 0; w < n; w++) {
      if (!tk.get(i + w).is(words[w])) {
        return false;
      }
    }
    return true;
  }

  /** True when one of {@code cues} ends right before {@code from}. */
  boolean precededBy(List<String[]> cues, int from) {
    for (String[] c : cues) {
      if (matchAt(c, from - c.length)) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code j} is "de" or "d'" (no bound check). */
  boolean isDe(int j) {
    return tk.get(j).is("de") || tk.get(j).is("d'");
  }

  /** Token range of the clause around {@code [from, to)}: between , ; : ( ) and dashes. */
  int[] clause(int from, int to) {
    int a = from;
    while (a > ts && from - a < CLAUSE_REACH && !isClauseBreak(tk.get(a - 1))) {
      a--;
    }
    int b = to;
    while (b < te && b - to < CLAUSE_REACH && !isClauseBreak(tk.get(b))) {
      b++;
    }
    return new int[] {a, b};
  }

  /** The text from token {@code from} to token {@code to} (exclusive), as written. */
  String surface(int from, int to) {
    return text.substring(tk.get(from).start(), tk.get(to - 1).end());
  }

  /** A four-digit number from 1800 to 2199 alone: a year more than an amount. */
  boolean isYearLike(NumberSpan sp) {
    if (sp.toToken() - sp.fromToken() != 1 || !tk.get(sp.fromToken()).isDigits()) {
      return false;
    }
    String t = tk.get(sp.fromToken()).text();
    if (t.length() != 4) {
      return false;
    }
    int y = Integer.parseInt(t);
    return y >= 1800 && y <= 2199;
  }

  /** "soit" (skipping quote marks) right before the claim: it restates the previous one. */
  boolean isRestating(int start) {
    int k = start - 1;
    while (k >= ts && isQuoteMark(tk.get(k))) {
      k--;
    }
    return k >= ts && tk.get(k).is("soit");
  }

  static boolean isClauseBreak(Token t) {
    return t.kind() == Token.Kind.PUNCT
        && (t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is(")") || t.is("—")
        || t.is("–"));
  }

  /** Punctuation after which a capitalised word may open a phrase rather than be a name. */
  static boolean isOpener(Token t) {
    return t.kind() == Token.Kind.PUNCT
        && (t.is("\"") || t.is("«") || t.is("“") || t.is("(") || t.is(":") || t.is("-")
        || t.is("—") || t.is("–") || t.is("'"));
  }

  static boolean isQuoteMark(Token t) {
    return t.is("\"") || t.is("«") || t.is("»") || t.is("“") || t.is("”");
  }

  private static final Set<String> DETERMINERS = WordClasses.of("noun-determiner");

  /** A determiner inside a counted noun phrase ("de la zone"): {@code noun-determiner}. */
  static boolean isDeterminer(Token t) {
    return DETERMINERS.contains(t.lower());
  }
}
