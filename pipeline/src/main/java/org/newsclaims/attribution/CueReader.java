package org.newsclaims.attribution;

import org.newsclaims.attribution.NameParser.Kind;
import org.newsclaims.attribution.NameParser.Phrase;
import org.newsclaims.attribution.SpeechCues.Cue;

/**
 * Reads the speaker a speech cue introduces, for the sieves: the subject before the verb, the
 * inverted subject after it, the pronoun the verb carries, the person "Et d'ajouter" goes on
 * with; then makes the phrase a {@link Speaker} through {@link SpeakerTyping}.
 */
final class CueReader {

  private static final java.util.Set<String> INDEFINITES =
      SpeechLexicon.get().words("indefinite");

  private static final java.util.Set<String> RELATIVE_OPENERS =
      SpeechLexicon.get().words("relative-opener");
  private static final java.util.Set<String> SPOKESPERSONS =
      SpeechLexicon.get().words("spokesperson");

  /** How far after the last speaker's quote (in characters) a pronoun still means them. */
  private static final int LAST_SPEAKER_REACH = 300;

  private final ArticleSpeakers a;
  private final Tokens tk;
  private final SpeakerTyping typing;

  CueReader(ArticleSpeakers a) {
    this.a = a;
    this.tk = a.tk;
    this.typing = new SpeakerTyping(a, a.lx);
  }

  SpeakerTyping typing() {
    return typing;
  }

