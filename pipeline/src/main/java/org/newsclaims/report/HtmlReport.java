package org.newsclaims.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsclaims.model.Finding;

/**
 * Renders findings as {@code report.html}: one self-contained page, readable offline.
 *
 * <p>No script, no external resource: inline CSS and SVG only, under a Content-Security-Policy
 * that forbids everything else. Every piece of article text (titles, sentences, speakers,
 * names) is HTML-escaped. Disagreements come first; each finding shows the sources' sentences
 * side by side with the figure highlighted, and numeric properties with dated claims get a
 * timeline of their values by date and source. An entity × source table opens the page.
 *
 * <p>Example: {@code HtmlReport.render(findings, articles, counts)}.
 */
public final class HtmlReport {

  /** Nothing may load: styles are inline, images only as data URIs, no scripts at all. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private static final List<String> ORDER = List.of(Finding.CONFLICT, Finding.INTERNAL_INCONSISTENCY,
      Finding.CHANGED_OVER_TIME, Finding.COMPATIBLE, Finding.AGREE, Finding.SINGLE_SOURCE);
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
      "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

  private HtmlReport() {}

  public static String render(List<Finding> findings, List<ArticleInfo> articles, Map<String, Long> counts) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt((Finding f) -> rank(f.verdict()))
        .thenComparing(f -> nz(f.entityName())).thenComparing(Finding::property).thenComparing(Finding::id));
    List<ArticleInfo> sources = new ArrayList<>(articles);
    sources.sort(Comparator.comparing(ArticleInfo::article));
    Map<String, String> colourOf = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      colourOf.put(sources.get(i).article(), COLOURS[i % COLOURS.length]);
    }

    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>News claims consistency report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>News claims consistency report</h1>\n");
    h.append("<p class=\"counts\">");
    for (String key : List.of("articles", "claims", "quotes", "entities", "findings", "rejects")) {
      if (counts.containsKey(key)) {
        h.append("<span>").append(counts.get(key)).append(' ').append(key).append("</span> ");
      }
    }
    h.append("</p>\n");
    long total = counts.getOrDefault("findings", (long) findings.size());
    if (total > findings.size()) {
      h.append("<p class=\"hint\">This report shows the ").append(findings.size()).append(" most important of ")
          .append(total).append(" findings; findings.jsonl has them all.</p>\n");
    }
    h.append("<nav class=\"verdicts\">");
    Map<String, Long> byVerdict = new LinkedHashMap<>();
    ORDER.forEach(v -> byVerdict.put(v, 0L));
    findings.forEach(f -> byVerdict.merge(f.verdict(), 1L, Long::sum));
    byVerdict.forEach((v, n) -> h.append("<span class=\"badge ").append(esc(v)).append("\">").append(esc(words(v)))
        .append(": ").append(n).append("</span> "));
    h.append("</nav>\n");

    long allArticles = counts.getOrDefault("articles", (long) sources.size());
    sourcesTable(h, sources, colourOf, allArticles);
    overview(h, sorted, sources);

    String section = null;
    for (Finding f : sorted) {
      String s = sectionOf(f.verdict());
      if (!s.equals(section)) {
        if (section != null) {
          h.append("</section>\n");
        }
        section = s;
        h.append("<section class=\"group\"><h2>").append(esc(s)).append("</h2>\n");
      }
      if (f.verdict().equals(Finding.SINGLE_SOURCE)) {
        singleSource(h, f);
      } else {
        finding(h, f, colourOf);
      }
    }
    if (section != null) {
      h.append("</section>\n");
    }
    if (sorted.isEmpty()) {
      h.append("<p>No findings.</p>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void sourcesTable(StringBuilder h, List<ArticleInfo> sources, Map<String, String> colourOf,
      long allArticles) {
    h.append("<h2>Sources</h2>\n");
    if (allArticles > sources.size()) {
      h.append("<p class=\"hint\">The ").append(sources.size()).append(" articles the findings shown cite, of ")
          .append(allArticles).append("; articles.jsonl has them all.</p>\n");
    }
    h.append("<table class=\"sources\"><thead><tr><th>Article</th><th>Published</th><th>Outlet</th>"
        + "<th>Title</th></tr></thead><tbody>\n");
    for (ArticleInfo a : sources) {
      h.append("<tr><td><span class=\"dot\" style=\"background:").append(colourOf.get(a.article())).append("\"></span>")
          .append(esc(a.article())).append("</td><td>").append(esc(dash(a.published()))).append("</td><td>")
          .append(esc(dash(a.outlet()))).append("</td><td>").append(esc(a.title())).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /** Entity × source: how many compared claims each source gives about each entity, conflicts marked. */
  private static void overview(StringBuilder h, List<Finding> findings, List<ArticleInfo> sources) {
    Map<String, Map<String, int[]>> cells = new TreeMap<>();
    for (Finding f : findings) {
      if (f.verdict().equals(Finding.SINGLE_SOURCE)) {
        continue;
      }
      Map<String, int[]> row = cells.computeIfAbsent(nz(f.entityName()), k -> new TreeMap<>());
      boolean disputed = f.verdict().equals(Finding.CONFLICT) || f.verdict().equals(Finding.INTERNAL_INCONSISTENCY);
      TreeSet<String> seen = new TreeSet<>();
      f.claims().forEach(e -> seen.add(e.article()));
      f.quotes().forEach(q -> seen.add(q.article()));
      for (String article : seen) {
        int[] cell = row.computeIfAbsent(article, k -> new int[2]);
        cell[0]++;
        if (disputed) {
          cell[1]++;
        }
      }
    }
    h.append("<h2>Entities × sources</h2>\n<p class=\"hint\">Findings each source takes part in; "
        + "<span class=\"disputed\">red</span>: some are disagreements.</p>\n<div class=\"scroll\"><table class=\"overview\"><thead><tr><th>Entity</th>");
    for (ArticleInfo a : sources) {
      h.append("<th>").append(esc(a.article())).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    cells.forEach((entity, row) -> {
      h.append("<tr><th>").append(esc(entity)).append("</th>");
      for (ArticleInfo a : sources) {
        int[] cell = row.get(a.article());
        if (cell == null) {
          h.append("<td></td>");
        } else {
          h.append("<td class=\"").append(cell[1] > 0 ? "disputed" : "fine").append("\">").append(cell[0])
              .append(cell[1] > 0 ? " (" + cell[1] + " disputed)" : "").append("</td>");
        }
      }
      h.append("</tr>\n");
    });
    h.append("</tbody></table></div>\n");
  }

  private static void finding(StringBuilder h, Finding f, Map<String, String> colourOf) {
    h.append("<article class=\"finding ").append(esc(f.verdict())).append("\" id=\"f-").append(esc(f.id())).append("\">\n")
        .append("<h3><span class=\"badge ").append(esc(f.verdict())).append("\">").append(esc(words(f.verdict())))
        .append("</span> ").append(esc(nz(f.entityName()))).append(" — ").append(esc(f.propertyLabel())).append("</h3>\n")
        .append("<p class=\"explanation\">").append(esc(f.explanation())).append("</p>\n");
    if (!f.claims().isEmpty()) {
      h.append("<div class=\"sides\">\n");
      for (Finding.Evidence e : f.claims()) {
        h.append("<div class=\"side\" style=\"border-color:").append(colourOf.getOrDefault(e.article(), "#999"))
            .append("\"><div class=\"meta\">").append(esc(e.article())).append(" · ").append(esc(dash(e.date())));
        if (e.speaker() != null) {
          h.append(" · according to ").append(esc(e.speaker()));
        }
        h.append("</div><blockquote>").append(highlight(e.sentence(), e.text())).append("</blockquote></div>\n");
      }
      h.append("</div>\n");
      timeline(h, f, colourOf);
    }
    if (!f.quotes().isEmpty()) {
      h.append("<div class=\"sides\">\n");
      for (Finding.QuoteEvidence q : f.quotes()) {
        h.append("<div class=\"side\" style=\"border-color:").append(colourOf.getOrDefault(q.article(), "#999"))
            .append("\"><div class=\"meta\">").append(esc(q.article())).append(" · ").append(esc(q.shownSpeaker()))
            .append("</div><blockquote class=\"quote\">«&#8239;").append(esc(q.text())).append("&#8239;»</blockquote></div>\n");
      }
      h.append("</div>\n");
    }
    h.append("</article>\n");
  }

  private static void singleSource(StringBuilder h, Finding f) {
    h.append("<details class=\"finding single_source\"><summary>").append(esc(nz(f.entityName()))).append(" — ")
        .append(esc(f.propertyLabel())).append(": ");
    List<String> parts = new ArrayList<>();
    f.claims().forEach(e -> parts.add(esc(e.text()) + " (" + esc(e.article()) + ")"));
    h.append(String.join(", ", parts)).append("</summary><p>").append(esc(f.explanation())).append("</p></details>\n");
  }

  /** An SVG chart of the finding's values by date, one colour per source; nothing when no claim is dated. */
  static void timeline(StringBuilder h, Finding f, Map<String, String> colourOf) {
    // one axis, one unit: the unit most of the finding's claims use (a derived check mixes % and km²)
    Map<String, Integer> units = new TreeMap<>();
    f.claims().forEach(e -> units.merge(String.valueOf(e.unit()), 1, Integer::sum));
    String unit = units.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    List<Finding.Evidence> points = new ArrayList<>();
    for (Finding.Evidence e : f.claims()) {
      if (e.date() != null && e.date().length() >= 7 && unit.equals(e.unit()) && !"date".equals(e.unit())
          && mid(e) != null) {
        points.add(e);
      }
    }
    if (points.isEmpty()) {
      return;
    }
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;
    double minV = Double.MAX_VALUE;
    double maxV = -Double.MAX_VALUE;
    for (Finding.Evidence e : points) {
      long d = epochDay(e.date());
      minDay = Math.min(minDay, d);
      maxDay = Math.max(maxDay, d);
      minV = Math.min(minV, lowOf(e));
      maxV = Math.max(maxV, highOf(e));
    }
    if (maxDay == minDay) {
      minDay -= 1;
      maxDay += 1;
    }
    if (maxV - minV < 1e-9) {
      minV = minV - 1;
      maxV = maxV + 1;
    }
    minV = Math.min(0, minV);
    int w = 560;
    int ht = 180;
    int left = 60;
    int right = 20;
    int top = 15;
    int bottom = 35;
    h.append("<figure class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(w)
        .append("\" height=\"").append(ht).append("\" viewBox=\"0 0 ").append(w).append(' ').append(ht).append("\">")
        .append("<title>").append(esc(f.propertyLabel())).append(" by date and source</title>");
    h.append("<line x1=\"").append(left).append("\" y1=\"").append(ht - bottom).append("\" x2=\"").append(w - right)
        .append("\" y2=\"").append(ht - bottom).append("\" stroke=\"#888\"/>");
    h.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left)
        .append("\" y2=\"").append(ht - bottom).append("\" stroke=\"#888\"/>");
    h.append("<text x=\"").append(left - 6).append("\" y=\"").append(ht - bottom).append("\" text-anchor=\"end\" class=\"axis\">")
        .append(fmt(minV)).append("</text><text x=\"").append(left - 6).append("\" y=\"").append(top + 8)
        .append("\" text-anchor=\"end\" class=\"axis\">").append(fmt(maxV)).append("</text>");
    int i = 0;
    for (Finding.Evidence e : points) {
      double x = left + (epochDay(e.date()) - minDay) * (double) (w - left - right) / (maxDay - minDay);
      double yLow = y(lowOf(e), minV, maxV, ht, top, bottom);
      double yHigh = y(highOf(e), minV, maxV, ht, top, bottom);
      double yMid = y(mid(e), minV, maxV, ht, top, bottom);
      String colour = colourOf.getOrDefault(e.article(), "#333");
      h.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(fmt(yLow)).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(fmt(yHigh)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\" opacity=\"0.5\"/>")
          .append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(yMid)).append("\" r=\"5\" fill=\"")
          .append(colour).append("\"><title>").append(esc(e.article() + ", " + e.date() + ": " + e.text())).append("</title></circle>")
          .append("<text x=\"").append(fmt(x + 8)).append("\" y=\"").append(fmt(yMid - 6 - (i % 2) * 10))
          .append("\" class=\"label\">").append(esc(e.text())).append("</text>");
      i++;
    }
    h.append("<text x=\"").append(left).append("\" y=\"").append(ht - 10).append("\" class=\"axis\">")
        .append(esc(java.time.LocalDate.ofEpochDay(minDay).toString())).append("</text><text x=\"").append(w - right)
        .append("\" y=\"").append(ht - 10).append("\" text-anchor=\"end\" class=\"axis\">")
        .append(esc(java.time.LocalDate.ofEpochDay(maxDay).toString())).append("</text>");
    h.append("</svg><figcaption>").append(esc(f.propertyLabel())).append(": values by date (bars: the range the words allow)")
        .append("</figcaption></figure>\n");
  }

