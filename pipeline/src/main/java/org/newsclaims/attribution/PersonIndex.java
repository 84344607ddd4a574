package org.newsclaims.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;

/**
 * The persons one article names, with where it names them: answers "who is the last man
 * named before offset 1200", "what is the fullest form of Guérassimov here" and "whom does the
 * article call le président russe".
 *
 * <p>Built from the entity mentions when there are any, and always from the article's own
 * capitalised names (two or more capitalised words, a name after an honorific, or a lone
 * surname of a fuller name), so that it works with an empty mention list. Role appositions
 * ("le chef d'état-major de l'armée russe, Valéri Guérassimov") are recorded to resolve roles.
 */
final class PersonIndex {

  /** One naming of a person; {@code gender} is "m", "f" or null when unknown. */
  record Person(int start, int end, String name, String gender, boolean inQuote,
      boolean object) {}

  /** A role the article gives a named person, as folded content words. */
  record Apposition(Set<String> role, String name, String gender, int start) {}

  static final String PERSON = EntityMention.PERSON;
  static final String ORGANISATION = EntityMention.ORGANISATION;
  static final String PLACE = EntityMention.PLACE;

  /** A name right after these complements the noun before: "la défense de X". */
  private static final Set<String> COMPLEMENT_LINKERS = SpeechLexicon.get().words("complement-linker");
  /** Articles, contracted ones too, that no person's name follows. */
  private static final Set<String> ARTICLES = SpeechLexicon.get().words("article");

  static final Set<String> DETERMINERS = SpeechLexicon.get().words("determiner");
  /** A name after these is an object or complement, not a likely antecedent of "il". */
  private static final Set<String> OBJECT_PREPOSITIONS = SpeechLexicon.get().words("object-preposition");
  private static final Set<String> ROLE_FILLERS = SpeechLexicon.get().words("role-filler");

  private final List<Person> persons;
  private final List<Apposition> appositions;
  private final Map<String, String> fullestByLastWord;
  private final Map<String, String> genderByName;
  private final List<EntityMention> personMentions;
  private final SpeechLexicon lexicon;
  /** Spans [start, end) of place and organisation mentions, sorted by start. */
  private final int[][] nonPersons;
  /** Spans [start, end) of organisation mentions, sorted by start. */
  private final int[][] organisations;
  private final Tokens tokens;
  /** Spans [start, end) of person mentions, sorted by start. */
  private final int[][] personSpans;
  /** Roles and role mentions kept per article: bounds the work of each role look-up. */
  private static final int MAX_ROLES = 2_000;

  private PersonIndex(List<Person> persons, List<Apposition> appositions,
      Map<String, String> fullestByLastWord, Map<String, String> genderByName,
      List<EntityMention> personMentions, SpeechLexicon lexicon, int[][] nonPersons,
      int[][] personSpans, int[][] organisations, Tokens tokens) {
    this.tokens = tokens;
    this.persons = persons;
    this.nonPersons = nonPersons;
    this.organisations = organisations;
    this.personSpans = personSpans;
    this.appositions = appositions;
    this.fullestByLastWord = fullestByLastWord;
    this.genderByName = genderByName;
    this.personMentions = personMentions;
    this.lexicon = lexicon;
  }

