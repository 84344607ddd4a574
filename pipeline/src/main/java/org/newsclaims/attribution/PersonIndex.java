package org.newsclaims.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.WordClasses;

/**
 * The persons one article names, with where it names them: answers "who is the last man
 * named before offset 1200", "what is the fullest form of Guérassimov here" and "whom does the
 * article call le président russe" (through its {@link RoleIndex}). Read by
 * {@link PersonScanner}.
 */
final class PersonIndex {

  /** One naming of a person; {@code gender} is "m", "f" or null when unknown. */
  record Person(int start, int end, String name, String gender, boolean inQuote,
      boolean object) {}

  static final String PERSON = EntityMention.PERSON;
  static final String ORGANISATION = EntityMention.ORGANISATION;
  static final String PLACE = EntityMention.PLACE;

  static final Set<String> DETERMINERS = SpeechLexicon.get().words("determiner");
  private static final Set<String> MASCULINE_ARTICLES = WordClasses.of("definite-masculine");
  private static final Set<String> FEMININE_ARTICLES = WordClasses.of("definite-feminine");
  static final Set<String> NOT_BEFORE_SUBJECT = SpeechLexicon.get().words("not-before-subject");
  /** Words before a subject name in its sentence (role words, "Hier,", an honorific). */
  private static final int SUBJECT_LEAD = 8;

  private final List<Person> persons;
  private final RoleIndex roles;
  private final Map<String, String> fullestByLastWord;
  private final Map<String, String> genderByName;
  private final SpeechLexicon lexicon;
  /** Spans [start, end) of place and organisation mentions, sorted by start. */
  private final int[][] nonPersons;
  /** Spans [start, end) of organisation mentions, sorted by start. */
  private final int[][] organisations;
  private final Tokens tokens;
  /** Spans [start, end) of person mentions, sorted by start. */
  private final int[][] personSpans;

  PersonIndex(List<Person> persons, RoleIndex roles,
      Map<String, String> fullestByLastWord, Map<String, String> genderByName,
      SpeechLexicon lexicon, int[][] nonPersons,
      int[][] personSpans, int[][] organisations, Tokens tokens) {
    this.tokens = tokens;
    this.persons = persons;
    this.nonPersons = nonPersons;
    this.organisations = organisations;
    this.personSpans = personSpans;
    this.roles = roles;
    this.fullestByLastWord = fullestByLastWord;
    this.genderByName = genderByName;
    this.lexicon = lexicon;
  }

  static PersonIndex build(Tokens tk, boolean[] inQuote, List<EntityMention> mentions,
      SpeechLexicon lexicon) {
    return PersonScanner.scan(tk, inQuote, mentions, lexicon);
  }

  /**
   * True when the words at [start, end) overlap a place or organisation mention and no person
   * mention: "selon Kiev", "a annoncé Électricité Nationale" name no speaker.
   */
  boolean isNotPerson(int start, int end) {
    return overlaps(nonPersons, start, end) && !overlaps(personSpans, start, end);
  }

  /**
   * What the entity mentions say the words at [start, end) are: {@link #PERSON},
   * {@link #ORGANISATION}, {@link #PLACE}, or null when no mention covers them.
   */
  String mentionType(int start, int end) {
    if (overlaps(personSpans, start, end)) {
      return PERSON;
    }
    if (overlaps(organisations, start, end)) {
      return ORGANISATION;
    }
    return overlaps(nonPersons, start, end) ? PLACE : null;
  }

