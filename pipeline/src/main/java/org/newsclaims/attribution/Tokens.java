package org.newsclaims.attribution;

import java.util.Arrays;
import org.newsclaims.text.WordTable;

/**
 * The words and signs of one text with their offsets, in arrays for cheap index arithmetic.
 *
 * <p>A word is a run of letters and digits with inner hyphens ({@code a-t-il},
 * {@code état-major}); an elided article or pronoun keeps its apostrophe and stands alone
 * ({@code d'}, {@code l'}, {@code s'}, {@code qu'}). Every other non-space character is a
 * one-character sign token. Example: {@code "M. Dupont l'a dit"} gives
 * {@code M . Dupont l' a dit}. Linear in the text length.
 */
public final class Tokens {

  final String text;
  final int[] start;
  final int[] end;
  /** Each token as written. */
  private final String[] written;
  final String[] lower;
  final int size;

  private Tokens(String text, int[] start, int[] end, String[] written, String[] lower, int size) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.written = written;
    this.lower = lower;
    this.size = size;
  }

  static Tokens of(String text) {
    return of(new WordTable(text));
  }

  /** The tokens of {@code words.text()}, their strings taken from the shared table. */
  static Tokens of(WordTable words) {
    String text = words.text();
    int n = text.length();
    int[] s = new int[16];
    int[] e = new int[16];
    int k = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int j = i;
      if (Character.isLetterOrDigit(c)) {
        j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if (d == '-' && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j++;
          } else if (d == '\'' && j + 1 < n && Character.isLetter(text.charAt(j + 1))
              && j - i <= 7) {
            j++; // elision: the apostrophe closes this token
            break;
          } else {
            break;
          }
        }
      } else {
        j = i + 1;
      }
      if (k == s.length) {
        s = Arrays.copyOf(s, k * 2);
        e = Arrays.copyOf(e, k * 2);
      }
      s[k] = i;
      e[k] = j;
      k++;
      i = j;
    }
    String[] low = new String[k];
    String[] as = new String[k];
    for (int t = 0; t < k; t++) {
      int id = words.id(s[t], e[t]);
      as[t] = words.word(id);
      low[t] = words.lower(id);
    }
    return new Tokens(text, s, e, as, low, k);
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** Start offset of token {@code t}. */
  public int startOf(int t) {
    return start[t];
  }

  public String word(int t) {
    return t < size ? written[t] : text.substring(start[t], end[t]);
  }

  public boolean isWord(int t) {
    return t >= 0 && t < size && Character.isLetterOrDigit(text.charAt(start[t]));
  }

  public boolean is(int t, String lowerForm) {
    return t >= 0 && t < size && lower[t].equals(lowerForm);
  }

  /** Starts with an upper-case letter and is not an all-capitals acronym of 3+ letters. */
  public boolean isCapitalised(int t) {
    if (!isWord(t) || !Character.isUpperCase(text.charAt(start[t]))) {
      return false;
    }
    int len = end[t] - start[t];
    if (len >= 3) {
      boolean allUpper = true;
      for (int i = start[t]; i < end[t]; i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c) && !Character.isUpperCase(c)) {
          allUpper = false;
          break;
        }
      }
      return !allUpper;
    }
    return true;
  }

  public boolean isLowerWord(int t) {
    return isWord(t) && !Character.isUpperCase(text.charAt(start[t]));
  }

  /** First token starting at or after {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True when no line break lies between the two offsets. */
  public boolean sameLine(int from, int to) {
    int a = Math.min(from, to);
    int b = Math.max(from, to);
    for (int i = a; i < b && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }
}
