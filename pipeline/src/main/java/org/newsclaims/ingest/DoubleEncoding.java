package org.newsclaims.ingest;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that was read as Windows-1252 and written again as UTF-8 ("Ã©tÃ©" for "été", "â€™" for
 * "’"): finds such sequences and repairs them, for {@link ArticleDecoder}.
 *
 * <p>Example: {@code DoubleEncoding.repair("Ã©tÃ©")} gives {@code "été"}; {@code
 * DoubleEncoding.count("été")} gives 0.
 */
final class DoubleEncoding {

  private DoubleEncoding() {}

  /**
   * Counts double-encoded sequences: the Windows-1252 reading of a whole UTF-8 multi-byte
   * character ("Ã©" for "é", "â€™" for "’").
   */
  static int count(String s) {
    int count = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      // the test doubleEncodedLength starts with, inlined: most characters stop here
      if (c >= 0xC2 && c <= 0xF4 && lengthAt(s, i) > 0) {
        count++;
      }
    }
    return count;
  }

  /** Length of the double-encoded UTF-8 sequence starting at {@code i}, or 0. */
  static int lengthAt(String s, int i) {
    char c = s.charAt(i);
    if (c < 0xC2 || c > 0xF4) {
      return 0; // the Windows-1252 byte of any other character is no UTF-8 lead byte
    }
    int lead = cp1252Byte(c);
    int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
        : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    if (need == 0 || i + need >= s.length()) {
      return 0;
    }
    for (int k = 1; k <= need; k++) {
      if (!isContinuation(cp1252Byte(s.charAt(i + k)))) {
        return 0; // most accented letters: followed by a letter, not a continuation byte
      }
    }
    byte[] seq = new byte[need + 1];
    seq[0] = (byte) lead;
    for (int k = 1; k <= need; k++) {
      seq[k] = (byte) cp1252Byte(s.charAt(i + k));
    }
    ArticleDecoder.Decoded d = ArticleDecoder.strict(seq, 0, StandardCharsets.UTF_8, "UTF-8");
    return d.ok() && isLatinText(d.text().codePointAt(0)) ? need + 1 : 0;
  }

  /**
   * Whether a repaired character is one that Western text uses (accented Latin letters,
   * punctuation, €): "é\u00A0»" is the valid UTF-8 of a CJK ideograph, not mojibake.
   */
  private static boolean isLatinText(int cp) {
    return cp >= 0x80 && cp < 0x250 || cp >= 0x2000 && cp < 0x2070 || cp >= 0x20A0 && cp < 0x20D0
        || cp >= 0x2100 && cp < 0x2150;
  }

  private static boolean isContinuation(int v) {
    return v >= 0x80 && v <= 0xBF;
  }

  /** The Windows-1252 byte of {@code c}, or -1 when it has none. */
  private static int cp1252Byte(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c == '\uFFFD') {
      return -1;
    }
    if (c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    int k = CP1252_HIGH.indexOf(c);
    return k < 0 ? -1 : 0x80 + k;
  }

  /** Windows-1252 bytes 0x80-0x9F ('\uFFFD' where undefined). */
  static final String CP1252_HIGH = new String(cp1252C1(), ArticleDecoder.CP1252);

  private static byte[] cp1252C1() {
    byte[] b = new byte[32];
    for (int i = 0; i < 32; i++) {
      b[i] = (byte) (0x80 + i);
    }
    return b;
  }

  /**
   * Repairs UTF-8 that was read as Windows-1252 and written again as UTF-8 ("Ã©tÃ©" for "été"),
   * sequence by sequence, so that text mixing clean and double-encoded parts is repaired too.
   * Returns null when not every sequence could be repaired; called only when two or more were
   * found (a lone "Ã" followed by a sign may be genuine).
   */
  static String repair(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int len = lengthAt(s, i);
      if (len > 0) {
        byte[] seq = new byte[len];
        for (int k = 0; k < len; k++) {
          seq[k] = (byte) cp1252Byte(s.charAt(i + k));
        }
        out.append(new String(seq, StandardCharsets.UTF_8));
        i += len;
        continue;
      }
      out.append(s.charAt(i));
      i++;
    }
    String repaired = out.toString();
    return count(repaired) == 0 ? repaired : null;
  }
}
