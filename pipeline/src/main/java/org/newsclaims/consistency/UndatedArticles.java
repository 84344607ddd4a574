package org.newsclaims.consistency;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsclaims.model.Claim;

/**
 * What identical figures say about articles: an undated article that repeats two figures of a
 * dated one reports the same news as of that date, and, within an entity group that mixes
 * unrelated events, articles sharing a figure report the same story.
 *
 * <p>Example: {@code UndatedArticles.estimate(claims, byProperty, judge::sameFigure, properties)}
 * maps {@code c.txt} to {@code 2024-03-02|a.txt}.
 */
final class UndatedArticles {

  /** Above this many claims in one property, no pairwise comparison is attempted. */
  static final int PAIRWISE_LIMIT = 200;

  /** Whether claims state the same figure in a dimension. */
  interface SameFigure {
    boolean test(List<Claim> claims, String dimension);
  }

  private UndatedArticles() {}

  /**
   * Gives an undated article the date of the dated article it shares the most figures with
   * (at least two identical figures on two properties): outlets repeating the same numbers
   * report the same news. Returns article → "date|article it was taken from".
   */
  static Map<String, String> estimate(List<Claim> claims, Map<String, List<Claim>> numeric, SameFigure same,
      Map<String, ComparableProperty> properties) {
    Map<String, Map<String, Integer>> dayVotes = new TreeMap<>();
    for (Claim c : claims) {
      LocalDate d = ClaimDates.day(c.published() != null ? c.published() : c.date());
      if (d != null && !Claim.Units.DATE.equals(c.unit())) {
        dayVotes.computeIfAbsent(c.article(), k -> new TreeMap<>()).merge(d.toString(), 1, Integer::sum);
      }
    }
    Map<String, String> articleDay = new TreeMap<>();
    dayVotes.forEach((article, votes) -> articleDay.put(article, votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .get().getKey()));
    Map<String, Map<String, Set<String>>> shared = new TreeMap<>(); // undated → dated → properties
    for (Map.Entry<String, List<Claim>> e : numeric.entrySet()) {
      List<Claim> cs = e.getValue();
      if (cs.size() > PAIRWISE_LIMIT) {
        continue;
      }
      for (Claim a : cs) {
        if (articleDay.containsKey(a.article())) {
          continue;
        }
        for (Claim b : cs) {
          if (articleDay.containsKey(b.article()) && same.test(List.of(a, b), properties.get(e.getKey()).dimension())) {
            shared.computeIfAbsent(a.article(), k -> new TreeMap<>())
                .computeIfAbsent(b.article(), k -> new TreeSet<>()).add(e.getKey());
          }
        }
      }
    }
    Map<String, String> estimated = new TreeMap<>();
    shared.forEach((undated, candidates) -> candidates.entrySet().stream()
        .filter(c -> c.getValue().size() >= 2)
        .max(Comparator.comparingInt((Map.Entry<String, Set<String>> c) -> c.getValue().size())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .ifPresent(best -> estimated.put(undated, articleDay.get(best.getKey()) + "|" + best.getKey())));
    return estimated;
  }

  /**
   * Links articles that state an identical figure on some named property (a frame or a quantity class) (they report the same
   * story) and names each article's story by its smallest article name.
   */
  static Map<String, String> storiesBySharedFigures(Map<String, List<Claim>> numeric, SameFigure same,
      Map<String, ComparableProperty> properties, java.util.function.Predicate<ComparableProperty> named) {
    Map<String, String> parent = new TreeMap<>();
    for (Map.Entry<String, List<Claim>> e : numeric.entrySet()) {
      List<Claim> cs = e.getValue();
      ComparableProperty p = properties.get(e.getKey());
      for (Claim c : cs) {
        parent.putIfAbsent(c.article(), c.article());
      }
      if (cs.size() > PAIRWISE_LIMIT || !named.test(p)) {
        continue;
      }
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          Claim a = cs.get(i);
          Claim b = cs.get(j);
          if (!a.article().equals(b.article()) && same.test(List.of(a, b), p.dimension())) {
            String ra = root(parent, a.article());
            String rb = root(parent, b.article());
            if (!ra.equals(rb)) {
              parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
          }
        }
      }
    }
    Map<String, String> story = new TreeMap<>();
    parent.keySet().forEach(a -> story.put(a, root(parent, a)));
    return story;
  }

  private static String root(Map<String, String> parent, String a) {
    String r = a;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
