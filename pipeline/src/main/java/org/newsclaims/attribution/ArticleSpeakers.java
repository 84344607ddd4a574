package org.newsclaims.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;
import org.newsclaims.text.WordTable;

/**
 * The speaker evidence of one article, read once (tokens, speech cues, persons named), and the
 * attribution of its quotations and claims by the sieves of {@link SpeakerAttributor}.
 *
 * <p>Quotes are attributed in text order: a quote remembers the speaker of the one before it
 * ("Et d'ajouter", continuation paragraphs). Not thread-safe; one instance per article.
 *
 * <p>Example: {@code SpeakerAttributor.fromResources().forArticle(text, quoted, mentions)
 * .quote(Target.quote(...))}.
 */
public final class ArticleSpeakers {

  final Tokens tk;
  final SpeechCues cues;
  final PersonIndex persons;
  final OrganisationIndex organisations;
  final SpeechLexicon lx;
  final CueReader reader;
  private final List<Sieve> quoteSieves;
  private final List<Sieve> claimSieves;

  /** The last attribution that came from a cue, and the end of its quote (quotes in order). */
  Speaker lastCued;
  int lastCuedEnd = -1;
  /**
   * The last person quoted with confidence, and the end of that quote: a role that no
   * apposition resolves («a ajouté l'ex-otage») may stand for them.
   */
  Speaker lastPerson;
  int lastPersonEnd = -1;
  /** The previous outer quotation attributed, in text order. */
  Target previousQuote;
  Speaker previousSpeaker;
  /** Quotes attributed so far: [start, end) and their speakers (claims inside them). */
  private final List<Target> quoteTargets = new ArrayList<>();
  private final List<Speaker> quoteSpeakers = new ArrayList<>();

  ArticleSpeakers(WordTable words, boolean[] inQuote, List<EntityMention> mentions,
      SpeechLexicon lx, List<Sieve> quoteSieves, List<Sieve> claimSieves) {
    this.lx = lx;
    this.tk = Tokens.of(words);
    this.cues = SpeechCues.find(tk, inQuote, lx);
    List<EntityMention> ms = mentions == null ? List.of() : mentions;
    this.persons = PersonIndex.build(tk, inQuote, ms, lx);
    this.organisations = OrganisationIndex.build(tk, inQuote, ms, lx);
    this.reader = new CueReader(this);
    this.quoteSieves = quoteSieves;
    this.claimSieves = claimSieves;
  }

  /** The article's tokens (shared with the quote extractor's partial-quote rules). */
  public Tokens tokens() {
    return tk;
  }

  /** The article's speech cues. */
  public SpeechCues cues() {
    return cues;
  }

  /**
   * The speaker of a quotation. Call in text order: later quotes may continue this one's
   * speaker.
   */
  public Speaker quote(Target q) {
    Speaker s = run(quoteSieves, q);
    if (s.cue() != null && !Speaker.CONTINUATION.equals(s.method())) {
      lastCued = s;
      lastCuedEnd = q.close();
    }
    if (s.isConfident() && Speaker.PERSON.equals(s.type())) {
      lastPerson = s;
      lastPersonEnd = q.close();
    }
    previousQuote = q;
    previousSpeaker = s;
    quoteTargets.add(q);
    quoteSpeakers.add(s);
    return s;
  }

  /** Sentences before a pronoun within which its person must be named ({@link #personBefore}). */
  private static final int ANTECEDENT_SENTENCES = 2;

  /**
   * The fullest name of the person a subject pronoun at {@code offset} stands for («Betancourt
   * avait été enlevée en 2002. Aujourd'hui âgée de 46 ans, elle …»): the nearest person of that
   * gender named outside quotes, a subject first, in the pronoun's sentence or the two before;
   * null when there is none so near.
   *
   * @param gender {@code m}, {@code f}, or null when unknown
   */
  public String personBefore(int offset, String gender) {
    PersonIndex.Person p = persons.antecedent(offset, gender, ANTECEDENT_SENTENCES);
    return p == null ? null : persons.fullest(p.name());
  }

  /**
   * As {@link #personBefore}, for a noun after a demonstrative («Fatma, cette femme de 34 ans»):
   * the person must be known to be of that gender (by a civility, a pronoun or a first name), as
   * a noun gives less evidence than a pronoun of who is meant.
   */
  public String personOfGenderBefore(int offset, String gender) {
    PersonIndex.Person p = persons.antecedent(offset, gender, ANTECEDENT_SENTENCES);
    return p == null || gender == null || !gender.equals(persons.genderOf(p)) ? null : persons.fullest(p.name());
  }

