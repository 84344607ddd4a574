package org.newsclaims.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event being built by {@link StoryClusterer}: its member articles (indexes), the sum of their
 * {@link TermVector}s (the centroid, kept with its squared norm so that cosines cost one pass over
 * the article's terms), the terms that index it for blocking, and its first and last day.
 *
 * <p>Example: {@code c.add(i, vector, day); c.cosine(other)}. Not thread-safe: one clustering run
 * owns it.
 */
final class EventCluster {

  final List<Integer> members = new ArrayList<>();
  final Map<Integer, Double> centroid = new HashMap<>();
  final Set<Integer> keyTerms = new HashSet<>();
  double norm2;
  long minDay = Long.MAX_VALUE;
  long maxDay = Long.MIN_VALUE;

  void add(int article, TermVector v, long day) {
    members.add(article);
    for (int k = 0; k < v.terms().length; k++) {
      double old = centroid.getOrDefault(v.terms()[k], 0.0);
      double now = old + v.weights()[k];
      centroid.put(v.terms()[k], now);
      norm2 += now * now - old * old;
    }
    if (day != Long.MIN_VALUE) {
      minDay = Math.min(minDay, day);
      maxDay = Math.max(maxDay, day);
    }
  }

  void remove(int article, TermVector v) {
    members.remove(Integer.valueOf(article));
    for (int k = 0; k < v.terms().length; k++) {
      double old = centroid.getOrDefault(v.terms()[k], 0.0);
      double now = old - v.weights()[k];
      if (Math.abs(now) < 1e-12) {
        centroid.remove(v.terms()[k]);
        now = 0;
      } else {
        centroid.put(v.terms()[k], now);
      }
      norm2 += now * now - old * old;
    }
  }

  /** Cosine of a member with the centroid of the other members. */
  double cosineWithout(TermVector v) {
    double dot = 0;
    double n2 = norm2;
    for (int k = 0; k < v.terms().length; k++) {
      Double c = centroid.get(v.terms()[k]);
      if (c != null) {
        double rest = c - v.weights()[k];
        dot += rest * v.weights()[k];
        n2 += rest * rest - c * c;
      }
    }
    return n2 <= 1e-12 ? 0 : dot / Math.sqrt(n2);
  }

  boolean dated() {
    return minDay != Long.MAX_VALUE;
  }

  double cosine(TermVector v) {
    double dot = 0;
    for (int k = 0; k < v.terms().length; k++) {
      Double c = centroid.get(v.terms()[k]);
      if (c != null) {
        dot += c * v.weights()[k];
      }
    }
    return norm2 <= 0 ? 0 : dot / Math.sqrt(norm2);
  }

  double cosine(EventCluster other) {
    Map<Integer, Double> small = centroid.size() <= other.centroid.size() ? centroid : other.centroid;
    Map<Integer, Double> large = small == centroid ? other.centroid : centroid;
    double dot = 0;
    for (Map.Entry<Integer, Double> e : small.entrySet()) {
      Double c = large.get(e.getKey());
      if (c != null) {
        dot += c * e.getValue();
      }
    }
    return norm2 <= 0 || other.norm2 <= 0 ? 0 : dot / Math.sqrt(norm2 * other.norm2);
  }
}
