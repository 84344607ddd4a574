package org.newsclaims.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the articles that print the same dispatch: two articles are copies when they share
 * long word runs, that is at least {@value #MIN_SHARED} sampled 8-word shingles (see
 * {@link StorySignatures#shingles}) and at least {@value #MIN_SHARE} of the shorter one's;
 * copies of copies are one group. A long quotation two outlets both print shares a few
 * shingles, not a quarter of the article.
 *
 * <p>Example: an AFP dispatch printed by two outlets, one of them adding a paragraph, gives
 * one group of two; a third article telling the same event in its own words stays alone.
 * Cost: linear in the shingles through an inverted index (shingle to articles).
 */
public final class WireCopies {

  static final int MIN_SHARED = 3;
  static final double MIN_SHARE = 0.25;

  private WireCopies() {}

  /**
   * Groups {@code articles} into origins: each group is the list of its articles' indices in
   * {@code articles}, in the order given; groups ordered by their first index.
   */
  public static List<List<Integer>> groups(List<ArticleSignature> articles) {
    int n = articles.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<Long, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (Long h : articles.get(i).shingles()) {
        index.computeIfAbsent(h, k -> new ArrayList<>(2)).add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (Long h : articles.get(i).shingles()) {
        for (int j : index.get(h)) {
          if (j > i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        int j = e.getKey();
        int smaller = Math.min(articles.get(i).shingles().size(), articles.get(j).shingles().size());
        if (e.getValue() >= MIN_SHARED && e.getValue() >= MIN_SHARE * smaller) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> out = new ArrayList<>(byRoot.values());
    out.sort(Comparator.comparingInt(g -> g.get(0)));
    return out;
  }

  /** True when two articles print the same dispatch (the pairwise test of {@link #groups}). */
  public static boolean copies(ArticleSignature a, ArticleSignature b) {
    return groups(List.of(a, b)).size() == 1;
  }

  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
