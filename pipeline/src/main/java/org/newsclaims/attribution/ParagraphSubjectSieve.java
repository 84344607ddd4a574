package org.newsclaims.attribution;

/**
 * A quotation filling its paragraph, with no cue of its own, after a paragraph that reports
 * what one person says or thinks (a speech cue) without quoting them: «Bernard Quilfen, en stage avec son équipe, regrette que le
 * Texan attire l'attention.↵«Pendant ce temps, on ne parle pas des jeunes.»» is Quilfen's.
 * The person is the only one the paragraph before names; a paragraph naming several, or
 * quoting someone, gives nobody. Lower confidence than a cue.
 */
final class ParagraphSubjectSieve implements Sieve {

  private static final double CONFIDENCE = 0.6;
  /** Longest paragraph before (characters) read for its person. */
  private static final int MAX_PARAGRAPH = 600;

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    if (!q.standalone()) {
      return null;
    }
    String text = a.tk.text;
    int lineStart = ArticleSpeakers.lineStart(text, q.open());
    if (lineStart == 0 || !text.substring(lineStart, q.open()).isBlank()) {
      return null;
    }
    for (int t = a.sentFirst(q), n = 0; t < a.sentEnd(q) && n < 4 * LeadingCueSieve.WINDOW; t++, n++) {
      if (a.cues.at(t) != null) {
        return null; // a cue whose speaker the earlier sieves could not read
      }
    }
    int lineEnd = text.indexOf('\n', q.close());
    String after = text.substring(q.close(), lineEnd < 0 ? text.length() : lineEnd).strip();
    if (!after.isEmpty() && !after.equals(".") || q.unclosed()) {
      return null; // "«…», lit-on sur une banderole": the author's words after it attribute it
    }
    int end = ArticleSpeakers.textEndBefore(text, lineStart);
    int start = ArticleSpeakers.lineStart(text, end);
    if (end <= start || end - start > MAX_PARAGRAPH || text.charAt(end - 1) != '.') {
      return null;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '"' || c == '“' || c == '»' || c == '”') {
        return null; // someone is quoted there: the continuation and cue sieves decide
      }
    }
    if (!reportsSpeech(a, start, end)) {
      return null; // "Le colonel X est arrivé ensuite.": nothing said or thought, no speaker
    }
    String who = a.persons.paragraphPerson(start, end);
    return who == null ? null
        : new Speaker(who, who, Speaker.PERSON, null, Speaker.SUBJECT, CONFIDENCE);
  }

  /** True when a speech cue stands in [from, to): "regrette que", "a estimé". */
  private static boolean reportsSpeech(ArticleSpeakers a, int from, int to) {
    for (int t = a.tk.firstAtOrAfter(from); t < a.tk.size && a.tk.startOf(t) < to; t++) {
      if (a.cues.at(t) != null) {
        return true;
      }
    }
    return false;
  }
}
