package org.newsclaims.attribution;

import java.util.Set;
import org.newsclaims.text.WordClasses;

/**
 * Reads the noun phrase that names a speaker, before or after a speech verb: a person's name
 * (with an honorific stripped), a pronoun, or a role ("le président ukrainien"), possibly
 * followed by the holder's name ("le président russe Vladimir Poutine"). All methods look at a
 * bounded number of tokens.
 */
final class NameParser {


  /** What names the speaker. */
  enum Kind { NAME, PRONOUN, ROLE }

  /**
   * @param kind name, pronoun or role
   * @param text the name without honorific, the pronoun, or the role without its determiner
   * @param gender "m", "f" or null
   * @param first first token
   * @param last last token
   */
  record Phrase(Kind kind, String text, String gender, int first, int last) {}

  private static final Set<String> PARTICLES = WordClasses.of("name-particle");
  private static final Set<String> INNER_PREPOSITIONS = SpeechLexicon.get().words("inner-preposition");
  static final Set<String> ROLE_STOPS = SpeechLexicon.get().words("role-stop");
  static final Set<String> INDEFINITES = SpeechLexicon.get().words("indefinite");
  private static final Set<String> ADJUNCT_PREPOSITIONS = SpeechLexicon.get().words("adjunct-preposition");
  /** "ce responsable", "du ministère", "sa porte-parole": opens a name or a role. */
  static final Set<String> PHRASE_DETERMINERS = SpeechLexicon.get().words("phrase-determiner");
  private static final int MAX_NAME = 5;
  static final int MAX_ROLE = 9;

  private NameParser() {}

  /** Last token of the name that starts at {@code t} (capitalised words and inner particles). */
  static int runForward(Tokens tk, int t, SpeechLexicon lx) {
    return runForward(tk, t, lx, false);
  }

  /** As {@link #runForward}, with a regnal number ending a speaker's name ("Benoît XVI"). */
  private static int nameForward(Tokens tk, int t, SpeechLexicon lx) {
    return runForward(tk, t, lx, true);
  }

