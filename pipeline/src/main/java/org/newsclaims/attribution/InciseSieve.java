package org.newsclaims.attribution;

import org.newsclaims.attribution.SpeechCues.Cue;

/** «Nous sommes, a-t-il dit, prêts»: a cue set off by commas inside the quote. */
final class InciseSieve implements Sieve {

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    int openTok = a.openTok(q);
    int quoteEndTok = a.tk.firstAtOrAfter(q.end());
    for (int t = openTok + 1; t < quoteEndTok && t < openTok + 2 * LeadingCueSieve.WINDOW; t++) {
      Cue c = a.cues.insideAt(t);
      if (c == null) {
        continue;
      }
      Speaker s = a.reader.inverted(c, q.open(), quoteEndTok, 0.85);
      if (s != null && (c.pronounGender() != null
          || a.tk.is(a.reader.nextAfterSpeaker(c, quoteEndTok), ","))) {
        return s;
      }
    }
    return null;
  }
}