  /**
   * True when a recognised mention is a complement ("a assuré au président russe que …", "à
   * Vladimir Poutine"): such a person is spoken to, not a likely antecedent of "il".
   */
  private static boolean isObject(Tokens tk, EntityMention m) {
    String lower = m.text() == null ? "" : m.text().toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("au ") || lower.startsWith("aux ") || lower.startsWith("à ")) {
      return true;
    }
    int k = java.util.Arrays.binarySearch(tk.start, 0, tk.size, m.start());
    if (k <= 0) {
      return false;
    }
    String before = tk.lower[k - 1];
    return OBJECT_PREPOSITIONS.contains(before) || before.equals("au") || before.equals("aux");
  }

  static PersonIndex build(Tokens tk, boolean[] inQuote, List<EntityMention> mentions,
      SpeechLexicon lexicon) {
    List<Person> persons = new ArrayList<>();
    List<int[]> singles = new ArrayList<>();
    Map<String, String> fullest = new HashMap<>();
    Map<String, String> gender = new HashMap<>();
    List<Apposition> appositions = new ArrayList<>();
    List<EntityMention> personMentions = new ArrayList<>();
    List<int[]> nonPersons = new ArrayList<>();
    List<int[]> personSpans = new ArrayList<>();
    List<int[]> organisationSpans = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m == null) {
        continue;
      }
      if (EntityMention.PLACE.equals(m.type()) || EntityMention.ORGANISATION.equals(m.type())) {
        nonPersons.add(new int[] {m.start(), m.end()});
        if (EntityMention.ORGANISATION.equals(m.type())) {
          organisationSpans.add(new int[] {m.start(), m.end()});
        }
        continue;
      }
      if (m.name() == null || !EntityMention.PERSON.equals(m.type())) {
        continue;
      }
      personSpans.add(new int[] {m.start(), m.end()});
      if (personMentions.size() < MAX_ROLES) {
        personMentions.add(m);
      }
      boolean q = m.start() >= 0 && m.start() < inQuote.length && inQuote[m.start()];
      persons.add(new Person(m.start(), m.end(), m.name(), null, q, isObject(tk, m)));
      noteFullest(fullest, m.name());
    }
    int[][] nonPlaces = sortedSpans(nonPersons);
    int[][] personArr = sortedSpans(personSpans);
    int t = 0;
    while (t < tk.size) {
      if (!startsName(tk, t, lexicon)) {
        t++;
        continue;
      }
      int last = NameParser.runForward(tk, t, lexicon);
      if (last > t + 1 && tk.isLowerWord(t + 1) && sentenceInitial(tk, t)) {
        t += 2; // "Visite de Poutine": a capitalised common word opening a line or sentence
      } else if (t > 0 && NameParser.isLinker(tk.lower[t - 1]) && capitalisedWords(tk, t, last) >= 3) {
        t++; // "la ministre de la Culture Christine Albanel": the first word is the ministry's
      }
      String honor = NameParser.honorificBefore(tk, t, lexicon);
      int words = 0;
      for (int k = t; k <= last; k++) {
        if (tk.isCapitalised(k)) {
          words++;
        }
      }
      String name = NameParser.text(tk, t, last);
      String g = honor == null || honor.equals("?") ? null : honor;
      String roleGender = null;
      int roleEnd = t - 1;
      if (tk.is(roleEnd, ",")) {
        roleEnd--;
      }
      int roleStart = NameParser.roleStartBackward(tk, roleEnd, Math.max(0, roleEnd - 10));
      if (roleStart > 0 && roleEnd < t - 1 && (OBJECT_PREPOSITIONS.contains(tk.lower[roleStart - 1])
          || NOT_BEFORE_SUBJECT.contains(tk.lower[roleStart - 1]) || tk.is(roleStart - 1, "après"))) {
        // "devant les enquêteurs de la brigade financière, Jérôme Kerviel", "Selon la banque,
        // Kerviel": the noun before the comma ends an adjunct; it is not the name's role
        roleStart = -1;
      }
      if (roleStart >= 0 && t > 0 && COMPLEMENT_LINKERS.contains(tk.lower[t - 1])) {
        roleStart = -1; // "la défense de Jérôme Kerviel": the name complements the noun
      }
      if (roleStart >= 0 && roleStart < roleEnd && honor == null) {
        String det = tk.lower[roleStart];
        roleGender = det.equals("la") ? "f" : det.equals("le") ? "m" : null;
        Set<String> role = roleContent(tk, roleStart + 1, roleEnd);
        if (!role.isEmpty() && words >= 1 && appositions.size() < MAX_ROLES) {
          appositions.add(new Apposition(role, name, roleGender, tk.start[t]));
        }
      }
      if (g == null) {
        g = roleGender;
      }
      int lead = roleStart >= 0 && roleStart < roleEnd ? roleStart
          : honor != null ? (tk.is(t - 1, ".") ? t - 2 : t - 1) : t;
      boolean object = lead >= 0 && (OBJECT_PREPOSITIONS.contains(tk.lower[Math.max(0, lead - 1)])
          && lead > 0 || tk.lower[lead].equals("au") || tk.lower[lead].equals("aux"));
      if (honor == null && overlaps(nonPlaces, tk.start[t], tk.end[last])
          && !overlaps(personArr, tk.start[t], tk.end[last])) {
        t = last + 1; // "France Télévisions", "Jeux olympiques de Pékin": not a person
        continue;
      }
      if (honor == null && t > 0 && ARTICLES.contains(tk.lower[t - 1])
          && !overlaps(personArr, tk.start[t], tk.end[last])
          && !lexicon.isDemonym(tk.word(t))) {
        // "la Caisse d'Epargne", "le Snes-FSU": French names of persons take no article
        t = last + 1;
        continue;
      }
      if (honor != null || words >= 2) {
        persons.add(new Person(tk.start[t], tk.end[last], name, g, inQuote[tk.start[t]], object));
        if (words >= 2) {
          noteFullest(fullest, name);
        }
        if (g != null) {
          gender.putIfAbsent(name, g);
        }
        int[] after = roleAfter(tk, last, lexicon);
        if (after != null && appositions.size() < MAX_ROLES) {
          // "Jacques Dallest, procureur de la République, a déclaré"
          String det = tk.lower[after[0]];
          String ag = det.equals("la") ? "f" : det.equals("le") ? "m" : null;
          int from = DETERMINERS.contains(det) ? after[0] + 1 : after[0];
          Set<String> role = roleContent(tk, from, after[1]);
          if (!role.isEmpty()) {
            appositions.add(new Apposition(role, name, ag, tk.start[t]));
            if (ag != null && g == null) {
              gender.putIfAbsent(name, ag);
            }
          }
        }
      } else {
        singles.add(new int[] {t, last});
      }
      t = last + 1;
    }
    for (int[] s : singles) {
      String name = NameParser.text(tk, s[0], s[1]);
      String full = fullest.get(Folding.fold(lastWord(name)));
      if (full != null) {
        boolean object = s[0] > 0 && OBJECT_PREPOSITIONS.contains(tk.lower[s[0] - 1]);
        persons.add(new Person(tk.start[s[0]], tk.end[s[1]], full, null, inQuote[tk.start[s[0]]],
            object));
      }
    }
    // gender known for a name at one place holds everywhere
    Map<String, String> genderFull = new HashMap<>();
    for (Map.Entry<String, String> e : gender.entrySet()) {
      String full = fullest.getOrDefault(Folding.fold(lastWord(e.getKey())), e.getKey());
      genderFull.putIfAbsent(full, e.getValue());
    }
    for (Apposition a : appositions) {
      if (a.gender() != null) {
        String full = fullest.getOrDefault(Folding.fold(lastWord(a.name())), a.name());
        genderFull.putIfAbsent(full, a.gender());
      }
    }
    persons.sort(Comparator.comparingInt(Person::start));
    return new PersonIndex(List.copyOf(persons), List.copyOf(appositions), Map.copyOf(fullest),
        Map.copyOf(genderFull), List.copyOf(personMentions), lexicon, nonPlaces, personArr,
        sortedSpans(organisationSpans), tk);
  }

  /** Longest role read in apposition after a name, in tokens. */
  private static final int MAX_ROLE_AFTER = 10;
  private static final Set<String> ROLE_STOPS = SpeechLexicon.get().words("role-stop");
  private static final Set<String> INNER = SpeechLexicon.get().words("inner-preposition");

  /**
   * The role in apposition after the name ending at {@code last}, as [first, last] tokens:
   * ", procureur de la République," / ", le directeur sportif de la Française des Jeux a";
   * null when none.
   */
  private static int[] roleAfter(Tokens tk, int last, SpeechLexicon lx) {
    if (!tk.is(last + 1, ",") || !tk.isLowerWord(last + 2)) {
      return null;
    }
    int from = last + 2;
    int k = DETERMINERS.contains(tk.lower[from]) ? from + 1 : from;
    if (!tk.isLowerWord(k) || ROLE_STOPS.contains(tk.lower[k]) || lx.isAdverb(tk.lower[k])
        || tk.lower[k].endsWith("ant")) {
      return null;
    }
    int end = k;
    for (int r = k + 1; r < tk.size && r - from < MAX_ROLE_AFTER; r++) {
      String w = tk.lower[r];
      if (!tk.isWord(r)) {
        boolean closed = w.equals(",") || w.equals(".") || w.equals(":") || w.equals(")");
        return closed ? new int[] {from, end} : null;
      }
      if (ROLE_STOPS.contains(w) && !INNER.contains(w)) {
        return new int[] {from, end};
      }
      end = r;
    }
    return null;
  }

  private static int[][] sortedSpans(List<int[]> spans) {
    int[][] out = spans.toArray(new int[0][]);
    java.util.Arrays.sort(out, Comparator.comparingInt((int[] a) -> a[0]));
    return out;
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
  private static boolean overlaps(int[][] spans, int start, int end) {
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

  private static boolean startsName(Tokens tk, int t, SpeechLexicon lexicon) {
    if (!tk.isCapitalised(t) || lexicon.isNameStopword(tk.word(t))
        || lexicon.honorificGender(tk.word(t)) != null) {
      return false;
    }
    return true;
  }

  private static int capitalisedWords(Tokens tk, int from, int to) {
    int n = 0;
    for (int k = from; k <= to; k++) {
      n += tk.isCapitalised(k) ? 1 : 0;
    }
    return n;
  }

  private static boolean sentenceInitial(Tokens tk, int t) {
    if (t == 0 || !tk.sameLine(tk.end[t - 1], tk.start[t])) {
      return true;
    }
    String p = tk.lower[t - 1];
    return p.equals(".") || p.equals("!") || p.equals("?") || p.equals(":");
  }

  private static void noteFullest(Map<String, String> fullest, String name) {
    String key = Folding.fold(lastWord(name));
    String old = fullest.get(key);
    if (old == null || wordCount(name) > wordCount(old)) {
      fullest.put(key, name);
    }
  }

  static String lastWord(String name) {
    String s = name.strip();
    int sp = s.lastIndexOf(' ');
    return sp < 0 ? s : s.substring(sp + 1);
  }

  /** Capitalised words only: "Visite de Poutine" counts 2, like "Vladimir Poutine". */
  private static int wordCount(String name) {
    // the words of name.strip().split("\\s+"), counted without a regular expression
    String s = name.strip();
    int n = 0;
    boolean atStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        atStart = true;
      } else {
        if (atStart && Character.isUpperCase(c)) {
          n++;
        }
        atStart = false;
      }
    }
    return n;
  }

  static Set<String> roleContent(Tokens tk, int from, int to) {
    Set<String> out = new HashSet<>();
    for (int k = from; k <= to; k++) {
      if (!tk.isWord(k)) {
        continue;
      }
      String w = Folding.fold(tk.word(k));
      if (w.endsWith("'")) {
        w = w.substring(0, w.length() - 1);
      }
      if (!ROLE_FILLERS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static Set<String> roleContent(String foldedRole) {
    Set<String> out = new HashSet<>();
    for (String w : foldedRole.split("[\\s']+")) {
      if (!w.isEmpty() && !ROLE_FILLERS.contains(w)) {
        out.add(w);
      }
    }
    return out;
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

  /** The last person named before {@code offset}, outside quotes, whose gender fits. */
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

  /** Words before a subject name in its sentence (role words, "Hier,", an honorific). */
  private static final int SUBJECT_LEAD = 8;
  private static final Set<String> NOT_BEFORE_SUBJECT = SpeechLexicon.get().words("not-before-subject");

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
    String found = resolveRoleOnce(foldedRole, offset);
    if (found == null) {
      String syn = lexicon.roleSynonym(foldedRole);
      if (syn != null) {
        found = resolveRoleOnce(syn, offset);
      }
    }
    return found == null ? null : fullest(found);
  }

  private String resolveRoleOnce(String foldedRole, int offset) {
    EntityMention bestMention = null;
    for (EntityMention m : personMentions) {
      String mt = stripDeterminer(Folding.fold(m.text()));
      if (mt.equals(foldedRole) && !m.name().isBlank()
          && !Folding.fold(m.name()).equals(mt)) {
        if (bestMention == null || better(m.start(), bestMention.start(), offset)) {
          bestMention = m;
        }
      }
    }
    if (bestMention != null) {
      return bestMention.name();
    }
    Set<String> wanted = roleContent(foldedRole);
    if (wanted.isEmpty()) {
      return null;
    }
    Apposition best = null;
    for (Apposition a : appositions) {
      if (a.role().containsAll(wanted)) {
        if (best == null || better(a.start(), best.start(), offset)) {
          best = a;
        }
      }
    }
    if (best == null) {
      // "le chef d'état-major russe" for an article that wrote "le chef d'état-major X":
      // a shorter role of two or more words, all in the wanted one, without any other word
      for (Apposition a : appositions) {
        if (a.role().size() >= 2 && wanted.containsAll(a.role())) {
          if (best == null || better(a.start(), best.start(), offset)) {
            best = a;
          }
        }
      }
    }
    return best == null ? null : best.name();
  }

  /** Nearest before the offset wins; otherwise the earliest after it. */
  private static boolean better(int candidate, int current, int offset) {
    boolean cb = candidate < offset;
    boolean ub = current < offset;
    if (cb != ub) {
      return cb;
    }
    return cb ? candidate > current : candidate < current;
  }

  static String stripDeterminer(String folded) {
    String s = folded.strip();
    for (String d : new String[] {"le ", "la ", "les ", "l'"}) {
      if (s.startsWith(d)) {
        return s.substring(d.length()).strip();
      }
    }
    return s;
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

}
