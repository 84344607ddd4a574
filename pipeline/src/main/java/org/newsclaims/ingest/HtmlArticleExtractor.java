package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.newsclaims.model.Article;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.TextNormaliser;

/**
 * Turns one HTML page into an article: the one extractor behind WARC records, {@code .html}
 * files and HTML held in crawler JSON Lines fields.
 *
 * <p>Steps: jsoup parses the page as a browser would; {@link PageMetadata} reads its title, date,
 * outlet and language with where each came from; the blocks listed in
 * {@code html-boilerplate.txt} (scripts, navigation, cookie banners, comment threads, share bars,
 * "À lire aussi" and related-article teasers) are removed; Readability (readability4j, the port
 * of Firefox's Reader View) picks the main content among what is left; its blocks become lines
 * (headline and figures with their captions left out), and {@link ArticleParser#clean} drops the
 * remaining furniture line by line ("Lire aussi : …", bylines, "Publié le …", agency credits).
 *
 * <p>Example: {@code extract("a.html", "<html lang=fr><head><meta property=og:title
 * content=Titre>…<article><p>Le texte.</p></article>…", null)} gives an article titled "Titre"
 * with {@code titleSource="og:title"} and the body "Le texte.". A page declaring another
 * language, or without any body left, is a reject with its reason. Linear in the page (one parse,
 * Readability's few passes over the remaining tree); thread-safe.
 */
public final class HtmlArticleExtractor {

  /** Either an {@code article} or a {@code stage} and {@code rejectReason}. */
  public record Extracted(Article article, String stage, String rejectReason) {
    public boolean ok() {
      return rejectReason == null;
    }
  }

  /** Elements whose start and end break a line in the extracted text. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr",
      "table", "section", "article", "main", "blockquote", "pre", "hr", "address", "td", "th",
      "header", "footer", "figure", "details", "summary");

  /**
   * Pages with more elements than this (after the boilerplate is gone) skip Readability: news
   * pages have a few thousand; a generated or broken page with tens of thousands would take
   * Readability minutes.
   */
  static final int MAX_READABILITY_ELEMENTS = 15_000;

  /** Selectors parsed once (jsoup parses a selector string on every call). */
  private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
  private static final Evaluator NOT_TEXT = QueryParser.parse("h1, figure, figcaption, picture, img");
  private static final Evaluator MAIN = QueryParser.parse("main");
  private static final Evaluator ARTICLE = QueryParser.parse("article");

  private static final class Holder {
    static final Boilerplate INSTANCE = Boilerplate.load();
  }

  /** The rules of {@code html-boilerplate.txt}. */
  private record Boilerplate(Set<String> tags, Set<String> tokens, Set<String> words) {
    static Boilerplate load() {
      Set<String> tags = new HashSet<>();
      Set<String> tokens = new HashSet<>();
      Set<String> words = new HashSet<>();
      for (String[] row : ResourceTable.read(HtmlArticleExtractor.class, "html-boilerplate.txt", 2)) {
        String text = row[1].strip().toLowerCase(Locale.ROOT);
        switch (row[0]) {
          case "tag" -> tags.add(text);
          case "token" -> tokens.add(text);
          case "word" -> words.add(text);
          default -> throw new IllegalStateException("html-boilerplate.txt: unknown kind " + row[0]);
        }
      }
      return new Boilerplate(Lookup.set(tags), Lookup.set(tokens), Lookup.set(words));
    }
  }

  private HtmlArticleExtractor() {}