  /** A cue whose speaker follows it (or is carried by the verb: a-t-il). */
  Speaker inverted(Cue c, int quoteOpen, int sentEnd, double confidence) {
    int at = Math.min(quoteOpen, tk.start[c.first()]);
    if (c.kind() == SpeechCues.Kind.INFINITIVE) {
      return infinitive(c, at, confidence * 0.9);
    }
    if (c.pronounGender() != null) {
      return pronoun(c, at, c.pronounGender(), confidence);
    }
    Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, a.lx);
    if (p == null) {
      return null;
    }
    return typing.fromPhrase(p, c, at, confidence, this);
  }

  /** A cue before the target: its subject precedes it, or follows it when inverted. */
  Speaker preceding(Cue c, int sentFirst, int sentEnd) {
    int at = tk.start[c.first()];
    if (c.kind() == SpeechCues.Kind.INFINITIVE) {
      return infinitive(c, at, 0.75);
    }
    if (c.pronounGender() != null) {
      return pronoun(c, at, c.pronounGender(), 0.8);
    }
    if (c.kind() != SpeechCues.Kind.VERB) {
      Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, a.lx);
      if (p != null && c.kind() == SpeechCues.Kind.POUR && p.kind() == Kind.ROLE
          && INDEFINITES.contains(tk.lower[p.first()])) {
        return null; // "Pour un jeune coureur comme X, …": a generic opinion, not a source
      }
      return p == null ? null : typing.fromPhrase(p, c, at, 0.85, this);
    }
    // « A », a écrit X sur Telegram, « B »: the cue follows a quote, so X follows the verb
    boolean afterQuote = tk.is(c.first() - 1, ",") && a.isClosingMark(c.first() - 2)
        || a.isClosingMark(c.first() - 1);
    if (afterQuote) {
      Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, a.lx);
      if (p != null) {
        return typing.fromPhrase(p, c, at, 0.9, this);
      }
    }
    if (c.first() == sentFirst + 1 && RELATIVE_OPENERS.contains(tk.lower[sentFirst])) {
      // "«…», a souligné X. Qui précise que «…»": the relative opening the sentence goes on
      // with the speaker of the sentence before
      Speaker last = a.lastCued;
      if (last != null && last.isConfident() && at - a.lastCuedEnd <= LAST_SPEAKER_REACH
          && a.lastCuedEnd <= at) {
        return new Speaker(last.name(), last.mention(), last.type(), c.phrase(),
            Speaker.PRONOUN, 0.75);
      }
      return null;
    }
    Phrase s = NameParser.before(tk, c.first(), sentFirst, a.lx);
    Speaker voice = s == null ? null : spokespersonAfter(c, sentEnd);
    if (voice != null) {
      return voice;
    }
    if (s != null) {
      return typing.fromPhrase(s, c, at, 0.9, this);
    }
    Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, a.lx);
    if (p != null && p.kind() == Kind.NAME) {
      return typing.fromPhrase(p, c, at, 0.75, this);
    }
    return null;
  }

  /** Tokens after a verb searched for "par la voix de son porte-parole, X". */
  private static final int VOICE_WINDOW = 8;

  /**
   * "Le ministère assure, par la voix de son porte-parole, Paul Roux, que «…»": the
   * spokesperson named in the incise after the verb speaks for the body before it.
   */
  private Speaker spokespersonAfter(Cue c, int sentEnd) {
    if (!tk.is(c.last() + 1, ",")) {
      return null;
    }
    for (int k = c.last() + 2; k < sentEnd && k <= c.last() + VOICE_WINDOW; k++) {
      if (!tk.isWord(k) && !tk.is(k, ",")) {
        return null;
      }
      if (SPOKESPERSONS.contains(tk.lower[k]) && tk.is(k + 1, ",")) {
        Phrase p = NameParser.after(tk, k + 2, sentEnd, a.lx);
        if (p != null && p.kind() == Kind.NAME && tk.is(p.last() + 1, ",")) {
          String full = a.persons.fullest(p.text());
          return new Speaker(full, full, Speaker.PERSON, c.phrase(), Speaker.EXPLICIT, 0.85);
        }
        return null;
      }
    }
    return null;
  }

  /** The token after the inverted subject of an incise cue (to check the closing comma). */
  int nextAfterSpeaker(Cue c, int limit) {
    Phrase p = NameParser.after(tk, c.last() + 1, limit, a.lx);
    return p == null ? -1 : p.last() + 1;
  }

  /**
   * "Et d'ajouter : « … »" goes on with the last quote's speaker, unless a person is named
   * after that quote; with no quote before, the last person named.
   */
  Speaker infinitive(Cue c, int at, double confidence) {
    PersonIndex.Person p = a.persons.lastBefore(at, null);
    Speaker last = a.lastCued;
    if (last != null && a.lastCuedEnd <= at && (p == null || p.start() < a.lastCuedEnd)) {
      return new Speaker(last.name(), last.mention(), last.type(), c.phrase(), Speaker.PRONOUN,
          last.name() == null ? 0.2 : confidence * 0.8);
    }
    return pronoun(c, at, null, confidence);
  }

  /**
   * «Ce dernier a affirmé», «celle-ci a précisé»: the demonstrative stands for the last person
   * named before it, not for the speaker quoted earlier.
   */
  Speaker lastNamed(Cue c, int at, String gender, double confidence) {
    PersonIndex.Person p = a.persons.lastMentionedBefore(at);
    if (p == null) {
      return Speaker.nobody(c == null ? null : c.phrase(), Speaker.PRONOUN, 0.2);
    }
    String full = a.persons.fullest(p.name());
    return new Speaker(full, full, Speaker.PERSON, c == null ? null : c.phrase(), Speaker.PRONOUN, confidence * 0.8);
  }

  Speaker pronoun(Cue c, int at, String gender, double confidence) {
    if (SpeechCues.IMPERSONAL.equals(gender)) {
      return Speaker.nobody(c.phrase(), Speaker.NO_METHOD, 0.0); // "a-t-on précisé"
    }
    Speaker last = a.lastCued;
    if (last != null && Speaker.PERSON.equals(last.type()) && last.isConfident()
        && a.lastCuedEnd <= at && at - a.lastCuedEnd <= LAST_SPEAKER_REACH
        && !a.persons.otherSpeakerBetween(a.lastCuedEnd, at, last.name())
        && (gender == null || a.persons.genderOf(last.name()) == null
            || gender.equals(a.persons.genderOf(last.name())))) {
      // «…», a renchéri X : «…», a-t-il poursuivi: the speaker just quoted goes on
      return new Speaker(last.name(), last.mention(), Speaker.PERSON, c.phrase(), Speaker.PRONOUN,
          confidence * 0.8);
    }
    PersonIndex.Person p = a.persons.lastBefore(at, gender);
    if (p == null) {
      return Speaker.nobody(c.phrase(), Speaker.PRONOUN, 0.2);
    }
    String full = a.persons.fullest(p.name());
    return new Speaker(full, full, Speaker.PERSON, c.phrase(), Speaker.PRONOUN,
        confidence * 0.8);
  }
}
