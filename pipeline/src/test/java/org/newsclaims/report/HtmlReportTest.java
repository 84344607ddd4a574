package org.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;
import org.newsclaims.model.QuoteBuilder;

class HtmlReportTest {

  @TempDir Path dir;

  private static final String HOSTILE_SENTENCE =
      "Le maire a dit <script>alert(1)</script> que 12 morts <img src=x onerror=alert(2)> "
          + "<a href=\"javascript:alert(3)\">lien</a> étaient à déplorer.";

  private static String report() {
    return HtmlReport.render(ReportFixture.findings(), ReportFixture.articles(), ReportFixture.stories(),
        Map.of("articles", 7L));
  }

  private static List<Finding> hostileFindings() {
    return List.of(
        FindingBuilder.finding(Finding.CONFLICT).id("aaa").story("s-<x>").entity("place:x", "Bourg <b>")
            .property("casualties:count", "people killed")
            .claim(ClaimBuilder.claim("12 morts").article("a<x>.txt").value(12).speaker("M. <i>Dupont</i>")
                .date("2024-05-01").published("2024-05-01").sentence(HOSTILE_SENTENCE).build())
            .claim(ClaimBuilder.claim("15 morts").article("b.txt").value(15).published("2024-05-02")
                .sentence("Le bilan s'élève à 15 morts.").build())
            .explanation("Sources disagree: «12 morts» against «15 morts».").build());
  }

  private static List<ArticleInfo> hostileArticles() {
    return List.of(new ArticleInfo("a<x>.txt", "<script>alert('titre')</script>", "2024-05-01", "Le <Journal>", null,
            "s-<x>", "a<x>.txt"),
        new ArticleInfo("b.txt", "Bilan", "2024-05-02", null, null, "s-<x>", "a<x>.txt"));
  }

  private static List<StoryInfo> hostileStories() {
    return List.of(new StoryInfo("s-<x>", "<svg onload=alert(5)>Séisme</svg>", "2024-05-01", "2024-05-02", 0, 2,
        List.of("Le <Journal>"), 2, 1));
  }

  @Test
  void everyPieceOfArticleTextIsEscaped() {
    String html = HtmlReport.render(hostileFindings(), hostileArticles(), hostileStories(), Map.of("articles", 2L));
    for (String raw : List.of("<script", "<img", "<a ", "<b>", "<i>", "<svg onload", "<Journal>", "<x>")) {
      assertFalse(html.contains(raw), raw + " in " + html);
    }
    assertTrue(html.contains("&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;"), html);
    assertTrue(html.contains("<h2>&lt;svg onload=alert(5)&gt;Séisme&lt;/svg&gt;</h2>"), html);
    assertTrue(html.contains("Le &lt;Journal&gt; · a&lt;x&gt;.txt"), html);
    assertTrue(html.contains("<mark>12 morts</mark>"), html);
  }

  @Test
  void theReportIsReadStoryByStoryDisagreementsFirst() {
    String html = report();
    int quake = html.indexOf("<h2>Séisme dans le Haut-Atlas : le bilan s&#39;alourdit</h2>");
    int disagreements = html.indexOf("<h3>Disagreements (3)</h3>", quake);
    int agreements = html.indexOf("<h3>Agreements (1)</h3>", quake);
    int strike = html.indexOf("<h2>Grève à la SNCF : un train sur trois circule</h2>");
    assertTrue(quake > 0 && quake < disagreements && disagreements < agreements && agreements < strike, html);
    assertTrue(html.indexOf("people killed") < html.indexOf("people injured"), "conflicts before changes");
  }

  @Test
  void singleSourceFiguresAreFoldedAndTheSourcesCloseThePage() {
    String html = report();
    assertTrue(html.contains("<details class=\"single_source\"><summary>1 figure given by one source only</summary>"), html);
    int folded = html.indexOf("<details class=\"single_source\">");
    assertTrue(html.indexOf("quarante ambulances") > folded, "the figure is inside the folded list");
    assertTrue(html.contains("<details class=\"quiet\"><summary>Stories with figures from one source only (1)</summary>"));
    int sources = html.indexOf("<details class=\"sources\"><summary>Sources (7 articles)</summary>");
    assertTrue(sources > html.indexOf("<details class=\"quiet\">"), html);
    assertTrue(html.indexOf("</details>", sources) > html.lastIndexOf("greve-ouest.txt"), "every source inside it");
  }

  @Test
  void uncertainAndUnattributedQuotesAreNotShownAsASpeakersWords() {
    Finding quotes = FindingBuilder.finding(Finding.CONFLICT).id("ccc").entity("person:x", "Jean Dupont")
        .property("quote:wording", "wording")
        .quote(QuoteBuilder.quote("Nous tiendrons").speaker("Jean Dupont").confidence(0.3)
            .sentence("Jean Dupont : « Nous tiendrons ».").build())
        .quote(QuoteBuilder.quote("Nous tiendrons bon").article("b.txt").sentence("« Nous tiendrons bon ».").build())
        .explanation("Worded differently.").build();
    String html = HtmlReport.render(List.of(quotes), List.of(), List.of(), Map.of());
    assertTrue(html.contains("a.txt</td><td class=\"uncertain\">Jean Dupont (uncertain)</td>"), html);
    assertTrue(html.contains("b.txt</td><td class=\"uncertain\">unattributed</td>"), html);
    String md = MarkdownReport.render(List.of(quotes), List.of(), List.of(), Map.of());
    assertTrue(md.contains("| a.txt | Jean Dupont (uncertain) | «Nous tiendrons» |"), md);
    assertTrue(md.contains("| b.txt | unattributed | «Nous tiendrons bon» |"), md);
  }

