package org.newsclaims.consistency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsclaims.entities.EntityRecogniser;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.FrenchStems;

/**
 * The names a claim's sentence mentions (people, organisations, places, as {@link
 * EntityRecogniser} finds them), as folded word stems: «Ingrid Betancourt, otage depuis plus de
 * six ans» gives {@code ingrid, betancourt}. Two different figures whose sentences both name
 * someone, but no one in common («Ingrid Betancourt … plus de six ans» against «les trois otages
 * américains, Marc Gonsalves … cinq ans»), are about different subjects, not one disputed
 * quantity.
 *
 * <p>Example: {@code SentenceNames.shared().of("Natixis a perdu 975 millions d'euros.")}.
 * Thread-safe; the last few thousand sentences are remembered, as the claims of one sentence
 * and of wire copies repeat it.
 */
final class SentenceNames {

  private static final int CACHE = 4096;
  private static final int MIN_LETTERS = 3;
  private static final SentenceNames SHARED = new SentenceNames(EntityRecogniser.fromResources());

  private final EntityRecogniser recogniser;
  private final Map<String, Set<String>> cache = Collections.synchronizedMap(
      new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
          return size() > CACHE;
        }
      });

  private SentenceNames(EntityRecogniser recogniser) {
    this.recogniser = recogniser;
  }

  static SentenceNames shared() {
    return SHARED;
  }

  /** The folded stems of the words of every name the sentence mentions; empty for none or null. */
  Set<String> of(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return Set.of();
    }
    Set<String> known = cache.get(sentence);
    if (known != null) {
      return known;
    }
    TreeSet<String> out = new TreeSet<>();
    for (EntityMention m : recogniser.find(new Article("sentence", "", null, null, null, sentence))) {
      for (String w : (m.name() == null ? m.text() : m.name()).split("[^\\p{L}]+")) {
        if (w.length() >= MIN_LETTERS) {
          out.add(FrenchStems.stem(w)); // lower-cased and folded by text/Folding
        }
      }
    }
    Set<String> names = Set.copyOf(out);
    cache.put(sentence, names);
    return names;
  }

  /** True when either set is empty (no evidence) or they share a name. */
  static boolean meet(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String w : a) {
      if (b.contains(w)) {
        return true;
      }
    }
    return false;
  }

}
