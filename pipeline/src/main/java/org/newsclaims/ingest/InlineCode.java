package org.newsclaims.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts the bodies of a page's inline scripts and style sheets out of its bytes, before the page
 * is decoded and parsed: on news pages they are most of the bytes (tag managers, ad set-ups,
 * critical CSS: 40 of a page's 47 KB in the benchmark's archive), and every one of them is
 * decoded, tokenised as raw text and then removed with the {@code script} and {@code style}
 * elements ({@code html-boilerplate.txt}). The tags stay, empty ({@code <script src=..></script>}).
 *
 * <p>Kept whole: JSON-LD and any other script whose {@code type} is not JavaScript (the page's
 * metadata reads {@code application/ld+json}; templates and data blocks are left to the parser).
 * The decoder then judges the page's charset and its binary or mojibake content on what is left,
 * markup and text: a tag manager's odd bytes no longer make a readable page a reject. The cuts
 * start after a {@code >} and end before a {@code <}, so no character of an ASCII-compatible
 * charset is split.
 *
 * <p>The tags are found as the HTML tokeniser finds them: comments, doctype and processing
 * instructions are skipped; quoted attribute values may hold {@code >}; the raw-text elements
 * ({@code title}, {@code textarea}, {@code xmp}, {@code iframe}, {@code noembed}, {@code noframes},
 * {@code noscript}, and {@code svg}/{@code math}, whose content follows other rules) are skipped
 * to their end tag; a script body ends at the first {@code </script} followed by a space,
 * {@code /} or {@code >}. Anything the tokeniser could read otherwise (a script body holding
 * {@code <!--}, a self-closing {@code <script/>}, {@code <plaintext>}, a tag or comment that never
 * ends, a page in UTF-16) leaves the page as it is: cutting is only ever an economy.
 *
 * <p>Example: {@code cut("<head><script>var a='<b>';</script></head>".getBytes(UTF_8), null)}
 * gives the bytes of {@code "<head><script></script></head>"}. Linear in the page; thread-safe.
 */
final class InlineCode {

  private InlineCode() {}

  private static final byte[] SCRIPT = ascii("script");
  private static final byte[] STYLE = ascii("style");
  private static final byte[] PLAINTEXT = ascii("plaintext");
  /** Elements whose content is skipped unread (raw text, or foreign content). */
  private static final byte[][] SKIPPED = {
      ascii("title"), ascii("textarea"), ascii("xmp"), ascii("iframe"), ascii("noembed"),
      ascii("noframes"), ascii("noscript"), ascii("svg"), ascii("math")};
  private static final byte[] COMMENT_START = ascii("<!--");
  /** The markup this class looks for, as ASCII: a charset that encodes it otherwise is not cut. */
  private static final String MARKUP = "<script type=\"x\"></script><style></style>";