  /** The source of a claim: its quote's speaker, reported speech, "selon X", a counting body. */
  public Speaker claim(Target c) {
    for (int i = 0; i < quoteTargets.size(); i++) {
      Target q = quoteTargets.get(i);
      if (q.start() <= c.start() && c.end() <= q.end()) {
        return quoteSpeakers.get(i);
      }
    }
    return run(claimSieves, c);
  }

  private Speaker run(List<Sieve> sieves, Target t) {
    for (Sieve s : sieves) {
      Speaker found = s.attribute(this, t);
      if (found != null) {
        return found;
      }
    }
    return Speaker.NONE;
  }

  /** Roles resolved so far, as [holder, folded role] pairs, in text order. */
  private final List<String[]> resolvedRoles = new ArrayList<>();

  void noteRole(String holder, String foldedRole) {
    resolvedRoles.add(new String[] {holder, foldedRole});
  }

  /**
   * True when an earlier quote's role, resolved to {@code name}, shares a word with
   * {@code foldedRole} without being it: whom "le ministre de la Défense" named is not
   * "le premier ministre".
   */
  boolean heldOtherRole(String name, String foldedRole) {
    for (String[] r : resolvedRoles) {
      if (r[0].equals(name) && RoleIndex.isOtherRole(PersonIndex.roleContent(r[1]), foldedRole)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person last quoted with confidence before {@code offset} and no more than
   * {@code reach} characters before it, or null.
   */
  String personQuotedBefore(int offset, int reach) {
    for (int i = quoteTargets.size() - 1; i >= 0; i--) {
      Target q = quoteTargets.get(i);
      Speaker s = quoteSpeakers.get(i);
      if (q.close() > offset || !s.isConfident() || !Speaker.PERSON.equals(s.type())) {
        continue;
      }
      return offset - q.close() <= reach ? s.name() : null;
    }
    return null;
  }

  /**
   * The start of the first use of a role in the article: a determiner then the role's first
   * word ("le procureur"); -1 when the article never writes it so.
   */
  int firstRoleUse(String firstRoleWord) {
    for (int t = 1; t < tk.size; t++) {
      if (PersonIndex.DETERMINERS.contains(tk.lower[t - 1]) && tk.isWord(t)
          && Folding.fold(tk.word(t)).equals(firstRoleWord)) {
        return tk.start[t - 1];
      }
    }
    return -1;
  }

  /** Lower-case forms of the words the text writes in lower case somewhere. */
  private java.util.Set<String> lowerWords;

  /**
   * True when a capitalised word is written in lower case elsewhere in the article: "Malgré",
   * "Encore" opening a sentence are common words, not names.
   */
  boolean isCommonWord(int t) {
    if (!tk.isWord(t) || !Character.isUpperCase(tk.text.charAt(tk.start[t]))) {
      return false;
    }
    if (lowerWords == null) {
      lowerWords = new java.util.HashSet<>();
      for (int k = 0; k < tk.size; k++) {
        if (tk.isLowerWord(k)) {
          lowerWords.add(tk.lower[k]);
        }
      }
    }
    return lowerWords.contains(tk.lower[t]) || lx.isNameStopword(tk.word(t));
  }

  // ------------------------------------------------------------ token positions of a target

  int openTok(Target t) {
    return tk.firstAtOrAfter(t.open());
  }

  /** First token after the target's closing mark. */
  int closeTok(Target t) {
    return tk.firstAtOrAfter(t.close());
  }

  int sentFirst(Target t) {
    return tk.firstAtOrAfter(t.sentenceStart());
  }

  /** Exclusive. */
  int sentEnd(Target t) {
    return tk.firstAtOrAfter(t.sentenceEnd());
  }

  boolean isClosingMark(int t) {
    if (t < 0 || t >= tk.size || tk.isWord(t)) {
      return false;
    }
    char c = tk.text.charAt(tk.start[t]);
    return c == '»' || c == '"' || c == '”' || c == '“' || c == '›';
  }

  boolean isOpeningMark(int t) {
    if (t < 0 || t >= tk.size || tk.isWord(t)) {
      return false;
    }
    char c = tk.text.charAt(tk.start[t]);
    return c == '«' || c == '"' || c == '“' || c == '„' || c == '‹';
  }

  /** Where the paragraph holding {@code pos} starts: just after the line break before it, or 0. */
  static int lineStart(String text, int pos) {
    return text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
  }

  /** The end of the text before {@code pos} once white space and line breaks are left out (0 when there is none). */
  static int textEndBefore(String text, int pos) {
    int end = pos;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
