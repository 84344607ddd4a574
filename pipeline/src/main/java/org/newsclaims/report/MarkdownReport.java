package org.newsclaims.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.newsclaims.model.Finding;

/**
 * Renders findings as {@code report.md}, to be read story by story: the stories holding
 * disagreements first; in each, its disagreements, then its agreements, each with a table of
 * source, value as written, the range it allows, date, who says it and the source's sentence;
 * its single-source figures only counted; the list of sources at the end.
 *
 * <p>Every piece of article text is escaped: table pipes, Markdown emphasis and HTML special
 * characters cannot change the page's structure. Example:
 * {@code MarkdownReport.render(findings, articles, stories, counts)}.
 */
public final class MarkdownReport {

  /** How many property labels the count of a story's single-source figures names. */
  private static final int SINGLE_SOURCE_LABELS = 8;

  private MarkdownReport() {}

  public static String render(List<Finding> findings, List<ArticleInfo> articles, List<StoryInfo> stories,
      Map<String, Long> counts) {
    ReportLayout layout = ReportLayout.of(findings, articles, stories);
    StringBuilder md = new StringBuilder(16_384).append("# News claims consistency report\n\n");
    md.append(String.join(" · ", ReportLayout.countLines(counts))).append("\n\n");
    long total = counts.getOrDefault("findings", (long) findings.size());
    if (total > findings.size()) {
      md.append("This report shows the ").append(findings.size()).append(" most important of ").append(total)
          .append(" findings; `findings.jsonl` has them all.\n\n");
    }
    Map<String, Long> byVerdict = ReportLayout.verdictCounts(findings, false);
    md.append(total > findings.size() ? "| Verdict | Findings shown |\n|---|---|\n" : "| Verdict | Findings |\n|---|---|\n");
    byVerdict.forEach((v, n) -> md.append("| ").append(cell(v)).append(" | ").append(n).append(" |\n"));
    md.append('\n');

    storyIndex(md, layout.groups());
    layout.told().forEach(g -> story(md, g, layout));
    List<ReportLayout.StoryGroup> quiet = layout.tier(2);
    if (!quiet.isEmpty()) {
      md.append("## Stories with figures from one source only (").append(quiet.size()).append(")\n\n")
          .append("Nothing in them is given by two sources; `findings.jsonl` lists their figures ")
          .append("(verdict `single_source`).\n\n| Story | Dates | Outlets | Figures |\n|---|---|---|---|\n");
      for (ReportLayout.StoryGroup g : quiet) {
        md.append("| ").append(cell(g.label())).append(" | ").append(cell(EvidenceText.span(g.info()))).append(" | ")
            .append(cell(EvidenceText.outlets(g))).append(" | ").append(g.singleSource().size()).append(" |\n");
      }
      md.append('\n');
    }
    sources(md, articles, counts);
    return md.toString();
  }

  private static void storyIndex(StringBuilder md, List<ReportLayout.StoryGroup> groups) {
    md.append("## Stories (").append(groups.size()).append(")\n\n");
    if (groups.isEmpty()) {
      md.append("No findings.\n\n");
      return;
    }
    md.append("| Story | Dates | Outlets | Disagreements | Agreements | One source only |\n|---|---|---|---|---|---|\n");
    for (ReportLayout.StoryGroup g : groups) {
      md.append("| ").append(cell(g.label())).append(" | ").append(cell(EvidenceText.span(g.info()))).append(" | ")
          .append(EvidenceText.outletCount(g)).append(" | ")
          .append(g.disagreements().size()).append(" | ").append(g.agreements().size()).append(" | ")
          .append(g.singleSource().size()).append(" |\n");
    }
    md.append('\n');
  }

  private static void story(StringBuilder md, ReportLayout.StoryGroup g, ReportLayout layout) {
    md.append("## ").append(inline(g.label())).append("\n\n");
    String line = EvidenceText.storyLine(g);
    md.append(cell(line)).append(g.info() == null ? "" : (line.isEmpty() ? "" : " · ") + "story `" + g.id() + "`");
    md.append(line.isEmpty() && g.info() == null ? "" : "\n\n");
    md.append("**").append(EvidenceText.plural(g.disagreements().size(), "disagreement")).append(" · ")
        .append(EvidenceText.plural(g.agreements().size(), "agreement")).append(" · ")
        .append(g.singleSource().size()).append(" given by one source only**\n\n");
    if (!g.disagreements().isEmpty()) {
      md.append("### Disagreements (").append(g.disagreements().size()).append(")\n\n");
      g.disagreements().forEach(f -> finding(md, f, layout));
    }
    if (!g.agreements().isEmpty()) {
      md.append("### Agreements (").append(g.agreements().size()).append(")\n\n");
      g.agreements().forEach(f -> finding(md, f, layout));
    }
    if (!g.singleSource().isEmpty()) {
      md.append("### Given by one source only\n\n").append(singleSourceCount(g.singleSource())).append("\n\n");
    }
  }

