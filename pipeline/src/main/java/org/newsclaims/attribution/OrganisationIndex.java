package org.newsclaims.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;
import org.newsclaims.text.Lookup;

/**
 * The organisations one article names, with where it names them: answers "what is the full
 * name of the Club here", "which organisation is «le syndicat» or «l'organisation» at offset
 * 2300", "what does LDH stand for".
 *
 * <p>An organisation is an organisation mention of the entity recogniser, a capitalised name
 * after an article ("la Société générale", "le Snes-FSU"), or a capitalised name headed by an
 * organisation noun ("Syndicat de la magistrature", "Ligue des droits de l'Homme"); a name
 * followed by an acronym in brackets defines the acronym.
 */
final class OrganisationIndex {

  /** One naming: where and the name read there. */
  record Named(int start, String name, String head) {}

  private static final Set<String> ARTICLES = SpeechLexicon.get().words("article");
  private static final Set<String> LINKERS = SpeechLexicon.get().words("name-linker");
  private static final Set<String> GENERIC = SpeechLexicon.get().words("generic-organisation");
  /** Longest organisation name read, in tokens. */
  private static final int MAX_NAME = 9;

  private final Tokens tk;
  private final List<Named> named;
  private final Map<String, String> acronyms;
  private final Map<Integer, String> byStart;

  private OrganisationIndex(Tokens tk, List<Named> named, Map<String, String> acronyms,
      Map<Integer, String> byStart) {
    this.tk = tk;
    this.named = named;
    this.acronyms = acronyms;
    this.byStart = byStart;
  }

  static OrganisationIndex build(Tokens tk, boolean[] inQuote, List<EntityMention> mentions,
      SpeechLexicon lx) {
    List<Named> named = new ArrayList<>();
    Map<String, String> acronyms = new HashMap<>();
    Map<Integer, String> byStart = new HashMap<>();
    Set<Integer> places = new java.util.HashSet<>();
    for (EntityMention m : mentions) {
      if (m != null && (EntityMention.PLACE.equals(m.type())
          || EntityMention.PERSON.equals(m.type()))) {
        for (int t = tk.firstAtOrAfter(m.start()); t < tk.size && tk.start[t] < m.end(); t++) {
          places.add(tk.start[t]);
        }
      }
    }
    for (int t = 0; t < tk.size; t++) {
      if (!tk.isWord(t) || !Character.isUpperCase(tk.text.charAt(tk.start[t]))
          || places.contains(tk.start[t])) {
        continue; // names inside quotes count: "au siège de la Société Générale"
      }
      boolean afterArticle = t > 0 && ARTICLES.contains(tk.lower[t - 1]);
      boolean orgHead = Speaker.ORGANISATION.equals(lx.nounType(tk.word(t)));
      if (!(afterArticle && !lx.isDemonym(tk.word(t)) && !lx.isNameStopword(tk.word(t))
          || orgHead)) {
        continue;
      }
      int last = readName(tk, t);
      String name = NameParser.text(tk, t, last);
      named.add(new Named(tk.start[t], name, Folding.fold(tk.word(t))));
      byStart.put(tk.start[t], name);
      // "la Ligue des droits de l'Homme (LDH)"
      if (tk.is(last + 1, "(") && tk.is(last + 3, ")") && tk.isWord(last + 2)
          && isAcronym(tk, last + 2)) {
        acronyms.putIfAbsent(tk.word(last + 2), name);
      }
      t = last;
    }
    for (EntityMention m : mentions) {
      if (m != null && EntityMention.ORGANISATION.equals(m.type()) && m.name() != null) {
        named.add(new Named(m.start(), m.name(), Folding.fold(PersonIndex.lastWord(
            m.name()).isEmpty() ? m.name() : firstWord(m.name()))));
      }
    }
    named.sort(java.util.Comparator.comparingInt(Named::start));
    // "LDH" for the "Ligue des droits de l'Homme" the article named: the initials of its words
    for (Named n : named) {
      String initials = initials(n.name());
      if (initials.length() >= 2) {
        acronyms.putIfAbsent(initials, n.name());
      }
    }
    return new OrganisationIndex(tk, List.copyOf(named), Map.copyOf(acronyms),
        Map.copyOf(byStart));
  }

  /**
   * The last token of the organisation name starting at {@code t}: capitalised words, the
   * linkers between them and the words right after a linker ("de la magistrature"), and one
   * adjective right after the head ("Inspection générale").
   */
  private static int readName(Tokens tk, int t) {
    int last = t;
    for (int k = t + 1; k < tk.size && k - t < MAX_NAME; k++) {
      if (!tk.isWord(k) || !tk.sameLine(tk.end[k - 1], tk.start[k])) {
        break;
      }
      String w = tk.lower[k];
      boolean afterLinker = LINKERS.contains(tk.lower[k - 1]);
      if (LINKERS.contains(w)) {
        continue;
      }
      if (Character.isUpperCase(tk.text.charAt(tk.start[k])) || afterLinker
          || k == t + 1 && w.length() > 3) {
        last = k;
        continue;
      }
      break;
    }
    return last;
  }

  /** The upper-cased initials of a name's words other than linkers: "LDH". */
  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s']+")) {
      if (!w.isEmpty() && !LINKERS.contains(w.toLowerCase(java.util.Locale.ROOT))
          && !LINKERS.contains(w.toLowerCase(java.util.Locale.ROOT) + "'")) {
        b.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return b.toString();
  }

  private static String firstWord(String name) {
    int sp = name.indexOf(' ');
    return sp < 0 ? name : name.substring(0, sp);
  }

