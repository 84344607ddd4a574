package org.newsclaims.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsclaims.text.Folding;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.WordClasses;

/**
 * The word lists the name rules read, folded: {@code titles.tsv} (person titles, roles,
 * qualifiers, place triggers, state, organisation and army nouns, particles, determiners),
 * {@code stopwords.txt}, {@code firstnames.txt}, and the gazetteer. For the lists of phrases,
 * the words a phrase can end (or start) with, so that a word outside them is rejected at once.
 *
 * <p>Example: {@code lexicon.titles} holds "general" and "m."; {@code lexicon.titleEnds} holds
 * "general" and "m." too, and "etat-major" for "chef d'etat-major". Immutable and thread-safe.
 */
final class NameLexicon {

  final Gazetteer gazetteer;
  final Set<String> stopwords;
  final Set<String> firstNames;
  final Set<String> titles;
  final Set<String> roles;
  final Set<String> qualifiers;
  final Set<String> placeTriggers;
  final Set<String> stateNouns;
  final Set<String> orgNouns;
  final Set<String> armyNouns;
  final Set<String> particles;
  final Set<String> determiners;
  // the folded words the phrases of a set can end (or start) with: a word outside it cannot be
  // the last (first) word of a phrase of the set, which spares building the phrases around it
  final Set<String> titleEnds;
  final Set<String> placeTriggerEnds;
  final Set<String> stateNounEnds;
  final Set<String> armyNounEnds;
  final Set<String> roleStarts;

  private NameLexicon(Gazetteer gazetteer, Set<String> stopwords, Set<String> firstNames,
      Map<String, Set<String>> kinds) {
    this.gazetteer = gazetteer;
    this.stopwords = stopwords;
    this.firstNames = firstNames;
    this.roles = kinds.getOrDefault("role", Set.of());
    Set<String> t = new HashSet<>(kinds.getOrDefault("person-title", Set.of()));
    t.addAll(roles);
    this.titles = Lookup.set(t);
    this.qualifiers = kinds.getOrDefault("qualifier", Set.of());
    this.placeTriggers = kinds.getOrDefault("place-trigger", Set.of());
    this.stateNouns = kinds.getOrDefault("state-noun", Set.of());
    this.orgNouns = kinds.getOrDefault("org-noun", Set.of());
    this.armyNouns = kinds.getOrDefault("army-noun", Set.of());
    this.particles = folded("name-particle");
    this.determiners = kinds.getOrDefault("determiner", Set.of());
    this.titleEnds = edgeWords(titles, true);
    this.placeTriggerEnds = edgeWords(placeTriggers, true);
    this.stateNounEnds = edgeWords(stateNouns, true);
    this.armyNounEnds = edgeWords(armyNouns, true);
    this.roleStarts = edgeWords(roles, false);
  }

  /**
   * The words of a word class ({@code name-particle}), folded and without their apostrophe, as
   * the recogniser's and the clusterer's words carry none: "d'" is read as "d".
   */
  static Set<String> folded(String wordClass) {
    Set<String> p = new HashSet<>();
    for (String word : WordClasses.of(wordClass)) {
      p.add(Folding.fold(word.endsWith("'") ? word.substring(0, word.length() - 1) : word));
    }
    return Lookup.set(p);
  }

  static NameLexicon fromResources() {
    Map<String, Set<String>> building = new HashMap<>();
    for (String[] row : ResourceTable.read(NameLexicon.class, "titles.tsv")) {
      if (row.length >= 2) {
        building.computeIfAbsent(row[0].strip(), k -> new HashSet<>())
            .add(Folding.fold(row[1].strip()));
      }
    }
    Map<String, Set<String>> kinds = new HashMap<>();
    building.forEach((k, v) -> kinds.put(k, Lookup.set(v)));
    Set<String> stop = new HashSet<>();
    for (String w : ResourceTable.words(NameLexicon.class, "stopwords.txt")) {
      stop.add(Folding.fold(w));
    }
    Set<String> first = new HashSet<>();
    for (String w : ResourceTable.words(NameLexicon.class, "firstnames.txt")) {
      first.add(Folding.fold(w));
    }
    return new NameLexicon(Gazetteer.get(), Lookup.set(stop), Lookup.set(first),
        Lookup.map(kinds));
  }

  /**
   * Every ending (or beginning) of a phrase of {@code phrases} that starts (ends) at a word
   * boundary: a phrase built by {@link NameWords#phrase} ends with its last word's fold, which
   * follows a gap character (never a letter or digit) or starts the phrase. A superset of the
   * folds that can end a phrase of the set, so a word outside it ends none.
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
    return Lookup.set(out);
  }

  /** The phrase of {@link #roles} starting at word {@code i}: its end index, or -1. */
  int roleEnd(NameWords w, int i) {
    for (int k = Math.min(NameWords.MAX_PHRASE, w.size() - i); k >= 1; k--) {
      if (roles.contains(w.phrase(i, i + k))) {
        return i + k;
      }
    }
    return -1;
  }
}
