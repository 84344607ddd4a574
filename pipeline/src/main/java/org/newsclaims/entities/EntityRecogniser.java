package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;

/**
 * Finds people, places and organisations in one article and resolves mentions within it.
 *
 * <p>Rules, in order: capitalised word sequences (with particles such as {@code de}, {@code von},
 * {@code al}, hyphenated names and initials) are cut of leading common words ({@code
 * stopwords.txt}), titles ({@code M.}, {@code Mme}, {@code le général}) and, at weak positions
 * (sentence or quote opening, Title Case headline), of words not otherwise known as names. What
 * remains is typed by the gazetteer, a title or role before it, a given name ({@code
 * firstnames.txt}), a place trigger ({@code région de}, {@code à}, {@code en}) or an
 * organisation head noun. Within the article, a surname ("M. Guérassimov") takes the name of
 * the full form ("Valéri Guérassimov"), a role ("le chef d'état-major russe") the name of its
 * holder (apposition in the article, else the gazetteer's holder at the article's date), and a
 * demonym after a state noun ("l'armée russe") becomes a place mention of its country.
 *
 * <p>Example: in {@code "Le président russe Vladimir Poutine a reçu M. Guérassimov à Moscou."}
 * it finds {@code Vladimir Poutine} (person), {@code russe} (place Russie), {@code Guérassimov}
 * (person, name Valéri Guérassimov from the gazetteer) and {@code Moscou} (place).
 * Immutable and thread-safe; linear in the length of the text.
 */
public final class EntityRecogniser {

  private static final int MAX_PHRASE = 6;

  /** Longest capitalised sequence considered as one name (longer runs are cut). */
  private static final int MAX_NAME = 8;

  /** One word of the text. */
  private record Tok(int start, int end, String text, String fold, boolean cap, boolean allCaps,
      boolean weak, boolean dot) {}

  /** A mention before in-article resolution; type null = untyped single word. */
  private record Raw(int start, int end, String text, String type, boolean placeCue,
      String fixedName) {}

  private final Gazetteer gazetteer;
  private final Set<String> stopwords;
  private final Set<String> firstNames;
  private final Set<String> titles;
  private final Set<String> roles;
  private final Set<String> qualifiers;
  private final Set<String> placeTriggers;
  private final Set<String> stateNouns;
  private final Set<String> orgNouns;
  private final Set<String> armyNouns;
  private final Set<String> particles;
  private final Set<String> determiners;
  // the folded words the phrases of a set can end (or start) with: a word outside it cannot be
  // the last (first) word of a phrase of the set, which spares building the phrases around it
  private final Set<String> titleEnds;
  private final Set<String> placeTriggerEnds;
  private final Set<String> stateNounEnds;
  private final Set<String> armyNounEnds;
  private final Set<String> roleStarts;

  private EntityRecogniser(Gazetteer gazetteer, Set<String> stopwords, Set<String> firstNames,
      Map<String, Set<String>> kinds) {
    this.gazetteer = gazetteer;
    this.stopwords = stopwords;
    this.firstNames = firstNames;
    this.roles = kinds.getOrDefault("role", Set.of());
    Set<String> t = new HashSet<>(kinds.getOrDefault("person-title", Set.of()));
    t.addAll(roles);
    this.titles = Set.copyOf(t);
    this.qualifiers = kinds.getOrDefault("qualifier", Set.of());
    this.placeTriggers = kinds.getOrDefault("place-trigger", Set.of());
    this.stateNouns = kinds.getOrDefault("state-noun", Set.of());
    this.orgNouns = kinds.getOrDefault("org-noun", Set.of());
    this.armyNouns = kinds.getOrDefault("army-noun", Set.of());
    this.particles = kinds.getOrDefault("particle", Set.of());
    this.determiners = kinds.getOrDefault("determiner", Set.of());
    this.titleEnds = edgeWords(titles, true);
    this.placeTriggerEnds = edgeWords(placeTriggers, true);
    this.stateNounEnds = edgeWords(stateNouns, true);
    this.armyNounEnds = edgeWords(armyNouns, true);
    this.roleStarts = edgeWords(roles, false);
  }

