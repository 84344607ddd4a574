package org.newsclaims.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsclaims.text.Folding;
import org.newsclaims.text.TextNormaliser;

/**
 * Reads an HTML page's own metadata, each value with where it came from.
 *
 * <ul>
 *   <li>title: {@code og:title}, else the JSON-LD {@code headline}, else the page's one
 *       {@code <h1>}, else {@code <title>} (without a trailing " - Site name" that repeats the
 *       outlet);
 *   <li>publication date: JSON-LD {@code datePublished}, else {@code article:published_time},
 *       else another publication-date meta tag ({@code meta}: {@code datePublished},
 *       {@code dc.date} ...), else the first {@code <time datetime>} of the article, else a date
 *       in the URL's path ({@code /2024/10/17/}, {@code /2024-10-17-}, {@code /20241017/});
 *   <li>outlet: {@code og:site_name}, else the host of the page's URL (without {@code www.});
 *   <li>language: {@code <html lang>} ({@code html-lang}); else null, and the caller tells it
 *       from the content.
 * </ul>
 *
 * <p>The URL is the one given (a WARC record's target), else the page's canonical link or
 * {@code og:url}. Example: a page with {@code <meta property="og:site_name" content="Le Courrier">}
 * gives {@code outlet="Le Courrier", outletSource="og:site_name"}. Reads the document only (it
 * must still hold its {@code <script type="application/ld+json">} elements); thread-safe.
 */
