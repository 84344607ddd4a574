package org.newsclaims.attribution;

import org.newsclaims.attribution.SpeechCues.Cue;

/**
 * «Nous sommes, a-t-il dit, prêts» / «Il y a des doutes, a déclaré X. Tous le savent»: a cue
 * set off by commas (or a comma and a full stop) inside the quote.
 */
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
      int next = a.reader.nextAfterSpeaker(c, quoteEndTok);
      if (s != null && (c.pronounGender() != null || a.tk.is(next, ",")
          || a.tk.is(next, ".") && a.tk.is(c.first() - 1, ","))) {
        // «A, a déclaré X. B»: an incise may close its sentence too
        return s;
      }
    }
    return null;
  }
}
