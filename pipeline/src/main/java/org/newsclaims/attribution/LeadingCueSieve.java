package org.newsclaims.attribution;

import org.newsclaims.attribution.SpeechCues.Cue;

/**
 * X a déclaré : «…» / selon X, «…» / X a affirmé que … N: the nearest cue before the target in
 * its sentence.
 */
final class LeadingCueSieve implements Sieve {

  /** How far (in tokens) a cue may stand from its target inside the sentence. */
  static final int WINDOW = 60;

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    int openTok = a.openTok(q);
    int sentFirst = a.sentFirst(q);
    for (int t = openTok - 1; t >= sentFirst && t >= openTok - WINDOW; t--) {
      Cue c = a.cues.at(t);
      if (c == null || c.last() >= openTok) {
        continue;
      }
      Speaker s = a.reader.preceding(c, sentFirst, a.sentEnd(q));
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