  /**
   * The page without its script and style bodies, or {@code page} itself when there are none to
   * cut or the page cannot be cut safely. {@code charset} is the declared charset (HTTP header
   * or meta tag), may be null.
   */
  static byte[] cut(byte[] page, String charset) {
    if (!asciiCompatible(charset) || page.length < 2
        || (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE
        || (page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF) {
      return page;
    }
    int n = page.length;
    // the bytes as Latin-1 characters, one per byte (a plain copy): String.indexOf searches them
    // many bytes at a time
    String view = new String(page, StandardCharsets.ISO_8859_1);
    int[] cuts = new int[16]; // from, to pairs
    int count = 0;
    int nextComment = -2; // where the next "<!--" at or after i starts (-1: none; -2: not looked)
    int i = 0;
    while (true) {
      i = view.indexOf('<', i);
      if (i < 0) {
        break;
      }
      if (startsWith(page, i, COMMENT_START)) {
        int end = view.indexOf("-->", i + 4);
        if (end < 0) {
          return page;
        }
        i = end + 3;
        continue;
      }
      if (i + 1 < n && (page[i + 1] == '!' || page[i + 1] == '?')) {
        int end = view.indexOf('>', i + 2);
        if (end < 0) {
          return page;
        }
        i = end + 1;
        continue;
      }
      boolean endTag = i + 1 < n && page[i + 1] == '/';
      int name = endTag ? i + 2 : i + 1;
      if (endTag && (name >= n || !isAsciiLetter(page[name]))) {
        int end = view.indexOf('>', name); // "</>" is nothing, "</ ..>" a comment
        if (end < 0) {
          return page;
        }
        i = end + 1;
        continue;
      }
      if (name >= n || !isAsciiLetter(page[name])) {
        i++; // a '<' of the text
        continue;
      }
      int nameEnd = name;
      while (nameEnd < n && !isTagNameEnd(page[nameEnd])) {
        nameEnd++;
      }
      Tag tag = Tag.read(page, nameEnd);
      if (tag == null) {
        return page;
      }
      if (endTag) {
        i = tag.end();
        continue;
      }
      if (nameIs(page, name, nameEnd, PLAINTEXT)) {
        return page;
      }
      boolean script = nameIs(page, name, nameEnd, SCRIPT);
      boolean style = !script && nameIs(page, name, nameEnd, STYLE);
      byte[] skipped = script ? SCRIPT : style ? STYLE : skippedElement(page, name, nameEnd);
      if (skipped == null) {
        i = tag.end();
        continue;
      }
      if (tag.selfClosing() && (script || style)) {
        return page;
      }
      int close = endTagAt(view, page, skipped, tag.end());
      if (close < 0) {
        if (script || style) {
          return page;
        }
        break; // the rest of the page is that element's: nothing more to cut
      }
      if (script) {
        if (nextComment != -1 && nextComment < tag.end()) {
          nextComment = view.indexOf("<!--", tag.end()); // looked up once per occurrence
        }
        if (nextComment >= 0 && nextComment < close) {
          return page; // the tokeniser's escaped script states: its end may be elsewhere
        }
      }
      if ((style || script && tag.javaScript()) && close > tag.end()) {
        if (count == cuts.length) {
          cuts = Arrays.copyOf(cuts, count * 2);
        }
        cuts[count++] = tag.end();
        cuts[count++] = close;
      }
      i = close; // the end tag is read as any other
    }
    if (count == 0) {
      return page;
    }
    int removed = 0;
    for (int k = 0; k < count; k += 2) {
      removed += cuts[k + 1] - cuts[k];
    }
    byte[] out = new byte[n - removed];
    int from = 0;
    int at = 0;
    for (int k = 0; k < count; k += 2) {
      System.arraycopy(page, from, out, at, cuts[k] - from);
      at += cuts[k] - from;
      from = cuts[k + 1];
    }
    System.arraycopy(page, from, out, at, n - from);
    return out;
  }

  /**
   * One start or end tag's attributes, read as the HTML tokeniser reads them from the end of
   * its name: {@code end} is the index after its {@code >}, {@code javaScript} whether a
   * {@code type} attribute is absent or names JavaScript.
   */
  private record Tag(int end, boolean selfClosing, boolean javaScript) {

    private static final byte[] TYPE = ascii("type");

    /** The tag whose name ends at {@code i}, or null when it never ends. */
    static Tag read(byte[] b, int i) {
      int n = b.length;
      boolean javaScript = true;
      while (i < n) {
        byte c = b[i];
        if (c == '>') {
          return new Tag(i + 1, i > 0 && b[i - 1] == '/', javaScript);
        }
        if (isSpace(c) || c == '/') {
          i++;
          continue;
        }
        // an attribute name, then maybe "=" and a value
        int nameStart = i;
        i++; // a name may start with '='
        while (i < n && !isSpace(b[i]) && b[i] != '/' && b[i] != '>' && b[i] != '=') {
          i++;
        }
        int nameEnd = i;
        while (i < n && isSpace(b[i])) {
          i++;
        }
        if (i >= n || b[i] != '=') {
          continue;
        }
        i++;
        while (i < n && isSpace(b[i])) {
          i++;
        }
        if (i >= n) {
          return null;
        }
        int valueStart;
        int valueEnd;
        if (b[i] == '"' || b[i] == '\'') {
          valueStart = i + 1;
          valueEnd = indexOf(b, b[i], valueStart);
          if (valueEnd < 0) {
            return null;
          }
          i = valueEnd + 1;
        } else if (b[i] == '>') {
          continue;
        } else {
          valueStart = i;
          while (i < n && !isSpace(b[i]) && b[i] != '>') {
            i++;
          }
          valueEnd = i;
        }
        if (nameIs(b, nameStart, nameEnd, TYPE)) {
          javaScript = isJavaScriptType(b, valueStart, valueEnd);
        }
      }
      return null;
    }
  }

  /** Whether a script {@code type} value names JavaScript (empty, "text/javascript", "module"). */
  private static boolean isJavaScriptType(byte[] b, int from, int to) {
    String type = new String(b, from, to - from, StandardCharsets.ISO_8859_1).strip()
        .toLowerCase(java.util.Locale.ROOT);
    return type.isEmpty() || type.equals("module") || type.contains("javascript")
        || type.contains("ecmascript") || type.equals("text/jscript");
  }

  /** The name of the skipped element whose name is {@code b[from, to)}, or null. */
  private static byte[] skippedElement(byte[] b, int from, int to) {
    for (byte[] name : SKIPPED) {
      if (nameIs(b, from, to, name)) {
        return name;
      }
    }
    return null;
  }

  /** Where the first {@code </name} followed by a space, '/' or '>' starts, or -1. */
  private static int endTagAt(String view, byte[] b, byte[] name, int from) {
    int n = b.length;
    for (int i = view.indexOf("</", from); i >= 0; i = view.indexOf("</", i + 2)) {
      int end = i + 2 + name.length;
      if (end < n && b[i + 1] == '/' && nameIs(b, i + 2, end, name)
          && (isSpace(b[end]) || b[end] == '/' || b[end] == '>')) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code b[from, to)} is {@code name}, ignoring ASCII case. */
  private static boolean nameIs(byte[] b, int from, int to, byte[] name) {
    if (to - from != name.length) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      int c = b[from + k];
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != name[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at + prefix.length > b.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (b[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isTagNameEnd(byte c) {
    return isSpace(c) || c == '/' || c == '>';
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** Whether the declared charset writes the markup looked for as ASCII does (unknown: yes). */
  private static boolean asciiCompatible(String charset) {
    if (charset == null) {
      return true;
    }
    try {
      String name = charset.strip().replace("\"", "").replace("'", "");
      if (name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("iso-8859-1")
          || name.equalsIgnoreCase("windows-1252")) {
        return true;
      }
      if (!Charset.isSupported(name)) {
        return true; // the decoder ignores it and reads the bytes
      }
      return Arrays.equals(MARKUP.getBytes(Charset.forName(name)), ascii(MARKUP));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
