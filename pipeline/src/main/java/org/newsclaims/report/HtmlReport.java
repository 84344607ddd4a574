package org.newsclaims.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.newsclaims.model.Finding;

/**
 * Renders findings as {@code report.html}: one self-contained page, readable offline, to be read
 * story by story (the order of {@link ReportLayout}).
 *
 * <p>It opens with the stories and their tallies; then, for each story holding a disagreement
 * or an agreement: its outlets and dates, its disagreements, then its agreements, each with a
 * table of source, value as written, the range it allows, date, who says it and the source's
 * sentence with the figure highlighted, and for numeric findings an interval chart
 * ({@link IntervalChart}); its single-source figures folded in a {@code <details>}. The stories
 * with single-source figures only and the list of sources close the page, folded too.
 *
 * <p>No script, no external resource: inline CSS and SVG only, under a Content-Security-Policy
 * that forbids everything else. Every piece of article text (titles, sentences, speakers,
 * names) is HTML-escaped. Example: {@code HtmlReport.render(findings, articles, stories, counts)}.
 */
public final class HtmlReport {

  /** Nothing may load: styles are inline, images only as data URIs, no scripts at all. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
      "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

  private HtmlReport() {}

  public static String render(List<Finding> findings, List<ArticleInfo> articles, List<StoryInfo> stories,
      Map<String, Long> counts) {
    ReportLayout layout = ReportLayout.of(findings, articles, stories);
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>News claims consistency report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>News claims consistency report</h1>\n<p class=\"counts\">");
    ReportLayout.countLines(counts).forEach(line -> h.append("<span>").append(line).append("</span> "));
    h.append("</p>\n");
    long total = counts.getOrDefault("findings", (long) findings.size());
    if (total > findings.size()) {
      h.append("<p class=\"hint\">This report shows the ").append(findings.size()).append(" most important of ")
          .append(total).append(" findings; findings.jsonl has them all. The counts below are of those shown.</p>\n");
    }
    Map<String, Long> byVerdict = ReportLayout.verdictCounts(findings, true);
    h.append("<nav class=\"verdicts\">");
    byVerdict.forEach((v, n) -> h.append("<span class=\"badge ").append(esc(v)).append("\">")
        .append(esc(EvidenceText.verdict(v))).append(": ").append(n).append("</span> "));
    h.append("</nav>\n");

    storyIndex(h, layout.groups());
    layout.told().forEach(g -> story(h, g, layout));
    List<ReportLayout.StoryGroup> quiet = layout.tier(2);
    if (!quiet.isEmpty()) {
      h.append("<details class=\"quiet\"><summary>Stories with figures from one source only (").append(quiet.size())
          .append(")</summary>\n<table><thead><tr><th>Story</th><th>Dates</th><th>Outlets</th><th>Figures</th></tr>"
              + "</thead><tbody>\n");
      for (ReportLayout.StoryGroup g : quiet) {
        h.append("<tr><td>").append(esc(g.label())).append("</td><td>").append(esc(EvidenceText.span(g.info())))
            .append("</td><td>").append(esc(EvidenceText.outlets(g))).append("</td><td>").append(g.singleSource().size())
            .append("</td></tr>\n");
      }
      h.append("</tbody></table></details>\n");
    }
    sources(h, articles, counts);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void storyIndex(StringBuilder h, List<ReportLayout.StoryGroup> groups) {
    h.append("<h2>Stories</h2>\n");
    if (groups.isEmpty()) {
      h.append("<p>No findings.</p>\n");
      return;
    }
    h.append("<table class=\"stories\"><thead><tr><th>Story</th><th>Dates</th><th>Outlets</th><th>Disagreements</th>"
        + "<th>Agreements</th><th>One source only</th></tr></thead><tbody>\n");
    for (ReportLayout.StoryGroup g : groups) {
      h.append("<tr><td>").append(esc(g.label())).append("</td><td>").append(esc(EvidenceText.span(g.info())))
          .append("</td><td>").append(EvidenceText.outletCount(g))
          .append("</td><td class=\"").append(g.disagreements().isEmpty() ? "none" : "disputed").append("\">")
          .append(g.disagreements().size()).append("</td><td>").append(g.agreements().size()).append("</td><td>")
          .append(g.singleSource().size()).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private static void story(StringBuilder h, ReportLayout.StoryGroup g, ReportLayout layout) {
    h.append("<section class=\"story\"><h2>").append(esc(g.label())).append("</h2>\n<p class=\"storymeta\">")
        .append(esc(EvidenceText.storyLine(g)));
    if (g.info() != null) {
      h.append(" · <code>").append(esc(g.id())).append("</code>");
    }
    h.append("</p>\n");
    if (!g.disagreements().isEmpty()) {
      h.append("<h3>Disagreements (").append(g.disagreements().size()).append(")</h3>\n");
      g.disagreements().forEach(f -> finding(h, f, layout));
    }
    if (!g.agreements().isEmpty()) {
      h.append("<h3>Agreements (").append(g.agreements().size()).append(")</h3>\n");
      g.agreements().forEach(f -> finding(h, f, layout));
    }
    if (!g.singleSource().isEmpty()) {
      singleSource(h, g.singleSource(), layout);
    }
    h.append("</section>\n");
  }

  private static void finding(StringBuilder h, Finding f, ReportLayout layout) {
    Map<String, String> colours = coloursOf(f);
    h.append("<article class=\"finding ").append(esc(f.verdict())).append("\">\n<h4><span class=\"badge ")
        .append(esc(f.verdict())).append("\">").append(esc(EvidenceText.verdict(f.verdict()))).append("</span> ")
        .append(esc(f.entityName() == null ? "" : f.entityName())).append(" — ").append(esc(f.propertyLabel()))
        .append("</h4>\n<p class=\"explanation\">").append(esc(f.explanation())).append("</p>\n");
    if (!f.claims().isEmpty()) {
      h.append("<table class=\"evidence\"><thead><tr><th>Source</th><th>Value as written</th><th>Reads as</th>"
          + "<th>Date</th><th>Who says it</th><th>Their words</th></tr></thead><tbody>\n");
      for (Finding.Evidence e : f.claims()) {
        ArticleInfo a = layout.article(e.article());
        h.append("<tr><td class=\"source\">");
        source(h, e.article(), a, colours);
        h.append("</td><td class=\"value\">").append(esc(e.text())).append("</td><td class=\"reads\">")
            .append(esc(EvidenceText.readsAs(e))).append("</td><td class=\"date\">").append(esc(EvidenceText.date(e, a)))
            .append("</td><td class=\"who\">").append(esc(EvidenceText.who(e))).append("</td><td class=\"words\">")
            .append(highlight(e.sentence(), e.text())).append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
      IntervalChart.render(h, f, layout, colours);
    }
    if (!f.quotes().isEmpty()) {
      h.append("<table class=\"evidence\"><thead><tr><th>Source</th><th>Who says it</th><th>Quoted words</th></tr>"
          + "</thead><tbody>\n");
      for (Finding.QuoteEvidence q : f.quotes()) {
        h.append("<tr><td class=\"source\">");
        source(h, q.article(), layout.article(q.article()), colours);
        h.append("</td><td").append(q.uncertain() ? " class=\"uncertain\"" : "").append('>').append(esc(q.shownSpeaker()))
            .append("</td><td class=\"quote\">«&#8239;").append(esc(q.text())).append("&#8239;»</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    h.append("</article>\n");
  }

  private static void source(StringBuilder h, String article, ArticleInfo a, Map<String, String> colours) {
    h.append("<span class=\"dot\" style=\"background:").append(colours.getOrDefault(article, "#999")).append("\"></span>")
        .append(esc(EvidenceText.source(article, a)));
    String copy = EvidenceText.copyNote(a);
    if (copy != null) {
      h.append("<br><small>").append(esc(copy)).append("</small>");
    }
  }

  /** A story's single-source figures, folded: one line each. */
  private static void singleSource(StringBuilder h, List<Finding> single, ReportLayout layout) {
    h.append("<details class=\"single_source\"><summary>").append(esc(EvidenceText.plural(single.size(), "figure")))
        .append(" given by one source only</summary>\n<table><thead><tr><th>Entity</th><th>Property</th><th>Source</th>"
            + "<th>Value as written</th><th>Date</th><th>Who says it</th></tr></thead><tbody>\n");
    for (Finding f : single) {
      for (Finding.Evidence e : f.claims()) {
        ArticleInfo a = layout.article(e.article());
        h.append("<tr><td>").append(esc(f.entityName() == null ? "" : f.entityName())).append("</td><td>")
            .append(esc(f.propertyLabel())).append("</td><td>").append(esc(EvidenceText.source(e.article(), a)))
            .append("</td><td class=\"value\">").append(esc(e.text())).append("</td><td>")
            .append(esc(EvidenceText.date(e, a))).append("</td><td>").append(esc(EvidenceText.who(e)))
            .append("</td></tr>\n");
      }
      for (Finding.QuoteEvidence q : f.quotes()) {
        h.append("<tr><td>").append(esc(f.entityName() == null ? "" : f.entityName())).append("</td><td>")
            .append(esc(f.propertyLabel())).append("</td><td>").append(esc(EvidenceText.source(q.article(),
                layout.article(q.article())))).append("</td><td class=\"quote\">«&#8239;").append(esc(q.text()))
            .append("&#8239;»</td><td></td><td").append(q.uncertain() ? " class=\"uncertain\"" : "").append('>')
            .append(esc(q.shownSpeaker())).append("</td></tr>\n");
      }
    }
    h.append("</tbody></table></details>\n");
  }

