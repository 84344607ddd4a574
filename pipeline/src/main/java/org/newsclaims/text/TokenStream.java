package org.newsclaims.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reading of an article's text that every extractor shares: its {@link Token}s
 * ({@link FrenchTokenizer}: offsets, kind, lower-case form), each token's folded form
 * ({@link Folding}, computed on first use and once per distinct word) and its sentences
 * ({@link SentenceSplitter}). {@code ArticleAnalyser} builds one per article and hands it to the
 * entity recogniser and the claim extractor, so the text is tokenised, split and folded once.
 *
 * <p>Example: {@code TokenStream.of("M. Guérassimov l'a dit. Fin")} has the tokens {@code M},
 * {@code .}, {@code Guérassimov}, {@code l'}, {@code a}, {@code dit}, {@code .}, {@code Fin};
 * {@code fold(2)} is {@code "guerassimov"} and {@code sentences()} holds two spans.
 *
 * <p>One per article and one thread: the fold cache is not synchronised.
 */
public final class TokenStream {

  private final String text;
  private final List<Token> tokens;
  private final List<Span> sentences;
  private final String[] tokenFolds;
  /** The text's distinct word forms, shared with the readers that cut words their own way. */
  private final WordTable words;
  /** Folds by word as written: words repeat within an article. */
  private final Map<String, String> folds = new HashMap<>();

  private TokenStream(String text) {
    this.text = text;
    this.words = new WordTable(text);
    this.tokens = Collections.unmodifiableList(
        FrenchTokenizer.tokenize(text, 0, text.length(), words));
    this.sentences = Collections.unmodifiableList(SentenceSplitter.split(text));
    this.tokenFolds = new String[tokens.size()];
  }

  /** Tokenises and splits {@code text} (null reads as the empty text). */
  public static TokenStream of(String text) {
    return new TokenStream(text == null ? "" : text);
  }

  /** The text the offsets point into. */
  public String text() {
    return text;
  }

  /**
   * The distinct word forms of the text ({@link WordTable}): a reader cutting words by rules of
   * its own takes their strings, lower-case forms and folds from here, shared with the tokens.
   */
  public WordTable words() {
    return words;
  }

  /** The tokens, in text order. */
  public List<Token> tokens() {
    return tokens;
  }

  /** The sentence spans, in text order ({@link SentenceSplitter#split}). */
  public List<Span> sentences() {
    return sentences;
  }

  /** The folded form of token {@code k} ({@link Folding#fold} of its text). */
  public String fold(int k) {
    String f = tokenFolds[k];
    if (f == null) {
      Token t = tokens.get(k);
      f = words.fold(words.id(t.start(), t.end()));
      tokenFolds[k] = f;
    }
    return f;
  }

  /**
   * {@link Folding#fold} of any word of this text, computed once per distinct word: plain
   * lower-case ASCII, most French words, is its own fold and is not looked up.
   */
  public String fold(String word) {
    if (isLowerAscii(word)) {
      return word;
    }
    return folds.computeIfAbsent(word, Folding::fold);
  }

  /** Letters {@code a-z}, digits and {@code - '} only: {@link Folding#fold} returns them unchanged. */
  private static boolean isLowerAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\'')) {
        return false;
      }
    }
    return true;
  }
}
