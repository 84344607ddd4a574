package org.newsclaims.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;

class MarkdownReportTest {

  private static String report() {
    return MarkdownReport.render(ReportFixture.findings(), ReportFixture.articles(), ReportFixture.stories(),
        Map.of("articles", 7L, "findings", 7L));
  }

  @Test
  void theReportIsReadStoryByStoryDisputedStoryFirst() {
    String md = report();
    int quake = md.indexOf("## Séisme dans le Haut-Atlas : le bilan s'alourdit\n");
    int strike = md.indexOf("## Grève à la SNCF : un train sur trois circule\n");
    assertTrue(quake > 0 && strike > quake, md);
    assertTrue(md.indexOf("3 outlets (La Dépêche, Le Matin) · 3 independent sources · 4 articles · "
        + "2024-05-01 – 2024-05-03 (1 undated)") > quake, md);
  }

  @Test
  void aTableOfStoriesOpensTheReportDisputedStoryFirst() {
    String md = report();
    String quake = "| Séisme dans le Haut-Atlas : le bilan s'alourdit | 2024-05-01 – 2024-05-03 (1 undated) | 3 | 3 | 1 | 1 |";
    String strike = "| Grève à la SNCF : un train sur trois circule | 2024-05-02 | 2 | 0 | 1 | 0 |";
    String quiet = "| Fête de la fraise à Plougastel | 2024-06-08 | 1 | 0 | 0 | 1 |";
    assertTrue(md.indexOf("## Stories (3)") < md.indexOf(quake) && md.indexOf(quake) < md.indexOf(strike)
        && md.indexOf(strike) < md.indexOf(quiet), md);
    assertTrue(md.indexOf(quiet) < md.indexOf("## Séisme"), "the table comes before the stories");
  }

  @Test
  void eachStoryShowsItsDisagreementsBeforeItsAgreements() {
    String md = report();
    int disagreements = md.indexOf("### Disagreements (3)");
    int conflict = md.indexOf("#### Haut-Atlas — people killed · **CONFLICT**");
    int rise = md.indexOf("#### Haut-Atlas — people injured · **CHANGED OVER TIME**");
    int agreements = md.indexOf("### Agreements (1)");
    int mourning = md.indexOf("#### Maroc — length of the mourning · **AGREE**");
    assertTrue(disagreements > 0 && disagreements < conflict && conflict < rise && rise < agreements
        && agreements < mourning, md);
  }

  @Test
  void eachRowSaysWhereWhenAndWhoGivesTheFigure() {
    String md = report();
    assertTrue(md.contains("| La Dépêche · seisme-depeche.txt | au moins 40 morts | ≥ 40 | 2024-05-03 | "
        + "protection civile | La protection civile fait état d'**au moins 40 morts**. |"), md);
    assertTrue(md.contains("| seisme-blog.txt | 12 morts | 12 | undated | the outlet |"), md);
  }

  @Test
  void aWireCopyIsMarkedAndAStoryDateIsShownAsAnEstimate() {
    assertTrue(report().contains("| Info Express · seisme-copie.txt (same dispatch as seisme-matin.txt) | trois jours "
        + "| 3 days | ≈ 2024-05-01 |"), report());
  }

  @Test
  void singleSourceFiguresAreCountedNotListed() {
    String md = report();
    assertTrue(md.contains("### Given by one source only\n\n1 figure (`single_source` in `findings.jsonl`): "
        + "number of ambulances ×1."), md);
    assertFalse(md.contains("Quarante ambulances"), "the single-source sentence is not printed");
    assertTrue(md.contains("## Stories with figures from one source only (1)"), md);
    assertTrue(md.contains("| Fête de la fraise à Plougastel | 2024-06-08 | 1 outlet · 1 independent source · 1 article | 1 |"), md);
    assertFalse(md.contains("Deux tonnes"), md);
  }

  @Test
  void theSourcesComeLast() {
    String md = report();
    int sources = md.indexOf("## Sources (7)");
    assertTrue(sources > md.indexOf("## Stories with figures from one source only"), md);
    assertTrue(md.contains("| seisme-copie.txt | ≈ 2024-05-01 | Info Express | s-0a1b2c3d | Séisme : le bilan |"), md);
  }

  @Test
  void articleTextCannotInjectHtmlOrBreakTables() {
    Finding hostile = FindingBuilder.finding(Finding.CONFLICT).entity("place:x", "Bourg-<b>").story("s-1")
        .claim(ClaimBuilder.claim("colonne").value(3)
            .sentence("Il a écrit <script>alert(1)</script> | colonne <img src=x onerror=alert(2)>").build())
        .build();
    String md = MarkdownReport.render(List.of(hostile),
        List.of(new ArticleInfo("a.txt", "Titre <i>x</i>", null, "*Le* | Journal", null, "s-1", "a.txt")),
        List.of(new StoryInfo("s-1", "# Séisme\n## <b>titre</b>", null, null, 1, 1, List.of("*Le* | Journal"), 1, 1)),
        Map.of("articles", 1L));
    assertFalse(md.contains("<script>"), md);
    assertFalse(md.contains("<img"), md);
    assertFalse(md.contains("<b>"), md);
    assertFalse(md.contains("\n## <"), md);
    assertTrue(md.contains("&lt;script&gt;"), md);
    assertTrue(md.contains("\\| **colonne**"), md);
    assertTrue(md.contains("## \\# Séisme \\#\\# &lt;b&gt;titre&lt;/b&gt;\n"), md);
    assertTrue(md.contains("\\*Le\\* \\| Journal · a.txt"), md);
  }

  @Test
  void aSourcesListShorterThanTheRunSaysItHoldsOnlyTheCitedArticles() {
    String partial = MarkdownReport.render(ReportFixture.findings(), ReportFixture.articles(), ReportFixture.stories(),
        Map.of("articles", 5000L));
    assertTrue(partial.contains("## Sources (7)\n\nThe 7 articles the findings above cite, of 5000; "
        + "`articles.jsonl` has them all.\n\n| Article |"), partial);
    assertTrue(report().contains("## Sources (7)\n\n| Article |"), report());
  }

  @Test
  void theSameFindingsInAnotherOrderGiveTheSameBytes() {
    String first = report();
    List<Finding> findings = new ArrayList<>(ReportFixture.findings());
    List<ArticleInfo> articles = new ArrayList<>(ReportFixture.articles());
    Collections.shuffle(findings, new Random(3));
    Collections.shuffle(articles, new Random(4));
    assertEquals(first, MarkdownReport.render(findings, articles, ReportFixture.storiesReversed(),
        Map.of("articles", 7L, "findings", 7L)));
  }

  @Test
  void theFigureIsHighlightedInTheSourceSentence() {
    assertEquals("Le bilan est de **12 morts**.", MarkdownReport.highlighted("Le bilan est de 12 morts.", "12 morts"));
  }
}
