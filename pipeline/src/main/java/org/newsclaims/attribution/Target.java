package org.newsclaims.attribution;

/**
 * What is being attributed: a quotation (its marks and words) or a claim (its words, with
 * {@code open == start} and {@code close == end}), and the sentence(s) holding it.
 *
 * @param open offset of the opening mark (the claim's start)
 * @param start first character of the words
 * @param end end of the words (exclusive)
 * @param close offset just after the closing mark (the claim's end)
 * @param unclosed true for a quote whose mark never closes
 * @param sentenceStart start offset of the sentence(s) around it
 * @param sentenceEnd end offset of those sentences (exclusive)
 * @param quote true for a quotation, false for a claim
 * @param standalone true for a quotation standing as a statement of its own (not a fragment
 *     of the author's sentence): only those continue a previous speaker or answer a question
 */
public record Target(int open, int start, int end, int close, boolean unclosed,
    int sentenceStart, int sentenceEnd, boolean quote, boolean standalone) {

  /** A quotation between its marks. */
  public static Target quote(int open, int start, int end, int close, boolean unclosed,
      int sentenceStart, int sentenceEnd, boolean standalone) {
    return new Target(open, start, end, close, unclosed, sentenceStart, sentenceEnd, true,
        standalone);
  }

  /** The words of a claim. */
  public static Target claim(int start, int end, int sentenceStart, int sentenceEnd) {
    return new Target(start, start, end, end, false, sentenceStart, sentenceEnd, false, false);
  }
}
