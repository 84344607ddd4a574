package org.newsclaims.stories;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How {@link StoryClusterer} describes an event or a story: its label (the headline of the member
 * nearest the centroid), its main names (the heaviest name terms of the centroid) and the usual
 * spelling of each name term.
 *
 * <p>Example: {@code StoryDescriptions.mainNames(event, signatures, termIds, 6)}.
 */
final class StoryDescriptions {

  private StoryDescriptions() {}

  /** The headline of the member nearest the centroid (ties: first id); falls back to the id. */
  static String label(EventCluster cl, List<Integer> members, List<ArticleSignature> sigs, TermVector[] vectors) {
    int best = -1;
    double bestScore = -1;
    for (int i : members) {
      String title = sigs.get(i).title();
      if (title == null || title.isBlank()) {
        continue;
      }
      double score = cl.cosine(vectors[i]);
      if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12
          && sigs.get(i).article().compareTo(sigs.get(best).article()) < 0)) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) {
      return members.stream().map(i -> sigs.get(i).article()).sorted().findFirst().orElse("");
    }
    String title = sigs.get(best).title().strip();
    return title.length() > 160 ? title.substring(0, 157) + "..." : title;
  }

  /** The heaviest name terms of a centroid (a name in any of its members), at most {@code limit}. */
  static List<String> mainNames(EventCluster c, List<ArticleSignature> sigs, Map<String, Integer> termIds,
      int limit) {
    Map<String, Double> weights = new HashMap<>();
    for (int i : c.members) {
      for (String name : sigs.get(i).names()) {
        String term = StoryLexicon.term(name);
        Integer id = termIds.get(term);
        if (id != null && !weights.containsKey(term)) {
          weights.put(term, c.centroid.getOrDefault(id, 0.0));
        }
      }
    }
    return weights.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  /** The most frequent way each name term is written. */
  static Map<String, String> displayNames(List<ArticleSignature> sigs) {
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (ArticleSignature s : sigs) {
      for (String name : s.names()) {
        forms.computeIfAbsent(StoryLexicon.term(name), k -> new TreeMap<>()).merge(name, 1, Integer::sum);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : forms.entrySet()) {
      String best = null;
      int count = 0;
      for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
        if (f.getValue() > count) {
          best = f.getKey();
          count = f.getValue();
        }
      }
      out.put(e.getKey(), best);
    }
    return out;
  }
}
