package org.newsclaims.attribution;

import java.util.Set;
import org.newsclaims.attribution.NameParser.Kind;
import org.newsclaims.attribution.NameParser.Phrase;

/**
 * «…», pronostique l'Observatoire / «…», tempête-t-il: right after a closing mark and a comma,
 * French puts only a verb of saying before an inverted subject, so a verb the lexicon does not
 * list is still read as one. The subject must be a name or a role (a pronoun only when the verb
 * carries it); the confidence is below that of a listed verb.
 */
final class InvertedVerbSieve implements Sieve {

  private static final Set<String> AUXILIARIES = SpeechLexicon.get().words("auxiliary");

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    Tokens tk = a.tk;
    if (q.unclosed() || !q.quote()) {
      return null;
    }
    int t = a.closeTok(q);
    if (!tk.is(t, ",")) {
      return null;
    }
    t++;
    int sentEnd = a.sentEnd(q);
    if (t >= sentEnd || !tk.isLowerWord(t) || a.lx.isNameStopword(tk.word(t))
        || !tk.sameLine(q.close(), tk.start[t])) {
      return null;
    }
    String w = tk.lower[t];
    int verbLast = t;
    if (AUXILIARIES.contains(w) && tk.isLowerWord(t + 1) && looksParticiple(tk.lower[t + 1])) {
      verbLast = t + 1;
    } else if ((w.equals("s'") || w.equals("se")) && tk.isLowerWord(t + 1)) {
      verbLast = t + 1;
    } else if (!looksFinite(w)) {
      return null;
    }
    String carried = SpeechCues.invertedPronoun(tk.lower[verbLast]);
    String cue = tk.text.substring(tk.start[t], tk.end[verbLast]);
    SpeechCues.Cue c = new SpeechCues.Cue(t, verbLast, SpeechCues.Kind.VERB, carried, cue);
    if (carried != null) {
      Speaker s = a.reader.pronoun(c, q.open(), carried, 0.75);
      return s.name() == null ? null : s;
    }
    Phrase p = NameParser.after(tk, verbLast + 1, sentEnd, a.lx);
    if (p == null || p.kind() == Kind.PRONOUN) {
      return null;
    }
    Speaker s = a.reader.typing().fromPhrase(p, c, q.open(), 0.75, a.reader);
    return s.name() == null ? null : s;
  }

  /** A third-person present ("pronostique", "résume", "admet") or an inverted form. */
  private static boolean looksFinite(String w) {
    if (w.endsWith("-il") || w.endsWith("-elle")) {
      return true;
    }
    return w.length() >= 4 && (w.endsWith("e") || w.endsWith("t") || w.endsWith("d"));
  }

  private static boolean looksParticiple(String w) {
    return w.length() >= 3 && (w.endsWith("é") || w.endsWith("ée") || w.endsWith("i")
        || w.endsWith("u") || w.endsWith("it") || w.endsWith("is") || w.endsWith("ert"));
  }
}
