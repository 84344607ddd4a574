package org.newsclaims.attribution;

import java.util.Set;
import org.newsclaims.attribution.NameParser.Kind;
import org.newsclaims.attribution.NameParser.Phrase;

/**
 * A quoted fragment inside the author's sentence with no speech verb is the words of that
 * sentence's subject: «Benoît XVI lançait un appel …, évoquant «…»», «M. Fillon a repris cette
 * idée en souhaitant que «…»», «Il a rejeté l'hypothèse d'avoir «…»». The subject is the name,
 * role or pronoun opening the sentence (after a fronted adjunct closed by a comma), followed by
 * a verb; the quote must come after it, as a fragment or after a colon closing the clause
 * («Sophie Richard, une des responsables de l'ONG, tranche : «…»»). Lower confidence than a
 * speech verb.
 */
final class ClauseSubjectSieve implements Sieve {

  private static final Set<String> ARTICLES = SpeechLexicon.get().words("article");
  private static final Set<String> FRONTED = SpeechLexicon.get().words("fronted-opener");
  private static final Set<String> COMPLEMENT_PREPOSITIONS =
      SpeechLexicon.get().words("complement-preposition");
  /** Longest fronted adjunct skipped before the subject, in tokens. */
  private static final int MAX_FRONTED = 20;
  /** Fronted adjuncts skipped one after the other before the subject. */
  private static final int MAX_ADJUNCTS = 2;
  /** Longest bracket skipped between the subject and its verb, in tokens. */
  private static final int MAX_BRACKET = 6;

  /** True when a role subject's head is a person's title or a speaker noun (a body, a text). */
  private static boolean speakerNoun(ArticleSpeakers a, Phrase p) {
    Tokens tk = a.tk;
    int head = PersonIndex.DETERMINERS.contains(tk.lower[p.first()]) ? p.first() + 1 : p.first();
    if (head > p.last()) {
      return false;
    }
    String role = PersonIndex.stripDeterminer(
        org.newsclaims.text.Folding.fold(NameParser.text(tk, p.first(), p.last())));
    return a.reader.typing().isTitledRole(role) || a.lx.nounType(tk.word(head)) != null;
  }

  /** Longest fronted adjunct not closed by a comma ("à cet égard", "en outre"), in tokens. */
  private static final int MAX_BARE_ADJUNCT = 3;

  /**
   * "A cet égard le rapport essaie de …": the start of a speaker-noun subject right after a
   * short lower-case adjunct that no comma closes, or -1.
   */
  private static int subjectAfterBareAdjunct(ArticleSpeakers a, int first, int openTok) {
    Tokens tk = a.tk;
    for (int k = first + 1; k < openTok && k - first <= MAX_BARE_ADJUNCT; k++) {
      if (PersonIndex.DETERMINERS.contains(tk.lower[k])) {
        // the article and its noun only: what follows may be the verb ("le rapport essaie")
        Phrase p = k + 1 < openTok && tk.isLowerWord(k + 1)
            ? new Phrase(Kind.ROLE, tk.word(k + 1), PersonIndex.articleGender(tk.lower[k]), k, k + 1)
            : null;
        return p != null && speakerNoun(a, p) && tk.isLowerWord(k + 2) ? k : -1;
      }
      if (!tk.isLowerWord(k)) {
        return -1;
      }
    }
    return -1;
  }

  /** True when token {@code t} may open a clause subject: an article, a name, il or elle. */
  private static boolean opensSubject(ArticleSpeakers a, int t) {
    Tokens tk = a.tk;
    return tk.isWord(t) && (PersonIndex.DETERMINERS.contains(tk.lower[t])
        || tk.is(t, "il") || tk.is(t, "elle") || tk.isCapitalised(t)
        || a.lx.honorificGender(tk.word(t)) != null);
  }

