package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.text.Token;

/**
 * The phrases of one lexicon list (units, qualifiers, frame cues...) indexed by the word they
 * start with (or end with), so that finding the phrase at a token is one hash lookup and a few
 * comparisons instead of a scan of the whole list at every token.
 *
 * <p>The list's order is kept: {@link #at} and {@link #endingAt} answer the lowest index of a
 * phrase that matches, exactly what a scan in list order stopping at the first match gives.
 * Words are compared with {@link Token#lower()}. When built with wildcards, a word ending in
 * {@code *} matches any token starting with the rest ({@code libér*}); otherwise {@code *} is a
 * plain character. Immutable and thread-safe.
 *
 * <p>Example: {@code PhraseIndex.first(List.of(new String[] {"km2"}, new String[] {"km"}), false)
 * .at(tokens, j, ts, te)} is 0 when token {@code j} is "km2".
 */
final class PhraseIndex {

  private static final int[] NONE = new int[0];
  /** Wildcard first letters below this are looked up in an array, the others in a map. */
  private static final int PREFIX_TABLE = 0x250;

  /** Per phrase, its words (a wildcard's star removed). */
  private final String[][] words;
  /** Per phrase and word: true when the word is a prefix (wildcard). */
  private final boolean[][] prefix;
  /** True: phrases are keyed by their last word and matched ending at a position. */
  private final boolean byLast;
  /** Key word (exact) to phrase indices, ascending. */
  private final Map<String, int[]> exact;
  /** First character of a wildcard key word to phrase indices, ascending (chars below 0x250). */
  private final int[][] prefixes;
  /** The same for the other first characters. */
  private final Map<Character, int[]> otherPrefixes;
  /** True when some key word is a wildcard with a first letter. */
  private final boolean hasPrefixes;
  /** Phrases whose key word is a bare "*": candidates at every token. */
  private final int[] always;

  private PhraseIndex(List<String[]> phrases, boolean wildcards, boolean byLast) {
    this.byLast = byLast;
    int n = phrases.size();
    words = new String[n][];
    prefix = new boolean[n][];
    Map<String, List<Integer>> ex = new HashMap<>();
    Map<Character, List<Integer>> pre = new HashMap<>();
    List<Integer> any = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      String[] w = phrases.get(p).clone();
      if (w.length == 0) {
        throw new IllegalArgumentException("phrase " + p + " has no word");
      }
      boolean[] star = new boolean[w.length];
      for (int k = 0; k < w.length; k++) {
        if (wildcards && w[k].endsWith("*")) {
          star[k] = true;
          w[k] = w[k].substring(0, w[k].length() - 1);
        }
      }
      words[p] = w;
      prefix[p] = star;
      int key = byLast ? w.length - 1 : 0;
      if (!star[key]) {
        ex.computeIfAbsent(w[key], x -> new ArrayList<>()).add(p);
      } else if (w[key].isEmpty()) {
        any.add(p);
      } else {
        pre.computeIfAbsent(w[key].charAt(0), x -> new ArrayList<>()).add(p);
      }
    }
    Map<String, int[]> e = new HashMap<>();
    ex.forEach((k, v) -> e.put(k, toArray(v)));
    exact = e; // a HashMap, never changed: one probe per token
    prefixes = new int[PREFIX_TABLE][];
    Map<Character, int[]> f = new HashMap<>();
    pre.forEach((k, v) -> {
      if (k < PREFIX_TABLE) {
        prefixes[k] = toArray(v);
      } else {
        f.put(k, toArray(v));
      }
    });
    otherPrefixes = f;
    hasPrefixes = !pre.isEmpty();
    always = toArray(any);
  }

  /** Phrases matched from their first word, in list order. */
  static PhraseIndex first(List<String[]> phrases, boolean wildcards) {
    return new PhraseIndex(phrases, wildcards, false);
  }

  /** Phrases matched by their last word (a phrase ending right before a position), in list order. */
  static PhraseIndex last(List<String[]> phrases) {
    return new PhraseIndex(phrases, false, true);
  }

  private static int[] toArray(List<Integer> v) {
    int[] a = new int[v.size()];
    for (int k = 0; k < a.length; k++) {
      a[k] = v.get(k);
    }
    return a;
  }

  /** Number of words of phrase {@code p}. */
  int length(int p) {
    return words[p].length;
  }

  /**
   * The lowest index of a phrase whose words are the tokens from {@code i} on, all inside
   * {@code [lo, hi)}, or -1.
   */
  int at(List<Token> tk, int i, int lo, int hi) {
    if (byLast || i < lo || i >= hi) {
      return -1;
    }
    return best(tk, i, i, lo, hi);
  }

  /**
   * The lowest index of a phrase whose words are the tokens right before {@code end}, all inside
   * {@code [lo, hi)}, or -1 (index built with {@link #last}).
   */
  int endingAt(List<Token> tk, int end, int lo, int hi) {
    if (!byLast || end - 1 < lo || end - 1 >= hi) {
      return -1;
    }
    return best(tk, end - 1, end, lo, hi);
  }

  /** {@code key}: the token looked up; {@code pos}: start (first mode) or end (last mode). */
  private int best(List<Token> tk, int key, int pos, int lo, int hi) {
    String got = tk.get(key).lower();
    int best = firstMatch(exact.getOrDefault(got, NONE), tk, pos, lo, hi, Integer.MAX_VALUE);
    if (hasPrefixes && !got.isEmpty()) {
      char c = got.charAt(0);
      int[] byChar = c < PREFIX_TABLE ? prefixes[c] : otherPrefixes.get(c);
      if (byChar != null) {
        best = firstMatch(byChar, tk, pos, lo, hi, best);
      }
    }
    if (always.length > 0) {
      best = firstMatch(always, tk, pos, lo, hi, best);
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  private int firstMatch(int[] candidates, List<Token> tk, int pos, int lo, int hi, int bound) {
    for (int p : candidates) {
      if (p >= bound) {
        return bound;
      }
      int start = byLast ? pos - words[p].length : pos;
      if (matches(p, tk, start, lo, hi)) {
        return p;
      }
    }
    return bound;
  }

  private boolean matches(int p, List<Token> tk, int i, int lo, int hi) {
    String[] w = words[p];
    if (i < lo || i + w.length > hi) {
      return false;
    }
    boolean[] star = prefix[p];
    for (int k = 0; k < w.length; k++) {
      String got = tk.get(i + k).lower();
      if (star[k] ? !got.startsWith(w[k]) : !got.equals(w[k])) {
        return false;
      }
    }
    return true;
  }
}
