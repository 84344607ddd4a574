package org.newsclaims.attribution;

import java.util.Set;
import org.newsclaims.attribution.NameParser.Phrase;
import org.newsclaims.attribution.SpeechCues.Cue;
import org.newsclaims.text.Folding;

/**
 * Makes a speaker phrase a {@link Speaker} with its type: a person's name (fullest form), a
 * role resolved to the person the article names in it, an organisation ("l'Élysée", "le
 * gouvernement colombien", "la CGT", "Matignon"), an anonymous speaker ("un proche du
 * dossier", "une source diplomatique") or a collective one ("les syndicats"). The head nouns
 * and their types come from {@code speaker-nouns.tsv}.
 */
final class SpeakerTyping {

  private static final Set<String> PLURAL_DETERMINERS =
      SpeechLexicon.get().words("plural-determiner");
  private static final Set<String> ROLE_MODIFIERS = SpeechLexicon.get().words("role-modifier");
  private static final Set<String> INDEFINITES = SpeechLexicon.get().words("indefinite");
  private static final Set<String> DE_FORMS = org.newsclaims.text.WordClasses.of("de-forms");

  private static final Set<String> SPOKESPERSONS = SpeechLexicon.get().words("spokesperson");

  /** How far after the last person's quote (in characters) an unresolved role still means them. */
  private static final int ROLE_REACH = 1_500;
  /** A role the article gives no one («a déclaré le procureur»): shown, but below a name. */
  private static final double UNNAMED_ROLE_CONFIDENCE = 0.55;

  private final ArticleSpeakers article;
  private final Tokens tk;
  private final PersonIndex persons;
  private final OrganisationIndex organisations;
  private final SpeechLexicon lx;

  SpeakerTyping(ArticleSpeakers article, SpeechLexicon lx) {
    this.article = article;
    this.tk = article.tk;
    this.persons = article.persons;
    this.organisations = article.organisations;
    this.lx = lx;
  }

  Speaker fromPhrase(Phrase p, Cue c, int at, double confidence, CueReader reader) {
    String cue = c == null ? null : c.phrase();
    switch (p.kind()) {
      case PRONOUN -> {
        String w = p.text().toLowerCase(java.util.Locale.ROOT);
        if (!w.equals("il") && !w.equals("elle") && !w.equals("lui")) {
          return reader.lastNamed(c, at, p.gender(), confidence); // «ce dernier», «celle-ci»
        }
        return reader.pronoun(c, at, p.gender(), confidence);
      }
      case NAME -> {
        return fromName(p, cue, confidence);
      }
      default -> {
        return fromRole(p, cue, at, confidence);
      }
    }
  }

  private Speaker fromName(Phrase p, String cue, double confidence) {
    int nameFirst = nameStart(p);
    String mentionType = persons.mentionType(tk.start[nameFirst], tk.end[p.last()]);
    if (PersonIndex.PLACE.equals(mentionType)) {
      // "selon Kiev", "a annoncé Moscou": a capital for its government
      return new Speaker(p.text(), p.text(), Speaker.ORGANISATION, cue, Speaker.EXPLICIT,
          Math.min(confidence, 0.6));
    }
    boolean determiner = nameFirst > 0 && PersonIndex.DETERMINERS.contains(tk.lower[nameFirst - 1])
        && !lx.isDemonym(tk.word(nameFirst));
    if (PersonIndex.ORGANISATION.equals(mentionType)
        || Speaker.ORGANISATION.equals(lx.nounType(tk.word(nameFirst)))
        || determiner && !PersonIndex.PERSON.equals(mentionType)) {
      // persons take no article in French: "le Snes-FSU", "l'Élysée" are institutions
      String read = organisations.nameAt(tk.start[nameFirst]);
      String name = organisations.expand(read != null && read.length() > p.text().length()
          ? read : p.text());
      return new Speaker(name, p.text(), Speaker.ORGANISATION, cue, Speaker.EXPLICIT,
          confidence * 0.95);
    }
    if (nameFirst == p.last() && nameFirst > 0 && PersonIndex.DETERMINERS.contains(
        tk.lower[nameFirst - 1]) && lx.isDemonym(tk.word(nameFirst))
        && !PersonIndex.PERSON.equals(mentionType)) {
      // "estime le Belge", "a ajouté l'Américain": a nationality standing for a person, a role
      String det = tk.lower[nameFirst - 1];
      String mention = det + (det.endsWith("'") ? "" : " ") + p.text();
      String role = Folding.fold(p.text());
      String holder = persons.resolveRole(role, tk.start[nameFirst]);
      if (holder == null) {
        holder = lastQuotedHolder(role, tk.start[nameFirst], tk.start[nameFirst - 1],
            PersonIndex.articleGender(det));
      }
      return holder == null ? new Speaker(null, mention, Speaker.PERSON, cue, Speaker.ROLE, 0.3)
          : new Speaker(holder, holder, Speaker.PERSON, cue, Speaker.ROLE, confidence * 0.7);
    }
    String full = persons.fullest(p.text());
    return new Speaker(full, full, Speaker.PERSON, cue, Speaker.EXPLICIT, confidence);
  }

