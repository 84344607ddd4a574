package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void dropsScriptStyleNavigationHeaderAndFooter() {
    String html = "<html><head><style>p{color:red}</style></head><body>"
        + "<header><a href='/'>Le Journal</a></header>"
        + "<nav><ul><li>Accueil</li><li>Monde</li></ul></nav>"
        + "<article><h1>Le maire a démissionné</h1>"
        + "<script>var x = '<p>pas du texte</p>';</script>"
        + "<p>Le maire de la ville a annoncé sa démission lundi.</p>"
        + "<p>Il était en poste depuis <b>douze</b> ans.</p></article>"
        + "<footer>© Le Journal 2025</footer></body></html>";
    assertEquals("Le maire a démissionné\nLe maire de la ville a annoncé sa démission lundi.\n"
        + "Il était en poste depuis douze ans.", HtmlText.toText(html));
  }

  @Test
  void decodesEntitiesAndTurnsBlockTagsIntoLineBreaks() {
    String html = "<div>L&#39;arm&eacute;e a repris 1&nbsp;000&nbsp;km&sup2;<br>"
        + "&laquo;&nbsp;C&rsquo;est fini&nbsp;&raquo;</div><p>Suite</p>";
    assertEquals("L'armée a repris 1\u00A0000\u00A0km²\n«\u00A0C’est fini\u00A0»\nSuite",
        HtmlText.toText(html));
  }

  @Test
  void dropsNestedElementsOfTheSameKind() {
    String html = "<p>Avant</p><aside>a<aside>b</aside>c</aside><p>Après</p>";
    assertEquals("Avant\nAprès", HtmlText.toText(html));
  }

  @Test
  void keepsALoneLessThanSignAndSkipsComments() {
    assertEquals("Un taux < 5 %\nFin", HtmlText.toText("<p>Un taux < 5 %<!-- pub --></p><p>Fin</p>"));
  }

  @Test
  void putsThePublicationDateMetaTagFirstAsAHeader() {
    String html = "<html><head><meta charset=\"utf-8\">"
        + "<meta property=\"article:published_time\" content=\"2025-03-12T10:31:00+01:00\" />"
        + "</head><body><h1>Le titre</h1><p>Le texte.</p></body></html>";
    assertEquals("date: 2025-03-12T10:31:00+01:00\nLe titre\nLe texte.", HtmlText.toText(html));
  }

  @Test
  void recognisesHtmlButNotPlainText() {
    assertTrue(HtmlText.looksLikeHtml("  <!doctype html><html></html>"));
    assertTrue(HtmlText.looksLikeHtml("Titre\n<p>Un</p>\n<p>Deux</p>"));
    assertFalse(HtmlText.looksLikeHtml("Un taux < 5 % et > 2 %.\nLe <b> n'est pas du HTML."));
  }
}
