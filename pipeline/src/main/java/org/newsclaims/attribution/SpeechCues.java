package org.newsclaims.attribution;

import java.util.Set;

/**
 * The speech cues of one article, found once over its tokens: "a déclaré", "a toutefois
 * détaillé", "a, quant à lui, suggéré", "a-t-il poursuivi", "s'est immédiatement félicité",
 * "ajoute-t-elle", "déclare", "selon", "d'après", and a sentence-initial "pour".
 * Tokens inside quotations are skipped. Linear in the number of tokens.
 */
public final class SpeechCues {

  /**
   * VERB: a conjugated speech verb; SELON: selon / d'après; POUR: sentence-initial pour;
   * INFINITIVE: "et d'ajouter", "avant de préciser", whose subject is the last speaker.
   */
  public enum Kind { VERB, SELON, POUR, INFINITIVE }

  /** {@link Cue#pronounGender()} of an impersonal cue ("a-t-on précisé"): nobody is named. */
  static final String IMPERSONAL = "on";

  /**
   * @param first first token of the cue
   * @param last last token of the cue (the verb, or "selon"/"après"/"pour")
   * @param kind verb or preposition
   * @param pronounGender "m"/"f" when the verb carries its subject pronoun (a-t-il, dit-elle),
   *     {@link #IMPERSONAL} for "on" (a-t-on précisé)
   * @param phrase the cue as written
   */
  public record Cue(int first, int last, Kind kind, String pronounGender, String phrase) {}

  private static final Set<String> AUXILIARIES = SpeechLexicon.get().words("auxiliary");
  /** "fait savoir", "fait comprendre", "fait valoir": said, in so many words or not. */
  private static final Set<String> MAKE_KNOW = SpeechLexicon.get().words("make-know");
  /** Participles of intent before a speech infinitive: "a tenu à souligner", "a voulu rappeler". */
  private static final Set<String> INTENT = SpeechLexicon.get().words("intent-participle");
  private static final Set<String> ETRE = SpeechLexicon.get().words("etre");
  /** What may follow "selon" / "d'après" besides a name: "selon la police", "selon un bilan". */
  private static final Set<String> SOURCE_OPENERS = SpeechLexicon.get().words("source-opener");
  private static final Set<String> NOUN_MARKERS = SpeechLexicon.get().words("noun-marker");

  private final Cue[] byFirstToken;
  private final Cue[] insideQuotes;

  private SpeechCues(Cue[] byFirstToken, Cue[] insideQuotes) {
    this.byFirstToken = byFirstToken;
    this.insideQuotes = insideQuotes;
  }

  /** The cue starting at a token outside quotes, or null. */
  public Cue at(int token) {
    return token >= 0 && token < byFirstToken.length ? byFirstToken[token] : null;
  }

  /** The cue set off by a comma inside a quote that starts at a token, or null. */
  Cue insideAt(int token) {
    return token >= 0 && token < insideQuotes.length ? insideQuotes[token] : null;
  }

  static SpeechCues find(Tokens tk, boolean[] inQuote, SpeechLexicon lx) {
    Cue[] cues = new Cue[tk.size];
    Cue[] inside = new Cue[tk.size];
    for (int t = 0; t < tk.size; t++) {
      if (!tk.isWord(t)) {
        continue;
      }
      Cue c = cueAt(tk, t, lx);
      if (c == null) {
        continue;
      }
      boolean q1 = inQuote[tk.start[t]];
      boolean q2 = inQuote[tk.start[c.last()]];
      if (!q1 && !q2) {
        cues[t] = c;
      } else if (q1 && q2 && tk.is(t - 1, ",")) {
        inside[t] = c; // an incise inside a quote: « Nous sommes, a-t-il dit, prêts »
      }
      t = c.last();
    }
    return new SpeechCues(cues, inside);
  }

