package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/**
 * The pipeline on a crawl: a WARC of 48 news pages (six stories told by eight outlets, with
 * their sites' boilerplate) mixed with records that are not articles, against the same 48
 * articles given as crawler JSON Lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarcInputEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<NewsPages.Page> pages = NewsPages.all();
  private Path fromWarc;
  private Path fromJsonLines;

  @BeforeAll
  void runOnTheWarcAndOnTheJsonLines(@TempDir Path dir) throws IOException {
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    try (TestWarcs w = TestWarcs.create(crawl.resolve("CC-NEWS-20241220031500-00042.warc.gz"))) {
      for (int i = 0; i < pages.size(); i++) {
        NewsPages.Page p = pages.get(i);
        if (p.outlet().layout() == NewsPages.Layout.LEGACY) {
          w.page(p.url(), p.html(), Charset.forName("ISO-8859-1"));
        } else {
          w.page(p.url(), p.html());
        }
        if (i == 10) {
          w.response("https://www.midi-matin.fr/recherche?q=crue", 404, "text/html",
              "<html><body><h1>Introuvable</h1></body></html>".getBytes(StandardCharsets.UTF_8));
          w.response("https://www.midi-matin.fr/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        if (i == 30) {
          w.page("https://www.riviera-news.example/strike-grenoble-trams", "<!DOCTYPE html><html lang=\"en\">"
              + "<head><title>Tram strike in Grenoble</title></head><body><article><p>Tram drivers in Grenoble "
              + "went on strike on Monday and two of the five lines are not running.</p></article></body></html>");
          w.page(pages.get(3).url(), pages.get(3).html()); // the crawler came back to this page
        }
      }
      w.response("https://www.alsace-info.fr/robots.txt", 200, "text/plain",
          "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8));
      w.truncated("https://www.alsace-info.fr/direct/video-vendanges", pages.get(47).html());
    }
    fromWarc = run(crawl.resolve("*.warc.gz"), dir.resolve("out-warc"));

    Path jsonl = dir.resolve("same-articles.jsonl");
    List<String> lines = new ArrayList<>();
    for (NewsPages.Page p : pages) {
      ObjectNode o = JSON.createObjectNode();
      o.put("url", p.url());
      o.put("title", p.title());
      o.put("maintext", p.body());
      o.put("date_publish", p.story().date() + " 07:30:00");
      o.put("source_domain", p.outlet().expectedOutlet());
      o.put("language", "fr");
      lines.add(JSON.writeValueAsString(o));
    }
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    fromJsonLines = run(jsonl, dir.resolve("out-jsonl"));
  }

  private static Path run(Path input, Path output) {
    Options options = PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + output,
        "--enforceImmutability=false").withValidation().as(Options.class);
    PipelineResult.State state = ConsistencyPipeline.run(options);
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended in " + state);
    }
    return output;
  }

  private static List<JsonNode> lines(Path dir, String file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(file))) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void everyNewsPageIsAnArticleWithItsPagesDateAndOutlet() throws IOException {
    Map<String, JsonNode> articles = new TreeMap<>();
    for (JsonNode a : lines(fromWarc, "articles.jsonl")) {
      articles.put(a.get("article").asText(), a);
    }
    assertEquals(48, articles.size());
    for (NewsPages.Page p : pages) {
      JsonNode a = articles.get(p.id());
      assertEquals(p.title(), a.get("title").asText());
      assertEquals(p.body(), a.get("text").asText(), p.id());
      assertEquals(p.story().date(), a.get("published").asText());
      assertEquals(p.outlet().expectedOutlet(), a.get("outlet").asText());
      String expectedDateSource = switch (p.outlet().layout()) {
        case MODERN, CONSENT -> "json-ld";
        case WORDPRESS -> "article:published_time";
        case LEGACY -> "url";
      };
      assertEquals(expectedDateSource, a.get("dateSource").asText(), p.id());
      assertEquals(p.outlet().layout() == NewsPages.Layout.LEGACY ? "host" : "og:site_name",
          a.get("outletSource").asText());
    }
  }

  @Test
  void everyOtherRecordIsARejectWithItsReason() throws IOException {
    List<String> rejects = lines(fromWarc, "rejects.jsonl").stream()
        .map(r -> r.get("input").asText() + " | " + r.get("stage").asText() + " | " + r.get("reason").asText())
        .sorted().toList();
    assertEquals(List.of(
        "alsace-info.fr/direct/video-vendanges | read | truncated record (WARC-Truncated: length)",
        "alsace-info.fr/robots.txt | http | not HTML (text/plain)",
        pages.get(3).id() + " | duplicate | duplicate URL (read from byte " + firstOffset(pages.get(3).id())
            + " of this archive)",
        "midi-matin.fr/logo.png | http | not HTML (image/png)",
        "midi-matin.fr/recherche | http | HTTP status 404, not 200",
        "riviera-news.example/strike-grenoble-trams | language | not French (html lang=en)"), rejects);
    JsonNode summary = JSON.readTree(fromWarc.resolve("summary.json").toFile());
    JsonNode counts = summary.has("counts") ? summary.get("counts") : summary;
    assertEquals(54, counts.get("inputs").asLong(), summary.toString());
    assertEquals(48, counts.get("articles").asLong());
    assertEquals(6, counts.get("rejects").asLong());
  }

  private long firstOffset(String id) throws IOException {
    for (JsonNode r : lines(fromWarc, "rejects.jsonl")) {
      String reason = r.get("reason").asText();
      if (r.get("input").asText().equals(id) && reason.startsWith("duplicate URL (read from byte ")) {
        String n = reason.substring("duplicate URL (read from byte ".length());
        return Long.parseLong(n.substring(0, n.indexOf(' ')));
      }
    }
    return -1;
  }

  @Test
  void theFindingsEqualThoseFromTheSameArticlesAsJsonLines() throws IOException {
    String warcFindings = Files.readString(fromWarc.resolve("findings.jsonl"));
    String jsonlFindings = Files.readString(fromJsonLines.resolve("findings.jsonl"));
    assertFalse(warcFindings.isBlank());
    assertTrue(warcFindings.contains("\"verdict\":\"conflict\""), "the outlets' figures differ");
    assertEquals(jsonlFindings, warcFindings);
    assertEquals(Files.readString(fromJsonLines.resolve("claims.jsonl")),
        Files.readString(fromWarc.resolve("claims.jsonl")));
  }
}