  /** The first token of the name a phrase ends with ("Claire Morel" of "la ministre … Claire Morel"). */
  private int nameStart(Phrase p) {
    for (int k = p.last(); k >= p.first(); k--) {
      if (NameParser.text(tk, k, p.last()).equals(p.text())) {
        return k;
      }
    }
    return p.first();
  }

  private Speaker fromRole(Phrase p, String cue, int at, double confidence) {
    String mention = PersonIndex.lowerFirst(NameParser.text(tk, p.first(), p.last()));
    String det = tk.lower[p.first()];
    boolean indefinite = INDEFINITES.contains(det);
    boolean hasDeterminer = indefinite || NameParser.PHRASE_DETERMINERS.contains(det)
        || PLURAL_DETERMINERS.contains(det);
    int wordsFrom = hasDeterminer ? p.first() + 1 : p.first();
    int head = wordsFrom;
    while (head < p.last() && ROLE_MODIFIERS.contains(tk.lower[head])) {
      head++;
    }
    String bare = NameParser.text(tk, wordsFrom, p.last());
    String headType = head <= p.last() ? lx.nounType(tk.word(head)) : null;
    if (head <= p.last() && hasDeterminer && tk.isCapitalised(head) && !lx.isDemonym(tk.word(head))
        && !indefinite) {
      // "la Croix-Rouge", "le Secours populaire": a capitalised head after an article
      return new Speaker(organisations.expand(bare), mention, Speaker.ORGANISATION, cue,
          Speaker.EXPLICIT, confidence * 0.9);
    }
    if (head <= p.last() && isAcronym(head)) {
      return new Speaker(organisations.expand(bare), mention, Speaker.ORGANISATION, cue,
          Speaker.EXPLICIT, confidence * 0.9);
    }
    if (Speaker.ORGANISATION.equals(headType)) {
      // "le syndicat", "l'organisation": the one the article named before
      // named before the phrase itself, inside a quote too: "«… la Société Générale», a
      // indiqué le groupe"
      String named = head == p.last() ? organisations.resolve(Folding.fold(tk.word(head)),
          tk.start[p.first()]) : organisations.chairedAt(head);
      return new Speaker(named != null ? named : bare, mention, Speaker.ORGANISATION, cue,
          Speaker.EXPLICIT, confidence * 0.9);
    }
    if (head < p.last() && SPOKESPERSONS.contains(tk.lower[head])) {
      // "une porte-parole du groupe": the body speaks
      Speaker body = complement(head, p, cue, at, confidence);
      if (body != null && Speaker.ORGANISATION.equals(body.type())) {
        return body;
      }
    }
    if ("count".equals(headType)) {
      return fromCount(head, p, mention, cue, at, confidence);
    }
    if (indefinite || Speaker.ANONYMOUS.equals(headType)) {
      return new Speaker(indefinite ? mention : bare, mention, Speaker.ANONYMOUS, cue,
          Speaker.EXPLICIT, confidence * 0.85);
    }
    boolean plural = PLURAL_DETERMINERS.contains(det) || det.equals("les");
    if (plural && head <= p.last() && isPluralNoun(tk.lower[head])
        || Speaker.COLLECTIVE.equals(headType)) {
      return new Speaker(bare, mention, Speaker.COLLECTIVE, cue, Speaker.EXPLICIT,
          confidence * 0.85);
    }
    String role = PersonIndex.stripDeterminer(Folding.fold(p.text()));
    String holder = persons.resolveRole(stripModifiers(role), at);
    if (holder == null && !role.equals(stripModifiers(role))) {
      holder = persons.resolveRole(role, at);
    }
    if (Speaker.DOCUMENT.equals(headType)) {
      // "note le rapport", "résume l'arrêt de la chambre": the text speaks, not a person
      return new Speaker(bare, mention, Speaker.ORGANISATION, cue, Speaker.EXPLICIT,
          confidence * 0.8);
    }
    if (holder == null && PersonIndex.DETERMINERS.contains(det)) {
      holder = lastQuotedHolder(stripModifiers(role), at, tk.start[p.first()],
          PersonIndex.articleGender(det));
      if (holder != null) {
        article.noteRole(holder, stripModifiers(role));
        return new Speaker(holder, holder, Speaker.PERSON, cue, Speaker.ROLE, confidence * 0.7);
      }
    }
    if (holder == null && PersonIndex.DETERMINERS.contains(det) && !det.equals("les")
        && lx.isPersonTitle(stripModifiers(role)) && !persons.namesHolderOf(headWord(role))) {
      // «…», a déclaré le procureur, in an article that names no one beside that title: the
      // role is all the text says of the speaker, and it says it plainly
      return new Speaker(stripModifiers(bare), mention, Speaker.PERSON, cue, Speaker.ROLE,
          UNNAMED_ROLE_CONFIDENCE);
    }
    if (holder == null) {
      return new Speaker(null, mention, Speaker.PERSON, cue, Speaker.ROLE, 0.3);
    }
    article.noteRole(holder, stripModifiers(role));
    return new Speaker(holder, holder, Speaker.PERSON, cue, Speaker.ROLE, confidence * 0.85);
  }

