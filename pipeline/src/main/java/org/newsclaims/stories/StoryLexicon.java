package org.newsclaims.stories;

import java.util.HashSet;
import java.util.Set;
import org.newsclaims.text.Folding;

/**
 * The words that never tell one story from another ({@code general-words.txt}: function words
 * and general news words such as «gouvernement», «président», «mardi»), and the folding and
 * light stemming that turn a word into a story term: {@code term("Présidentielles") =
 * "presidentielle"}, {@code term("Farc") = "farc"}.
 *
 * <p>Example: {@code StoryLexicon.fromResources().isGeneral("gouvernements")} is true.
 * Immutable and thread-safe; built once per JVM.
 */
public final class StoryLexicon {

  private static final class Holder {
    static final StoryLexicon INSTANCE = new StoryLexicon(read("general-words.txt"),
        new HashSet<>(org.newsclaims.text.ResourceTable.words(StoryLexicon.class, BROAD_PLACES)));
  }

  /**
   * Countries, continents and capitals used for their governments, listed once for the whole
   * project beside the judge (which never keys a figure to them while a local place is at hand).
   */
  static final String BROAD_PLACES = "/org/newsclaims/consistency/broad-places.txt";

  private final Set<String> general;
  private final Set<String> broadPlaces;

  private StoryLexicon(Set<String> words, Set<String> places) {
    this.general = terms(words);
    this.broadPlaces = terms(places);
  }

  private static Set<String> terms(Set<String> words) {
    Set<String> terms = new HashSet<>();
    for (String w : words) {
      terms.add(term(w));
    }
    return Set.copyOf(terms);
  }

  /** The shared lexicon read from {@code general-words.txt}. */
  public static StoryLexicon fromResources() {
    return Holder.INSTANCE;
  }

  /** True for a term (see {@link #term}) or a word that never tells stories apart. */
  public boolean isGeneral(String wordOrTerm) {
    return general.contains(term(wordOrTerm));
  }

  /**
   * True for a country, a continent or a capital standing for its government («Chine», «Pékin»,
   * «Europe»): two events in one country are not one story for that, so such names never link
   * events (they still count in an article's terms).
   */
  public boolean isBroadPlace(String wordOrTerm) {
    return broadPlaces.contains(term(wordOrTerm));
  }

  /**
   * The story term of a word: lower case, accents removed, ligatures split, a final plural
   * {@code s} or {@code x} dropped from words of more than four letters ({@code soldats ->
   * soldat}, {@code otages -> otage}; {@code Paris} and {@code prix} stay, being short or
   * ending in {@code ss}/{@code is}).
   */
  public static String term(String word) {
    String f = Folding.fold(word);
    int n = f.length();
    if (n > 4) {
      char last = f.charAt(n - 1);
      char before = f.charAt(n - 2);
      if ((last == 's' && before != 's' && before != 'i' && before != 'u') || (last == 'x' && before == 'u')) {
        return f.substring(0, n - 1);
      }
    }
    return f;
  }

  private static Set<String> read(String resource) {
    return new HashSet<>(org.newsclaims.text.ResourceTable.lines(StoryLexicon.class, resource));
  }
}
