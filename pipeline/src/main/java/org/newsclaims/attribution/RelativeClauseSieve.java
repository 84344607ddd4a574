package org.newsclaims.attribution;

/**
 * A quoted fragment in a relative clause is the words of the person the clause describes:
 * «Christian Noyer --qui avait exprimé plus tôt sa «confiance totale»-- a quitté la salle»,
 * «le juge, qui a dénoncé «un dossier vide», …». The antecedent must be a person's name right
 * before "qui" (a comma or a dash between them allowed), and no other quote or clause break
 * may stand between "qui" and the quote.
 */
final class RelativeClauseSieve implements Sieve {

  /** Longest stretch (tokens) between "qui" and the opening mark. */
  private static final int MAX_CLAUSE = 12;
  private static final double CONFIDENCE = 0.7;

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    if (q.standalone() || !q.quote()) {
      return null;
    }
    Tokens tk = a.tk;
    int openTok = a.openTok(q);
    int floor = Math.max(a.sentFirst(q), openTok - MAX_CLAUSE);
    for (int k = openTok - 1; k > floor; k--) {
      if (!tk.isWord(k) || a.isClosingMark(k)) {
        return null; // a comma, a dash or another quote ends the clause first
      }
      if (tk.is(k, "qui")) {
        int ante = k - 1;
        while (ante > floor && (tk.is(ante, ",") || tk.is(ante, "-") || tk.is(ante, "--")
            || tk.is(ante, "—") || tk.is(ante, "–"))) {
          ante--;
        }
        String who = ante >= 0 && tk.isWord(ante) ? a.persons.endingAt(tk.end[ante]) : null;
        return who == null ? null
            : new Speaker(who, who, Speaker.PERSON, null, Speaker.SUBJECT, CONFIDENCE);
      }
    }
    return null;
  }
}
