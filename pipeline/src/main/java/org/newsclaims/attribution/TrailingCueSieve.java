package org.newsclaims.attribution;

import org.newsclaims.attribution.SpeechCues.Cue;

/** «…», a déclaré X / «…», estime X / «…», selon X: the cue right after the closing mark. */
final class TrailingCueSieve implements Sieve {

  private static final java.util.Set<String> OBJECT_CLITICS =
      SpeechLexicon.get().words("object-clitic");

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    if (q.unclosed()) {
      return null;
    }
    int t = a.closeTok(q);
    if (a.tk.is(t, ",")) {
      t++;
    }
    if (t + 1 < a.sentEnd(q) && OBJECT_CLITICS.contains(a.tk.lower[t]) && a.cues.at(t) == null
        && a.cues.at(t + 1) != null) {
      t++; // «…», leur a-t-il dit: the object pronoun before the verb
    }
    Cue c = t < a.sentEnd(q) ? a.cues.at(t) : null;
    return c == null ? null : a.reader.inverted(c, q.open(), a.sentEnd(q), 0.95);
  }
}
