package org.newsclaims.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsclaims.model.Finding;

/**
 * Renders findings as {@code report.md}: disagreements first, each with the sources' own
 * sentences side by side and the figures in bold.
 *
 * <p>Every piece of article text is escaped: table pipes, Markdown emphasis and HTML special
 * characters cannot change the page's structure. Example:
 * {@code MarkdownReport.render(findings, articles, counts)}.
 */
public final class MarkdownReport {

  /** Report sections in reading order, with the verdicts each holds. */
  private static final List<String[]> SECTIONS = List.of(
      new String[] {"Disagreements", Finding.CONFLICT, Finding.INTERNAL_INCONSISTENCY},
      new String[] {"Changes over time", Finding.CHANGED_OVER_TIME},
      new String[] {"Agreements", Finding.AGREE, Finding.COMPATIBLE});

  private MarkdownReport() {}

  public static String render(List<Finding> findings, List<ArticleInfo> articles, Map<String, Long> counts) {
    StringBuilder md = new StringBuilder("# News claims consistency report\n\n");
    md.append(summaryLine(counts)).append("\n\n");
    long total = counts.getOrDefault("findings", (long) findings.size());
    if (total > findings.size()) {
      md.append("This report shows the ").append(findings.size()).append(" most important of ").append(total)
          .append(" findings; `findings.jsonl` has them all.\n\n");
    }
    Map<String, Long> byVerdict = new TreeMap<>();
    findings.forEach(f -> byVerdict.merge(f.verdict(), 1L, Long::sum));
    md.append("| Verdict | Findings |\n|---|---|\n");
    byVerdict.forEach((v, n) -> md.append("| ").append(v).append(" | ").append(n).append(" |\n"));
    md.append('\n');

    md.append("## Sources\n\n");
    long allArticles = counts.getOrDefault("articles", (long) articles.size());
    if (allArticles > articles.size()) {
      md.append("The ").append(articles.size()).append(" articles the findings above cite, of ").append(allArticles)
          .append("; `articles.jsonl` has them all.\n\n");
    }
    md.append("| Article | Published | Outlet | Title |\n|---|---|---|---|\n");
    articles.stream().sorted(Comparator.comparing(ArticleInfo::article)).forEach(a -> md.append("| ")
        .append(cell(a.article())).append(" | ").append(cell(orDash(a.published()))).append(" | ")
        .append(cell(orDash(a.outlet()))).append(" | ").append(cell(a.title())).append(" |\n"));
    md.append('\n');

    for (String[] section : SECTIONS) {
      List<Finding> chosen = select(findings, section);
      md.append("## ").append(section[0]).append(" (").append(chosen.size()).append(")\n\n");
      if (chosen.isEmpty()) {
        md.append("None.\n\n");
      }
      for (Finding f : chosen) {
        renderFinding(md, f);
      }
    }

    List<Finding> single = select(findings, new String[] {"", Finding.SINGLE_SOURCE});
    md.append("## Figures given by one source only (").append(single.size()).append(")\n\n");
    if (single.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| Entity | Property | Source | Claim | Speaker |\n|---|---|---|---|---|\n");
      for (Finding f : single) {
        for (Finding.Evidence e : f.claims()) {
          md.append("| ").append(cell(f.entityName())).append(" | ").append(cell(f.propertyLabel()))
              .append(" | ").append(cell(e.article())).append(" | ").append(cell(e.text()))
              .append(" | ").append(cell(orDash(e.speaker()))).append(" |\n");
        }
      }
    }
    return md.toString();
  }

  private static List<Finding> select(List<Finding> findings, String[] section) {
    List<String> verdicts = List.of(section).subList(1, section.length);
    List<Finding> chosen = new ArrayList<>();
    for (Finding f : findings) {
      if (verdicts.contains(f.verdict())) {
        chosen.add(f);
      }
    }
    chosen.sort(Comparator.comparing((Finding f) -> verdicts.indexOf(f.verdict()))
        .thenComparing(f -> nullToEmpty(f.entityName())).thenComparing(Finding::property).thenComparing(Finding::id));
    return chosen;
  }

  private static void renderFinding(StringBuilder md, Finding f) {
    md.append("### ").append(inline(nullToEmpty(f.entityName()))).append(" — ").append(inline(f.propertyLabel()))
        .append(" · **").append(f.verdict().toUpperCase(java.util.Locale.ROOT).replace('_', ' ')).append("**\n\n");
    md.append(inline(f.explanation())).append("\n\n");
    if (!f.claims().isEmpty()) {
      md.append("| Source | Published | Refers to | Claim | Speaker | Their words |\n|---|---|---|---|---|---|\n");
      for (Finding.Evidence e : f.claims()) {
        md.append("| ").append(cell(e.article())).append(" | ").append(cell(orDash(e.published()))).append(" | ")
            .append(cell(orDash(e.date()))).append(" | ")
            .append(cell(e.text())).append(" | ").append(cell(orDash(e.speaker()))).append(" | ")
            .append(highlighted(e.sentence(), e.text())).append(" |\n");
      }
      md.append('\n');
    }
    if (!f.quotes().isEmpty()) {
      md.append("| Source | Speaker | Quoted words |\n|---|---|---|\n");
      for (Finding.QuoteEvidence q : f.quotes()) {
        md.append("| ").append(cell(q.article())).append(" | ").append(cell(q.shownSpeaker())).append(" | «")
            .append(cell(q.text())).append("» |\n");
      }
      md.append('\n');
    }
  }

  /** The sentence, escaped, with the claim's words in bold. */
  static String highlighted(String sentence, String figure) {
    if (sentence == null) {
      return "";
    }
    if (figure == null || figure.isEmpty()) {
      return cell(sentence);
    }
    int at = sentence.indexOf(figure);
    if (at < 0) {
      return cell(sentence);
    }
    return cell(sentence.substring(0, at)) + "**" + cell(figure) + "**" + cell(sentence.substring(at + figure.length()));
  }

  private static String summaryLine(Map<String, Long> counts) {
    StringBuilder b = new StringBuilder();
    for (String key : List.of("articles", "claims", "quotes", "entities", "findings", "rejects")) {
      if (counts.containsKey(key)) {
        b.append(b.length() == 0 ? "" : " · ").append(counts.get(key)).append(' ').append(key);
      }
    }
    return b.toString();
  }

  /** Escapes text for a Markdown table cell. */
  static String cell(String s) {
    return inline(s).replace("|", "\\|").replace("\n", " ");
  }

  /** Escapes text for Markdown running text: no HTML, no emphasis, no links. */
  static String inline(String s) {
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
        case '*', '_', '`', '[', ']', '\\', '#' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