  private static Cue cueAt(Tokens tk, int t, SpeechLexicon lx) {
    String w = tk.lower[t];
    if (w.equals("selon")) {
      return prepositionCue(tk, t, t, "selon", lx);
    }
    if (w.equals("d'") && tk.is(t + 1, "après")) {
      return prepositionCue(tk, t, t + 1, "d'après", lx);
    }
    // Et d'ajouter : « … » / avant de préciser que « … » / et de se féliciter
    if ((w.equals("et") || w.equals("avant")) && (tk.is(t + 1, "de") || tk.is(t + 1, "d'"))) {
      int j = t + 2;
      if (tk.is(j, "se") || tk.is(j, "s'")) {
        j++;
      }
      if (j < tk.size && tk.isLowerWord(j) && lx.isInfinitive(tk.lower[j])
          && introducesSpeech(tk, j + 1)) {
        return new Cue(t, j, Kind.INFINITIVE, null,
            tk.text.substring(tk.start[t + 1], tk.end[j]));
      }
      return null;
    }
    // Et le ministre de conclure : « … »: the narrative infinitive, its subject before "de"
    if ((w.equals("de") || w.equals("d'")) && narrativeSubjectBefore(tk, t)) {
      int j = tk.is(t + 1, "se") || tk.is(t + 1, "s'") ? t + 2 : t + 1;
      if (j < tk.size && tk.isLowerWord(j) && lx.isInfinitive(tk.lower[j])
          && introducesSpeech(tk, j + 1)) {
        return new Cue(t, j, Kind.VERB, null, tk.text.substring(tk.start[t], tk.end[j]));
      }
      return null;
    }
    if (w.equals("pour") && sentenceInitial(tk, t)) {
      Cue c = prepositionCue(tk, t, t, "pour", lx);
      return c == null ? null : new Cue(c.first(), c.last(), Kind.POUR, c.pronounGender(),
          c.phrase());
    }
    // a déclaré / a-t-il déclaré / a toutefois détaillé / a, quant à lui, suggéré
    String auxPronoun = invertedPronoun(w);
    String auxBase = auxPronoun == null ? w : stripInversion(w);
    if (AUXILIARIES.contains(auxBase)) {
      int j = skipBetween(tk, t + 1, lx);
      if (j < tk.size && tk.isLowerWord(j) && lx.isParticiple(tk.lower[j], false)) {
        return new Cue(t, j, Kind.VERB, auxPronoun, tk.text.substring(tk.start[t], tk.end[j]));
      }
      // a tenu à souligner / a voulu rappeler: a participle of intent before a speech verb
      if (j + 1 < tk.size && INTENT.contains(tk.lower[j])) {
        int m = tk.is(j + 1, "à") || tk.is(j + 1, "de") || tk.is(j + 1, "d'") ? j + 2 : j + 1;
        if (m < tk.size && tk.isLowerWord(m) && lx.isInfinitive(tk.lower[m])) {
          return new Cue(t, m, Kind.VERB, auxPronoun, tk.text.substring(tk.start[t], tk.end[m]));
        }
      }
      // a fait savoir / avait fait comprendre
      if (j + 1 < tk.size && tk.is(j, "fait") && MAKE_KNOW.contains(tk.lower[j + 1])) {
        return new Cue(t, j + 1, Kind.VERB, auxPronoun,
            tk.text.substring(tk.start[t], tk.end[j + 1]));
      }
      return null;
    }
    // s'est félicité / s'est-il félicité / se félicite
    if (w.equals("s'")) {
      String be = tk.isWord(t + 1) ? tk.lower[t + 1] : "";
      String bePronoun = invertedPronoun(be);
      String beBase = bePronoun == null ? be : stripInversion(be);
      if (ETRE.contains(beBase)) {
        int j = skipBetween(tk, t + 2, lx);
        if (j < tk.size && tk.isLowerWord(j) && lx.isParticiple(tk.lower[j], true)) {
          return new Cue(t, j, Kind.VERB, bePronoun, tk.text.substring(tk.start[t], tk.end[j]));
        }
        return null;
      }
      // s'amuse / s'interroge-t-il
      String base = bePronoun == null ? be : stripInversion(be);
      if (lx.isPresent(base, true)) {
        return new Cue(t, t + 1, Kind.VERB, bePronoun,
            tk.text.substring(tk.start[t], tk.end[t + 1]));
      }
      return null;
    }
    if (w.equals("se") && tk.isWord(t + 1)) {
      String v = tk.lower[t + 1];
      String p = invertedPronoun(v);
      String base = p == null ? v : stripInversion(v);
      if (lx.isPresent(base, true)) {
        return new Cue(t, t + 1, Kind.VERB, p, tk.text.substring(tk.start[t], tk.end[t + 1]));
      }
      return null;
    }
    // le bilan fait état de / la police fait savoir
    if (w.equals("fait") && t + 1 < tk.size && MAKE_KNOW.contains(tk.lower[t + 1])) {
      return new Cue(t, t + 1, Kind.VERB, null, tk.text.substring(tk.start[t], tk.end[t + 1]));
    }
    // déclare / ajoute-t-il / dit-elle (the inversion of w was read above)
    String p = auxPronoun;
    String base = auxBase;
    if (lx.isPresent(base, false) && tk.isLowerWord(t)) { // the look-up rules out most words
      if (p == null && t > 0 && tk.isWord(t - 1) && NOUN_MARKERS.contains(tk.lower[t - 1])) {
        return null; // "la note", "le juge", "un écrit"
      }
      return new Cue(t, t, Kind.VERB, p, tk.word(t));
    }
    return null;
  }

