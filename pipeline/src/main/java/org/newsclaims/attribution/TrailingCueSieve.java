package org.newsclaims.attribution;

import org.newsclaims.attribution.SpeechCues.Cue;

/** «…», a déclaré X / «…», estime X / «…», selon X: the cue right after the closing mark. */
final class TrailingCueSieve implements Sieve {

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    if (q.unclosed()) {
      return null;
    }
    int t = a.closeTok(q);
    if (a.tk.is(t, ",")) {
      t++;
    }
    Cue c = t < a.sentEnd(q) ? a.cues.at(t) : null;
    return c == null ? null : a.reader.inverted(c, q.open(), a.sentEnd(q), 0.95);
  }
}
