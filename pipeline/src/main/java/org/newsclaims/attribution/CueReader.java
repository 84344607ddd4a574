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
      Speaker previous = a.previousSpeaker;
      if (previous != null && previous.isConfident() && c.phrase().equals(previous.cue())
          && a.previousQuote != null && a.previousQuote.open() > at) {
        return previous; // "Qui précise que … une «A» permettant de traiter «B»": the same cue
      }
      if (last != null && last.isConfident() && at - a.lastCuedEnd <= LAST_SPEAKER_REACH
          && a.lastCuedEnd <= at) {
        return new Speaker(last.name(), last.mention(), last.type(), c.phrase(),
            Speaker.PRONOUN, 0.75);
      }
      return null;
    }
    Phrase s = SubjectBefore.before(tk, c.first(), sentFirst, a.lx);
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
    Speaker subject = subjectAntecedent(c, at, gender, confidence);
    if (subject != null) {
      return subject;
    }
    PersonIndex.Person p = a.persons.lastBefore(at, gender);
    if (p == null) {
      return Speaker.nobody(c.phrase(), Speaker.PRONOUN, 0.2);
    }
    String full = a.persons.fullest(p.name());
    return new Speaker(full, full, Speaker.PERSON, c.phrase(), Speaker.PRONOUN,
        confidence * 0.8);
  }

  /** The first token of the sentence holding token {@code t} (0 before the text). */
  private int sentenceFirst(int t) {
    int k = Math.max(0, t);
    while (k > 0 && tk.sameLine(tk.end[k - 1], tk.start[k])
        && !(tk.is(k - 1, ".") && !isAbbreviation(k - 2)) && !tk.is(k - 1, "!")
        && !tk.is(k - 1, "?")) {
      k--;
    }
    return k;
  }

  /** "M." of "M. Roux", "J." of "J. Roux": a capital's point ends no sentence. */
  private boolean isAbbreviation(int t) {
    return t >= 0 && tk.isWord(t) && tk.end[t] - tk.start[t] <= 2
        && Character.isUpperCase(tk.text.charAt(tk.start[t]));
  }

  /** Tokens of a fronted adjunct skipped before a clause subject ("Pour sa part, le …"). */
  private static final int MAX_FRONTED = 12;

  /**
   * The antecedent of il/elle when it is the subject of the clause before and that subject is
   * a role or a body, not a name: "Le maire a reçu M. Roux. «…», lui a-t-il dit" is the
   * mayor's, "Le communiqué se termine ainsi, puisqu'il appelle à «…»" the communiqué's
   * (inside the pronoun's own sentence, a body or a text; before it, a person's title only).
   * A title whose holder the article names but the role index cannot bind gives nobody, never
   * the person named nearest. Null when the subject is a name or not a speaker.
   */
  private Speaker subjectAntecedent(Cue c, int at, String gender, double confidence) {
    int limit = tk.firstAtOrAfter(at);
    int first = sentenceFirst(limit);
    boolean sameSentence = limit - first > 2 && !a.isOpeningMark(first);
    if (!sameSentence) {
      limit = first;
      first = sentenceFirst(first - 1);
    }
    if (first >= limit || !tk.isWord(first)) {
      return null;
    }
    if (!PersonIndex.DETERMINERS.contains(tk.lower[first])) {
      int k = first + 1; // "Pour sa part, le dalaï lama a félicité …": skip the adjunct
      while (k < limit && k - first <= MAX_FRONTED && !tk.is(k, ",")) {
        k++;
      }
      if (!tk.is(k, ",") || !PersonIndex.DETERMINERS.contains(tk.lower[k + 1])) {
        return null;
      }
      first = k + 1;
    }
    Phrase p = NameParser.subjectAt(tk, first, limit, a.lx);
    if (p == null || p.kind() != Kind.ROLE || !tk.isLowerWord(p.last() + 1)
        || gender != null && p.gender() != null && !gender.equals(p.gender())) {
      return null;
    }
    String role = PersonIndex.stripDeterminer(
        org.newsclaims.text.Folding.fold(NameParser.text(tk, p.first(), p.last())));
    int head = tk.is(p.first(), "l'") || PersonIndex.DETERMINERS.contains(tk.lower[p.first()])
        ? p.first() + 1 : p.first();
    String type = a.lx.nounType(tk.word(head));
    boolean body = Speaker.ORGANISATION.equals(type) || Speaker.DOCUMENT.equals(type);
    if (!typing.isTitledRole(role) && !(sameSentence && body)) {
      return null;
    }
    Speaker s = typing.fromPhrase(p, c, tk.start[p.first()], confidence, this);
    if (s.name() == null) {
      return Speaker.nobody(c.phrase(), Speaker.PRONOUN, 0.2);
    }
    return new Speaker(s.name(), s.mention(), s.type(), c.phrase(), Speaker.PRONOUN,
        s.confidence() * 0.8);
  }
}
