package org.newsclaims.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct word forms of one text, each made a string once: the readers that cut the text
 * into words by rules of their own (the {@link FrenchTokenizer}, the entity recogniser's name
 * words, the speaker attribution's tokens) ask it for the form at {@code [start, end)} and get
 * the same {@link String} for every occurrence of that form, so each form is copied out of the
 * text, lower-cased, folded and hashed (a string caches its hash code: every word list probed
 * with it afterwards reuses it) once per text rather than once per occurrence and reader.
 *
 * <p>A span asked for again (the same start and end, as the three cuttings mostly agree) is
 * answered from the offset without hashing. Example: in "la Lune et la Terre", {@code
 * word(id(0, 2))} and {@code word(id(11, 13))} are the same string {@code "la"}, and {@code
 * fold(id(3, 7))} is {@code "lune"}.
 *
 * <p>One per text and thread: not synchronised.
 */
public final class WordTable {

  private final String text;
  /** Per start offset: the end of the span last asked for there (0: none yet), and its id. */
  private int[] endAt;
  private int[] idAt;
  private String[] words = new String[64];
  private String[] lowers = new String[64];
  private String[] folds = new String[64];
  private int[] hashes = new int[64];
  /** Open addressing: id + 1 of each form by hash, 0 for an empty slot. */
  private int[] slots = new int[128];
  private int size;

  public WordTable(String text) {
    this.text = text;
  }

  /** The text the offsets point into. */
  public String text() {
    return text;
  }

  /** The id of the form {@code text[start, end)} (non-empty), the same for every occurrence. */
  public int id(int start, int end) {
    if (endAt == null) {
      endAt = new int[text.length()];
      idAt = new int[text.length()];
    }
    if (endAt[start] == end) {
      return idAt[start];
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = slots.length - 1;
    int slot = mix(h) & mask;
    int len = end - start;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        break;
      }
      int id = entry - 1;
      String w = words[id];
      if (hashes[id] == h && w.length() == len && text.regionMatches(start, w, 0, len)) {
        endAt[start] = end;
        idAt[start] = id;
        return id;
      }
      slot = (slot + 1) & mask;
    }
    int id = add(text.substring(start, end), h);
    slots[slot] = id + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    endAt[start] = end;
    idAt[start] = id;
    return id;
  }

  /** The form as written. */
  public String word(int id) {
    return words[id];
  }

  /** The form in lower case ({@link Locale#ROOT}), computed once. */
  public String lower(int id) {
    String l = lowers[id];
    if (l == null) {
      l = words[id].toLowerCase(Locale.ROOT);
      lowers[id] = l;
    }
    return l;
  }

  /** {@link Folding#fold} of the form, computed once. */
  public String fold(int id) {
    String f = folds[id];
    if (f == null) {
      f = Folding.fold(words[id]);
      folds[id] = f;
    }
    return f;
  }

  /** Number of distinct forms asked for so far. */
  public int size() {
    return size;
  }

  private int add(String w, int h) {
    if (size == words.length) {
      int n = size * 2;
      words = Arrays.copyOf(words, n);
      lowers = Arrays.copyOf(lowers, n);
      folds = Arrays.copyOf(folds, n);
      hashes = Arrays.copyOf(hashes, n);
    }
    words[size] = w;
    hashes[size] = h;
    return size++;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = mix(hashes[id]) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = id + 1;
    }
    slots = bigger;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
