package org.newsclaims.attribution;

import org.newsclaims.attribution.SpeechCues.Cue;

/**
 * "X a ajouté↵↵«…»", "X a déclaré :↵«…»": when the quote's sentence opens its paragraph and
 * the paragraph before ends without a full stop on a speech cue, that cue's speaker.
 */
final class ParagraphCueSieve implements Sieve {

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    Tokens tk = a.tk;
    String text = tk.text;
    int sentenceStart = q.sentenceStart();
    int lineStart = ArticleSpeakers.lineStart(text, q.open());
    if (lineStart == 0 || !text.substring(lineStart, Math.max(lineStart, Math.min(
        sentenceStart, q.open()))).isBlank()) {
      return null;
    }
    int p = ArticleSpeakers.textEndBefore(text, lineStart) - 1;
    if (p < 0 || !(Character.isLetter(text.charAt(p)) || text.charAt(p) == ':')) {
      return null;
    }
    int lastTok = tk.firstAtOrAfter(p + 1) - 1;
    if (lastTok < 0) {
      return null;
    }
    int cueLast = tk.is(lastTok, ":") ? lastTok - 1 : lastTok;
    int lineFirst = lastTok;
    while (lineFirst > 0 && tk.sameLine(tk.end[lineFirst - 1], tk.start[lineFirst])
        && !tk.is(lineFirst - 1, ".") && !tk.is(lineFirst - 1, "!") && !tk.is(lineFirst - 1, "?")) {
      lineFirst--;
    }
    for (int t = cueLast; t >= lineFirst && t >= cueLast - 8; t--) {
      Cue c = a.cues.at(t);
      if (c != null && c.last() == cueLast) {
        Speaker s = a.reader.preceding(c, lineFirst, cueLast + 1);
        return s == null ? null : s.withConfidence(s.confidence() * 0.9);
      }
    }
    return null;
  }
}
