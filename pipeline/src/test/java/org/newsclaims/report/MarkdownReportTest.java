package org.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;

class MarkdownReportTest {

  private static Finding finding(String verdict, String sentence, String figure) {
    return FindingBuilder.finding(verdict).entity("place:x", "Bourg-<b>").property("p", "number of people")
        .claim(ClaimBuilder.claim(figure).value(3).date("2024-05-01").sentence(sentence).build())
        .explanation("Only a.txt gives it.").build();
  }

  @Test
  void disagreementsComeBeforeAgreements() {
    String md = MarkdownReport.render(List.of(finding("agree", "Trois blessés.", "Trois"),
        finding("conflict", "Cinq blessés.", "Cinq")), List.of(), Map.of());
    assertTrue(md.indexOf("## Disagreements") < md.indexOf("## Agreements"));
    assertTrue(md.indexOf("CONFLICT") < md.indexOf("AGREE"));
  }

  @Test
  void articleTextCannotInjectHtmlOrBreakTables() {
    String md = MarkdownReport.render(List.of(finding("conflict",
        "Il a écrit <script>alert(1)</script> | colonne <img src=x onerror=alert(2)>", "colonne")),
        List.of(new ArticleInfo("a.txt", "Titre <i>x</i>", null, null)), Map.of("articles", 1L));
    assertFalse(md.contains("<script>"), md);
    assertFalse(md.contains("<img"), md);
    assertFalse(md.contains("<b>"), md);
    assertTrue(md.contains("&lt;script&gt;"), md);
    assertTrue(md.contains("\\| **colonne**"), md);
  }

  @Test
  void aSourcesListShorterThanTheRunSaysItHoldsOnlyTheCitedArticles() {
    List<ArticleInfo> cited = List.of(new ArticleInfo("a.txt", "Titre", null, null));
    String partial = MarkdownReport.render(List.of(finding("conflict", "Cinq blessés.", "Cinq")), cited,
        Map.of("articles", 5000L));
    assertTrue(partial.contains("## Sources\n\nThe 1 articles the findings above cite, of 5000; "
        + "`articles.jsonl` has them all.\n\n| Article |"), partial);
    String whole = MarkdownReport.render(List.of(finding("conflict", "Cinq blessés.", "Cinq")), cited,
        Map.of("articles", 1L));
    assertTrue(whole.contains("## Sources\n\n| Article |"), whole);
  }

  @Test
  void theFigureIsHighlightedInTheSourceSentence() {
    assertTrue(MarkdownReport.highlighted("Le bilan est de 12 morts.", "12 morts").contains("**12 morts**"));
  }
}
