package org.newsclaims.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one accent and case folding of the project: what every lexicon look-up, name key, stem and
 * story signature compares. Lower case (root locale), combining marks dropped after canonical
 * decomposition, the letters without a decomposition spelled in ASCII (ł ø đ ı ß œ æ), typographic
 * apostrophes ({@code ’ ʼ ` ´}) made {@code '}, the hyphens {@code ‐ ‑ –} made {@code -}, runs of
 * white space (no-break spaces included) one space, none at the ends.
 *
 * <p>Example: {@code fold("Valéri  Guérassimov") = "valeri guerassimov"},
 * {@code fold("Erdoğan") = "erdogan"}, {@code fold("Łódź") = "lodz"},
 * {@code fold("L’Œuvre") = "l'oeuvre"}. Thread-safe; strings of Latin characters (below U+0250)
 * are folded from a table, without the normaliser.
 */
public final class Folding {

  private Folding() {}

  /** Below this code point, folding a string is folding its characters one by one (see {@link #CHARS}). */
  private static final int TABLE_END = 0x250;

  /**
   * The fold of each character below U+0250 (Latin-1 and Latin Extended), null for white space.
   * Such characters have no combining mark of their own to reorder, so the canonical
   * decomposition of a string of them is the concatenation of theirs: folding it character by
   * character gives what {@link #foldSlowly} gives, without the normaliser.
   */
  private static final String[] CHARS = new String[TABLE_END];

  /** {@link #CHARS} where the fold is one character, 0 elsewhere (œ gives two, space none). */
  private static final char[] SINGLE = new char[TABLE_END];

  static {
    for (char c = 0; c < TABLE_END; c++) {
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        CHARS[c] = foldSlowly(String.valueOf(c));
        if (CHARS[c].length() == 1) {
          SINGLE[c] = CHARS[c].charAt(0);
        }
      }
    }
  }

  /** The folded form of {@code s} (see the class comment). */
  public static String fold(String s) {
    int plain = plainAscii(s);
    if (plain == PLAIN_LOWER) {
      return s; // most words of a French text: already their own fold
    }
    if (plain == PLAIN) {
      return s.toLowerCase(Locale.ROOT);
    }
    int n = s.length();
    char[] single = new char[n]; // most words: one character each (é gives e)
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      char f = c < TABLE_END ? SINGLE[c] : 0;
      if (f == 0) {
        break;
      }
      single[i++] = f;
    }
    if (i == n) {
      return new String(single);
    }
    StringBuilder out = new StringBuilder(n + 4).append(single, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      String f = c < TABLE_END ? CHARS[c] : null;
      if (f == null) {
        return foldSlowly(s);
      }
      out.append(f);
    }
    return out.toString();
  }

  /** Decomposes, drops the marks, maps the special letters and spaces, lower-cases. */
  static String foldSlowly(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      switch (c) {
        case 'ł', 'Ł' -> out.append('l');
        case 'ø', 'Ø' -> out.append('o');
        case 'đ', 'Đ' -> out.append('d');
        case 'ı' -> out.append('i');
        case 'ß' -> out.append("ss");
        case 'œ', 'Œ' -> out.append("oe");
        case 'æ', 'Æ' -> out.append("ae");
        case '’', 'ʼ', '`', '´' -> out.append('\'');
        case '‐', '‑', '–' -> out.append('-');
        default -> out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@link #plainAscii}: not plain ASCII, plain with an upper-case letter, plain lower case. */
  private static final int NOT_PLAIN = 0;
  private static final int PLAIN = 1;
  private static final int PLAIN_LOWER = 2;

  /**
   * Whether {@code s} is ASCII without control characters, leading/trailing or doubled spaces,
   * or backquotes (its fold is then its lower case), and whether it has an upper-case letter.
   */
  private static int plainAscii(String s) {
    int n = s.length();
    if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
      return NOT_PLAIN;
    }
    boolean upper = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128 || c < ' ' || c == '`' || c == ' ' && s.charAt(i - 1) == ' ') {
        return NOT_PLAIN;
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    return upper ? PLAIN : PLAIN_LOWER;
  }
}