  private static double y(double v, double minV, double maxV, int ht, int top, int bottom) {
    return ht - bottom - (v - minV) * (ht - top - bottom) / (maxV - minV);
  }

  private static Double mid(Finding.Evidence e) {
    if (e.value() != null) {
      return e.value();
    }
    if (e.low() != null && e.high() != null) {
      return (e.low() + e.high()) / 2;
    }
    return e.low() != null ? e.low() : e.high();
  }

  private static double lowOf(Finding.Evidence e) {
    return e.low() != null ? e.low() : mid(e);
  }

  private static double highOf(Finding.Evidence e) {
    return e.high() != null ? e.high() : mid(e);
  }

  private static long epochDay(String iso) {
    String d = iso.length() >= 10 ? iso.substring(0, 10) : iso.length() == 7 ? iso + "-15" : iso + "-07-01";
    try {
      return java.time.LocalDate.parse(d).toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return 0;
    }
  }

  /** The sentence, escaped, with the figure's words in a highlight. */
  static String highlight(String sentence, String figure) {
    if (sentence == null) {
      return "";
    }
    int at = figure == null || figure.isEmpty() ? -1 : sentence.indexOf(figure);
    if (at < 0) {
      return esc(sentence);
    }
    return esc(sentence.substring(0, at)) + "<mark>" + esc(figure) + "</mark>" + esc(sentence.substring(at + figure.length()));
  }