  private static int runForward(Tokens tk, int t, SpeechLexicon lx, boolean regnal) {
    int last = t;
    int words = 1;
    int k = t + 1;
    while (k < tk.size && words < MAX_NAME) {
      if ((tk.isCapitalised(k) && !lx.isNameStopword(tk.word(k)) || regnal && isRegnalNumber(tk, k))
          && adjacent(tk, k - 1, k)) {
        last = k;
        words++;
        k++;
      } else if (PARTICLES.contains(tk.lower[k]) && tk.isLowerWord(k)
          && tk.isCapitalised(k + 1) && !lx.isNameStopword(tk.word(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return last;
  }

  /** "XVI" of "Benoît XVI", "II" of "Jean-Paul II": a Roman numeral written in capitals. */
  static boolean isRegnalNumber(Tokens tk, int t) {
    if (!tk.isWord(t) || tk.end[t] - tk.start[t] > 6) {
      return false;
    }
    for (int i = tk.start[t]; i < tk.end[t]; i++) {
      if ("IVXL".indexOf(tk.text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** First token of the name that ends at {@code t}. */
  static int runBackward(Tokens tk, int t, int floor, SpeechLexicon lx) {
    int first = t;
    int words = 1;
    int k = t - 1;
    while (k >= floor && words < MAX_NAME) {
      if (tk.isCapitalised(k) && !lx.isNameStopword(tk.word(k))
          && lx.honorificGender(tk.word(k)) == null) {
        first = k;
        words++;
        k--;
      } else if (PARTICLES.contains(tk.lower[k]) && tk.isLowerWord(k) && k - 1 >= floor
          && tk.isCapitalised(k - 1) && !lx.isNameStopword(tk.word(k - 1))
          && lx.honorificGender(tk.word(k - 1)) == null) {
        k--;
      } else {
        break;
      }
    }
    return first;
  }

  private static boolean adjacent(Tokens tk, int a, int b) {
    // a name does not run over a line break
    return tk.sameLine(tk.end[a], tk.start[b]);
  }

  /** The gender of an honorific right before token {@code t} ("M." or "Mme"), or null. */
  static String honorificBefore(Tokens tk, int t, SpeechLexicon lx) {
    int h = t - 1;
    if (tk.is(h, ".")) {
      h--;
    }
    if (h < 0 || !tk.isWord(h)) {
      return null;
    }
    return lx.honorificGender(tk.word(h));
  }

  static String text(Tokens tk, int first, int last) {
    StringBuilder b = new StringBuilder();
    for (int k = first; k <= last; k++) {
      if (b.length() > 0 && !b.toString().endsWith("'")) {
        b.append(' ');
      }
      b.append(tk.word(k));
    }
    return b.toString();
  }

  /**
   * Walking back from {@code t} over lower-case role words, the token of the determiner that
   * opens the role ("le" of "le chef d'état-major de l'armée russe"), or -1.
   */
  static int roleStartBackward(Tokens tk, int t, int floor) {
    for (int k = t; k >= floor && k >= 0; k--) {
      if (!tk.isWord(k)) {
        return -1;
      }
      String w = tk.lower[k];
      if ((w.equals("au") || w.equals("aux")) && k < t) {
        return k; // "au chef d'état-major X": the role of an addressee
      }
      if (PersonIndex.DETERMINERS.contains(w) && k < t) {
        boolean insidePp = k - 1 >= 0 && INNER_PREPOSITIONS.contains(tk.lower[k - 1]);
        if (!insidePp) {
          return k;
        }
      }
      if (tk.isCapitalised(k) && !(k - 1 >= 0 && isLinker(tk.lower[k - 1]))
          && !PersonIndex.DETERMINERS.contains(w)) {
        return -1;
      }
      if (ROLE_STOPS.contains(w) && !INNER_PREPOSITIONS.contains(w)) {
        return -1;
      }
      if (k < t && AUXILIARIES.contains(w) && isParticipleForm(tk.lower[k + 1])) {
        return -1; // "le dalaï lama a félicité M. Roux": a clause, not the role of the name
      }
      if (k == t && k > 0 && (SpeechLexicon.get().isPresent(w, false)
          || SpeechLexicon.get().isPresent(w, true))
          && !PersonIndex.DETERMINERS.contains(tk.lower[k - 1])
          && !ROLE_MODIFIERS.contains(tk.lower[k - 1])) {
        return -1; // "Le dalaï lama félicite Sarkozy": the verb of a heading, not "le juge X"
      }
    }
    return -1;
  }

  private static final Set<String> AUXILIARIES = SpeechLexicon.get().words("auxiliary");
  private static final Set<String> ROLE_MODIFIERS = SpeechLexicon.get().words("role-modifier");

  /** A past participle's ending ("félicité", "reçu", "dit", "promis"). */
  private static boolean isParticipleForm(String lower) {
    return lower.endsWith("é") || lower.endsWith("ée") || lower.endsWith("és")
        || lower.endsWith("ées") || lower.endsWith("u") || lower.endsWith("it")
        || lower.endsWith("is");
  }

  /** A present participle after the head noun: "considérant", "rappelant". */
  private static boolean isGerund(Tokens tk, int t) {
    return tk.isLowerWord(t) && tk.lower[t].length() > 6 && tk.lower[t].endsWith("ant");
  }

  static boolean isLinker(String lower) {
    return lower.equals("de") || lower.equals("du") || lower.equals("d'") || lower.equals("l'")
        || lower.equals("des") || lower.equals("la");
  }

  /**
   * The subject phrase opening a clause at {@code t}: a name (with its honorific or role), a
   * role, or il/elle; null for anything else.
   */
  static Phrase subjectAt(Tokens tk, int t, int limit, SpeechLexicon lx) {
    if (tk.is(t, "il") || tk.is(t, "elle")) {
      return new Phrase(Kind.PRONOUN, tk.lower[t], tk.is(t, "il") ? "m" : "f", t, t);
    }
    if (!(tk.isCapitalised(t) || PersonIndex.DETERMINERS.contains(tk.lower[t])
        || lx.honorificGender(tk.word(t)) != null)) {
      return null;
    }
    return after(tk, t, limit, lx);
  }

  /** The speaker phrase that starts at or just after token {@code t} (after a speech verb). */
  static Phrase after(Tokens tk, int t, int limit, SpeechLexicon lx) {
    int k = skipAdjuncts(tk, t, limit, lx);
    if (k >= limit) {
      return null;
    }
    String w = tk.lower[k];
    if (w.equals("lui") || w.equals("elle")) {
      return new Phrase(Kind.PRONOUN, w, w.equals("lui") ? "m" : "f", k, k);
    }
    if ((w.equals("celui") || w.equals("celle")) && tk.is(k + 1, "qui")) {
      // "«…», explique celui qui fut son entraîneur": the speaker a pronoun would name
      boolean m = w.equals("celui");
      return new Phrase(Kind.PRONOUN, m ? "il" : "elle", m ? "m" : "f", k, k);
    }
    if (w.equals("eux") || w.equals("elles")) {
      return null;
    }
    if (tk.isWord(k) && lx.honorificGender(tk.word(k)) != null) {
      String g = lx.honorificGender(tk.word(k));
      int n = tk.is(k + 1, ".") ? k + 2 : k + 1;
      if (n + 1 < limit && PARTICLES.contains(tk.lower[n]) && tk.isCapitalised(n + 1)) {
        int last = Math.min(nameForward(tk, n + 1, lx), limit - 1); // "M. de Castries"
        return new Phrase(Kind.NAME, text(tk, n, last), g.equals("?") ? null : g, k, last);
      }
      if (n < limit && tk.isCapitalised(n)) {
        int last = Math.min(nameForward(tk, n, lx), limit - 1);
        return new Phrase(Kind.NAME, text(tk, n, last), g.equals("?") ? null : g, k, last);
      }
      return null;
    }
    if (tk.isCapitalised(k) && !lx.isNameStopword(tk.word(k))) {
      int last = Math.min(nameForward(tk, k, lx), limit - 1);
      return new Phrase(Kind.NAME, text(tk, k, last), null, k, last);
    }
    if (INDEFINITES.contains(w)) {
      // "un proche", "une porte-parole d'Océor": someone the article does not name
      int last = k;
      int r = k + 1;
      while (r < limit && r - k <= MAX_ROLE && tk.isWord(r) && !tk.isCapitalised(r)
          && !ROLE_STOPS.contains(tk.lower[r]) || (r < limit && tk.isCapitalised(r)
          && isLinker(tk.lower[r - 1]) && r - k <= MAX_ROLE)) {
        last = r;
        r++;
      }
      while (last > k && (isLinker(tk.lower[last]) || INNER_PREPOSITIONS.contains(tk.lower[last]))) {
        last--;
      }
      return last == k ? null : new Phrase(Kind.ROLE, text(tk, k, last), null, k, last);
    }
    if (PHRASE_DETERMINERS.contains(w)) {
      String g = w.equals("la") || w.equals("cette") ? "f"
          : w.equals("le") || w.equals("ce") || w.equals("cet") || w.equals("du") ? "m" : null;
      int r = k + 1;
      if (r < limit && tk.isCapitalised(r) && !lx.isNameStopword(tk.word(r))) {
        int last = Math.min(nameForward(tk, r, lx), limit - 1);
        return new Phrase(Kind.NAME, text(tk, r, last), null, k, last);
      }
      int last = k;
      int count = 0;
      while (r < limit && count < MAX_ROLE && tk.isWord(r)) {
        String rw = tk.lower[r];
        boolean linkerBefore = isLinker(tk.lower[r - 1]);
        if (tk.isCapitalised(r) && !linkerBefore) {
          break; // the holder's name follows the role
        }
        if (ROLE_STOPS.contains(rw)
            || (r > k + 1 && lx.isPostAdverb(rw) && !INNER_PREPOSITIONS.contains(rw))) {
          break; // the word right after the article is a noun: "le gouvernement"
        }
        if (isAcronym(tk, r)) {
          last = r; // "le décompte de la CGT": the acronym names the body and ends the phrase
          break;
        }
        if (r > k + 1 && isGerund(tk, r) || rw.equals("en") && isGerund(tk, r + 1)) {
          break; // "l'inspection considérant que", "l'Élysée en rappelant"
        }
        last = r;
        r++;
        count++;
      }
      // a role does not end on a preposition or an article
      while (last > k && (isLinker(tk.lower[last]) || INNER_PREPOSITIONS.contains(tk.lower[last]))) {
        last--;
      }
      if (last == k) {
        return null;
      }
      if (r < limit && tk.isCapitalised(r) && last == r - 1
          && !lx.isNameStopword(tk.word(r))) {
        int nameLast = Math.min(nameForward(tk, r, lx), limit - 1);
        return new Phrase(Kind.NAME, text(tk, r, nameLast), g, k, nameLast);
      }
      if (tk.is(last + 1, "comme") && last + 2 < limit && tk.isCapitalised(last + 2)
          && !lx.isNameStopword(tk.word(last + 2))) {
        // "des analystes comme Tang Wenfang": the one named
        int nameLast = Math.min(nameForward(tk, last + 2, lx), limit - 1);
        return new Phrase(Kind.NAME, text(tk, last + 2, nameLast), g, k, nameLast);
      }
      if (tk.is(last + 1, ",") && last + 2 < limit && tk.isCapitalised(last + 2)
          && !lx.isNameStopword(tk.word(last + 2))) {
        // "le porte-parole du parti, Yves Martin": the holder named in apposition
        int nameLast = Math.min(nameForward(tk, last + 2, lx), limit - 1);
        int next = nameLast + 1;
        boolean body = lx.nounType(tk.word(k + 1)) != null; // "selon la banque, X «…»"
        if (!body && (next >= limit || tk.is(next, ",") || tk.is(next, ".")
            || !tk.isWord(next) && !isOpeningMark(tk, next))) {
          return new Phrase(Kind.NAME, text(tk, last + 2, nameLast), g, k, nameLast);
        }
      }
      return new Phrase(Kind.ROLE, text(tk, k + 1, last), g, k, last);
    }
    return null;
  }

  /**
   * Skips what may stand between a speech verb and its inverted subject: adverbs and time
   * words ("mercredi"), "de son côté", "lors d'un point de presse,", "à l'AFP".
   */
  private static int skipAdjuncts(Tokens tk, int t, int limit, SpeechLexicon lx) {
    int k = t;
    for (int round = 0; round < 4 && k < limit; round++) {
      String w = tk.lower[k];
      if (tk.isLowerWord(k) && lx.isPostAdverb(w)) {
        k++;
      } else if (w.endsWith("'") && k + 1 < limit && tk.isLowerWord(k + 1)
          && lx.isPostAdverb(w + tk.lower[k + 1])) {
        k += 2; // "d'ailleurs": an adverb written with an elided preposition
      } else if ((w.equals("de") && (tk.is(k + 1, "son") || tk.is(k + 1, "sa"))
          && tk.is(k + 2, "côté"))
          || (w.equals("pour") && tk.is(k + 1, "sa") && tk.is(k + 2, "part"))
          || (w.equals("quant") && tk.is(k + 1, "à")
              && (tk.is(k + 2, "lui") || tk.is(k + 2, "elle")))) {
        k += 3;
      } else if (w.equals("lors")) {
        int c = k + 1;
        while (c < limit && c - k <= 8 && !tk.is(c, ",")) {
          c++;
        }
        if (!tk.is(c, ",")) {
          // "a remarqué lors de son audition la ministre": the complement without a comma
          int after = complementEnd(tk, k + 1, limit, lx);
          if (after < 0) {
            return k;
          }
          k = after;
          continue;
        }
        k = c + 1;
      } else if (ADJUNCT_PREPOSITIONS.contains(w)) {
        // "à l'AFP", "sur France Inter", "sur le même ton rassurant", "dans un entretien au
        // Monde": a short complement, then the subject
        int after = complementEnd(tk, k + 1, limit, lx);
        if (after < 0) {
          return k;
        }
        k = after;
      } else {
        return k;
      }
    }
    return k;
  }

  /** Longest complement (in tokens) skipped between a speech verb and its inverted subject. */
  private static final int MAX_COMPLEMENT = 7;
  private static final Set<String> SUBJECT_OPENERS = SpeechLexicon.get().words("subject-opener");
  private static final Set<String> OPEN_ENDINGS = SpeechLexicon.get().words("article");

  /**
   * The first token of the subject after a complement starting at {@code x}, or -1: the
   * shortest run of words that is followed by a subject opener (an honorific, a capitalised
   * name, an article) without splitting a name and without ending on an article or "au".
   */
  private static int complementEnd(Tokens tk, int x, int limit, SpeechLexicon lx) {
    for (int n = x + 1; n < limit && n - x <= MAX_COMPLEMENT; n++) {
      int last = n - 1;
      if (!tk.isWord(last) && !tk.is(last, "'")) {
        return -1;
      }
      if (!tk.isWord(n)) {
        return -1;
      }
      boolean splitsName = tk.isCapitalised(last) && tk.isCapitalised(n);
      boolean endsOpen = OPEN_ENDINGS.contains(tk.lower[last]) || tk.is(last, "à")
          || INNER_PREPOSITIONS.contains(tk.lower[last]) || SUBJECT_OPENERS.contains(tk.lower[last]);
      boolean opener = tk.isCapitalised(n) && !lx.isNameStopword(tk.word(n))
          || lx.honorificGender(tk.word(n)) != null || SUBJECT_OPENERS.contains(tk.lower[n]);
      if (opener && !splitsName && !endsOpen) {
        return n;
      }
    }
    return -1;
  }

  private static boolean isOpeningMark(Tokens tk, int t) {
    char c = tk.text.charAt(tk.start[t]);
    return c == '«' || c == '"' || c == '“' || c == '„';
  }

  private static boolean isAcronym(Tokens tk, int t) {
    for (int i = tk.start[t]; i < tk.end[t]; i++) {
      if (Character.isLowerCase(tk.text.charAt(i))) {
        return false;
      }
    }
    return tk.end[t] - tk.start[t] >= 2;
  }

}
