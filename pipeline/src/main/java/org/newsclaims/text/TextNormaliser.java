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
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC)
        ? raw
        : Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(s.length());
    int newlines = 0; // consecutive newlines just written
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\n') {
        pendingSpace = false;
        if (newlines < 2 && out.length() > 0) {
          out.append('\n');
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
      if (pendingSpace && newlines == 0 && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      newlines = 0;
      out.append(c);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return out.toString();
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
