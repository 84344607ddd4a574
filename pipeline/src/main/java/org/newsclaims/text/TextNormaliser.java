package org.newsclaims.text;

import java.text.Normalizer;

/**
 * Normalises the Unicode and typography of French news text without changing its words.
 *
 * <p>Applies NFC; turns the French spaces (U+00A0 no-break, U+202F narrow no-break, thin and
 * figure spaces) into plain spaces; turns typographic apostrophes (’ ʼ) into {@code '};
 * removes zero-width characters, soft hyphens, byte-order marks and control characters;
 * turns CRLF and lone CR into LF; collapses runs of spaces and of blank lines. Quote marks
 * (« » “ ” „ ‹ › ") are kept as written: their direction helps quote extraction. Numbers are
 * kept as written too ({@code 1.100}, {@code 1 000}); {@link FrenchNumberFormat} reads them.
 *
 * <p>Example: {@code normalise("l’armée a repris 1\u202F000\u00A0km²")} returns
 * {@code "l'armée a repris 1 000 km²"}.
 *
 * <p>Runs in one pass over the characters, linear in the input length.
 */
public final class TextNormaliser {

  private TextNormaliser() {}

  public static String normalise(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String s = isNfcQuick(raw) || Normalizer.isNormalized(raw, Normalizer.Form.NFC)
        ? raw
        : Normalizer.normalize(raw, Normalizer.Form.NFC);
    // char arrays rather than charAt/StringBuilder.append per character: this runs on every byte
    // of every article
    int n = s.length();
    char[] in = new char[n];
    s.getChars(0, n, in, 0);
    char[] out = new char[n];
    int len = 0;
    int newlines = 0; // consecutive newlines just written
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if (c > ' ' && c < '\u007F') { // printable ASCII, most of the text: none of the cases below
        if (pendingSpace && newlines == 0 && len > 0) {
          out[len++] = ' ';
        }
        pendingSpace = false;
        newlines = 0;
        out[len++] = c;
        continue;
      }
      if (c == '\r') {
        if (i + 1 < n && in[i + 1] == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\n') {
        pendingSpace = false;
        if (newlines < 2 && len > 0) {
          out[len++] = '\n';
        }
        newlines++;
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = true;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (c == '\u2019' || c == '\u02BC' || c == '\u2032') {
        c = '\'';
      }
      if (pendingSpace && newlines == 0 && len > 0) {
        out[len++] = ' '; // room: a pending space stands for at least one input character
      }
      pendingSpace = false;
      newlines = 0;
      out[len++] = c;
    }
    while (len > 0 && out[len - 1] == '\n') {
      len--;
    }
    // text that was normalised already (the parser's output, read again) is returned as it is
    return len == n && java.util.Arrays.equals(in, 0, n, out, 0, n) ? s : new String(out, 0, len);
  }

  /**
   * True when every character is below U+0300: such text is in NFC already (no combining mark,
   * no character that NFC changes), which spares the normaliser's own check on most articles.
   */
  private static boolean isNfcQuick(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009'
        || c == '\u2007' || c == '\u2002' || c == '\u2003' || c == '\u2008' || c == '\u200A'
        || c == '\u3000' || c == '\u000B' || c == '\u000C';
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
        || c == '\u00AD' || (c < 0x20) || (c >= 0x7F && c < 0xA0);
  }
}