  /**
   * Every ending (or beginning) of a phrase of {@code phrases} that starts (ends) at a word
   * boundary: a phrase built by {@link #phrase} ends with its last word's fold, which follows
   * a gap character (never a letter or digit) or starts the phrase. A superset of the folds
   * that can end a phrase of the set, so a word outside it ends none.
   */
  private static Set<String> edgeWords(Set<String> phrases, boolean last) {
    Set<String> out = new HashSet<>();
    for (String e : phrases) {
      for (int p = 0; p <= e.length(); p++) {
        if (last && p < e.length() && (p == 0 || !Character.isLetterOrDigit(e.charAt(p - 1)))) {
          out.add(e.substring(p));
        }
        if (!last && p > 0 && (p == e.length() || !Character.isLetterOrDigit(e.charAt(p)))) {
          out.add(e.substring(0, p));
        }
      }
    }
    return Set.copyOf(out);
  }

  public static EntityRecogniser fromResources() {
    Map<String, Set<String>> building = new HashMap<>();
    for (String[] row : Lexicon.rows("titles.tsv")) {
      if (row.length >= 2) {
        building.computeIfAbsent(row[0].strip(), k -> new HashSet<>())
            .add(Folding.fold(row[1].strip()));
      }
    }
    Map<String, Set<String>> kinds = new HashMap<>();
    building.forEach((k, v) -> kinds.put(k, Set.copyOf(v)));
    Set<String> stop = new HashSet<>();
    for (String w : Lexicon.words("stopwords.txt")) {
      stop.add(Folding.fold(w));
    }
    Set<String> first = new HashSet<>();
    for (String w : Lexicon.words("firstnames.txt")) {
      first.add(Folding.fold(w));
    }
    return new EntityRecogniser(Gazetteer.get(), Set.copyOf(stop), Set.copyOf(first),
        Map.copyOf(kinds));
  }

