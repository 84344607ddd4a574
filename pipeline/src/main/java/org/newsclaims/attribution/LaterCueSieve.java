package org.newsclaims.attribution;

import org.newsclaims.attribution.SpeechCues.Cue;

/**
 * «A» dans …, «B», a détaillé X / 40 morts, a indiqué la police: a cue later in the sentence,
 * set off by a comma or a closing mark, closing it.
 */
final class LaterCueSieve implements Sieve {

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    if (q.unclosed()) {
      return null;
    }
    int closeTok = a.closeTok(q);
    int sentEnd = a.sentEnd(q);
    for (int t = closeTok; t < sentEnd && t < closeTok + LeadingCueSieve.WINDOW; t++) {
      Cue c = a.cues.at(t);
      if (c == null || !(a.tk.is(t - 1, ",") || a.isClosingMark(t - 1))) {
        continue;
      }
      Speaker s = a.reader.inverted(c, q.open(), sentEnd, 0.8);
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