  /** Spans are sorted by start and mentions do not nest deeply: look back a few from the end. */
  static boolean overlaps(int[][] spans, int start, int end) {
    int lo = 0;
    int hi = spans.length;
    while (lo < hi) { // first span starting at or after end
      int mid = (lo + hi) >>> 1;
      if (spans[mid][0] < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      if (spans[i][1] > start) {
        return true;
      }
    }
    return false;
  }

  static String lastWord(String name) {
    String s = name.strip();
    int sp = s.lastIndexOf(' ');
    return sp < 0 ? s : s.substring(sp + 1);
  }

  /** The fullest form of a name that the article uses ("Valéri Guérassimov" for "Guérassimov"). */
  String fullest(String name) {
    String key = Folding.fold(lastWord(name));
    String full = fullestByLastWord.get(key);
    if (full == null) {
      return name;
    }
    String fn = Folding.fold(name.strip());
    String ff = Folding.fold(full);
    return ff.endsWith(fn) && ff.length() >= fn.length() ? full : name;
  }

  String genderOf(String fullName) {
    return genderByName.get(fullName);
  }

  /**
   * True when a person other than {@code speaker} is named outside quotes in [from, to):
   * a continuation stops there.
   */
  boolean otherSpeakerBetween(int from, int to, String speaker) {
    for (Person p : persons) {
      if (p.start() >= to) {
        break;
      }
      if (p.start() >= from && !p.inQuote() && !fullest(p.name()).equals(speaker)
          && !speaker.endsWith(lastWord(p.name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person named most often outside quotations (fullest form), when named at least twice
   * and strictly more often than anyone else; null otherwise. The interviewee of an interview.
   */
  String mostNamed() {
    Map<String, Integer> counts = new HashMap<>();
    for (Person p : persons) {
      if (!p.inQuote()) {
        counts.merge(fullest(p.name()), 1, Integer::sum);
      }
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return top >= 2 && top > second ? best : null;
  }

  /** Tokens after a role word within which a person named is its holder ("le procureur de Lyon, Marc Roux"). */
  private static final int HOLDER_AFTER = 8;
  /** Tokens before a role word within which a person named is its holder ("Marc Roux, procureur"). */
  private static final int HOLDER_BEFORE = 3;
  /** The auxiliaries that end a role's reach: the clause's verb begins. */
  private static final Set<String> CLAUSE_VERBS = clauseVerbs();

  private static Set<String> clauseVerbs() {
    Set<String> out = new java.util.HashSet<>(SpeechLexicon.get().words("auxiliary"));
    out.addAll(SpeechLexicon.get().words("etre"));
    return Lookup.set(out);
  }

  /**
   * True when the article writes the folded word {@code roleWord} beside a person it names
   * (just before or after the name, outside quotes): the role has a holder even when the role
   * index could not bind it, so the role alone must not stand as the speaker.
   */
  boolean namesHolderOf(String roleWord) {
    for (int t = 0; t < tokens.size; t++) {
      if (!tokens.isWord(t) || !Folding.fold(tokens.word(t)).equals(roleWord)) {
        continue;
      }
      int from = tokens.start[Math.max(0, t - HOLDER_BEFORE)];
      int last = t;
      while (last + 1 < tokens.size && last + 1 - t <= HOLDER_AFTER
          && !CLAUSE_VERBS.contains(tokens.lower[last + 1]) && !tokens.is(last + 1, ".")) {
        last++; // "le procureur de Lyon, Marc Roux", not "le maire a reçu M. Roux"
      }
      int to = tokens.end[last];
      for (Person p : persons) {
        if (p.start() >= to) {
          break;
        }
        if (p.end() > from && !p.inQuote()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The last person named before {@code offset} outside quotes, subject or not («ce dernier»). */
  Person lastMentionedBefore(int offset) {
    Person last = null;
    for (Person p : persons) {
      if (p.end() > offset) {
        break;
      }
      if (!p.inQuote()) {
        last = p;
      }
    }
    return last;
  }

  /**
   * The person a paragraph [from, to) is about: the only person it names outside quotes
   * (fullest form); null when it names none or several.
   */
  String paragraphPerson(int from, int to) {
    String only = null;
    for (Person p : persons) {
      if (p.start() >= to) {
        break;
      }
      if (p.start() < from || p.inQuote()) {
        continue;
      }
      String full = fullest(p.name());
      if (only != null && !only.equals(full)) {
        return null;
      }
      only = full;
    }
    return only;
  }

  /** The person named outside quotes whose naming ends at {@code end} (fullest form), or null. */
  String endingAt(int end) {
    Person found = null;
    for (Person p : persons) {
      if (p.start() >= end) {
        break;
      }
      if (p.end() == end && !p.inQuote()) {
        found = p; // the shortest naming: "Christian Noyer" rather than "de France Christian Noyer"
      }
    }
    return found == null ? null : fullest(found.name());
  }

  Person lastBefore(int offset, String wantedGender) {
    int lo = 0;
    int hi = persons.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (persons.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // the nearest compatible person, unless a subject of this or the previous sentence comes
    // before it: "X a nommé Y médiateur. « … », a-t-il affirmé" is X's
    int window = sentenceStartBefore(offset, 2);
    Person nearest = null;
    for (int i = lo - 1, steps = 0; i >= 0 && steps < 200; i--, steps++) {
      Person p = persons.get(i);
      if (p.inQuote() || p.object()) {
        continue;
      }
      if (nearest != null && p.start() < window) {
        break;
      }
      String g = p.gender() != null ? p.gender() : genderByName.get(fullest(p.name()));
      if (wantedGender == null || g == null || g.equals(wantedGender)) {
        if (isSubject(p.start())) {
          return p;
        }
        if (nearest == null) {
          nearest = p;
        }
      }
    }
    return nearest;
  }

  /**
   * The person a subject pronoun at {@code offset} stands for, as {@link #lastBefore} reads it,
   * when named in its sentence or the {@code sentences} before it; null when farther or none.
   */
  Person antecedent(int offset, String wantedGender, int sentences) {
    Person p = lastBefore(offset, wantedGender);
    return p != null && p.start() >= sentenceStartBefore(offset, sentences + 1) ? p : null;
  }

  /** The gender the article or the first names give a person («m», «f»), or null. */
  String genderOf(Person p) {
    return p.gender() != null ? p.gender() : genderByName.get(fullest(p.name()));
  }

  /** True when the name at {@code start} opens its clause: only a short lead before it. */
  private boolean isSubject(int start) {
    int t = tokens.firstAtOrAfter(start);
    for (int k = t - 1, n = 0; k >= 0; k--, n++) {
      String w = tokens.lower[k];
      if (w.equals(".") || w.equals("!") || w.equals("?")
          || !tokens.sameLine(tokens.end[k], tokens.start[k + 1])) {
        return true;
      }
      if (w.equals(",")) {
        // "Face à la progression russe, le commandant X", "Hier, X": a fronted adjunct; not
        // "…, en accusant le président X"
        String next = k + 1 < t ? tokens.lower[k + 1] : "";
        return k + 1 == t || DETERMINERS.contains(next) || lexicon.honorificGender(tokens.word(k + 1)) != null;
      }
      if (n >= SUBJECT_LEAD || NOT_BEFORE_SUBJECT.contains(w) || w.equals("»")
          || w.equals("\"")) {
        return false;
      }
    }
    return true;
  }

  /** The start offset of the {@code n}-th sentence start at or before {@code offset}. */
  private int sentenceStartBefore(int offset, int n) {
    int t = tokens.firstAtOrAfter(offset) - 1;
    int seen = 0;
    for (int steps = 0; t > 0 && steps < 400; t--, steps++) {
      String w = tokens.lower[t - 1];
      if (w.equals(".") || w.equals("!") || w.equals("?")
          || !tokens.sameLine(tokens.end[t - 1], tokens.start[t])) {
        if (++seen >= n) {
          return tokens.start[t];
        }
      }
    }
    return 0;
  }

  /**
   * The name of the person the article gives {@code role} (folded, determiner stripped), the
   * one named nearest before {@code offset}, else the first after; null when none.
   */
  String resolveRole(String foldedRole, int offset) {
    String found = roles.holder(foldedRole, offset);
    if (found == null) {
      String syn = lexicon.roleSynonym(foldedRole);
      if (syn != null) {
        found = roles.holder(syn, offset);
      }
    }
    return found == null ? null : fullest(found);
  }

  /**
   * True when the article gives {@code name} a role of the same kind as {@code foldedRole} but
   * not that one: "le ministre de la Défense, Paul Roux" is not "le premier ministre" (see
   * {@link RoleIndex#isOtherRole}; "le patron de la CFDT" may well be "le responsable
   * syndical").
   */
  boolean holdsOtherRole(String name, String foldedRole) {
    for (RoleIndex.Apposition a : roles.appositions()) {
      if (fullest(a.name()).equals(name) && RoleIndex.isOtherRole(a.role(), foldedRole)) {
        return true;
      }
    }
    return false;
  }

  static Set<String> roleContent(String foldedRole) {
    return RoleIndex.roleContent(foldedRole);
  }

  static String stripDeterminer(String folded) {
    return RoleIndex.stripDeterminer(folded);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }


  /** The gender a definite article gives its noun: "m" for "le", "f" for "la", else null ("l'", "les"). */
  static String articleGender(String article) {
    return FEMININE_ARTICLES.contains(article) ? "f" : MASCULINE_ARTICLES.contains(article) ? "m" : null;
  }
}
