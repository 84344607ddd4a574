package org.newsclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.report.HtmlReport;

/**
 * Articles written by an attacker: markup in titles, bodies, quotes, outlets and article names
 * reaches report.html and report.md only as escaped text, and article names made of path
 * segments write nothing outside --output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String LINK = "<a href=\"javascript:alert(2)\">lien</a>";

  Path root;
  String html;
  String markdown;
  PipelineRun run;

  @BeforeAll
  void runThePipelineOnHostileArticles(@TempDir Path dir) throws IOException {
    root = dir;
    Path in = Files.createDirectories(root.resolve("in"));
    String body = "Le maire Jean Durand a déclaré : « " + SCRIPT + " Nous avons compté %s grévistes jeudi à Lyon. »\n"
        + "Les syndicats annoncent %s grévistes " + IMG + " dans les transports, " + LINK + ".\n"
        + "[clic](javascript:alert(3)) et **gras** | colonne | `code`";
    String records = String.join("\n",
        record("../../escape.txt", SCRIPT + " Grève à Lyon", "\\\"><svg onload=alert(4)>", String.format(body, "300", "300")),
        record("/tmp/absolute.txt", "Grève " + IMG, "javascript:alert(5)", String.format(body, "450", "450")),
        record(IMG, "Titre " + LINK, "lyon.fr", String.format(body, "500", "500")));
    Files.writeString(in.resolve("hostile.jsonl"), records + "\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("<svg onload=alert(6)>.txt"), SCRIPT + " Grève des bus\n"
        + String.format(body, "280", "280") + "\n", StandardCharsets.UTF_8);
    run = PipelineRun.of(root.resolve("out"), in.resolve("*").toString());
    html = Files.readString(root.resolve("out/report.html"), StandardCharsets.UTF_8);
    markdown = Files.readString(root.resolve("out/report.md"), StandardCharsets.UTF_8);
  }

  private static String record(String id, String title, String outlet, String text) {
    return "{\"id\":" + json(id) + ",\"title\":" + json(title) + ",\"source_domain\":\"" + outlet
        + "\",\"date_publish\":\"2025-03-06\",\"maintext\":" + json(text) + "}";
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void theHostileArticlesAreReadWithTheirMarkupAsText() {
    assertEquals(4, run.articles.size(), run.rejects.toString());
    assertTrue(run.articleOf(IMG).get("text").asText().contains(SCRIPT));
    assertTrue(run.quotes.stream().anyMatch(q -> q.get("text").asText().contains(SCRIPT)));
  }

  @Test
  void reportHtmlHasOnlyItsOwnTagsAndNoActiveAttributes() {
    Set<String> allowed = Set.of("html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4",
        "p", "span", "nav", "table", "thead", "tbody", "tr", "th", "td", "section", "article", "div",
        "blockquote", "details", "summary", "svg", "g", "line", "circle", "text", "path", "rect", "polyline",
        "ul", "li", "strong", "mark", "b", "em", "small", "br", "code", "figure", "figcaption", "caption");
    Matcher tag = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>").matcher(html);
    Set<String> seen = new TreeSet<>();
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      String attrs = tag.group(3).toLowerCase(Locale.ROOT);
      seen.add(name);
      assertTrue(allowed.contains(name), "unexpected tag " + tag.group());
      assertFalse(attrs.matches("(?s).*\\bon[a-z]+\\s*=.*"), "event handler in " + tag.group());
      assertFalse(attrs.contains("javascript:"), "javascript: URL in " + tag.group());
      assertFalse(attrs.contains("href") || attrs.contains("src="), "link in " + tag.group());
    }
    assertFalse(seen.contains("script"));
    assertTrue(html.contains("Content-Security-Policy\" content=\"" + HtmlReport.CONTENT_SECURITY_POLICY + "\""));
  }

  @Test
  void reportHtmlShowsTheHostileTextEscaped() {
    assertTrue(html.contains("&lt;script&gt;alert("), "the title and the quote are shown, escaped");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the article name is shown, escaped");
    assertTrue(html.contains("&lt;svg onload=alert(6)&gt;.txt"), "the file name is shown, escaped");
  }

  @Test
  void reportMarkdownHasNoRawMarkupOrLinks() {
    String lower = markdown.toLowerCase(Locale.ROOT);
    for (String raw : List.of("<script", "<img", "<svg", "<a ", "](javascript:", "<iframe")) {
      assertFalse(lower.contains(raw), raw + " in report.md");
    }
    assertTrue(markdown.contains("&lt;script&gt;"), "the hostile title is in report.md, escaped");
  }

  @Test
  void articleNamesWriteNothingOutsideTheOutputDirectory() throws IOException {
    assertTrue(run.articles.containsKey("../../escape.txt"));
    assertTrue(run.articles.containsKey("/tmp/absolute.txt"));
    try (Stream<Path> top = Files.list(root)) {
      assertEquals(Set.of("in", "out"), top.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }
    try (Stream<Path> out = Files.walk(root.resolve("out"))) {
      assertEquals(new TreeSet<>(List.of("out", "articles.jsonl", "claims.jsonl", "entities.jsonl",
          "findings.jsonl", "quotes.jsonl", "rejects.jsonl", "report.html", "report.md", "stories.jsonl",
          "summary.json")),
          out.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
    }
    assertFalse(Files.exists(root.getParent().resolve("escape.txt")));
    assertFalse(Files.exists(root.resolve("out").resolve("../../escape.txt").normalize()));
  }
}