  /**
   * The person quoted last, for a definite role that the article gives nobody in apposition:
   * «…», a affirmé Claire Fabre. … «…», a ajouté l'ex-otage: a news story names its speaker
   * once and then by what they are. Only near that quote and when the role's gender fits.
   */
  private String lastQuotedHolder(String role, int at, int phraseStart, String gender) {
    Speaker last = article.lastPerson;
    if (last == null || article.lastPersonEnd > at || at - article.lastPersonEnd > ROLE_REACH) {
      return null;
    }
    String g = persons.genderOf(last.name());
    if (gender != null && g != null && !g.equals(gender)) {
      return null;
    }
    // the role names that person only if it was first used after they were quoted: "selon
    // le procureur" before anyone else spoke makes "le procureur" someone the article never names
    int sp = role.indexOf(' ');
    int first = article.firstRoleUse(sp < 0 ? role : role.substring(0, sp));
    if (first >= 0 && first < phraseStart
        && !last.name().equals(article.personQuotedBefore(first, ROLE_REACH))) {
      return null;
    }
    return persons.holdsOtherRole(last.name(), role)
        || article.heldOtherRole(last.name(), role) ? null : last.name();
  }
  /**
   * A counting body: "le décompte de la CGT" is the CGT's, "le bilan officiel" an official
   * source's, "un bilan provisoire" nobody's in particular (the bilan itself, anonymous).
   */
  private Speaker fromCount(int head, Phrase p, String mention, String cue, int at,
      double confidence) {
    Speaker body = complement(head, p, cue, at, confidence);
    if (body != null) {
      return body;
    }
    for (int k = head + 1; k <= p.last(); k++) {
      String w = tk.lower[k];
      if (DE_FORMS.contains(w)) {
        break;
      }
      if (w.startsWith("officiel")) {
        return new Speaker("source officielle", mention, Speaker.ANONYMOUS, cue,
            Speaker.EXPLICIT, confidence * 0.85);
      }
    }
    String bare = NameParser.text(tk, head, p.last());
    return new Speaker(bare, mention, Speaker.ANONYMOUS, cue, Speaker.EXPLICIT,
        confidence * 0.7);
  }

  /** The speaker of the complement after the head: "de la CGT", "du groupe"; or null. */
  private Speaker complement(int head, Phrase p, String cue, int at, double confidence) {
    int k = head + 1;
    while (k <= p.last() && !tk.is(k, "de") && !tk.is(k, "du") && !tk.is(k, "des")
        && !tk.is(k, "d'")) {
      if (k > head + 2) {
        return null;
      }
      k++;
    }
    if (k > p.last()) {
      return null;
    }
    String w = tk.lower[k];
    int from = w.equals("de") && (tk.is(k + 1, "la") || tk.is(k + 1, "l'")) ? k + 1 : k;
    if (from == k && (w.equals("de") || w.equals("d'"))) {
      from = k + 1; // "de Pékin", "d'Amnesty"
    }
    Phrase complement = NameParser.after(tk, from, p.last() + 1, lx);
    if (complement == null || complement.kind() == NameParser.Kind.PRONOUN) {
      return null;
    }
    Speaker s = complement.kind() == NameParser.Kind.NAME
        ? fromName(complement, cue, confidence)
        : fromRole(complement, cue, at, confidence);
    return s.name() == null ? null : s;
  }

  /** True when a folded role (determiner dropped) is a person's title: "nouveau procureur". */
  boolean isTitledRole(String foldedRole) {
    return lx.isPersonTitle(stripModifiers(foldedRole));
  }

  /** The first word of a folded role after its modifiers: "procureur" of "procureur de lyon". */
  private static String headWord(String foldedRole) {
    String s = stripModifiers(foldedRole);
    int sp = s.indexOf(' ');
    return sp < 0 ? s : s.substring(0, sp);
  }

  /** "nouveau chef d'etat" gives "chef d'etat": the modifier says nothing of who holds it. */
  private static String stripModifiers(String foldedRole) {
    String s = foldedRole;
    boolean changed = true;
    while (changed) {
      changed = false;
      int sp = s.indexOf(' ');
      if (sp > 0 && ROLE_MODIFIERS.contains(s.substring(0, sp))) {
        s = s.substring(sp + 1);
        changed = true;
      }
    }
    return s;
  }

  private static boolean isPluralNoun(String lower) {
    return lower.length() > 3 && (lower.endsWith("s") || lower.endsWith("x"));
  }

  private boolean isAcronym(int t) {
    if (!tk.isWord(t) || tk.end[t] - tk.start[t] < 2) {
      return false;
    }
    int letters = 0;
    for (int i = tk.start[t]; i < tk.end[t]; i++) {
      char ch = tk.text.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letters += Character.isLetter(ch) ? 1 : 0;
    }
    return letters >= 2;
  }
}