  /**
   * True when the words after an infinitive cue introduce what is said: a colon, "que" or an
   * opening quotation mark, possibly after one short incise ("Et de conclure, optimiste :").
   * "avant de lancer en 2000 le magazine « … »" is not speech.
   */
  private static boolean introducesSpeech(Tokens tk, int k) {
    if (tk.is(k, ",")) {
      int c = k + 1;
      while (c < tk.size && c - k <= 8 && !tk.is(c, ",") && !tk.is(c, ":")) {
        c++;
      }
      k = tk.is(c, ",") ? c + 1 : c;
    }
    if (k >= tk.size) {
      return false;
    }
    String w = tk.lower[k];
    return w.equals(":") || w.equals("que") || w.equals("qu'") || w.equals("«") || w.equals("\"")
        || w.equals("“") || w.equals("„");
  }

  private static Cue prepositionCue(Tokens tk, int first, int last, String phrase,
      SpeechLexicon lx) {
    int n = last + 1;
    if (n >= tk.size || !tk.isWord(n)) {
      return null;
    }
    String nw = tk.lower[n];
    if (nw.equals("lui") || nw.equals("elle")) {
      return new Cue(first, last, Kind.SELON, nw.equals("lui") ? "m" : "f", phrase);
    }
    if (tk.isCapitalised(n) || SOURCE_OPENERS.contains(nw)
        || lx.honorificGender(tk.word(n)) != null) {
      return new Cue(first, last, Kind.SELON, null, phrase);
    }
    return null;
  }

  /** Skips adverbs and one comma-delimited incise between an auxiliary and its participle. */
  private static int skipBetween(Tokens tk, int j, SpeechLexicon lx) {
    int budget = 8;
    while (j < tk.size && budget-- > 0) {
      if (tk.is(j, ",")) {
        int k = j + 1;
        while (k < tk.size && k - j <= 6 && tk.isLowerWord(k)) {
          k++;
        }
        if (tk.is(k, ",") && k > j + 1) {
          j = k + 1;
          continue;
        }
        return j;
      }
      if (tk.isLowerWord(j) && lx.isAdverb(tk.lower[j]) && !lx.isParticiple(tk.lower[j], false)) {
        j++;
        continue;
      }
      return j;
    }
    return j;
  }

  /**
   * "m"/"f" for a verb written with its subject pronoun ("a-t-il", "dit-elle"),
   * {@link #IMPERSONAL} for "a-t-on", else null.
   */
  static String invertedPronoun(String w) {
    if (w.endsWith("-il")) {
      return "m";
    }
    if (w.endsWith("-elle")) {
      return "f";
    }
    if (w.endsWith("-on") && w.length() > 3) {
      return IMPERSONAL;
    }
    return null;
  }

  private static String stripInversion(String w) {
    String s = w;
    if (s.endsWith("-il")) {
      s = s.substring(0, s.length() - 3);
    } else if (s.endsWith("-elle")) {
      s = s.substring(0, s.length() - 5);
    } else if (s.endsWith("-on")) {
      s = s.substring(0, s.length() - 3);
    }
    if (s.endsWith("-t")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /** Longest subject between "Et" and the "de" of a narrative infinitive, in tokens. */
  private static final int NARRATIVE_SUBJECT = 7;

  /** True when a sentence-initial "Et" opens a short subject ending right before {@code t}. */
  private static boolean narrativeSubjectBefore(Tokens tk, int t) {
    for (int k = t - 2; k >= 0 && t - k <= NARRATIVE_SUBJECT + 1; k--) {
      if (!tk.isWord(k + 1)) {
        return false;
      }
      if (tk.is(k, "et") && sentenceInitial(tk, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceInitial(Tokens tk, int t) {
    if (t == 0) {
      return true;
    }
    int p = t - 1;
    if (!tk.sameLine(tk.end[p], tk.start[t])) {
      return true;
    }
    String pw = tk.lower[p];
    return pw.equals(".") || pw.equals("!") || pw.equals("?") || pw.equals(":");
  }
}
