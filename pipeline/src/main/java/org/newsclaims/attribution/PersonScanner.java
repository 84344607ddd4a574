package org.newsclaims.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.attribution.PersonIndex.Person;
import org.newsclaims.attribution.RoleIndex.Apposition;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;

/**
 * Reads the persons one article names into a {@link PersonIndex}: from the entity mentions
 * when there are any, and always from the article's own capitalised names (two or more
 * capitalised words, a name after an honorific, or a lone surname of a fuller name), so that
 * it works with an empty mention list. Role appositions before the name ("le chef d'état-major
 * de l'armée russe, Valéri Guérassimov") and after it ("Jacques Dallest, procureur de la
 * République,") are recorded to resolve roles.
 */
final class PersonScanner {

  /** A name right after these complements the noun before: "la défense de X". */
  private static final Set<String> COMPLEMENT_LINKERS = SpeechLexicon.get().words("complement-linker");
  /** Articles, contracted ones too, that no person's name follows. */
  private static final Set<String> ARTICLES = SpeechLexicon.get().words("article");
  /** A name after these is an object or complement, not a likely antecedent of "il". */
  static final Set<String> OBJECT_PREPOSITIONS = SpeechLexicon.get().words("object-preposition");
  private static final Set<String> DETERMINERS = PersonIndex.DETERMINERS;
  /** à, au, aux: "a assuré au président russe". */
  private static final Set<String> A_FORMS = org.newsclaims.text.WordClasses.of("a-forms");
  private static final Set<String> NOT_BEFORE_SUBJECT = PersonIndex.NOT_BEFORE_SUBJECT;
  /** Roles and role mentions kept per article: bounds the work of each role look-up. */
  private static final int MAX_ROLES = 2_000;

  private PersonScanner() {}

  /**
   * True when a recognised mention is a complement ("a assuré au président russe que …", "à
   * Vladimir Poutine"): such a person is spoken to, not a likely antecedent of "il".
   */
  private static boolean isObject(Tokens tk, EntityMention m) {
    String lower = m.text() == null ? "" : m.text().toLowerCase(java.util.Locale.ROOT);
    int space = lower.indexOf(' ');
    if (space > 0 && A_FORMS.contains(lower.substring(0, space))) {
      return true;
    }
    int k = java.util.Arrays.binarySearch(tk.start, 0, tk.size, m.start());
    if (k <= 0) {
      return false;
    }
    String before = tk.lower[k - 1];
    return OBJECT_PREPOSITIONS.contains(before) || A_FORMS.contains(before);
  }

  static PersonIndex scan(Tokens tk, boolean[] inQuote, List<EntityMention> mentions,
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
        roleGender = PersonIndex.articleGender(det);
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
          String ag = PersonIndex.articleGender(det);
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
    return new PersonIndex(List.copyOf(persons),
        new RoleIndex(List.copyOf(appositions), List.copyOf(personMentions)),
        Map.copyOf(fullest), Map.copyOf(genderFull), lexicon, nonPlaces, personArr,
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

  private static String lastWord(String name) {
    return PersonIndex.lastWord(name);
  }

  private static boolean overlaps(int[][] spans, int start, int end) {
    return PersonIndex.overlaps(spans, start, end);
  }

  private static Set<String> roleContent(Tokens tk, int from, int to) {
    return RoleIndex.roleContent(tk, from, to);
  }
}
