package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DeclaredLanguageTest {

  @Test
  void readsTheLanguageOfTheHtmlTagBeforeParsing() {
    assertEquals("en", HtmlArticleExtractor.declaredLanguage(
        "<!DOCTYPE html>\n<html class=\"no-js\" lang=\"en\" dir=\"ltr\"><head><title>Floods</title>"));
    assertEquals("fr-FR", HtmlArticleExtractor.declaredLanguage("<HTML LANG=fr-FR><body>"));
    assertEquals("de", HtmlArticleExtractor.declaredLanguage("<html lang='de'>"));
  }

  @Test
  void leavesUnclearTagsToTheParsedPage() {
    // xml:lang is not lang; a commented-out tag, an empty or spaced value, no tag at all
    assertNull(HtmlArticleExtractor.declaredLanguage("<html xml:lang=\"en\"><body>"));
    assertNull(HtmlArticleExtractor.declaredLanguage("<!-- <html lang=\"en\"> -->\n<html lang=\"fr\">"));
    assertNull(HtmlArticleExtractor.declaredLanguage("<html lang=\"\"><body>"));
    assertNull(HtmlArticleExtractor.declaredLanguage("<html lang=\" en \"><body>"));
    assertNull(HtmlArticleExtractor.declaredLanguage("<p>Le texte sans balise html.</p>"));
  }

  @Test
  void rejectsAnEnglishPageWithTheReasonTheParsedPageGives() {
    HtmlArticleExtractor.Extracted x = HtmlArticleExtractor.extract("a", "<html lang=\"en-GB\"><head>"
        + "<title>Floods</title></head><body><article><p>The river rose by two metres.</p>"
        + "</article></body></html>", "https://news.example/floods");
    assertFalse(x.ok());
    assertEquals("language", x.stage());
    assertEquals("not French (html lang=en-GB)", x.rejectReason());
  }
}
