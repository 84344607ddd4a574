package org.newsclaims.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Turns an HTML page into plain text lines: tags stripped, the content of {@code script},
 * {@code style}, {@code nav}, {@code header}, {@code footer}, {@code aside}, {@code form} and
 * {@code head} dropped, block tags ({@code p}, {@code div}, {@code br}, {@code h1}...) turned into
 * line breaks, entities decoded ({@link StringEscapeUtils#unescapeHtml4}). A publication date
 * found in a meta tag ({@code article:published_time}, {@code datePublished}) is put first as a
 * {@code date: ...} header line.
 *
 * <p>Example: {@code toText("<nav>Accueil</nav><h1>Titre</h1><p>Le texte&nbsp;!</p>")} returns
 * {@code "Titre\nLe texte\u00A0!"}. One pass over the characters with a small tag scanner, linear
 * in the input; not a validating parser (unclosed dropped elements drop the rest of the page).
 */
public final class HtmlText {

  private static final Set<String> DROPPED = Set.of(
      "script", "style", "nav", "header", "footer", "aside", "form", "head", "noscript",
      "template", "svg", "iframe", "button", "select", "menu", "object");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
      "tr", "table", "thead", "tbody", "section", "article", "main", "blockquote", "figure",
      "figcaption", "pre", "hr", "title", "body", "html", "address", "caption", "td", "th");

  private static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "datepublished", "date", "dc.date", "dcterms.created",
      "pubdate", "publishdate", "og:article:published_time", "sailthru.date");

  private HtmlText() {}

  /**
   * True when {@code text} looks like an HTML document or fragment: it starts with a tag or
   * doctype, or has several paragraph/line-break/div tags.
   */
  public static boolean looksLikeHtml(String text) {
    if (text == null) {
      return false;
    }
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    int scanned = Math.min(text.length(), Math.max(20000, i + 2000));
    if (text.lastIndexOf('<', scanned - 1) < 0) {
      return false; // every sign looked for below starts with '<', and plain text has none
    }
    String head = text.substring(i, Math.min(text.length(), i + 2000)).toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        && head.contains("<html")) {
      return true;
    }
    int tags = 0;
    String lower = text.length() > 20000 ? text.substring(0, 20000).toLowerCase(Locale.ROOT)
        : text.toLowerCase(Locale.ROOT);
    for (String t : new String[] {"<p>", "<p ", "</p>", "<br>", "<br/>", "<br />", "<div", "</div>",
        "<body", "<h1", "<article"}) {
      int from = 0;
      int at;
      while ((at = lower.indexOf(t, from)) >= 0 && tags < 3) {
        tags++;
        from = at + t.length();
      }
    }
    return tags >= 3;
  }

  /** Extracts the text lines of an HTML page (entities decoded, blank lines collapsed). */
  public static String toText(String html) {
    StringBuilder out = new StringBuilder(html.length() / 2);
    StringBuilder run = new StringBuilder(); // text since the last tag, entities undecoded
    String published = null; // from <meta property="article:published_time" ...>
    String skipping = null; // the dropped element we are inside
    int depth = 0;
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<') {
        if (skipping == null) {
          run.append(c);
        }
        i++;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      int j = i + 1;
      boolean closing = j < n && html.charAt(j) == '/';
      if (closing) {
        j++;
      }
      if (j >= n || !(Character.isLetter(html.charAt(j)) || html.charAt(j) == '!' || html.charAt(j) == '?')) {
        if (skipping == null) {
          run.append(c); // a lone "<" in text
        }
        i++;
        continue;
      }
      int nameEnd = j;
      while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-'
          || html.charAt(nameEnd) == '!' || html.charAt(nameEnd) == '?')) {
        nameEnd++;
      }
      String name = html.substring(j, nameEnd).toLowerCase(Locale.ROOT);
      int tagEnd = tagEnd(html, nameEnd);
      boolean selfClosing = tagEnd > 1 && html.charAt(tagEnd - 2) == '/';
      if (published == null && name.equals("meta")) {
        published = publishedMeta(html.substring(nameEnd, Math.max(nameEnd, tagEnd - 1)));
      }
      i = tagEnd;
      if (skipping != null) {
        if (name.equals(skipping)) {
          depth += closing ? -1 : (selfClosing ? 0 : 1);
          if (depth == 0) {
            skipping = null;
          }
        }
        continue;
      }
      flush(run, out);
      if (!closing && DROPPED.contains(name) && !selfClosing) {
        if (name.equals("script") || name.equals("style")) {
          // raw text: jump straight to the closing tag
          int end = indexOfIgnoreCase(html, "</" + name, i);
          i = end < 0 ? n : tagEnd(html, end + 2 + name.length());
          continue;
        }
        skipping = name;
        depth = 1;
        continue;
      }
      if (BLOCKS.contains(name)) {
        newline(out);
      }
    }
    flush(run, out);
    String text = tidy(out);
    // the page's publication date becomes a header line, read by ArticleParser like any header
    return published == null || text.isEmpty() ? text : "date: " + published + "\n" + text;
  }

  /**
   * The content of a publication-date meta tag ({@code property="article:published_time"},
   * {@code itemprop="datePublished"}, {@code name="date"}...), or null. {@code attrs} is the text
   * of the tag after its name.
   */
  private static String publishedMeta(String attrs) {
    String lower = attrs.toLowerCase(Locale.ROOT);
    boolean isDate = false;
    for (String key : PUBLISHED_META) {
      if (lower.contains("\"" + key + "\"") || lower.contains("'" + key + "'")) {
        isDate = true;
        break;
      }
    }
    if (!isDate) {
      return null;
    }
    int c = lower.indexOf("content=");
    if (c < 0 || c + 8 >= attrs.length()) {
      return null;
    }
    char q = attrs.charAt(c + 8);
    if (q != '"' && q != '\'') {
      return null;
    }
    int end = attrs.indexOf(q, c + 9);
    if (end < 0) {
      return null;
    }
    String value = attrs.substring(c + 9, end).strip();
    return value.isEmpty() || value.indexOf('\n') >= 0 ? null : value;
  }

  private static int indexOfIgnoreCase(String s, String target, int from) {
    for (int k = from; k + target.length() <= s.length(); k++) {
      if (s.regionMatches(true, k, target, 0, target.length())) {
        return k;
      }
    }
    return -1;
  }

  /** Index just after the '>' ending a tag whose name ends at {@code from}, quotes respected. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int k = from; k < html.length(); k++) {
      char c = html.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      }
    }
    return html.length();
  }

  private static void flush(StringBuilder run, StringBuilder out) {
    if (run.length() == 0) {
      return;
    }
    String text = StringEscapeUtils.unescapeHtml4(run.toString());
    run.setLength(0);
    appendCollapsed(text, out);
  }

  /** Appends {@code text} with each run of white space as one space (none at a line start). */
  static void appendCollapsed(CharSequence text, StringBuilder out) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  /** Ends the current line of {@code out} (trailing spaces removed; never an empty line). */
  static void newline(StringBuilder out) {
    int len = out.length();
    while (len > 0 && out.charAt(len - 1) == ' ') {
      len--;
    }
    out.setLength(len);
    if (len > 0 && out.charAt(len - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Strips each line, drops empty ones. */
  private static String tidy(StringBuilder out) {
    StringBuilder b = new StringBuilder(out.length());
    for (String line : out.toString().split("\n")) {
      String s = line.strip();
      if (!s.isEmpty()) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(s);
      }
    }
    return b.toString();
  }
}
