package org.newsclaims.attribution;

import java.util.Set;

/** X : «…»: a known person's name right before a colon. */
final class NameColonSieve implements Sieve {

  /** Words before a name that make it a complement ("à X :", "de X :"), not a speaker. */
  private static final Set<String> COMPLEMENT_PREPOSITIONS =
      SpeechLexicon.get().words("complement-preposition");

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    Tokens tk = a.tk;
    int colon = a.openTok(q) - 1;
    int sentFirst = a.sentFirst(q);
    if (!tk.is(colon, ":") || !tk.isCapitalised(colon - 1)) {
      return null;
    }
    int first = NameParser.runBackward(tk, colon - 1, sentFirst, a.lx);
    String name = NameParser.text(tk, first, colon - 1);
    String full = a.persons.fullest(name);
    // "Dati à Guigou :", "la défense de X :": a name after a preposition is not the speaker
    boolean complement = first > sentFirst && tk.isWord(first - 1)
        && COMPLEMENT_PREPOSITIONS.contains(tk.lower[first - 1]);
    if (!a.lx.isNameStopword(tk.word(first)) && (full.contains(" ") || !full.equals(name))
        && !complement && !a.persons.isNotPerson(tk.start[first], tk.end[colon - 1])) {
      return new Speaker(full, full, Speaker.PERSON, ":", Speaker.EXPLICIT, 0.6);
    }
    return null;
  }
}
