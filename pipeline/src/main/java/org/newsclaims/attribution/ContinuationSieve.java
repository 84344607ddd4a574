package org.newsclaims.attribution;

/**
 * A quotation standing alone (opening its sentence or paragraph) with no cue of its own,
 * right after a quote whose speaker is known, continues that speaker: French news splits a long
 * statement over several paragraphs and names the speaker once. Not when another person or
 * body is named in between, nor far from the previous quote.
 */
final class ContinuationSieve implements Sieve {

  /** Most characters of the author's text between the two quotes. */
  private static final int MAX_GAP = 400;

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    Target prev = a.previousQuote;
    Speaker ps = a.previousSpeaker;
    if (!q.standalone() || prev == null || ps == null || !ps.isConfident()
        || q.open() - prev.close() > MAX_GAP || q.open() < prev.close()) {
      return null;
    }
    if (!opensItsSentence(a, q)) {
      return null;
    }
    // a cue in the sentence whose speaker the earlier sieves could not read: not a continuation
    for (int t = a.sentFirst(q), n = 0; t < a.sentEnd(q) && n < 4 * LeadingCueSieve.WINDOW; t++, n++) {
      if (a.cues.at(t) != null) {
        return null;
      }
    }
    String text = a.tk.text;
    // another speaker named between the two quotes, outside quotes, stops the continuation
    if (a.persons.otherSpeakerBetween(prev.close(), q.open(), ps.name())) {
      return null;
    }
    int paragraphs = 0;
    for (int i = prev.close(); i < q.open(); i++) {
      if (text.charAt(i) == '\n') {
        paragraphs++;
      }
    }
    double c = ps.confidence() * (paragraphs <= 1 ? 0.85 : 0.75);
    return new Speaker(ps.name(), ps.mention(), ps.type(), null, Speaker.CONTINUATION, c);
  }

  /** Only blanks, a dash or the end of the previous sentence before the opening mark. */
  private static boolean opensItsSentence(ArticleSpeakers a, Target q) {
    String text = a.tk.text;
    int p = q.open() - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0')) {
      p--;
    }
    if (p < 0) {
      return true;
    }
    char c = text.charAt(p);
    return c == '\n' || c == '.' || c == '!' || c == '?' || c == '—' || c == '–'
        || q.open() <= q.sentenceStart();
  }
}
