package org.newsclaims.quotes;

import org.newsclaims.quotes.NameParser.Kind;
import org.newsclaims.quotes.NameParser.Phrase;
import org.newsclaims.quotes.SpeechCues.Cue;

/**
 * Finds who said one quotation of an article: the speech cue right after it
 * (« … », a déclaré X / a-t-il poursuivi), else the nearest cue before it in its sentence
 * (X a déclaré que « … », selon X, « … »), else a cue later in the sentence
 * (« A » …, « B », a détaillé X), else a known person's name before a colon (X : « … »),
 * else a cue ending the paragraph before (X a ajouté↵« … »). "Et d'ajouter" takes the last
 * person named; "a-t-on précisé" and a subject the entity mentions call a place or an
 * organisation give no speaker.
 * Names are resolved to their fullest form, pronouns to the last compatible person named
 * before, roles to the person the article names in that role. Never guesses: no cue, no
 * speaker.
 */
final class SpeakerAttributor {

  /** Where a speaker came from; {@code speaker} null when nobody is named. */
  record Attribution(String speaker, String speakerMention, String cue, String method,
      double confidence) {
    static final Attribution NONE = new Attribution(null, null, null, "none", 0.0);
  }

  static final String EXPLICIT = "explicit";
  static final String PRONOUN = "pronoun";
  static final String ROLE = "role";

  /** Words before a name that make it a complement ("à X :", "de X :"), not a speaker. */
  private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = java.util.Set.of(
      "à", "au", "aux", "de", "d'", "du", "des", "contre", "pour", "avec", "sur", "envers",
      "vers", "chez", "sans");

  /** How far (in tokens) a cue may stand from its quote inside the sentence. */
  private static final int WINDOW = 60;

  private final Tokens tk;
  private final SpeechCues cues;
  private final PersonIndex persons;
  private final QuoteLexicon lx;
  /** The last attribution that came from a cue, and the end of its quote (quotes in order). */
  private Attribution lastCued;
  private int lastCuedEnd = -1;

  SpeakerAttributor(Tokens tk, SpeechCues cues, PersonIndex persons, QuoteLexicon lx) {
    this.tk = tk;
    this.cues = cues;
    this.persons = persons;
    this.lx = lx;
  }

  /**
   * @param q the quote's marks
   * @param sentenceStart start offset of the sentence(s) holding the quote
   * @param sentenceEnd end offset of those sentences
   */
  Attribution attribute(QuoteMarkScanner.Span q, int sentenceStart, int sentenceEnd) {
    Attribution a = attributeOnce(q, sentenceStart, sentenceEnd);
    if (a.cue() != null) {
      lastCued = a;
      lastCuedEnd = q.close();
    }
    return a;
  }

