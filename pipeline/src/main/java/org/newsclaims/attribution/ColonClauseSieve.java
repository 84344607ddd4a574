package org.newsclaims.attribution;

import java.util.Set;
import org.newsclaims.attribution.NameParser.Kind;
import org.newsclaims.attribution.NameParser.Phrase;

/**
 * Henriette, postière, est moins sévère : «…» / l'Américain a dévoilé ses intentions : «…»: a
 * quote after a colon ending a clause with no speech verb is said by that clause's subject,
 * found before the clause's first auxiliary. Lower confidence than a speech verb.
 */
final class ColonClauseSieve implements Sieve {

  private static final Set<String> AUXILIARIES = SpeechLexicon.get().words("auxiliary");
  private static final Set<String> ETRE = SpeechLexicon.get().words("etre");
  /** How far into the sentence the clause's verb may stand. */
  private static final int REACH = 14;

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    Tokens tk = a.tk;
    int colon = a.openTok(q) - 1;
    int sentFirst = a.sentFirst(q);
    if (!tk.is(colon, ":") || colon <= sentFirst) {
      return null;
    }
    for (int t = sentFirst + 1; t < colon && t <= sentFirst + REACH; t++) {
      if (a.isOpeningMark(t) || a.isClosingMark(t)) {
        return null;
      }
      String w = tk.lower[t];
      if (!AUXILIARIES.contains(w) && !ETRE.contains(w)) {
        continue;
      }
      Phrase s = SubjectBefore.before(tk, t, sentFirst, a.lx);
      if (s == null || !(s.kind() == Kind.NAME || s.kind() == Kind.PRONOUN
          || s.kind() == Kind.ROLE)) {
        return null;
      }
      Speaker sp = a.reader.typing().fromPhrase(s, new SpeechCues.Cue(t, t, SpeechCues.Kind.VERB,
          null, ":"), tk.start[t], 0.7, a.reader);
      return sp.name() == null ? null : sp;
    }
    return null;
  }
}