  public List<EntityMention> find(Article article) {
    String text = article.text() == null ? "" : article.text();
    List<Tok> toks = tokenise(text);
    Set<String> knownCaps = new HashSet<>();
    for (Tok t : toks) {
      if (t.cap() && !t.weak() && !t.allCaps() && !stopwords.contains(t.fold())) {
        knownCaps.add(t.fold());
      }
    }
    List<Raw> raws = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      if (!toks.get(i).cap()) {
        i++;
        continue;
      }
      int k = i + 1;
      while (k < toks.size() && k - i < MAX_NAME) {
        if (toks.get(k).cap() && joined(text, toks.get(k - 1), toks.get(k))) {
          k++;
        } else if (particleRun(text, toks, k) > 0) {
          k += particleRun(text, toks, k) + 1;
        } else {
          break;
        }
      }
      sequence(text, toks, i, k, knownCaps, raws);
      i = k;
    }
    List<EntityMention> out = resolve(article, text, toks, raws);
    out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end)
        .thenComparing(EntityMention::type).thenComparing(EntityMention::name));
    List<EntityMention> dedup = new ArrayList<>();
    for (EntityMention m : out) {
      if (dedup.isEmpty() || !dedup.get(dedup.size() - 1).equals(m)) {
        dedup.add(m);
      }
    }
    return List.copyOf(dedup);
  }

  // ---------------------------------------------------------------- tokens

  private List<Tok> tokenise(String text) {
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if ((c == '-' || c == '‑') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      spans.add(new int[] {s, i});
    }
    boolean[] titleLine = titleCaseLines(text, spans);
    List<Tok> out = new ArrayList<>(spans.size());
    Map<String, String> folds = new HashMap<>(); // words repeat: fold each once per article
    for (int k = 0; k < spans.size(); k++) {
      int s = spans.get(k)[0];
      int e = spans.get(k)[1];
      String w = text.substring(s, e);
      boolean cap = Character.isUpperCase(w.charAt(0));
      boolean allCaps = w.length() >= 2 && allLettersUpper(w);
      boolean dot = e < n && text.charAt(e) == '.';
      out.add(new Tok(s, e, w, folds.computeIfAbsent(w, Folding::fold), cap, allCaps,
          titleLine[k] || weakPosition(text, s), dot));
    }
    return out;
  }

  private static boolean allLettersUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word starts a sentence, a line, a quotation or follows a colon or a bracket. */
  private static boolean weakPosition(String text, int start) {
    int p = start - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0) {
      return true;
    }
    char c = text.charAt(p);
    if ("\n.!?…:«\"“(—–[".indexOf(c) >= 0) {
      return true;
    }
    return c == '-' && (p == 0 || Character.isWhitespace(text.charAt(p - 1)));
  }

  /**
   * Per word: whether its line is a Title Case headline: 3/4 of its longer words capitalised
   * and no full stop at its end (a body sentence full of names ends with one).
   */
  private boolean[] titleCaseLines(String text, List<int[]> spans) {
    boolean[] out = new boolean[spans.size()];
    int lineFirst = 0;
    for (int k = 0; k <= spans.size(); k++) {
      boolean newLine = k == spans.size()
          || k > lineFirst && gapHasNewline(text, spans.get(k - 1)[1], spans.get(k)[0]);
      if (!newLine) {
        continue;
      }
      int words = 0;
      int caps = 0;
      for (int j = lineFirst; j < k; j++) {
        int s = spans.get(j)[0];
        int e = spans.get(j)[1];
        if (e - s >= 4 && Character.isLetter(text.charAt(s))) {
          words++;
          if (Character.isUpperCase(text.charAt(s))) {
            caps++;
          }
        }
      }
      if (words >= 3 && caps * 4 >= words * 3 && k > lineFirst
          && !endsSentence(text, spans.get(k - 1)[1])) {
        for (int j = lineFirst; j < k; j++) {
          out[j] = true;
        }
      }
      lineFirst = k;
    }
    return out;
  }

  /** Whether a sentence terminator follows {@code end} before the line ends. */
  private static boolean endsSentence(String text, int end) {
    for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (".!?…".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean gapHasNewline(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * The folded text of words {@code [from, to)}: the same as folding the substring, built from
   * the words' folds and their (punctuation and space) gaps, which need no decomposition.
   */
  private static String phrase(String text, List<Tok> toks, int from, int to) {
    StringBuilder sb = new StringBuilder(toks.get(from).fold());
    for (int k = from + 1; k < to; k++) {
      boolean space = false;
      for (int c = toks.get(k - 1).end(); c < toks.get(k).start(); c++) {
        char ch = text.charAt(c);
        if (Character.isWhitespace(ch)) {
          space = true;
          continue;
        }
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(ch == '’' || ch == 'ʼ' ? '\'' : Character.toLowerCase(ch));
      }
      if (space) {
        sb.append(' ');
      }
      sb.append(toks.get(k).fold());
    }
    return sb.toString();
  }

  private static String separator(String text, Tok a, Tok b) {
    return text.substring(a.end(), b.start());
  }

  /** Whether two capitalised words belong to one name: one space, or an initial's dot. */
  private static boolean joined(String text, Tok a, Tok b) {
    String sep = separator(text, a, b);
    if (sep.equals(" ")) {
      return true;
    }
    boolean initial = a.text().length() == 1 || a.allCaps() && a.text().length() <= 3
        || a.fold().equals("m") || a.fold().equals("mm") || a.fold().equals("dr");
    return initial && (sep.equals(". ") || sep.equals("."));
  }

  /**
   * Number of particle words at {@code k} ("de", "von der") that join the name before them to a
   * capitalised word after them, or 0.
   */
  private int particleRun(String text, List<Tok> toks, int k) {
    if (!separator(text, toks.get(k - 1), toks.get(k)).equals(" ")) {
      return 0;
    }
    for (int run = 1; run <= 2 && k + run < toks.size(); run++) {
      Tok p = toks.get(k + run - 1);
      if (p.cap() || !particles.contains(p.fold())) {
        return 0;
      }
      String sep = separator(text, p, toks.get(k + run));
      if (!sep.equals(" ") && !sep.equals("'")) {
        return 0;
      }
      if (toks.get(k + run).cap()) {
        return run;
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- sequences

  private void sequence(String text, List<Tok> toks, int from, int to, Set<String> knownCaps,
      List<Raw> raws) {
    int a = from;
    boolean titled = false;
    boolean placeCue = false;
    while (a < to) {
      Tok t = toks.get(a);
      String titleForm = t.dot() ? t.fold() + "." : t.fold();
      if (particles.contains(t.fold()) && !t.cap()) {
        a++;
      } else if (titles.contains(titleForm) || titles.contains(t.fold()) && !t.dot()) {
        titled = true;
        a++;
      } else if (stopwords.contains(t.fold())) {
        if (placeTriggers.contains(t.fold())) {
          placeCue = true;
        }
        a++;
      } else if (!t.allCaps() && gazetteer.country(t.fold()) != null
          && gazetteer.lookup(t.text()).isEmpty()) {
        a++; // "les Russes", "Sud-Coréens": nationals, not names
      } else if (!titled && t.weak() && !known(t, knownCaps)
          && gazetteer.lookup(span(text, toks, a, to)).isEmpty()) {
        a++;
      } else {
        break;
      }
    }
    if (a >= to) {
      return;
    }
    if (a == from) {
      titled = titled || titleBefore(text, toks, from);
    }
    int triggerStart = a == from ? phraseBefore(text, toks, from, placeTriggers, placeTriggerEnds) : -1;
    placeCue = placeCue || triggerStart >= 0;
    // an organisation head noun owns the whole name: "Banque de France", not "France"
    if (to - a >= 2 && orgNouns.contains(toks.get(a).fold())
        && gazetteer.lookup(span(text, toks, a, to)).isEmpty()) {
      // "la Société Générale Daniel Bouton": the organisation ends where a given name starts
      int cut = to;
      for (int p = a + 1; p < to - 1; p++) {
        if (firstNames.contains(toks.get(p).fold())) {
          cut = p;
          break;
        }
      }
      if (cut < to) {
        raws.add(raw(text, toks, cut, to, EntityMention.PERSON, false));
      }
      List<Gazetteer.Entry> known = gazetteer.lookup(span(text, toks, a, cut));
      if (!known.isEmpty() || cut - a >= 2) {
        raws.add(raw(text, toks, a, cut,
            known.isEmpty() ? EntityMention.ORGANISATION : known.get(0).type(), false));
      }
      return;
    }
    // gazetteer on the longest suffix: "Chief Valery Gerasimov" -> "Valery Gerasimov"
    for (int p = a; p < to; p++) {
      if (particles.contains(toks.get(p).fold()) && !toks.get(p).cap()) {
        continue;
      }
      String s = span(text, toks, p, to);
      List<Gazetteer.Entry> entries = gazetteer.lookup(s);
      // a known place or organisation at the end of a longer name is part of that name
      // ("Jean Paris", "Kanye West"); a known person keeps its name ("Chief Valery Gerasimov")
      if (!entries.isEmpty() && (p == a || EntityMention.PERSON.equals(entries.get(0).type()))) {
        Gazetteer.Entry e = entries.get(0);
        if (p == from && triggerStart >= 0 && EntityMention.PLACE.equals(e.type())) {
          String region = span(text, toks, triggerStart, to);
          Gazetteer.Entry r = gazetteer.lookup(region, EntityMention.PLACE);
          if (r != null && r != e) {
            raws.add(new Raw(toks.get(triggerStart).start(), toks.get(to - 1).end(), region,
                EntityMention.PLACE, true, null));
            return;
          }
        }
        raws.add(new Raw(toks.get(p).start(), toks.get(to - 1).end(), s, e.type(), placeCue,
            null));
        return;
      }
    }
    // single all-caps words are furniture or unknown acronyms
    if (to - a == 1 && toks.get(a).allCaps()) {
      return;
    }
    if (titled) {
      // "le député UMP Jean Leonetti": the name starts at the given name, after any acronym
      int p = a;
      while (p < to - 1 && toks.get(p).allCaps()) {
        p++;
      }
      for (int q = p; q < to - 1; q++) {
        if (firstNames.contains(toks.get(q).fold())) {
          p = q;
          break;
        }
      }
      raws.add(raw(text, toks, p, to, EntityMention.PERSON, false));
      return;
    }
    for (int p = a; p < to - 1; p++) {
      if (firstNames.contains(toks.get(p).fold())) {
        raws.add(raw(text, toks, p, to, EntityMention.PERSON, false));
        return;
      }
    }
    if (placeCue && !stopwords.contains(toks.get(a).fold())) {
      if (triggerStart >= 0 && isStrongTrigger(text, toks, triggerStart, from)) {
        raws.add(raw(text, toks, a, to, EntityMention.PLACE, true));
      } else if (to - a == 1 && !firstNames.contains(toks.get(a).fold())) {
        raws.add(raw(text, toks, a, to, null, true));
      }
      return;
    }
    if (to - a == 1) {
      raws.add(raw(text, toks, a, to, null, false));
    } else if (a == from && to - a <= 4 && roleAppositionBefore(text, toks, from)
        && closesApposition(text, toks.get(to - 1).end())) {
      raws.add(raw(text, toks, a, to, EntityMention.PERSON, false)); // "le ministre ..., X Y"
    } else if (a == from && to - a <= 4 && !toks.get(a).weak()) {
      raws.add(raw(text, toks, a, to, null, false)); // a person if "M. <last word>" is one
    }
  }

  private static Raw raw(String text, List<Tok> toks, int a, int to, String type, boolean cue) {
    return new Raw(toks.get(a).start(), toks.get(to - 1).end(), span(text, toks, a, to), type, cue,
        null);
  }

  private boolean known(Tok t, Set<String> knownCaps) {
    return firstNames.contains(t.fold()) || knownCaps.contains(t.fold())
        || !gazetteer.lookup(t.text()).isEmpty();
  }

  /** A multi-word trigger ("région de", "village de") types any name; "à", "en" only single words. */
  private static boolean isStrongTrigger(String text, List<Tok> toks, int triggerStart, int at) {
    return at - triggerStart >= 2;
  }

  private static String span(String text, List<Tok> toks, int a, int to) {
    return text.substring(toks.get(a).start(), toks.get(to - 1).end());
  }

  /** Start index of the longest phrase of {@code set} that ends right before word {@code at}, or -1. */
  private int phraseBefore(String text, List<Tok> toks, int at, Set<String> set, Set<String> ends) {
    if (at < 1 || !ends.contains(toks.get(at - 1).fold())) {
      return -1; // no phrase of the set ends with this word
    }
    int best = -1;
    for (int j = at - 1; j >= 0 && j >= at - MAX_PHRASE; j--) {
      String phrase = phrase(text, toks, j, at);
      if (set.contains(phrase)) {
        best = j;
      }
      if (phrase.indexOf(',') >= 0 || phrase.indexOf('.') >= 0 || phrase.indexOf('\n') >= 0) {
        break;
      }
    }
    if (best >= 0) {
      String sep = text.substring(toks.get(at - 1).end(), toks.get(at).start());
      if (!sep.equals(" ") && !sep.equals("'")) {
        return -1;
      }
    }
    return best;
  }

  /**
   * Whether the name follows ", " closing a role phrase introduced by a determiner within the
   * same clause: "Le ministre de la Défense de la Lituanie, Dovilė Šakalienė".
   */
  private boolean roleAppositionBefore(String text, List<Tok> toks, int at) {
    if (at < 2 || !separator(text, toks.get(at - 1), toks.get(at)).equals(", ")) {
      return false;
    }
    for (int j = at - 1; j >= 1 && j >= at - 10; j--) {
      String between = text.substring(toks.get(j).end(), toks.get(at - 1).end());
      if (j < at - 1 && (between.indexOf(',') >= 0 || between.indexOf('.') >= 0
          || between.indexOf('\n') >= 0)) {
        return false;
      }
      if (determiners.contains(toks.get(j - 1).fold()) && roleStarts.contains(toks.get(j).fold())) {
        for (int k = Math.min(MAX_PHRASE, at - j); k >= 1; k--) {
          String phrase = phrase(text, toks, j, j + k);
          if (roles.contains(phrase)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a name after "role, " is an apposition: it is closed by a comma, a full stop or a
   * bracket ("le ministre de l'Intérieur, Ihor Klymenko, a estimé"), unlike "allié à la
   * présidente de la région, Manuel Valls affirme".
   */
  private static boolean closesApposition(String text, int end) {
    return end >= text.length() || ",.;)\n".indexOf(text.charAt(end)) >= 0;
  }

  /** A title or role right before the name, possibly with a demonym: "le président russe X". */
  private boolean titleBefore(String text, List<Tok> toks, int at) {
    if (at > 0 && toks.get(at - 1).dot() && titles.contains(toks.get(at - 1).fold() + ".")) {
      return true;
    }
    if (phraseBefore(text, toks, at, titles, titleEnds) >= 0) {
      return true;
    }
    if (at > 1 && gazetteer.country(toks.get(at - 1).fold()) != null
        && !toks.get(at - 1).cap()) {
      return phraseBefore(text, toks, at - 1, titles, titleEnds) >= 0;
    }
    return false;
  }

  // ---------------------------------------------------------------- resolution

  private List<EntityMention> resolve(Article article, String text, List<Tok> toks,
      List<Raw> raws) {
    String id = article.article();
    SurfaceForms names = new SurfaceForms(); // the same surfaces recur: fold each once
    // an untyped full name whose last word is a person elsewhere ("M. Tête") is that person
    Set<String> personSurnames = new HashSet<>();
    for (Raw r : raws) {
      if (EntityMention.PERSON.equals(r.type())) {
        personSurnames.add(names.surname(r.text()));
      }
    }
    List<Raw> promoted = new ArrayList<>(raws.size());
    for (Raw r : raws) {
      boolean multi = names.wordCount(r.text()) >= 2;
      if (r.type() == null && multi
          && personSurnames.contains(names.surname(r.text()))) {
        promoted.add(new Raw(r.start(), r.end(), r.text(), EntityMention.PERSON, false, null));
      } else if (r.type() != null || !multi) {
        promoted.add(r);
      }
    }
    raws = promoted;
    // full person names of the article, with frequencies, in order of first appearance
    Map<String, Integer> fullNames = new LinkedHashMap<>();
    for (Raw r : raws) {
      if (EntityMention.PERSON.equals(r.type()) && names.wordCount(r.text()) >= 2) {
        fullNames.merge(r.text(), 1, Integer::sum);
      }
    }
    FullNames index = new FullNames(fullNames);
    Map<String, String> typedElsewhere = new HashMap<>();
    for (Raw r : raws) {
      if (r.type() != null) {
        typedElsewhere.putIfAbsent(names.fold(r.text()), r.type());
      }
    }
    List<EntityMention> out = new ArrayList<>();
    Map<Integer, EntityMention> personAt = new HashMap<>();
    for (Raw r : raws) {
      String type = r.type();
      String fullName = index.name(r.text());
      if (type == null) {
        String other = typedElsewhere.get(names.fold(r.text()));
        if (fullName != null) {
          type = EntityMention.PERSON;
        } else if (other != null) {
          type = other;
        } else if (r.placeCue()) {
          type = EntityMention.PLACE;
        } else {
          continue;
        }
      }
      String name = r.text();
      if (EntityMention.PERSON.equals(type)) {
        if (fullName != null) {
          name = fullName;
        } else {
          Gazetteer.Entry e = gazetteer.lookup(r.text(), EntityMention.PERSON);
          if (e != null && names.wordCount(r.text()) < 2) {
            name = e.canonical();
          }
        }
      } else if (type.equals(EntityMention.PLACE) && r.placeCue() && fullName != null) {
        type = EntityMention.PERSON; // "a assuré à Guérassimov": a known surname, not a place
        name = fullName;
      }
      EntityMention m = new EntityMention(id, r.text(), name, type, r.start(), r.end());
      out.add(m);
      if (EntityMention.PERSON.equals(type)) {
        personAt.put(r.start(), m);
      }
    }
    roles(article, text, toks, personAt, out);
    demonyms(id, text, toks, out);
    return out;
  }

  /** Folds, word counts and surnames of the mention surfaces of one article, each computed once. */
  private static final class SurfaceForms {
    private final Map<String, String> folds = new HashMap<>();
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();

    String fold(String surface) {
      return folds.computeIfAbsent(surface, Folding::fold);
    }

    int wordCount(String surface) {
      return wordCounts.computeIfAbsent(surface, x -> NameKey.words(fold(x)).size());
    }

    String surname(String surface) {
      return surnames.computeIfAbsent(surface, x -> NameKey.surname(fold(x)));
    }
  }

  /**
   * The full person names of one article, indexed for {@link #name}: a single word takes the
   * most frequent full name with the same surname (exact spelling preferred over the same
   * transliteration key, then the longer name, then the first seen); a full name takes the
   * longest full name ending with it ("Tayyip Erdogan" in an article that says "Recep Tayyip
   * Erdogan"), else stays itself.
   */
  private static final class FullNames {
    private final Map<String, String> bySuffix = new HashMap<>();
    private final Map<String, String> bySurname = new HashMap<>();
    private final Map<String, String> bySurnameKey = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    FullNames(Map<String, Integer> counts) {
      Map<String, long[]> scoreSur = new HashMap<>();
      Map<String, long[]> scoreKey = new HashMap<>();
      long order = counts.size();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        String name = e.getKey();
        names.add(name);
        String folded = Folding.fold(name);
        List<String> ws = NameKey.words(folded);
        // suffixes of two or more words: "tayyip erdogan" -> "Recep Tayyip Erdogan"
        int cut = folded.indexOf(' ');
        while (cut > 0) {
          String suffix = folded.substring(cut + 1);
          if (suffix.indexOf(' ') > 0) {
            String old = bySuffix.get(suffix);
            if (old == null || name.length() > old.length()) {
              bySuffix.put(suffix, name);
            }
          }
          cut = folded.indexOf(' ', cut + 1);
        }
        if (ws.size() < 2) {
          continue;
        }
        long score = e.getValue() * 1_000_000L + name.length() * 1000L + order--;
        String sur = NameKey.surname(folded);
        better(scoreSur, bySurname, sur, name, score);
        better(scoreKey, bySurnameKey, NameKey.word(sur, false), name, score);
      }
    }

    private static void better(Map<String, long[]> scores, Map<String, String> best, String key,
        String name, long score) {
      long[] old = scores.get(key);
      if (old == null || score > old[0]) {
        scores.put(key, new long[] {score});
        best.put(key, name);
      }
    }

    /** Answers of {@link #name} already given (null values included): surfaces recur. */
    private final Map<String, String> answered = new HashMap<>();

    /** The article's fullest form of a person surface, or null when it has none. */
    String name(String surface) {
      if (answered.containsKey(surface)) {
        return answered.get(surface);
      }
      String name = nameOf(surface);
      answered.put(surface, name);
      return name;
    }

    private String nameOf(String surface) {
      String folded = Folding.fold(surface);
      List<String> words = NameKey.words(folded);
      if (words.size() >= 2) {
        String longer = bySuffix.get(folded);
        return longer != null ? longer : names.contains(surface) ? surface : null;
      }
      if (words.isEmpty()) {
        return null;
      }
      String sur = NameKey.surname(folded);
      String exact = bySurname.get(sur);
      return exact != null ? exact : bySurnameKey.get(NameKey.word(sur, false));
    }
  }

  /** Role phrases: appositions bind roles to names; bare roles become person mentions. */
  private void roles(Article article, String text, List<Tok> toks,
      Map<Integer, EntityMention> personAt, List<EntityMention> out) {
    record Pending(int start, int end, String role, String country) {}
    Map<String, String> bindings = new HashMap<>();
    List<Pending> bare = new ArrayList<>();
    for (int i = 1; i < toks.size(); i++) {
      if (!determiners.contains(toks.get(i - 1).fold()) || !roleStarts.contains(toks.get(i).fold())) {
        continue; // no role phrase starts here
      }
      int roleEnd = -1;
      for (int k = Math.min(MAX_PHRASE, toks.size() - i); k >= 1; k--) {
        String phrase = phrase(text, toks, i, i + k);
        if (roles.contains(phrase)) {
          roleEnd = i + k;
          break;
        }
      }
      if (roleEnd < 0) {
        continue;
      }
      String role = phrase(text, toks, i, roleEnd);
      int j = roleEnd;
      String country = "";
      for (int k = Math.min(4, toks.size() - j); k >= 1; k--) {
        String q = phrase(text, toks, j, j + k);
        if (qualifiers.contains(q) && j + k < toks.size()
            && gazetteer.country(toks.get(j + k).fold()) != null) {
          j += k;
          break;
        }
      }
      if (j < toks.size() && !toks.get(j).cap() && gazetteer.country(toks.get(j).fold()) != null
          && text.substring(toks.get(j - 1).end(), toks.get(j).start()).equals(" ")) {
        country = gazetteer.country(toks.get(j).fold());
        j++;
      } else if (j + 1 < toks.size() && (toks.get(j).fold().equals("de")
          || toks.get(j).fold().equals("du") || toks.get(j).fold().equals("d"))) {
        int c = j + 1;
        if (c + 1 < toks.size() && (toks.get(c).fold().equals("la") || toks.get(c).fold().equals("l"))) {
          c++;
        }
        if (c < toks.size() && toks.get(c).cap()) {
          Gazetteer.Entry e = gazetteer.lookup(toks.get(c).text(), EntityMention.PLACE);
          country = e != null ? e.canonical() : toks.get(c).text();
          j = c + 1;
        }
      }
      int end = toks.get(j - 1).end();
      if (j < toks.size()) {
        String sep = text.substring(end, toks.get(j).start());
        EntityMention holder = personAt.get(toks.get(j).start());
        if (holder != null && (sep.equals(" ") || sep.equals(", ") && closesApposition(text, holder.end()))) {
          bindings.putIfAbsent(Gazetteer.roleKey(role, country), holder.name());
          if (!country.isEmpty()) {
            bindings.putIfAbsent(Gazetteer.roleKey(role, ""), holder.name());
          }
          i = j;
          continue;
        }
      }
      // "le maître du Kremlin" keeps its article; "au président", "son président" do not
      String det = toks.get(i - 1).fold();
      boolean keepDet = det.equals("le") || det.equals("la") || det.equals("l");
      bare.add(new Pending(toks.get(keepDet ? i - 1 : i).start(), end, role, country));
      i = j - 1;
    }
    for (Pending p : bare) {
      String name = bindings.get(Gazetteer.roleKey(p.role(), p.country()));
      if (name == null) {
        name = gazetteer.holder(p.role(), p.country(), article.published());
      }
      if (name == null && p.country().isEmpty()) {
        name = null;
      }
      if (name != null) {
        out.add(new EntityMention(article.article(), text.substring(p.start(), p.end()), name,
            EntityMention.PERSON, p.start(), p.end()));
      }
    }
  }

  /** "l'armée russe": organisation "armée russe" and place "Russie"; "les troupes ukrainiennes": place. */
  private void demonyms(String id, String text, List<Tok> toks, List<EntityMention> out) {
    for (int i = 1; i < toks.size(); i++) {
      Tok t = toks.get(i);
      String country = t.cap() ? null : gazetteer.country(t.fold());
      if (country == null || !text.substring(toks.get(i - 1).end(), t.start()).equals(" ")) {
        continue;
      }
      int state = phraseBefore(text, toks, i, stateNouns, stateNounEnds);
      if (state < 0) {
        continue;
      }
      out.add(new EntityMention(id, t.text(), country, EntityMention.PLACE, t.start(), t.end()));
      int army = phraseBefore(text, toks, i, armyNouns, armyNounEnds);
      if (army >= 0) {
        String surface = text.substring(toks.get(army).start(), t.end());
        Gazetteer.Entry e = gazetteer.lookup(surface, EntityMention.ORGANISATION);
        String fem = gazetteer.feminineAdjective(country);
        String name = e != null ? e.canonical()
            : Folding.fold(toks.get(army).text()).equals("armee") && fem != null
                ? toks.get(army).text().toLowerCase(java.util.Locale.ROOT) + " " + fem : surface;
        out.add(new EntityMention(id, surface, name, EntityMention.ORGANISATION,
            toks.get(army).start(), t.end()));
      }
    }
  }
}