  private Attribution attributeOnce(QuoteMarkScanner.Span q, int sentenceStart,
      int sentenceEnd) {
    int openTok = tk.firstAtOrAfter(q.open());
    int closeTok = tk.firstAtOrAfter(q.close());
    int sentFirst = tk.firstAtOrAfter(sentenceStart);
    int sentEnd = tk.firstAtOrAfter(sentenceEnd); // exclusive
    // 1. a cue right after the closing mark: « … », a déclaré X
    if (!q.unclosed()) {
      int t = closeTok;
      if (tk.is(t, ",")) {
        t++;
      }
      Cue c = t < sentEnd ? cues.at(t) : null;
      if (c != null) {
        Attribution a = inverted(c, q.open(), sentEnd, 0.95);
        if (a != null) {
          return a;
        }
      }
    }
    // 2. the nearest cue before the quote in its sentence: X a déclaré : « … »
    for (int t = openTok - 1; t >= sentFirst && t >= openTok - WINDOW; t--) {
      Cue c = cues.at(t);
      if (c == null || c.last() >= openTok) {
        continue;
      }
      Attribution a = preceding(c, q.open(), sentFirst, sentEnd);
      if (a != null) {
        return a;
      }
    }
    // 3. a cue later in the sentence, closing it: « A » dans …, « B », a détaillé X.
    if (!q.unclosed()) {
      for (int t = closeTok; t < sentEnd && t < closeTok + WINDOW; t++) {
        Cue c = cues.at(t);
        if (c == null || !(tk.is(t - 1, ",") || isClosingMark(t - 1))) {
          continue;
        }
        Attribution a = inverted(c, q.open(), sentEnd, 0.8);
        if (a != null) {
          return a;
        }
      }
    }
    // 4. an incise inside the quote: « Nous sommes, a-t-il dit, prêts »
    int quoteEndTok = tk.firstAtOrAfter(q.end());
    for (int t = openTok + 1; t < quoteEndTok && t < openTok + 2 * WINDOW; t++) {
      Cue c = cues.insideAt(t);
      if (c == null) {
        continue;
      }
      Attribution a = inverted(c, q.open(), quoteEndTok, 0.85);
      if (a != null && (c.pronounGender() != null || tk.is(nextAfterSpeaker(c, quoteEndTok), ","))) {
        return a;
      }
    }
    // 5. a known person's name before a colon: X : « … »
    int colon = openTok - 1;
    if (tk.is(colon, ":") && tk.isCapitalised(colon - 1)) {
      int first = NameParser.runBackward(tk, colon - 1, sentFirst, lx);
      String name = NameParser.text(tk, first, colon - 1);
      String full = persons.fullest(name);
      // "Dati à Guigou :", "la défense de X :": a name after a preposition is not the speaker
      boolean complement = first > sentFirst && tk.isWord(first - 1)
          && COMPLEMENT_PREPOSITIONS.contains(tk.lower[first - 1]);
      if (!lx.isNameStopword(tk.word(first)) && (full.contains(" ") || !full.equals(name))
          && !complement && !persons.isNotPerson(tk.start[first], tk.end[colon - 1])) {
        return new Attribution(full, full, ":", EXPLICIT, 0.6);
      }
    }
    // 6. a cue ending the paragraph before: "X a ajouté\n\n« … »", "X a déclaré :\n« … »"
    Attribution before = previousParagraphCue(q, sentenceStart, sentEnd);
    if (before != null) {
      return before;
    }
    return Attribution.NONE;
  }

  /**
   * When the quote's sentence opens its paragraph and the paragraph before ends without a
   * full stop, on a speech cue (optionally followed by a colon), that cue's speaker.
   */
  private Attribution previousParagraphCue(QuoteMarkScanner.Span q, int sentenceStart,
      int sentEnd) {
    String text = tk.text;
    int lineStart = text.lastIndexOf('\n', Math.max(0, q.open() - 1)) + 1;
    if (lineStart == 0 || !text.substring(lineStart, Math.max(lineStart, Math.min(
        sentenceStart, q.open()))).isBlank()) {
      return null;
    }
    int p = lineStart - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    if (p < 0 || !(Character.isLetter(text.charAt(p)) || text.charAt(p) == ':')) {
      return null;
    }
    int lastTok = tk.firstAtOrAfter(p + 1) - 1;
    if (lastTok < 0) {
      return null;
    }
    int cueLast = tk.is(lastTok, ":") ? lastTok - 1 : lastTok;
    int lineFirst = lastTok;
    while (lineFirst > 0 && tk.sameLine(tk.end[lineFirst - 1], tk.start[lineFirst])
        && !tk.is(lineFirst - 1, ".") && !tk.is(lineFirst - 1, "!") && !tk.is(lineFirst - 1, "?")) {
      lineFirst--;
    }
    for (int t = cueLast; t >= lineFirst && t >= cueLast - 8; t--) {
      Cue c = cues.at(t);
      if (c != null && c.last() == cueLast) {
        Attribution a = preceding(c, q.open(), lineFirst, cueLast + 1);
        return a == null ? null : new Attribution(a.speaker(), a.speakerMention(), a.cue(),
            a.method(), a.confidence() * 0.9);
      }
    }
    return null;
  }

  /** The token after the inverted subject of an incise cue (to check the closing comma). */
  private int nextAfterSpeaker(Cue c, int limit) {
    Phrase p = NameParser.after(tk, c.last() + 1, limit, lx);
    return p == null ? -1 : p.last() + 1;
  }

  private boolean isClosingMark(int t) {
    if (t < 0 || t >= tk.size || tk.isWord(t)) {
      return false;
    }
    char c = tk.text.charAt(tk.start[t]);
    return c == '»' || c == '"' || c == '”' || c == '“' || c == '›';
  }

