package org.newsclaims.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.newsclaims.model.Article;
import org.newsclaims.text.TextNormaliser;

/**
 * Reads one line of JSON Lines written by news crawlers (news-please style) as an article.
 *
 * <p>Field mapping (documented in {@code docs/crawler-jsonl.md}): {@code title} → title;
 * {@code maintext}, else {@code text}, else {@code html}, else {@code description} → body
 * (cleaned of page furniture like files; a field holding a web page goes through
 * {@link HtmlArticleExtractor}; without a title, the title is the body's first sentence); {@code date_publish} (else {@code date}, {@code published})
 * → {@code published} ({@code "2025-03-12 10:31:00"} → {@code 2025-03-12}, {@code
 * dateSource="metadata"}); {@code source_domain} (else the host of {@code url}) → outlet;
 * {@code language} must be French when present; id from {@code id}, {@code filename}, the
 * {@code url}, else {@code sourceName#lineNumber}.
 *
 * <p>Example: {@code parse("{\"title\":\"T\",\"maintext\":\"Le texte.\"}", "a.jsonl", 3)} gives an
 * article with id {@code a.jsonl#3}. Rejects malformed JSON, non-object lines, wrongly typed
 * fields, records without text and records marked in another language. Thread-safe.
 */
public final class CrawlerRecordParser {

  /** Either an {@code article} or a {@code rejectReason}; {@code id} names the record either way. */
  public record Parsed(String id, Article article, String rejectReason) {
    public boolean ok() {
      return rejectReason == null;
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> TEXT_FIELDS = List.of("maintext", "text", "html", "description");
  private static final List<String> DATE_FIELDS = List.of("date_publish", "date", "published");
  private static final List<String> STRING_FIELDS = List.of(
      "title", "maintext", "text", "description", "date_publish", "date", "published",
      "source_domain", "url", "language", "filename", "html");

  private CrawlerRecordParser() {}

  public static Parsed parse(String line, String sourceName, long lineNumber) {
    String fallbackId = sourceName + "#" + lineNumber;
    if (line == null || line.isBlank()) {
      return reject(fallbackId, "empty line");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(line.charAt(0) == '\uFEFF' ? line.substring(1) : line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      return reject(fallbackId, "malformed JSON: " + (msg.length() > 120 ? msg.substring(0, 120) : msg));
    }
    if (root == null || !root.isObject()) {
      return reject(fallbackId, "not a JSON object");
    }
    for (String field : STRING_FIELDS) {
      JsonNode v = root.get(field);
      if (v != null && !v.isNull() && !v.isTextual()) {
        return reject(fallbackId, "field '" + field + "' must be a string, got "
            + v.getNodeType().name().toLowerCase(Locale.ROOT));
      }
    }
    JsonNode idNode = root.get("id");
    if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
      return reject(fallbackId, "field 'id' must be a string or an integer, got "
          + idNode.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String url = text(root, "url");
    String id = firstNonBlank(idNode == null || idNode.isNull() ? null : idNode.asText(),
        text(root, "filename"), idFromUrl(url), fallbackId);

    String language = text(root, "language");
    if (language != null && !language.toLowerCase(Locale.ROOT).startsWith("fr")) {
      return reject(id, "language '" + language + "' is not French");
    }
    String body = null;
    for (String field : TEXT_FIELDS) {
      body = text(root, field);
      if (body != null) {
        break;
      }
    }
    if (body == null) {
      return reject(id, "no text (maintext, text, html and description missing or empty)");
    }
    String title = text(root, "title");
    String published = null;
    for (String field : DATE_FIELDS) {
      String value = text(root, field);
      if (value != null) {
        published = DateHeader.fromResources().parseValue(value);
        if (published == null) {
          return reject(id, "field '" + field + "' is not a date: " + value);
        }
        break;
      }
    }
    String domain = text(root, "source_domain");
    String knownTitle = title == null ? null : TextNormaliser.normalise(title);
    if (HtmlText.looksLikeHtml(body)) {
      return fromHtml(id, body, url, knownTitle, published, domain, language);
    }
    String outlet = firstNonBlank(domain, hostOf(url));
    String outletSource = outlet == null ? null : domain != null ? "crawler" : "host";

    List<String> lines = List.of(TextNormaliser.normalise(body).split("\n", -1));
    // without a title field the text is all body: the title is then its first sentence
    ArticleParser.Cleaned cleaned = ArticleParser.clean(lines, knownTitle, knownTitle != null, false);
    if (cleaned.text().isEmpty()) {
      return reject(id, "no article text left after cleaning");
    }
    String finalTitle = knownTitle != null ? knownTitle : cleaned.title();
    if (outlet == null && cleaned.outlet() != null) {
      outlet = cleaned.outlet();
      outletSource = "credit";
    }
    Article article = new Article(id, finalTitle == null ? "" : finalTitle, published,
        published == null ? null : "metadata", outlet, cleaned.text())
        .withProvenance(knownTitle != null ? "crawler" : cleaned.titleSource(), outletSource, language,
            language == null ? null : "crawler", url);
    return new Parsed(id, article, null);
  }

  /**
   * A record whose text field holds a web page: the page goes through
   * {@link HtmlArticleExtractor}; the record's own fields win over the page's metadata.
   */
  private static Parsed fromHtml(String id, String html, String url, String knownTitle,
      String published, String domain, String language) {
    HtmlArticleExtractor.Extracted x = HtmlArticleExtractor.extract(id, html, url);
    if (!x.ok()) {
      return reject(id, x.rejectReason());
    }
    Article page = x.article();
    String pageLanguage = language != null ? language : page.language();
    return new Parsed(id, new Article(id,
        knownTitle != null ? knownTitle : page.title(),
        published != null ? published : page.published(),
        published != null ? "metadata" : page.dateSource(),
        domain != null ? domain : page.outlet(),
        page.text()).withProvenance(
        knownTitle != null ? "crawler" : page.titleSource(),
        domain != null ? "crawler" : page.outletSource(),
        pageLanguage,
        language != null ? "crawler" : page.languageSource(),
        page.url()), null);
  }

  private static Parsed reject(String id, String reason) {
    return new Parsed(id, null, reason);
  }

  /** The stripped string value of a field, or null when absent, null or blank. */
  private static String text(JsonNode root, String field) {
    JsonNode v = root.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      return null;
    }
    return v.asText().strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** "https://www.lesoir.be/a/b/?x=1#y" → "lesoir.be/a/b"; null when not a URL. */
  static String idFromUrl(String url) {
    String host = hostOf(url);
    if (host == null) {
      return null;
    }
    String path = URI.create(url.strip()).getRawPath();
    if (path == null) {
      path = "";
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return host + path;
  }

  /** The host of a URL without "www.", or null. */
  static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