  @Test
  void aNumericFindingGetsAnIntervalPerSourceDatedOrNot() {
    String html = report();
    String toll = chartAfter(html, "people killed");
    // the undated blog's 12 and the dated «au moins 40»: two rows, each with its source and date
    assertTrue(toll.contains(">seisme-blog.txt · undated<"), toll);
    assertTrue(toll.contains(">La Dépêche · seisme-depeche.txt · 2024-05-03<"), toll);
    assertEquals(2, count(toll, "<circle "), "a dot per figure");
    assertEquals(1, count(toll, "<path "), "«au moins 40» is open above: an arrow");
    assertTrue(html.contains("people killed: the range each source's words allow; a dot marks the figure given"), toll);
  }

  @Test
  void dateAndQuoteFindingsGetNoChart() {
    Finding days = FindingBuilder.finding(Finding.CONFLICT).id("d").story(ReportFixture.QUAKE)
        .property("visit:date", "date of the visit")
        .claim(ClaimBuilder.claim("mardi 12 mars").unit("date").date("2024-03-12").build())
        .claim(ClaimBuilder.claim("mercredi").article("b.txt").unit("date").build()).build();
    String html = HtmlReport.render(List.of(days, ReportFixture.mayorQuote()), ReportFixture.articles(),
        ReportFixture.stories(), Map.of());
    assertFalse(html.contains("<svg"), html);
  }

  @Test
  void aFigureSpanningOrdersOfMagnitudeIsDrawnOnALogScale() {
    Finding money = FindingBuilder.finding(Finding.CONFLICT).id("m").property("cost:money", "cost")
        .claim(ClaimBuilder.claim("3,7 milliards d'euros").value(3.7e9).unit("currency:EUR").build())
        .claim(ClaimBuilder.claim("2,25 €").article("b.txt").value(2.25).unit("currency:EUR").build()).build();
    String html = HtmlReport.render(List.of(money), List.of(), List.of(), Map.of());
    assertTrue(html.contains("cost (EUR): the range each source's words allow; a dot marks the figure given, "
        + "an arrow an open end; logarithmic scale."), html);
  }

  @Test
  void closeFiguresAreDrawnApartOnAZoomedAxis() {
    Finding delegations = FindingBuilder.finding(Finding.CONFLICT).id("del").property("delegation:count", "delegations")
        .claim(ClaimBuilder.claim("204 délégations").value(204).build())
        .claim(ClaimBuilder.claim("205 délégations").article("b.txt").value(205).build()).build();
    String chart = chartAfter(HtmlReport.render(List.of(delegations), List.of(), List.of(), Map.of()), "delegations");
    Matcher dot = Pattern.compile("<circle cx=\"([0-9.]+)\"").matcher(chart);
    assertTrue(dot.find());
    double first = Double.parseDouble(dot.group(1));
    assertTrue(dot.find());
    assertTrue(Double.parseDouble(dot.group(1)) - first > 100, "a tenth of the plot apart at least: " + chart);
    assertFalse(chart.contains("class=\"axis\">0<"), "the axis does not start at 0");
  }

  @Test
  void thePageLoadsNothingAndForbidsScripts() {
    String html = report();
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), html);
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resource");
  }

  @Test
  void theSameFindingsInAnotherOrderGiveTheSameBytes() {
    List<Finding> findings = new ArrayList<>(ReportFixture.findings());
    List<ArticleInfo> articles = new ArrayList<>(ReportFixture.articles());
    Collections.shuffle(findings, new Random(11));
    Collections.shuffle(articles, new Random(12));
    assertEquals(report(), HtmlReport.render(findings, articles, ReportFixture.storiesReversed(),
        Map.of("articles", 7L)));
  }

  /** Opens the page in headless Chromium (installed by .ci/run) and checks what a reader sees. */
  @Test
  void aBrowserShowsTheStoriesAndRunsNoScript() throws IOException, InterruptedException {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "Chromium is not installed; .ci/run installs it");
    List<Finding> findings = new ArrayList<>(ReportFixture.findings());
    findings.addAll(hostileFindings());
    List<ArticleInfo> articles = new ArrayList<>(ReportFixture.articles());
    articles.addAll(hostileArticles());
    List<StoryInfo> stories = new ArrayList<>(ReportFixture.stories());
    stories.addAll(hostileStories());
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(findings, articles, stories, Map.of("articles", 9L)),
        StandardCharsets.UTF_8);
    String dom = runChromium(chromium, "--dump-dom", page.toUri().toString());
    assertTrue(dom.contains("Séisme dans le Haut-Atlas"), dom);
    assertTrue(dom.contains("<mark>au moins 40 morts</mark>"), dom);
    assertTrue(dom.contains("<details class=\"sources\">"), dom);
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "hostile text shown as text");
    assertFalse(dom.contains("<script"), "no script element in the rendered page");
    assertFalse(dom.contains("<img"), "no image element in the rendered page");
    Path shot = dir.resolve("report.png");
    runChromium(chromium, "--screenshot=" + shot, "--window-size=1200,1600", page.toUri().toString());
    assertTrue(Files.size(shot) > 10_000, "a real screenshot");
  }

  private static String chartAfter(String html, String label) {
    int at = html.indexOf("<figure class=\"intervals\">", html.indexOf(label));
    return html.substring(at, html.indexOf("</figure>", at));
  }

  private static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
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
