package org.newsclaims.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsclaims.text.ResourceTable;

/**
 * Tells whether an article is French by counting function words ("le", "the", "der"...) of each
 * language listed in {@code language-stopwords.txt} (the file's header gives the rule).
 *
 * <p>Example: {@code fromResources().notFrench("The minister said that the army ...")} gives
 * {@code "en"}; a French text, or one too short to tell, gives null. Reads at most the first
 * 20,000 words: linear in the text and bounded. Thread-safe.
 */
public final class LanguageGuess {

  /** The words counted at most: enough to tell, bounded on a 50 MB file. */
  private static final int MAX_WORDS = 20_000;
  private static final int MIN_HITS = 20;

  private static final class Holder {
    static final LanguageGuess INSTANCE = load();
  }

  /** word → languages it is listed for (never fr together with another language). */
  private final Map<String, String[]> languagesOf;
  /** The longest listed word: a longer word of the text is looked up in no table. */
  private final int longest;
  /** Each listed word's first two letters (folded to 0..1023): a word starting otherwise is none. */
  private final java.util.BitSet starts = new java.util.BitSet(1024);

  private LanguageGuess(Map<String, String[]> languagesOf) {
    this.languagesOf = languagesOf;
    int max = 0;
    for (String w : languagesOf.keySet()) {
      max = Math.max(max, w.length());
      starts.set(start(w.charAt(0), w.length() > 1 ? w.charAt(1) : ' '));
    }
    longest = max;
  }

  private static int start(char first, char second) {
    return (first & 31) << 5 | second & 31;
  }

  public static LanguageGuess fromResources() {
    return Holder.INSTANCE;
  }

  private static LanguageGuess load() {
    List<String[]> rows = ResourceTable.read(LanguageGuess.class, "language-stopwords.txt", 2);
    Set<String> french = new HashSet<>();
    for (String[] row : rows) {
      if (row[0].equals("fr")) {
        french.add(row[1].strip().toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Set<String>> langs = new TreeMap<>();
    for (String[] row : rows) {
      String word = row[1].strip().toLowerCase(Locale.ROOT);
      String lang = row[0].strip();
      if (!lang.equals("fr") && french.contains(word)) {
        continue; // shared with French: never evidence against French
      }
      langs.computeIfAbsent(word, w -> new java.util.TreeSet<>()).add(lang);
    }
    Map<String, String[]> languagesOf = new HashMap<>();
    langs.forEach((w, l) -> languagesOf.put(w, l.toArray(new String[0])));
    return new LanguageGuess(languagesOf);
  }

  /**
   * The language an article reads as when it is clearly not French ({@code "en"}, {@code "de"}
   * ...), or null when it is French or cannot be told (too few function words).
   */
  public String notFrench(String text) {
    if (text == null) {
      return null;
    }
    Map<String, Integer> hits = new TreeMap<>();
    int words = 0;
    StringBuilder word = new StringBuilder();
    int n = text.length();
    for (int i = 0; i <= n && words < MAX_WORDS; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (word.length() < 40) {
          word.append(Character.toLowerCase(c));
        }
        continue;
      }
      if (word.length() > 0) {
        words++;
        // most words are no function word: told by their length or first letters, without
        // a string of their own
        String[] langs = word.length() > longest
            || !starts.get(start(word.charAt(0), word.length() > 1 ? word.charAt(1) : ' '))
            ? null : languagesOf.get(word.toString());
        if (langs != null) {
          for (String lang : langs) {
            hits.merge(lang, 1, Integer::sum);
          }
        }
        word.setLength(0);
      }
    }
    int french = hits.getOrDefault("fr", 0);
    String best = null;
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (!e.getKey().equals("fr") && e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    if (best == null || bestHits < MIN_HITS || bestHits * 10 < words || bestHits <= french) {
      return null;
    }
    return best;
  }
}