  /**
   * Extracts the article of {@code html}. {@code url} is the page's address when known (a WARC
   * record's target, a crawler's {@code url}), else null; {@code id} names the article.
   */
  public static Extracted extract(String id, String html, String url) {
    String declared = declaredLanguage(html);
    if (declared != null && !declared.toLowerCase(Locale.ROOT).startsWith("fr")) {
      // the reject the parsed page would give, without parsing it: on a crawl most pages are
      // in other languages
      return reject("language", "not French (html lang=" + declared + ")");
    }
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata meta = PageMetadata.read(doc, url);
    if (meta.declaresOtherLanguage()) {
      return reject("language", "not French (html lang=" + meta.language() + ")");
    }
    removeBoilerplate(doc);
    if (textLength(doc.body()) == 0) {
      return reject("parse", "no article body found");
    }
    List<String> lines = mainContentLines(doc, meta.url());
    ArticleParser.Cleaned cleaned = ArticleParser.clean(lines, meta.title(), true,
        meta.published() == null);
    if (cleaned.text().isEmpty()) {
      return reject("parse", "no article body found");
    }
    String title = meta.title();
    String titleSource = meta.titleSource();
    if (title == null) {
      title = cleaned.title();
      titleSource = title == null ? null : "first-line";
    }
    String published = meta.published();
    String dateSource = meta.dateSource();
    if (published == null && cleaned.published() != null) {
      published = cleaned.published();
      dateSource = "header";
    }
    String outlet = meta.outlet();
    String outletSource = meta.outletSource();
    if (outlet == null && cleaned.outlet() != null) {
      outlet = cleaned.outlet();
      outletSource = "credit";
    }
    Article article = new Article(id, title == null ? "" : title, published, dateSource, outlet,
        cleaned.text()).withProvenance(titleSource, outletSource, meta.language(),
        meta.language() == null ? null : "html-lang", meta.url());
    return new Extracted(article, null, null);
  }

  /** {@code <html ... lang="xx">} at the top of a page: the tag and a plain language code. */
  private static final Pattern HTML_LANG = Pattern.compile(
      "<html(?:\\s[^<>]*?)?\\slang\\s*=\\s*([\"']?)([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\\1[\\s/>]",
      Pattern.CASE_INSENSITIVE);

  /** How far into a page its {@code <html>} tag is looked for before parsing. */
  private static final int HTML_TAG_WINDOW = 4096;

  /**
   * The language the page's {@code <html>} tag declares, read from its first characters
   * without parsing, or null when that is not plain (no tag there, a comment before it, an
   * unusual value): the parsed page then tells.
   */
  static String declaredLanguage(String html) {
    String head = html.length() > HTML_TAG_WINDOW ? html.substring(0, HTML_TAG_WINDOW) : html;
    String lower = head.toLowerCase(Locale.ROOT);
    int tag = lower.indexOf("<html");
    if (tag < 0 || lower.lastIndexOf("<!--", tag) >= 0) {
      return null;
    }
    Matcher m = HTML_LANG.matcher(head);
    return m.find(tag) && m.start() == tag ? m.group(2) : null;
  }

  private static Extracted reject(String stage, String reason) {
    return new Extracted(null, stage, reason);
  }

