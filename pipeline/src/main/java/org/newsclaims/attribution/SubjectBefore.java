package org.newsclaims.attribution;

import java.util.Set;

/**
 * Reads the subject phrase that ends just before a speech verb ("le président russe Vladimir
 * Poutine a déclaré", "une habitante de Marseille a reconnu", "ce dernier a assuré"), through
 * the readers of {@link NameParser}: a name, a pronoun or a role, skipping one incise or bracket.
 * All methods look at a bounded number of tokens.
 */
final class SubjectBefore {

  /** Longest incise (in tokens) skipped between a subject and its speech verb. */
  private static final int MAX_INCISE = 16;

  /** Longest bracket skipped after a subject, in tokens: "(lire notre entretien)". */
  private static final int MAX_BRACKET = 6;

  /** Words opening a circumstantial incise: "X, lors d'une visite à Kiev, a déclaré". */
  private static final Set<String> INCISE_OPENERS = SpeechLexicon.get().words("incise-opener");

  private static final Set<String> DEMONSTRATIVES_M =
      SpeechLexicon.get().words("demonstrative-m");

  private static final Set<String> DEMONSTRATIVES_F =
      SpeechLexicon.get().words("demonstrative-f");

  private SubjectBefore() {}

  /**
   * The subject phrase that ends just before token {@code t} (before a speech verb's
   * auxiliary), skipping one incise (", pour sa part,") and taking an apposed name
   * (", Ihor Klymenko,").
   */
  static NameParser.Phrase before(Tokens tk, int t, int floor, SpeechLexicon lx) {
    int b = t - 1;
    for (int round = 0; round < 3 && b >= floor; round++) {
      if (tk.is(b, ")")) {
        // "l'ordre des médecins (lire notre entretien), habituellement …, affirme"
        int o = b - 1;
        while (o >= floor && b - o <= MAX_BRACKET && !tk.is(o, "(")) {
          o--;
        }
        if (o < floor || !tk.is(o, "(")) {
          return null;
        }
        b = o - 1;
        continue;
      }
      if (tk.is(b, "qui")) {
        b--;
        if (tk.is(b, ",")) {
          b--;
        }
        continue;
      }
      if (tk.is(b, ",")) {
        int p = b - 1;
        while (p >= floor && !tk.is(p, ",") && b - p <= MAX_INCISE) {
          p--;
        }
        int segFirst = p + 1;
        int segLast = b - 1;
        if (segLast < segFirst) {
          return null;
        }
        if (tk.isCapitalised(segLast) && !lx.isNameStopword(tk.word(segLast))) {
          int first = NameParser.runBackward(tk, segLast, segFirst, lx);
          String g = NameParser.honorificBefore(tk, first, lx);
          int hon = tk.is(first - 1, ".") ? first - 2 : first - 1;
          boolean whole = first == segFirst || (g != null && hon == segFirst);
          if (whole) {
            return new NameParser.Phrase(NameParser.Kind.NAME, NameParser.text(tk, first, segLast),
                g == null || g.equals("?") ? null : g, first, segLast);
          }
        }
        boolean incise = segLast - segFirst <= 5;
        for (int k = segFirst; k <= segLast && incise; k++) {
          incise = tk.isLowerWord(k);
        }
        // ", lors d'une visite dans la région de Koursk,": a circumstance opened by a
        // preposition may hold names and run longer
        incise |= tk.isLowerWord(segFirst) && INCISE_OPENERS.contains(tk.lower[segFirst]);
        // "Tang Wenfang, professeur de relations internationales à l'Université de
        // Pittsburgh (USA), assure": a lower-case apposition after a name, however long
        boolean apposition = tk.isLowerWord(segFirst) && p - 1 >= floor && tk.is(p, ",")
            && (tk.isCapitalised(p - 1) && !lx.isNameStopword(tk.word(p - 1))
                || tk.is(p - 1, ")"));
        if ((incise || apposition) && p >= floor && tk.is(p, ",")) {
          b = p - 1;
          continue;
        }
        return null;
      }
      break;
    }
    if (b < floor || b < 0) {
      return null;
    }
    String w = tk.lower[b];
    if (tk.isCapitalised(b) && !lx.isNameStopword(tk.word(b))) {
      int first = NameParser.runBackward(tk, b, floor, lx);
      if (first - 1 >= floor && (NameParser.isLinker(tk.lower[first - 1]) || tk.is(first - 1, "à"))
          && NameParser.honorificBefore(tk, first, lx) == null) {
        // "la secrétaire d'Etat à la Famille a estimé": an institution ending a role
        int rs = NameParser.roleStartBackward(tk, b, Math.max(floor, b - NameParser.MAX_ROLE));
        if (rs >= 0 && rs < b) {
          String det = tk.lower[rs];
          return new NameParser.Phrase(NameParser.Kind.ROLE, NameParser.text(tk, rs + 1, b),
              PersonIndex.articleGender(det), rs, b);
        }
        int is = indefiniteStartBackward(tk, first - 2, Math.max(floor, b - NameParser.MAX_ROLE));
        if (is >= 0) {
          // "une habitante de Marseille a reconnu", "un proche de M. Roux a affirmé": the
          // name completes an unnamed speaker's noun; the place or person is not the subject
          return new NameParser.Phrase(NameParser.Kind.ROLE, NameParser.text(tk, is + 1, b), null, is, b);
        }
      }
      String g = NameParser.honorificBefore(tk, first, lx);
      if (g == null) {
        int rs = NameParser.roleStartBackward(tk, first - 1, Math.max(floor, first - 10));
        if (rs >= 0) {
          g = PersonIndex.articleGender(tk.lower[rs]);
        }
      }
      return new NameParser.Phrase(NameParser.Kind.NAME, NameParser.text(tk, first, b), g == null || g.equals("?") ? null : g,
          first, b);
    }
    if (w.equals("il") || w.equals("elle")) {
      return new NameParser.Phrase(NameParser.Kind.PRONOUN, w, w.equals("il") ? "m" : "f", b, b);
    }
    // "ce dernier a assuré", "celle-ci a précisé"
    String two = b > floor ? tk.lower[b - 1] + " " + w : w;
    for (String g : new String[] {"m", "f"}) {
      Set<String> forms = g.equals("m") ? DEMONSTRATIVES_M : DEMONSTRATIVES_F;
      if (forms.contains(w) || forms.contains(two)) {
        int first = forms.contains(w) ? b : b - 1;
        return new NameParser.Phrase(NameParser.Kind.PRONOUN, NameParser.text(tk, first, b), g, first, b);
      }
    }
    if (tk.isWord(b)) {
      int rs = NameParser.roleStartBackward(tk, b, Math.max(floor, b - NameParser.MAX_ROLE));
      if (rs >= 0 && rs < b) {
        String det = tk.lower[rs];
        return new NameParser.Phrase(NameParser.Kind.ROLE, NameParser.text(tk, rs + 1, b),
            PersonIndex.articleGender(det), rs, b);
      }
    }
    return null;
  }

  /**
   * The indefinite article opening the lower-case noun that ends at {@code t} ("une
   * habitante", "un proche du"), walking back over lower-case words no further than {@code
   * floor}, or -1.
   */
  private static int indefiniteStartBackward(Tokens tk, int t, int floor) {
    for (int k = t; k >= floor && k >= 0; k--) {
      if (NameParser.INDEFINITES.contains(tk.lower[k]) && tk.isWord(k)) {
        return k < t ? k : -1; // "Une habitante" opening the sentence too
      }
      if (!tk.isLowerWord(k) || NameParser.ROLE_STOPS.contains(tk.lower[k])) {
        return -1;
      }
    }
    return -1;
  }
}
