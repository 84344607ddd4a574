package org.newsclaims.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input file into text, or says why it cannot.
 *
 * <p>Reads UTF-8 (with or without byte-order mark), UTF-16 LE/BE (with a byte-order mark, or
 * without one when the zero bytes show it) and, when the bytes are not valid UTF-8 but read as
 * plausible French in Windows-1252 (é, è, à, ç, œ, « » ...), Windows-1252 / ISO-8859-1. Repairs
 * UTF-8 that was decoded as Windows-1252 and re-encoded ("Ã©tÃ©" for "été"). Rejects empty and
 * whitespace-only files, binary files (PDF, PNG, ZIP, GIF, JPEG, gzip, NUL bytes, control
 * characters) and text it cannot decode without mojibake. A charset declared by an HTTP header
 * or an HTML {@code <meta charset>} ({@link #declaredHtmlCharset}) is tried first when it is not
 * UTF-8; bytes that are not valid in it fall back to the detection above. HTML stays HTML (the
 * caller extracts its article with {@link HtmlArticleExtractor}). The text keeps its line breaks;
 * BOMs are removed.
 *
 * <p>Example: {@code decode("a.txt", "Été".getBytes(UTF_8))} gives {@code Decoded("Été",
 * "UTF-8", null)}; {@code decode("b.pdf", "%PDF-1.7...")} gives a reject "binary file (PDF)".
 */
public final class ArticleDecoder {

  /**
   * The result of decoding: either {@code text} (with the charset used) or a {@code rejectReason}.
   */
  public record Decoded(String text, String charset, String rejectReason) {
    public boolean ok() {
      return rejectReason == null;
    }
  }

  static final Charset CP1252 = Charset.forName("windows-1252");
  /** Characters that Windows-1252 bytes 0x80-0xFF give in ordinary French text. */
  private static final String FRENCH_HIGH =
      "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»€°’‘“”–—…\u00A0©®²³ºª·•§µ¿¡ñÑáíóúÁÍÓÚãõÃÕ";

  private ArticleDecoder() {}

  public static Decoded decode(String name, byte[] bytes) {
    return decode(name, bytes, null);
  }

  /**
   * Decodes with {@code declaredCharset} (an HTTP {@code charset} parameter or a page's meta
   * charset, may be null) tried first when it is a known charset other than UTF-8.
   */
  public static Decoded decode(String name, byte[] bytes, String declaredCharset) {
    if (bytes == null || bytes.length == 0) {
      return reject("empty file");
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      return reject("binary file (" + magic + ")");
    }
    Decoded d = null;
    Charset declared = charsetNamed(declaredCharset);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !hasBom(bytes)) {
      d = strict(bytes, 0, declared, declared.name() + " (declared)");
      if (!d.ok()) {
        d = null; // the page lies about its charset: detect it from the bytes
      }
    }
    if (d == null) {
      d = decodeText(bytes);
    }
    if (!d.ok()) {
      return d;
    }
    String text = d.text();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return reject("whitespace-only file");
    }
    // one pass over the text: control and replacement characters, double-encoded sequences
    // (DoubleEncoding.count) and C1 controls
    int controls = 0;
    int replacements = 0;
    int mojibake = 0;
    boolean c1 = false;
    boolean utf8 = d.charset().equals("UTF-8") || d.charset().equals("UTF-8 (BOM)");
    Utf8Scan scan = utf8 ? Utf8Scan.of(bytes, d.charset().equals("UTF-8") ? 0 : 3) : null;
    if (scan != null && scan.nul()) {
      return reject("binary file (NUL characters)");
    }
    int n = scan == null ? text.length() : 0; // the byte scan found no possible mojibake
    if (scan != null) {
      controls = scan.controls();
      replacements = scan.replacements();
      c1 = scan.c1();
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c == 0) {
          return reject("binary file (NUL characters)");
        }
        if (c != '\n' && c != '\r' && c != '\t' && c != '\f') {
          controls++;
        }
      } else if (c >= 0x80 && c <= 0xF4) {
        if (c <= 0x9F) {
          c1 = true;
        } else if (c >= 0xC2 && DoubleEncoding.lengthAt(text, i) > 0) {
          mojibake++;
        }
      } else if (c == '\uFFFD') {
        replacements++;
      }
    }
    if (controls > 8 && controls * 100 > text.length()) {
      return reject("binary file (control characters)");
    }
    if (replacements > 3 && replacements * 200 > text.length()) {
      return reject("undecodable text (" + replacements + " replacement characters already in the file)");
    }
    String charset = d.charset();
    // one count serves both: fewer than two sequences are left as they are, three or more that
    // cannot all be repaired reject the text
    String repaired = mojibake >= 2 ? DoubleEncoding.repair(text) : null;
    if (repaired != null) {
      text = repaired;
      charset = charset + " (double-encoded, repaired)";
    } else if (mojibake >= 3) {
      return reject("undecodable text (mojibake: UTF-8 read as Windows-1252, not repairable)");
    }
    // a repair may have made C1 characters of its own: then the text is scanned again
    String mapped = c1 || repaired != null ? mapC1Controls(text) : null;
    if (mapped != null) {
      text = mapped;
      charset = charset + " (C1 controls read as Windows-1252)";
    }
    return new Decoded(text, charset, null);
  }

  /**
   * What the character scan of {@link #decode} counts, read from the bytes of valid UTF-8, where
   * each of those characters has one byte form: a control character is its byte below 0x20, a C1
   * control is C2 80..9F, U+FFFD is EF BF BD. Double-encoded sequences start with a character
   * U+00C2..U+00F4 (C3 82..B4) followed by one whose Windows-1252 byte is a continuation byte
   * (U+0080..U+00BF, or one of Windows-1252's €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ: first byte C2, C5, C6, CB
   * or E2); when the bytes hold such a pair the scan returns null and the characters are read.
   * Much cheaper than the character scan: nearly every byte of a page is one comparison.
   */
  private record Utf8Scan(int controls, int replacements, boolean c1, boolean nul) {
    static Utf8Scan of(byte[] b, int from) {
      int controls = 0;
      int replacements = 0;
      boolean c1 = false;
      int n = b.length;
      for (int i = from; i < n; i++) {
        int v = b[i];
        if (v >= 0x20) {
          continue; // ASCII other than a control: most of a page
        }
        if (v >= 0) {
          if (v == 0) {
            return new Utf8Scan(0, 0, false, true);
          }
          if (v != '\n' && v != '\r' && v != '\t' && v != '\f') {
            controls++;
          }
          continue;
        }
        int u = v & 0xFF;
        int next = i + 1 < n ? b[i + 1] & 0xFF : -1;
        if (u == 0xC2 && next >= 0x80 && next <= 0x9F) {
          c1 = true;
        } else if (u == 0xC3 && next >= 0x82 && next <= 0xB4 && i + 2 < n) {
          int after = b[i + 2] & 0xFF;
          if (after == 0xC2 || after == 0xC5 || after == 0xC6 || after == 0xCB || after == 0xE2) {
            return null;
          }
        } else if (u == 0xEF && next == 0xBF && i + 2 < n && (b[i + 2] & 0xFF) == 0xBD) {
          replacements++;
        }
      }
      return new Utf8Scan(controls, replacements, c1, false);
    }
  }

  /** A supported charset of that name ("latin1", "windows-1252", "utf-8"), or null. */
  private static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      String n = name.strip().replace("\"", "").replace("'", "");
      // browsers read ISO-8859-1 and ASCII labels as Windows-1252 (WHATWG Encoding)
      if (n.equalsIgnoreCase("iso-8859-1") || n.equalsIgnoreCase("latin1")
          || n.equalsIgnoreCase("us-ascii") || n.equalsIgnoreCase("ascii")) {
        return CP1252;
      }
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean hasBom(byte[] b) {
    return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
  }

  /**
   * The charset an HTML page declares in its first 4 KB ({@code <meta charset="iso-8859-1">} or
   * {@code <meta http-equiv="Content-Type" content="text/html; charset=...">}), or null.
   */
  public static String declaredHtmlCharset(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
    int from = 0;
    int meta;
    while ((meta = head.indexOf("<meta", from)) >= 0) {
      int end = head.indexOf('>', meta);
      if (end < 0) {
        return null;
      }
      String tag = head.substring(meta, end);
      int c = tag.indexOf("charset=");
      if (c >= 0) {
        int i = c + 8;
        while (i < tag.length() && (tag.charAt(i) == '"' || tag.charAt(i) == '\'' || tag.charAt(i) == ' ')) {
          i++;
        }
        int j = i;
        while (j < tag.length() && (Character.isLetterOrDigit(tag.charAt(j)) || tag.charAt(j) == '-'
            || tag.charAt(j) == '_' || tag.charAt(j) == ':' || tag.charAt(j) == '.')) {
          j++;
        }
        if (j > i) {
          return tag.substring(i, j);
        }
      }
      from = end;
    }
    return null;
  }

  private static Decoded reject(String reason) {
    return new Decoded(null, null, reason);
  }

  /** Names the binary format whose magic number starts {@code b}, or null. */
  private static String binaryMagic(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
      return "ZIP";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "ELF";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "MS Office";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Decoded decodeText(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
    }
    if (startsWith(b, 0xFF, 0xFE, 0, 0) || startsWith(b, 0, 0, 0xFE, 0xFF)) {
      String cs = b[0] == 0 ? "UTF-32BE" : "UTF-32LE";
      return strict(b, 4, Charset.forName(cs), cs + " (BOM)");
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
    }
    Charset utf16 = utf16WithoutBom(b);
    if (utf16 != null) {
      return strict(b, 0, utf16, utf16.name() + " (no BOM)");
    }
    for (byte x : b) {
      if (x == 0) {
        return reject("binary file (NUL bytes)");
      }
    }
    Decoded utf8 = strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
    if (utf8.ok()) {
      return utf8;
    }
    if (isPlausibleFrench8Bit(b)) {
      boolean c1 = false;
      for (byte x : b) {
        int v = x & 0xFF;
        c1 |= v >= 0x80 && v <= 0x9F;
      }
      return strict(b, 0, CP1252, c1 ? "windows-1252" : "ISO-8859-1");
    }
    return reject("undecodable text (neither UTF-8 nor plausible Windows-1252/Latin-1 French)");
  }

  /** UTF-16 without BOM: in the first 4 KB, zero bytes only at odd (LE) or even (BE) offsets, often. */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          evenZeros++;
        } else {
          oddZeros++;
        }
      }
    }
    int pairs = n / 2;
    if (evenZeros == 0 && oddZeros * 10 >= pairs * 7) {
      return StandardCharsets.UTF_16LE;
    }
    if (oddZeros == 0 && evenZeros * 10 >= pairs * 7) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  static Decoded strict(byte[] b, int offset, Charset cs, String label) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      // the JDK's String decoder is several times faster than a CharsetDecoder and replaces
      // malformed input with U+FFFD: without one in the result the bytes were valid UTF-8 and
      // the text is the strict decoder's; with one, the strict decoder tells
      String text = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoded(text, label, null);
      }
    }
    try {
      CharBuffer chars = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, offset, b.length - offset));
      return new Decoded(chars.toString(), label, null);
    } catch (CharacterCodingException e) {
      return reject("undecodable text (invalid " + cs.name() + ")");
    }
  }

  /**
   * True when the bytes read as French in Windows-1252: most bytes above 0x7F map to letters
   * and signs of French text, and they sit inside or next to words.
   */
  private static boolean isPlausibleFrench8Bit(byte[] b) {
    int high = 0;
    int french = 0;
    int asciiLetters = 0;
    for (int i = 0; i < b.length; i++) {
      int v = b[i] & 0xFF;
      if (v < 0x80) {
        if (Character.isLetter(v)) {
          asciiLetters++;
        }
        continue;
      }
      high++;
      char ch = v >= 0xA0 ? (char) v : DoubleEncoding.CP1252_HIGH.charAt(v - 0x80);
      if (FRENCH_HIGH.indexOf(ch) >= 0) {
        french++;
      }
    }
    return high > 0 && french * 10 >= high * 9 && asciiLetters >= high * 2;
  }

  /**
   * Text once decoded as ISO-8859-1 although it was Windows-1252 carries C1 control characters
   * (U+0092 for ’, U+0080 for €); maps them back, or returns null when there are none.
   */
  private static String mapC1Controls(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        char m = DoubleEncoding.CP1252_HIGH.charAt(c - 0x80);
        if (m != '\uFFFD') {
          out.append(m);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? null : out.toString();
  }
}