  /** Removes the boilerplate blocks (rules in html-boilerplate.txt) from the page. */
  static void removeBoilerplate(Document doc) {
    Boilerplate rules = Holder.INSTANCE;
    Element body = doc.body();
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (rules.tags().contains(tag)) {
        if (tag.equals("header") && e.closest(ARTICLE_OR_MAIN) != null) {
          continue; // the article's own header: headline, lead, byline
        }
        drop.add(e);
      }
    }
    for (Element e : drop) {
      e.remove();
    }
    drop.clear();
    int pageText = -1;
    for (Element e : body.getAllElements()) {
      if (e == body || !isBoilerplateName(e, rules) || hasDroppedAncestor(e, drop)) {
        continue;
      }
      if (pageText < 0) {
        pageText = textLength(body);
      }
      if (textLength(e) * 2 < pageText) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      e.remove();
    }
  }

  /** The characters of an element's text nodes, white space at their ends left out: cheap. */
  private static int textLength(Element e) {
    int[] n = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        int from = 0;
        int to = s.length();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
          to--;
        }
        n[0] += to - from;
      }
    }, e);
    return n[0];
  }

  private static boolean hasDroppedAncestor(Element e, List<Element> drop) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (drop.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoilerplateName(Element e, Boilerplate rules) {
    String names = e.className() + " " + e.id();
    int n = names.length();
    int from = 0;
    while (from < n) {
      // the tokens between runs of white space (the regex class \s), as split("\\s+") gives them
      while (from < n && isSpace(names.charAt(from))) {
        from++;
      }
      int to = from;
      while (to < n && !isSpace(names.charAt(to))) {
        to++;
      }
      if (to > from && isBoilerplateToken(names.substring(from, to), rules)) {
        return true;
      }
      from = to;
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether one class or id token is boilerplate: listed whole, or one of its words is. */
  private static boolean isBoilerplateToken(String token, Boilerplate rules) {
    String lower = token.toLowerCase(Locale.ROOT);
    if (rules.tokens().contains(lower)) {
      return true;
    }
    // words of the token: split on - and _ and at lower-to-upper case changes
    int start = 0;
    for (int i = 1; i <= token.length(); i++) {
      boolean end = i == token.length() || token.charAt(i) == '-' || token.charAt(i) == '_'
          || Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1));
      if (end) {
        if (i > start && rules.words().contains(lower.substring(start, i))) {
          return true;
        }
        start = i < token.length() && (token.charAt(i) == '-' || token.charAt(i) == '_') ? i + 1 : i;
      }
    }
    return false;
  }

  /**
   * The main content's text, one line per block: Readability's choice, or the whole remaining
   * body when Readability finds nothing.
   */
  private static List<String> mainContentLines(Document doc, String url) {
    // one clear <main> or <article>: cleaned in one pass, without Readability's scoring
    Element content = narrowToMain(doc) ? ClearMainContent.clean(doc.body().child(0)) : null;
    if (content == null) {
      content = readabilityContent(doc, url);
    }
    if (content == null || textLength(content) == 0) {
      content = doc.body();
    }
    content.select(NOT_TEXT).remove();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new LineWriter(text), content);
    List<String> lines = new ArrayList<>();
    for (String line : TextNormaliser.normalise(text.toString()).split("\n")) {
      String s = line.strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    return lines;
  }

  /** Readability's main content of the page, or null when it finds none or gives up. */
  private static Element readabilityContent(Document doc, String url) {
    // Readability's scoring grows faster than the tree on huge flat pages (50,000 paragraphs
    // take minutes): past the bound, the boilerplate-free body is the content
    if (doc.getAllElements().size() > MAX_READABILITY_ELEMENTS) {
      return null;
    }
    try {
      // Readability resolves links against the page's address and fails without a scheme
      String base = url != null && (url.startsWith("http://") || url.startsWith("https://"))
          ? url : "https://page.invalid/";
      return QuietReadability.articleContent(base, doc);
    } catch (RuntimeException e) {
      return null; // Readability gave up on this tree: fall back to what is left of the body
    }
  }

  /**
   * When the page's one {@code <main>} (else its one {@code <article>}) holds at least
   * two thirds of the text left after the boilerplate, the body is cut down to it: Readability
   * then scores, copies and cleans that subtree only, not the rest of the page (teasers,
   * comments and menus that escaped the boilerplate rules), which is most of its work.
   * Returns whether the body is now that one element.
   */
  private static boolean narrowToMain(Document doc) {
    Element body = doc.body();
    List<Element> mains = body.select(MAIN);
    if (mains.size() != 1) {
      mains = body.select(ARTICLE);
    }
    if (mains.size() != 1) {
      return false;
    }
    Element main = mains.get(0);
    if (main.parent() == body && body.childrenSize() == 1) {
      return textLength(main) == textLength(body); // no text of its own beside it
    }
    if (textLength(main) * 3 < textLength(body) * 2) {
      return false;
    }
    main.remove();
    body.empty();
    body.appendChild(main);
    return true;
  }

  /** Writes text nodes with collapsed white space, a line break around every block. */
  private static final class LineWriter implements NodeVisitor {
    private final StringBuilder out;

    LineWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        HtmlText.appendCollapsed(t.getWholeText(), out);
      } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        HtmlText.newline(out);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        HtmlText.newline(out);
      }
    }
  }
}
