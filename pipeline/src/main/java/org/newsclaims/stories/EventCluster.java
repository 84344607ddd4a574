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
  /**
   * The same entries as {@link #centroid} in a primitive open-addressing table, for the cosines
   * with an article, which run once per candidate event and article: boxed look-ups were most of
   * the clustering's time. {@link #centroid} stays for iteration (its order fixes the sums of
   * {@link #cosine(EventCluster)}).
   */
  private final WeightTable weights = new WeightTable();
  final Set<Integer> keyTerms = new HashSet<>();
  double norm2;
  long minDay = Long.MAX_VALUE;
  long maxDay = Long.MIN_VALUE;

  void add(int article, TermVector v, long day) {
    members.add(article);
    for (int k = 0; k < v.terms().length; k++) {
      int slot = weights.slot(v.terms()[k]);
      double old = slot >= 0 ? weights.value(slot) : 0.0;
      double now = old + v.weights()[k];
      centroid.put(v.terms()[k], now);
      weights.put(v.terms()[k], now);
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
      int slot = weights.slot(v.terms()[k]);
      double old = slot >= 0 ? weights.value(slot) : 0.0;
      double now = old - v.weights()[k];
      if (Math.abs(now) < 1e-12) {
        centroid.remove(v.terms()[k]);
        weights.remove(v.terms()[k]);
        now = 0;
      } else {
        centroid.put(v.terms()[k], now);
        weights.put(v.terms()[k], now);
      }
      norm2 += now * now - old * old;
    }
  }

  /** Cosine of a member with the centroid of the other members. */
  double cosineWithout(TermVector v) {
    double dot = 0;
    double n2 = norm2;
    for (int k = 0; k < v.terms().length; k++) {
      int slot = weights.slot(v.terms()[k]);
      if (slot >= 0) {
        double c = weights.value(slot);
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
      int slot = weights.slot(v.terms()[k]);
      if (slot >= 0) {
        dot += weights.value(slot) * v.weights()[k];
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

  /**
   * Term id to weight, open addressing with linear probing and backward-shift deletion (no
   * tombstones); term ids are never negative, -1 marks a free slot.
   */
  static final class WeightTable {
    private int[] keys = filled(16);
    private double[] values = new double[16];
    private int size;

    private static int[] filled(int n) {
      int[] k = new int[n];
      java.util.Arrays.fill(k, -1);
      return k;
    }

    private int home(int key) {
      return (key * 0x9E3779B9) >>> 1 & (keys.length - 1);
    }

    /** The slot holding {@code key}, or -1. */
    int slot(int key) {
      int mask = keys.length - 1;
      for (int i = home(key); ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == key) {
          return i;
        }
        if (k < 0) {
          return -1;
        }
      }
    }

    double value(int slot) {
      return values[slot];
    }

    void put(int key, double value) {
      int mask = keys.length - 1;
      int i = home(key);
      while (keys[i] >= 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] < 0) {
        keys[i] = key;
        size++;
      }
      values[i] = value;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    void remove(int key) {
      int i = slot(key);
      if (i < 0) {
        return;
      }
      int mask = keys.length - 1;
      keys[i] = -1;
      size--;
      // shift back the entries of the run after the hole that probed past it
      for (int j = (i + 1) & mask; keys[j] >= 0; j = (j + 1) & mask) {
        int h = home(keys[j]);
        if ((j > i && (h <= i || h > j)) || (j < i && h <= i && h > j)) {
          keys[i] = keys[j];
          values[i] = values[j];
          keys[j] = -1;
          i = j;
        }
      }
    }

    private void grow() {
      int[] oldKeys = keys;
      double[] oldValues = values;
      keys = filled(oldKeys.length * 2);
      values = new double[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] >= 0) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
  }
}