  /** A cue whose speaker follows it (or is carried by the verb: a-t-il). */
  private Attribution inverted(Cue c, int quoteOpen, int sentEnd, double confidence) {
    int at = Math.min(quoteOpen, tk.start[c.first()]);
    if (c.kind() == SpeechCues.Kind.INFINITIVE) {
      return infinitive(c, at, confidence * 0.9);
    }
    if (c.pronounGender() != null) {
      return pronoun(c, at, c.pronounGender(), confidence);
    }
    Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, lx);
    if (p == null) {
      return null;
    }
    return fromPhrase(p, c, at, confidence);
  }

  /** A cue before the quote: its subject precedes it, or follows it when inverted. */
  private Attribution preceding(Cue c, int quoteOpen, int sentFirst, int sentEnd) {
    int at = tk.start[c.first()];
    if (c.kind() == SpeechCues.Kind.INFINITIVE) {
      return infinitive(c, at, 0.75);
    }
    if (c.pronounGender() != null) {
      return pronoun(c, at, c.pronounGender(), 0.8);
    }
    if (c.kind() != SpeechCues.Kind.VERB) {
      Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, lx);
      return p == null ? null : fromPhrase(p, c, at, 0.85);
    }
    // « A », a écrit X sur Telegram, « B »: the cue follows a quote, so X follows the verb
    boolean afterQuote = tk.is(c.first() - 1, ",") && isClosingMark(c.first() - 2)
        || isClosingMark(c.first() - 1);
    if (afterQuote) {
      Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, lx);
      if (p != null) {
        return fromPhrase(p, c, at, 0.9);
      }
    }
    Phrase s = NameParser.before(tk, c.first(), sentFirst, lx);
    if (s != null) {
      return fromPhrase(s, c, at, 0.9);
    }
    Phrase p = NameParser.after(tk, c.last() + 1, sentEnd, lx);
    if (p != null && p.kind() == Kind.NAME) {
      return fromPhrase(p, c, at, 0.75);
    }
    return null;
  }

  private Attribution fromPhrase(Phrase p, Cue c, int at, double confidence) {
    switch (p.kind()) {
      case PRONOUN -> {
        return pronoun(c, at, p.gender(), confidence);
      }
      case NAME -> {
        if (persons.isNotPerson(tk.start[p.first()], tk.end[p.last()])) {
          // "a annoncé le groupe Untel", "selon Kiev": the mentions say place or organisation
          return new Attribution(null, null, c.phrase(), "none", 0.0);
        }
        String full = persons.fullest(p.text());
        return new Attribution(full, full, c.phrase(), EXPLICIT, confidence);
      }
      default -> {
        String mention = PersonIndex.lowerFirst(NameParser.text(tk, p.first(), p.last()));
        String first = tk.lower[p.first()];
        boolean indefinite = first.equals("un") || first.equals("une");
        String role = PersonIndex.stripDeterminer(QuoteLexicon.fold(p.text()));
        String holder = indefinite ? null : persons.resolveRole(role, at);
        if (holder == null) {
          return new Attribution(null, mention, c.phrase(), ROLE, 0.3);
        }
        return new Attribution(holder, holder, c.phrase(), ROLE, confidence * 0.85);
      }
    }
  }

  /**
   * "Et d'ajouter : « … »" goes on with the last quote's speaker, unless a person is named
   * after that quote; with no quote before, the last person named.
   */
  private Attribution infinitive(Cue c, int at, double confidence) {
    PersonIndex.Person p = persons.lastBefore(at, null);
    if (lastCued != null && lastCuedEnd <= at && (p == null || p.start() < lastCuedEnd)) {
      return new Attribution(lastCued.speaker(), lastCued.speakerMention(), c.phrase(), PRONOUN,
          lastCued.speaker() == null ? 0.2 : confidence * 0.8);
    }
    return pronoun(c, at, null, confidence);
  }

  private Attribution pronoun(Cue c, int at, String gender, double confidence) {
    if (SpeechCues.IMPERSONAL.equals(gender)) {
      return new Attribution(null, null, c.phrase(), "none", 0.0); // "a-t-on précisé"
    }
    PersonIndex.Person p = persons.lastBefore(at, gender);
    if (p == null) {
      return new Attribution(null, null, c.phrase(), PRONOUN, 0.2);
    }
    String full = persons.fullest(p.name());
    return new Attribution(full, full, c.phrase(), PRONOUN, confidence * 0.8);
  }
}