  static boolean isAcronym(Tokens tk, int t) {
    int letters = 0;
    for (int i = tk.start[t]; i < tk.end[t]; i++) {
      char c = tk.text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  /** The full name of an acronym the article defines ("LDH"), else the name itself. */
  String expand(String name) {
    return acronyms.getOrDefault(name, name);
  }

  /** The organisation name read at a token start ("Club de la presse"), or null. */
  String nameAt(int start) {
    return byStart.get(start);
  }

  /**
   * The organisation "le syndicat", "l'inspection" or "l'organisation" stands for: the last
   * one named before {@code offset} with that head noun, or for a generic head ("organisation",
   * "groupe", "banque") the last one named before; null when none.
   */
  String resolve(String foldedHead, int offset) {
    Named sameHead = null;
    Named any = null;
    for (Named n : named) {
      if (n.start() >= offset) {
        break;
      }
      any = n;
      if (n.head().equals(foldedHead)) {
        sameHead = n;
      }
    }
    if (sameHead != null) {
      return expand(sameHead.name());
    }
    if (GENERIC.contains(foldedHead) && any != null) {
      return expand(any.name());
    }
    String seat = lastSeat(foldedHead, offset);
    if (seat != null) {
      return seat;
    }
    String fuller = fullerMention(foldedHead, offset);
    return fuller != null ? fuller : chairedName(foldedHead, offset);
  }

  private static final Set<String> CHAIRED = SpeechLexicon.get().words("chaired-by");
  /** Tokens searched after a body's noun for "présidée par X". */
  private static final int CHAIR_WINDOW = 20;

  /**
   * "la mission chargée d'évaluer la loi, présidée par le député Jean Leonetti" makes "la
   * mission" the "mission Leonetti": French names a commission, a mission or a committee after
   * the person who chairs it. The first such phrase at or before {@code offset} (the phrase
   * being typed included), read within its sentence; null when the article gives no chair.
   */
  private String chairedName(String foldedHead, int offset) {
    for (int t = 1; t < tk.size && tk.start[t - 1] <= offset; t++) {
      if (!tk.isWord(t) || !Folding.fold(tk.word(t)).equals(foldedHead)
          || !ARTICLES.contains(tk.lower[t - 1])) {
        continue;
      }
      String chaired = chairedAt(t);
      if (chaired != null) {
        return chaired;
      }
    }
    return null;
  }

  /** The chaired name of the body whose noun is token {@code t} ("mission Leonetti"), or null. */
  String chairedAt(int t) {
    for (int k = t + 1; k < tk.size && k - t <= CHAIR_WINDOW; k++) {
      if (tk.is(k, ".") || tk.is(k, "!") || tk.is(k, "?") || tk.is(k, ";")
          || !tk.sameLine(tk.end[k - 1], tk.start[k])) {
        return null;
      }
      if (!CHAIRED.contains(tk.lower[k]) || !tk.is(k + 1, "par")) {
        continue;
      }
      // "par le député UMP Jean Leonetti", "par M. Roux", "par l'ancien ministre Paul Roux"
      for (int n = k + 2; n < tk.size && n - k <= 8; n++) {
        boolean honorific = tk.isWord(n)
            && SpeechLexicon.get().honorificGender(tk.word(n)) != null;
        if (honorific && tk.is(n + 1, ".")) {
          n++;
          continue;
        }
        if (!tk.isWord(n)) {
          return null;
        }
        if (!honorific && Character.isUpperCase(tk.text.charAt(tk.start[n]))
            && !isAcronym(tk, n)) {
          int last = n;
          while (last + 1 < tk.size && tk.isWord(last + 1) && last - n < 3
              && Character.isUpperCase(tk.text.charAt(tk.start[last + 1]))) {
            last++;
          }
          return tk.lower[t] + " " + tk.word(last);
        }
      }
      return null;
    }
    return null;
  }

  /** Institution nouns and the seats standing for them ({@code seats.tsv}), folded. */
  private static final class Seats {
    static final Map<String, Set<String>> BY_NOUN = load();

    private static Map<String, Set<String>> load() {
      Map<String, Set<String>> out = new HashMap<>();
      for (String[] row : org.newsclaims.text.ResourceTable.read(OrganisationIndex.class,
          "seats.tsv", 2)) {
        out.computeIfAbsent(Folding.fold(row[0]), k -> new java.util.HashSet<>())
            .add(Folding.fold(row[1]));
      }
      return Lookup.map(out);
    }
  }

  /**
   * "la présidence" for "l'Élysée" named before {@code offset}: the last seat of that
   * institution the article named, or null.
   */
  private String lastSeat(String foldedHead, int offset) {
    Set<String> seats = Seats.BY_NOUN.get(foldedHead);
    if (seats == null) {
      return null;
    }
    String found = null;
    for (Named n : named) {
      if (n.start() >= offset) {
        break;
      }
      if (seats.contains(Folding.fold(n.name()))) {
        found = n.name();
      }
    }
    return found;
  }

  /**
   * "la mission" for the "mission d'évaluation de la loi Leonetti" written before: the last
   * earlier phrase of the same head noun followed by a complement, read like a name.
   */
  private String fullerMention(String foldedHead, int offset) {
    String best = null;
    for (int t = 0; t < tk.size && tk.start[t] < offset; t++) {
      if (!tk.isWord(t) || !Folding.fold(tk.word(t)).equals(foldedHead) || t == 0
          || !ARTICLES.contains(tk.lower[t - 1]) || !LINKERS.contains(tk.lower[Math.min(t + 1,
          tk.size - 1)])) {
        continue;
      }
      int last = readName(tk, t);
      if (last > t + 1) {
        best = NameParser.text(tk, t, last);
      }
    }
    return best;
  }
}