  @Override
  public Speaker attribute(ArticleSpeakers a, Target q) {
    Tokens tk = a.tk;
    int openTok = a.openTok(q);
    if (!q.quote() || q.standalone() && !tk.is(openTok - 1, ":")) {
      return null; // a quote after a colon is the words of the clause before it too
    }
    int first = a.sentFirst(q);
    if (first >= openTok || !tk.isWord(first)) {
      return null;
    }
    // "À la suite de son gain, il avait eu «…»": the subject follows the first comma; "Le 9
    // mai, s'adressant aux élus, X avait formulé …": or the next, after a participle clause
    boolean articleOpens = false;
    Phrase shortSubject = null;
    for (int round = 0; round < MAX_ADJUNCTS && first < openTok; round++) {
      boolean pronoun = tk.is(first, "il") || tk.is(first, "elle");
      boolean adjunct = round == 0 ? FRONTED.contains(tk.lower[first]) || a.isCommonWord(first)
          : tk.isLowerWord(first) && !PersonIndex.DETERMINERS.contains(tk.lower[first]);
      if (pronoun || !adjunct) {
        break;
      }
      int c = first + 1;
      while (c < openTok && c - first <= MAX_FRONTED && !tk.is(c, ",")) {
        c++;
      }
      if (round == 0 && PersonIndex.DETERMINERS.contains(tk.lower[first])
          && !(tk.is(c, ",") && opensSubject(a, c + 1))) {
        // "La mission chargée de …, présidée par …, refuse de «…»": an article opening a
        // speaker noun opens the subject, even when the article is written in lower case
        // elsewhere, unless a subject follows the first comma ("Le président du CIO, Jacques
        // Rogge, a clôturé")
        // (a body or a person's title; a text is more often judged than judging: "Le texte,
        // que …, est jugé «solide»")
        Phrase opening = NameParser.subjectAt(tk, first, openTok, a.lx);
        if (opening != null && opening.kind() == Kind.ROLE && speakerNoun(a, opening)
            && !Speaker.DOCUMENT.equals(a.lx.nounType(tk.word(first + 1)))) {
          break;
        }
      }
      int bare = round == 0 ? subjectAfterBareAdjunct(a, first, openTok) : -1;
      if (bare >= 0 && !(tk.is(c, ",") && opensSubject(a, c + 1))) {
        first = bare; // "A cet égard le rapport essaie de …, soulignant que «…»"
        shortSubject = new Phrase(Kind.ROLE, tk.word(bare + 1),
            PersonIndex.articleGender(tk.lower[bare]), bare, bare + 1);
        break;
      }
      if (!tk.is(c, ",")) {
        if (round == 0 && ARTICLES.contains(tk.lower[first])) {
          articleOpens = true;
          break; // "Le Syndicat de la magistrature appelle à …": the article opens the subject
        }
        return null;
      }
      first = c + 1;
    }
    if (first >= openTok || a.isOpeningMark(first)) {
      return null;
    }
    if (openTok >= 2 && tk.isLowerWord(openTok - 1) && ARTICLES.contains(tk.lower[openTok - 2])) {
      return null; // "l'émission « Grand angle »": a title after its noun, not speech
    }
    if (ARTICLES.contains(tk.lower[openTok - 1]) && Character.isUpperCase(tk.text.charAt(q.start()))) {
      return null; // "la piste du « Nid d'oiseau »": a name after its article, not speech
    }
    Phrase p = shortSubject != null ? shortSubject : NameParser.subjectAt(tk, first, openTok, a.lx);
    if (p == null) {
      return null;
    }
    // the name's own first word, after the article of "Le Syndicat de la magistrature"
    int nameFirst = p.first() < p.last() && ARTICLES.contains(tk.lower[p.first()])
        ? p.first() + 1 : p.first();
    if (articleOpens && (p.kind() != Kind.NAME || p.first() == p.last()
        || !Speaker.ORGANISATION.equals(a.lx.nounType(tk.word(nameFirst)))
        && !PersonIndex.ORGANISATION.equals(a.persons.mentionType(tk.start[nameFirst],
            tk.end[p.last()])))) {
      return null; // only a body's name after the article: "Le Jamaïcain a battu" names no body
    }
    int next = p.last() + 1;
    if (tk.is(next, ",")) {
      // "Nadine Morano, la nouvelle secrétaire d'État, s'est faite plus précise": skip the apposition
      int c = next + 1;
      while (c < openTok && c - next <= 16 && !tk.is(c, ",")) {
        c++;
      }
      if (tk.is(c, ",")) {
        next = c + 1;
      } else if (p.kind() == Kind.NAME && tk.isLowerWord(next + 1)) {
        next++; // "Le maire de Londres, Boris Johnson, espère …": the role came first
      }
    }
    if (tk.is(next, "(")) {
      // "Ségolène Royal (PS) a estimé": a party or an age between the name and the verb
      int c = next + 1;
      while (c < openTok && c - next <= MAX_BRACKET && !tk.is(c, ")")) {
        c++;
      }
      next = tk.is(c, ")") ? c + 1 : next;
    }
    if (next >= openTok || !tk.isLowerWord(next) || tk.is(next, "qui") || tk.is(next, "et")) {
      return null;
    }
    if (q.standalone() && COMPLEMENT_PREPOSITIONS.contains(tk.lower[next])) {
      return null; // "Réplique de X à Y : «…»": no clause before the colon, only a heading
    }
    // "Le Syndicat de la magistrature": a body's noun heading a longer name, even when the
    // article writes "le syndicat" in lower case elsewhere
    String orgName = a.organisations.nameAt(tk.start[nameFirst]);
    boolean bodyName = orgName != null && orgName.length() > tk.word(nameFirst).length()
        && Speaker.ORGANISATION.equals(a.lx.nounType(tk.word(nameFirst)));
    if (p.kind() == Kind.NAME && (PersonIndex.PLACE.equals(a.persons.mentionType(
        tk.start[p.first()], tk.end[p.last()])) || a.isCommonWord(nameFirst) && !bodyName)) {
      return null; // "La Russie y met un «maximum de pression»": a place does not speak here
    }
    if (p.kind() == Kind.NAME && p.first() == first && p.first() == p.last()
        && a.persons.fullest(p.text()).equals(p.text())
        && a.persons.mentionType(tk.start[first], tk.end[first]) == null) {
      return null; // "Quelques heures plus tard, …": one capitalised word the article knows as no one
    }
    if (p.kind() == Kind.ROLE && !speakerNoun(a, p)) {
      return null; // "la perspective de croiser le vainqueur s'apparente à «…»": no speaker
    }
    SpeechCues.Cue none = new SpeechCues.Cue(first, first, SpeechCues.Kind.VERB, null, null);
    Speaker s = a.reader.typing().fromPhrase(p, none, tk.start[first], 0.65, a.reader);
    if (s.name() == null || Speaker.COLLECTIVE.equals(s.type())
        || Speaker.ANONYMOUS.equals(s.type())) {
      return null; // "Les circonstances restent «…»": not a speaker
    }
    return s.withMethod(Speaker.SUBJECT, s.confidence());
  }
}