  /** HTML-escapes text for element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static int rank(String verdict) {
    int i = ORDER.indexOf(verdict);
    return i < 0 ? ORDER.size() : i;
  }

  private static String sectionOf(String verdict) {
    return switch (verdict) {
      case Finding.CONFLICT, Finding.INTERNAL_INCONSISTENCY -> "Disagreements";
      case Finding.CHANGED_OVER_TIME -> "Changes over time";
      case Finding.SINGLE_SOURCE -> "Figures given by one source only";
      default -> "Agreements";
    };
  }

  private static String words(String verdict) {
    return verdict.replace('_', ' ');
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String dash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static final String CSS = """
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
      h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
      table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
      .counts span{margin-right:1em;color:#555}
      .badge{display:inline-block;padding:.1em .5em;border-radius:.8em;font-size:.8em;font-weight:600;color:#fff;background:#777;margin-right:.3em}
      .badge.conflict,.badge.internal_inconsistency{background:#c62828}.badge.changed_over_time{background:#ef6c00}
      .badge.agree{background:#2e7d32}.badge.compatible{background:#558b2f}.badge.single_source{background:#757575}
      .finding{border:1px solid #ddd;border-radius:6px;padding:.5em 1em;margin:1em 0}
      .finding.conflict,.finding.internal_inconsistency{border-left:6px solid #c62828}.finding.changed_over_time{border-left:6px solid #ef6c00}
      .finding.agree,.finding.compatible{border-left:6px solid #2e7d32}
      .sides{display:flex;flex-wrap:wrap;gap:.8em}.side{flex:1 1 300px;border-top:4px solid #999;background:#fafafa;padding:.4em .6em}
      .meta{font-size:.8em;color:#555}blockquote{margin:.3em 0}mark{background:#ffe082;padding:0 .1em;font-weight:600}
      .dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.4em}
      td.disputed,span.disputed{background:#ffcdd2}td.fine{background:#e8f5e9}.hint{color:#555;font-size:.9em}
      figure.timeline{margin:.8em 0}svg .axis{font-size:11px;fill:#555}svg .label{font-size:11px;fill:#222}
      figcaption{font-size:.8em;color:#555}.scroll{overflow-x:auto}details.single_source{padding:.3em 1em;margin:.3em 0}
      """;
}