public record PageMetadata(
    String title, String titleSource, String published, String dateSource, String outlet,
    String outletSource, String language, String url) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** JSON-LD larger than this is not read (a page embedding its whole catalogue). */
  private static final int MAX_JSON_LD = 200_000;
  private static final List<String> OTHER_DATE_META = List.of(
      "og:article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
      "dcterms.created", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date");
  /** /2024/10/17/, /2024-10-17-, /2024/10/, /20241017/ in a URL path. */
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d\\d)([/-])(0?[1-9]|1[0-2])(?:\\2(0?[1-9]|[12]\\d|3[01]))?(?=[/_.-]|$)"
      + "|/((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—:·•]\\s+");

  /** Reads the metadata of {@code doc}; {@code url} may be null (a saved page). */
  public static PageMetadata read(Document doc, String url) {
    // the page's meta tags, gathered once: each lookup below reads this list, not the page
    Elements metas = doc.getElementsByTag("meta");
    String pageUrl = url != null && !url.isBlank() ? url.strip() : canonicalUrl(doc, metas);
    JsonNode article = jsonLdArticle(doc);

    String outlet = meta(metas, "og:site_name");
    String outletSource = outlet == null ? null : "og:site_name";
    if (outlet == null) {
      outlet = CrawlerRecordParser.hostOf(pageUrl);
      outletSource = outlet == null ? null : "host";
    }

    String title = meta(metas, "og:title");
    String titleSource = "og:title";
    if (title == null) {
      title = article == null ? null : text(article.get("headline"));
      titleSource = "json-ld";
    }
    if (title == null) {
      // the page's one headline before <title>: a browser tab's label often carries a shorter
      // title and the site's name ("Le budget | Le Journal")
      Elements h1 = doc.body() == null ? new Elements() : doc.body().getElementsByTag("h1");
      title = h1.size() == 1 ? blankToNull(h1.get(0).text()) : null;
      titleSource = "h1";
    }
    if (title == null) {
      title = withoutSiteName(blankToNull(doc.title()), outlet);
      titleSource = "title";
    }
    if (title == null) {
      titleSource = null;
    } else {
      title = TextNormaliser.normalise(title).strip();
    }

    DateHeader dates = DateHeader.fromResources();
    String published = article == null ? null : dates.parseValue(text(article.get("datePublished")));
    String dateSource = "json-ld";
    if (published == null) {
      published = dates.parseValue(meta(metas, "article:published_time"));
      dateSource = "article:published_time";
    }
    if (published == null) {
      for (String name : OTHER_DATE_META) {
        published = dates.parseValue(meta(metas, name));
        if (published != null) {
          break;
        }
      }
      dateSource = "meta";
    }
    if (published == null) {
      published = dates.parseValue(timeElement(doc));
      dateSource = "time";
    }
    if (published == null) {
      published = urlDate(pageUrl);
      dateSource = "url";
    }
    if (published == null) {
      dateSource = null;
    }

    Element html = doc.selectFirst(Selectors.HTML);
    String language = html == null ? null : blankToNull(html.attr("lang"));
    return new PageMetadata(title, titleSource, published, dateSource, outlet, outletSource,
        language, pageUrl);
  }

  /** True when the page declares a language and it is not French ({@code en}, {@code de-DE}). */
  public boolean declaresOtherLanguage() {
    return language != null && !language.toLowerCase(Locale.ROOT).startsWith("fr");
  }

  /** The content of {@code <meta property=NAME>} (or {@code name=}, {@code itemprop=}), or null. */
  static String meta(Elements metas, String name) {
    for (Element m : metas) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        String content = blankToNull(m.attr("content"));
        if (content != null) {
          return content;
        }
      }
    }
    return null;
  }

  private static String canonicalUrl(Document doc, Elements metas) {
    Element link = doc.selectFirst(Selectors.CANONICAL);
    String href = link == null ? null : blankToNull(link.attr("href"));
    if (href != null && href.startsWith("http")) {
      return href;
    }
    String og = meta(metas, "og:url");
    return og != null && og.startsWith("http") ? og : null;
  }

  /**
   * The article object of the page's JSON-LD: the first object whose {@code @type} names an
   * article ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle} ...) among the
   * scripts, their arrays and {@code @graph}s; else the first object with a {@code headline}.
   */
  static JsonNode jsonLdArticle(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select(Selectors.JSON_LD)) {
      String json = script.data();
      if (json.isBlank() || json.length() > MAX_JSON_LD) {
        continue;
      }
      try {
        collect(MAPPER.readTree(json.strip()), objects, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // malformed JSON-LD is common on real pages: the other metadata still count
      }
    }
    JsonNode withHeadline = null;
    for (JsonNode o : objects) {
      if (isArticleType(o.get("@type"))) {
        return o;
      }
      if (withHeadline == null && text(o.get("headline")) != null) {
        withHeadline = o;
      }
    }
    return withHeadline;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
  }

  /** The CSS selectors of this class, parsed once (jsoup parses a selector string per call). */
  private static final class Selectors {
    static final Evaluator HTML = QueryParser.parse("html");
    static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    static final Evaluator ARTICLE_TIME = QueryParser.parse("article time[datetime], main time[datetime]");
    static final Evaluator TIME = QueryParser.parse("time[datetime]");
    static final Evaluator FURNITURE = QueryParser.parse("nav, header, footer, aside");
  }

  /** The datetime of the first {@code <time>} inside the article (else outside page furniture). */
  private static String timeElement(Document doc) {
    Element inArticle = doc.selectFirst(Selectors.ARTICLE_TIME);
    if (inArticle != null) {
      return blankToNull(inArticle.attr("datetime"));
    }
    for (Element time : doc.select(Selectors.TIME)) {
      if (time.closest(Selectors.FURNITURE) == null) {
        return blankToNull(time.attr("datetime"));
      }
    }
    return null;
  }

  /** The date in a URL path ({@code 2024-10-17}, or {@code 2024-10} for /2024/10/), or null. */
  static String urlDate(String url) {
    if (url == null) {
      return null;
    }
    String path;
    try {
      path = java.net.URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(path);
    if (!m.find()) {
      return null;
    }
    if (m.group(1) != null) {
      String month = pad(m.group(3));
      return m.group(4) == null ? m.group(1) + "-" + month : m.group(1) + "-" + month + "-" + pad(m.group(4));
    }
    return m.group(5) + "-" + m.group(6) + "-" + m.group(7);
  }

  private static String pad(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  /** "Titre - Le Courrier" → "Titre" when the last part is the outlet's name (or its host). */
  static String withoutSiteName(String title, String outlet) {
    if (title == null || outlet == null) {
      return title;
    }
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int last = -1;
    int lastEnd = -1;
    while (m.find()) {
      last = m.start();
      lastEnd = m.end();
    }
    if (last <= 0) {
      return title;
    }
    String tail = squash(title.substring(lastEnd));
    String name = squash(outlet);
    String host = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    boolean repeatsOutlet = tail.equals(name) || host.length() >= 4
        && (tail.contains(host) || tail.length() >= 4 && host.contains(tail));
    return repeatsOutlet ? title.substring(0, last).strip() : title;
  }

  /**
   * Lower case, without accents, letters, digits and dots only: "Nord Éclair" and the host part
   * "nordeclair" compare equal.
   */
  private static String squash(String s) {
    s = Folding.fold(s);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 && Character.isLetterOrDigit(c) || c == '.') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray() && !node.isEmpty()) {
      node = node.get(0);
    }
    return node.isTextual() ? blankToNull(node.asText()) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