  /** {@code "14 figures (`single_source` in `findings.jsonl`): date ×5, count ×2, …"}. */
  static String singleSourceCount(List<Finding> single) {
    Map<String, Integer> byLabel = new TreeMap<>();
    single.forEach(f -> byLabel.merge(f.propertyLabel() == null ? "" : f.propertyLabel(), 1, Integer::sum));
    List<Map.Entry<String, Integer>> labels = new ArrayList<>(byLabel.entrySet());
    labels.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> parts = new ArrayList<>();
    labels.stream().limit(SINGLE_SOURCE_LABELS).forEach(e -> parts.add(inline(e.getKey()) + " ×" + e.getValue()));
    if (labels.size() > SINGLE_SOURCE_LABELS) {
      parts.add("… " + (labels.size() - SINGLE_SOURCE_LABELS) + " more");
    }
    return EvidenceText.plural(single.size(), "figure") + " (`single_source` in `findings.jsonl`): "
        + String.join("; ", parts) + ".";
  }

  private static void finding(StringBuilder md, Finding f, ReportLayout layout) {
    md.append("#### ").append(inline(f.entityName() == null ? "" : f.entityName())).append(" — ")
        .append(inline(f.propertyLabel())).append(" · **")
        .append(EvidenceText.verdict(f.verdict()).toUpperCase(Locale.ROOT)).append("**\n\n");
    md.append(inline(f.explanation())).append("\n\n");
    if (!f.claims().isEmpty()) {
      md.append("| Source | Value as written | Reads as | Date | Who says it | Their words |\n|---|---|---|---|---|---|\n");
      for (Finding.Evidence e : f.claims()) {
        ArticleInfo a = layout.article(e.article());
        String copy = EvidenceText.copyNote(a);
        md.append("| ").append(cell(EvidenceText.source(e.article(), a))).append(copy == null ? "" : " (" + cell(copy) + ")")
            .append(" | ").append(cell(e.text())).append(" | ").append(cell(EvidenceText.readsAs(e))).append(" | ")
            .append(cell(EvidenceText.date(e, a))).append(" | ").append(cell(EvidenceText.who(e))).append(" | ")
            .append(highlighted(e.sentence(), e.text())).append(" |\n");
      }
      md.append('\n');
    }
    if (!f.quotes().isEmpty()) {
      md.append("| Source | Who says it | Quoted words |\n|---|---|---|\n");
      for (Finding.QuoteEvidence q : f.quotes()) {
        md.append("| ").append(cell(EvidenceText.source(q.article(), layout.article(q.article())))).append(" | ")
            .append(cell(q.shownSpeaker())).append(" | «").append(cell(q.text())).append("» |\n");
      }
      md.append('\n');
    }
  }

  private static void sources(StringBuilder md, List<ArticleInfo> articles, Map<String, Long> counts) {
    md.append("## Sources (").append(articles.size()).append(")\n\n");
    long allArticles = counts.getOrDefault("articles", (long) articles.size());
    if (allArticles > articles.size()) {
      md.append("The ").append(articles.size()).append(" articles the findings above cite, of ").append(allArticles)
          .append("; `articles.jsonl` has them all.\n\n");
    }
    md.append("| Article | Published | Outlet | Story | Title |\n|---|---|---|---|---|\n");
    articles.stream().sorted(Comparator.comparing(ArticleInfo::article).thenComparing(ArticleInfo::toString))
        .forEach(a -> md.append("| ").append(cell(a.article())).append(" | ")
            .append(cell(orDash((a.datedByStory() && a.published() != null ? "≈ " : "") + nz(a.published()))))
            .append(" | ").append(cell(orDash(a.outlet()))).append(" | ").append(cell(orDash(a.story())))
            .append(" | ").append(cell(a.title())).append(" |\n"));
  }

  /** The sentence, escaped, with the claim's words in bold. */
  static String highlighted(String sentence, String figure) {
    return Markup.highlight(sentence, figure, MarkdownReport::cell, "**", "**");
  }

  /** Escapes text for a Markdown table cell. */
  static String cell(String s) {
    return inline(s).replace("|", "\\|").replace("\n", " ");
  }

  private static final UnaryOperator<String> INLINE = Markup.escaper('<', "&lt;", '>', "&gt;",
      '&', "&amp;", '*', "\\*", '_', "\\_", '`', "\\`", '[', "\\[", ']', "\\]",
      '\\', "\\\\", '#', "\\#", '\n', " ", '\r', " ");

  /** Escapes text for Markdown running text: no HTML, no emphasis, no links. */
  static String inline(String s) {
    return INLINE.apply(s);
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
