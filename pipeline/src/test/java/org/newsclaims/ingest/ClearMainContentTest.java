package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;

class ClearMainContentTest {

  private static final String P1 = "Le conseil municipal de Quimper a voté mardi soir un budget de 142 millions "
      + "d'euros pour l'année prochaine, après quatre heures de débats.";
  private static final String P2 = "La majorité a adopté le texte par 31 voix contre 12, l'opposition "
      + "regrettant « un manque d'ambition » pour les quartiers nord.";
  private static final String P3 = "Les investissements atteindront 38 millions d'euros, dont 9 millions pour "
      + "la rénovation de deux groupes scolaires et du gymnase de Kerfeunteun.";
  private static final String P4 = "Les impôts locaux resteront stables, a assuré l'adjointe aux finances, qui "
      + "prévoit un endettement de 61 millions d'euros à la fin de l'exercice.";

  private static String paragraphs() {
    return "<p>" + P1 + "</p>\n<p>" + P2 + "</p>\n<p>" + P3 + "</p>\n<p>" + P4 + "</p>\n";
  }

  private static Element article(String inner) {
    return Jsoup.parse("<html lang=fr><body><article>" + inner + "</article></body></html>")
        .selectFirst("article");
  }

  @Test
  void aClearArticleLosesItsBylineItsLinkBlocksAndItsShortBlocksAndKeepsItsParagraphs() {
    Element a = article("<h1>Quimper vote son budget</h1><div class=\"byline\">Par Anne Le Goff</div>\n"
        + paragraphs()
        + "<div class=\"encadre\"><a href=\"/x\">Municipales : 12 listes déposées à Brest</a> "
        + "<a href=\"/y\">Le port de Concarneau recrute 40 saisonniers</a></div>\n"
        + "<div class=\"outils\"><span>Imprimer</span><p>A+</p></div>");
    Element content = ClearMainContent.clean(a);
    assertNotNull(content);
    String text = content.text();
    assertTrue(text.contains(P1) && text.contains(P4), text);
    assertFalse(text.contains("Anne Le Goff"), text);
    assertFalse(text.contains("12 listes"), text);
    assertFalse(text.contains("Imprimer"), text);
  }

  @Test
  void aDivWithoutBlocksInsideIsAParagraphAndStays() {
    Element a = article(paragraphs() + "<div>Reportage à Quimper.</div>");
    assertTrue(ClearMainContent.clean(a).text().contains("Reportage à Quimper."));
  }

  @Test
  void anArticleWithATableIsLeftToReadabilityUntouched() {
    Element a = article("<div class=\"byline\">Par Anne Le Goff</div>" + paragraphs()
        + "<table><tr><th>Poste</th><th>Millions</th></tr><tr><td>Écoles</td><td>9</td></tr></table>");
    String before = a.outerHtml();
    assertNull(ClearMainContent.clean(a));
    assertEquals(before, a.outerHtml());
  }

  @Test
  void aShortArticleIsLeftToReadability() {
    Element a = article("<p>" + P1 + "</p><div class=\"byline\">Par Anne Le Goff</div>");
    String before = a.outerHtml();
    assertNull(ClearMainContent.clean(a));
    assertEquals(before, a.outerHtml());
  }

  @Test
  void aPageWithOneClearArticleGivesItsParagraphsAsTheBody() {
    String html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + "<meta property=\"og:title\" content=\"Quimper vote son budget\">"
        + "<meta property=\"og:site_name\" content=\"Le Télégramme du Finistère\"></head><body>"
        + "<div class=\"bandeau-promo\"><a href=\"/abo\">Offre découverte : 2 € par mois</a></div>"
        + "<main><article><h1>Quimper vote son budget</h1>"
        + "<div class=\"byline\">Par Anne Le Goff</div>" + paragraphs()
        + "<div class=\"encadre\"><a href=\"/x\">Municipales : 12 listes déposées à Brest</a> "
        + "<a href=\"/y\">Le port de Concarneau recrute 40 saisonniers</a></div>"
        + "</article></main></body></html>";
    Article a = HtmlArticleExtractor.extract("q", html, "https://www.telegramme-finistere.fr/quimper/budget")
        .article();
    assertEquals(String.join("\n", P1, P2, P3, P4), a.text());
    assertEquals("Le Télégramme du Finistère", a.outlet());
  }

  @Test
  void collapsedLengthCountsInnerRunsOfWhiteSpaceAsOne() {
    assertEquals(8, ClearMainContent.collapsedLength("  Le \n\t texte  "));
    assertEquals(0, ClearMainContent.collapsedLength(" \n "));
  }
}
