package org.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;

class HtmlReportTest {

  @TempDir Path dir;

  private static final String HOSTILE_SENTENCE =
      "Le maire a dit <script>alert(1)</script> que 12 morts <img src=x onerror=alert(2)> "
          + "<a href=\"javascript:alert(3)\">lien</a> étaient à déplorer.";

  private static List<Finding> findings() {
    return List.of(
        FindingBuilder.finding(Finding.CONFLICT).id("aaa").entity("place:x", "Bourg <b>")
            .property("casualties:count", "people killed")
            .claim(ClaimBuilder.claim("12 morts").article("a<x>.txt").value(12).speaker("M. <i>Dupont</i>")
                .date("2024-05-01").published("2024-05-01").sentence(HOSTILE_SENTENCE).build())
            .claim(ClaimBuilder.claim("15 morts").article("b.txt").value(15).date("2024-05-02").published("2024-05-02")
                .sentence("Le bilan s'élève à 15 morts.").build())
            .explanation("Sources disagree: «12 morts» against «15 morts».").build(),
        FindingBuilder.finding(Finding.AGREE).id("bbb").entity("place:x", "Bourg <b>")
            .property("ceasefire:duration", "length of the ceasefire")
            .claim(ClaimBuilder.claim("trois jours").article("b.txt").value(3).unit("day")
                .sentence("Une trêve de trois jours.").build())
            .explanation("Same.").build());
  }

  private static List<ArticleInfo> articles() {
    return List.of(new ArticleInfo("a<x>.txt", "<script>alert('titre')</script>", "2024-05-01", "Le <Journal>"),
        new ArticleInfo("b.txt", "Bilan", "2024-05-02", null));
  }

  @Test
  void unattributedAndUncertainQuotesAreNotShownAsASpeakersWords() {
    Finding quotes = new Finding("ccc", "person:x", "Jean Dupont", "quote:wording", "wording",
        Finding.CONFLICT, List.of(), List.of(
            Finding.QuoteEvidence.of(new org.newsclaims.model.Quote("a.txt", "Nous tiendrons",
                "Jean Dupont", "Jean Dupont", ":", "subject", 0.3, false, false,
                "Jean Dupont : « Nous tiendrons ».", 14, 28)),
            Finding.QuoteEvidence.of(new org.newsclaims.model.Quote("b.txt", "Nous tiendrons bon",
                null, null, null, "none", 0.0, false, false, "« Nous tiendrons bon ».", 2, 20))),
        "Worded differently.");
    String html = HtmlReport.render(List.of(quotes), articles(), Map.of());
    assertTrue(html.contains("a.txt · Jean Dupont (uncertain)"), html);
    assertTrue(html.contains("b.txt · unattributed"), html);
    String md = MarkdownReport.render(List.of(quotes), articles(), Map.of());
    assertTrue(md.contains("| a.txt | Jean Dupont (uncertain) |"), md);
    assertTrue(md.contains("| b.txt | unattributed |"), md);
  }

  @Test
  void everyPieceOfArticleTextIsEscaped() {
    String html = HtmlReport.render(findings(), articles(), Map.of("articles", 2L));
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<a "), html);
    assertFalse(html.contains("<b>"), html);
    assertFalse(html.contains("<i>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;"), html);
    assertTrue(html.contains("<mark>12 morts</mark>"), html);
  }

  @Test
  void aSourcesTableShorterThanTheRunSaysItHoldsOnlyTheCitedArticles() {
    String partial = HtmlReport.render(findings(), articles(), Map.of("articles", 5000L));
    assertTrue(partial.contains("<h2>Sources</h2>\n<p class=\"hint\">The 2 articles the findings shown cite, of 5000; "
        + "articles.jsonl has them all.</p>\n<table class=\"sources\">"), partial);
    String whole = HtmlReport.render(findings(), articles(), Map.of("articles", 2L));
    assertTrue(whole.contains("<h2>Sources</h2>\n<table class=\"sources\">"), whole);
  }

  @Test
  void thePageLoadsNothingAndForbidsScripts() {
    String html = HtmlReport.render(findings(), articles(), Map.of());
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), html);
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");
  }

  @Test
  void disagreementsComeFirstAndDatedValuesGetATimeline() {
    String html = HtmlReport.render(findings(), articles(), Map.of());
    assertTrue(html.indexOf("Disagreements") < html.indexOf("Agreements"));
    assertTrue(html.contains("<svg"), "timeline chart");
    assertTrue(html.contains("Entities × sources"));
  }

  /** Opens the page in headless Chromium (installed by .ci/run) and checks what a reader sees. */
  @Test
  void aBrowserShowsTheFindingsAndRunsNoScript() throws IOException, InterruptedException {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "Chromium is not installed; .ci/run installs it");
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(findings(), articles(), Map.of("articles", 2L)), StandardCharsets.UTF_8);
    String dom = runChromium(chromium, "--dump-dom", page.toUri().toString());
    assertTrue(dom.contains("people killed"), dom);
    assertTrue(dom.contains("<mark>12 morts</mark>"), dom);
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "hostile text shown as text");
    assertFalse(dom.contains("<script"), "no script element in the rendered page");
    assertFalse(dom.contains("<img"), "no image element in the rendered page");
    Path shot = dir.resolve("report.png");
    runChromium(chromium, "--screenshot=" + shot, "--window-size=1200,1600", page.toUri().toString());
    assertTrue(Files.size(shot) > 10_000, "a real screenshot");
  }

  private String runChromium(Path chromium, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
    return new String(out, StandardCharsets.UTF_8);
  }
}
