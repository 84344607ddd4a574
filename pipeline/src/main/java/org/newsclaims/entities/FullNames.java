package org.newsclaims.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsclaims.text.Folding;

/**
 * The full person names of one article, indexed for {@link #name}: a single word takes the
 * most frequent full name with the same surname (exact spelling preferred over the same
 * transliteration key, then the longer name, then the first seen); a full name takes the
 * longest full name ending with it ("Tayyip Erdogan" in an article that says "Recep Tayyip
 * Erdogan"), else stays itself.
 */
final class FullNames {
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