  private static void sources(StringBuilder h, List<ArticleInfo> articles, Map<String, Long> counts) {
    List<ArticleInfo> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(ArticleInfo::article).thenComparing(ArticleInfo::toString));
    h.append("<details class=\"sources\"><summary>Sources (").append(EvidenceText.plural(sorted.size(), "article"))
        .append(")</summary>\n");
    long allArticles = counts.getOrDefault("articles", (long) sorted.size());
    if (allArticles > sorted.size()) {
      h.append("<p class=\"hint\">The ").append(sorted.size()).append(" articles the findings shown cite, of ")
          .append(allArticles).append("; articles.jsonl has them all.</p>\n");
    }
    h.append("<table class=\"sources\"><thead><tr><th>Article</th><th>Published</th><th>Outlet</th><th>Story</th>"
        + "<th>Title</th></tr></thead><tbody>\n");
    for (ArticleInfo a : sorted) {
      String published = a.published() == null ? "—" : (a.datedByStory() ? "≈ " : "") + a.published();
      h.append("<tr><td>").append(esc(a.article())).append("</td><td>").append(esc(published)).append("</td><td>")
          .append(esc(a.outlet() == null ? "—" : a.outlet())).append("</td><td>")
          .append(esc(a.story() == null ? "—" : a.story())).append("</td><td>").append(esc(a.title()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></details>\n");
  }

  /** One colour per article of a finding, in the order its evidence names them. */
  private static Map<String, String> coloursOf(Finding f) {
    Map<String, String> colours = new LinkedHashMap<>();
    f.claims().forEach(e -> colours.putIfAbsent(e.article(), COLOURS[colours.size() % COLOURS.length]));
    f.quotes().forEach(q -> colours.putIfAbsent(q.article(), COLOURS[colours.size() % COLOURS.length]));
    return colours;
  }

  private static final UnaryOperator<String> ESCAPE = Markup.escaper('<', "&lt;", '>', "&gt;",
      '&', "&amp;", '"', "&quot;", '\'', "&#39;");

  /** The sentence, escaped, with the figure's words in a highlight. */
  static String highlight(String sentence, String figure) {
    return Markup.highlight(sentence, figure, ESCAPE, "<mark>", "</mark>");
  }

  /** HTML-escapes text for element content and quoted attribute values. */
  public static String esc(String s) {
    return ESCAPE.apply(s);
  }

  private static final String CSS = """
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
      h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}h3{margin:1.2em 0 .4em}
      h4{margin:.2em 0 .4em;font-size:1.05em}
      table{border-collapse:collapse;margin:.5em 0;font-size:.88em}th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
      th{background:#f3f3f3}.counts span{margin-right:1em;color:#555}
      .badge{display:inline-block;padding:.1em .5em;border-radius:.8em;font-size:.8em;font-weight:600;color:#fff;background:#777;margin-right:.3em}
      .badge.conflict,.badge.internal_inconsistency{background:#c62828}.badge.changed_over_time{background:#ef6c00}
      .badge.agree{background:#2e7d32}.badge.compatible{background:#558b2f}.badge.single_source{background:#757575}
      section.story{border-top:4px solid #555;margin-top:2.5em}section.story>h2{border:none;margin-top:.5em}
      .storymeta{color:#555;font-size:.9em;margin-top:-.6em}
      .finding{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;margin:1em 0}
      .finding.conflict,.finding.internal_inconsistency{border-left:6px solid #c62828}.finding.changed_over_time{border-left:6px solid #ef6c00}
      .finding.agree,.finding.compatible{border-left:6px solid #2e7d32}
      table.evidence{width:100%}td.value{font-weight:600;min-width:9em;max-width:16em}td.reads{white-space:nowrap;color:#444}td.date{min-width:7.5em}td.source{white-space:nowrap}td.who{min-width:7em}
      td.words{font-size:.95em;color:#333;min-width:22em}td.uncertain{color:#777;font-style:italic}mark{background:#ffe082;padding:0 .1em;font-weight:600}
      .dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.4em}
      td.disputed{background:#ffcdd2;font-weight:600}.hint{color:#555;font-size:.9em}
      figure.intervals{margin:.6em 0}svg .axis{font-size:11px;fill:#555}svg .label{font-size:11px;fill:#222}
      svg .words{font-size:11px;fill:#444;font-style:italic}figcaption{font-size:.8em;color:#555}
      details{margin:.6em 0}summary{cursor:pointer;color:#333;font-weight:600}details.single_source summary{font-weight:normal;color:#555}
      """;
}
