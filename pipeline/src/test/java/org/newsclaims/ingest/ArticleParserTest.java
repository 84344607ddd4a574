package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Article;

class ArticleParserTest {

  private static final String BODY = "Le conseil municipal a voté le budget mardi par 23 voix contre 8.";

  private static String resource(String name) throws IOException {
    try (InputStream in = ArticleParserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void takesTheFirstLineAsTitleAndTheRestAsBody() {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n\n" + BODY + "\nLa séance a duré trois heures.");
    assertEquals("a.txt", a.article());
    assertEquals("Le budget est voté", a.title());
    assertEquals(BODY + "\nLa séance a duré trois heures.", a.text());
    assertNull(a.published());
    assertNull(a.dateSource());
    assertNull(a.outlet());
  }

  @Test
  void dropsATitleRepeatedOnTheNextLine() {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n\nLe budget est voté\n" + BODY);
    assertEquals("Le budget est voté", a.title());
    assertEquals(BODY, a.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "date 2025-04\\nLe budget est voté                 | 2025-04",
      "date: 2025-04-26\\nLe budget est voté             | 2025-04-26",
      "Publié le 26/04/2025\\nLe budget est voté         | 2025-04-26",
      "Le budget est voté\\nPublié le 26/04/2025 à 10h31 | 2025-04-26",
      "Le budget est voté\\n26 avril 2025                | 2025-04-26",
  })
  void readsDateHeadersAndRemovesThem(String head, String iso) {
    Article a = ArticleParser.parse("a.txt", head.replace("\\n", "\n") + "\n" + BODY);
    assertEquals("Le budget est voté", a.title());
    assertEquals(iso, a.published());
    assertEquals("header", a.dateSource());
    assertEquals(BODY, a.text());
  }

  @Test
  void takesTheFirstSentenceAsTitleWhenTheHeaderSharesItsLine() {
    Article a = ArticleParser.parse("a.txt", " date 2025-04 " + BODY + " Le maire s'est félicité.\nSuite.");
    assertEquals("2025-04", a.published());
    assertEquals(BODY, a.title());
    assertEquals(BODY + " Le maire s'est félicité.\nSuite.", a.text());
  }

  @Test
  void keepsALongLeadParagraphInTheBody() {
    String lead = "Les forces de sécurité ont poursuivi mercredi leurs opérations dans la région, "
        + "les autorités affirmant que ces progrès permettraient de rouvrir les routes fermées depuis des semaines.";
    Article a = ArticleParser.parse("a.txt", lead + "\n" + BODY);
    assertEquals(lead, a.title());
    assertEquals(lead + "\n" + BODY, a.text());
  }

  @Test
  void readsTitleAndSourceMetadataLines() {
    Article a = ArticleParser.parse("a.txt", "titre: Le budget est voté\nsource: journal.example\n" + BODY);
    assertEquals("Le budget est voté", a.title());
    assertEquals("journal.example", a.outlet());
    assertEquals(BODY, a.text());
  }

  @Test
  void removesEveryKindOfFurnitureFromAPage() throws IOException {
    Article a = ArticleParser.parse("page.txt", resource("page-with-furniture.txt"));
    assertEquals("Le conseil municipal adopte le budget", a.title());
    assertEquals("AFP", a.outlet());
    assertEquals("Le conseil municipal a voté mardi le budget 2025 par 23 voix contre 8.\n"
        + "Le maire, lors de la séance du 14 janvier 2025.\n"
        + "Les débats ont duré trois heures, selon l'AFP.\n"
        + "Un vote serré\n"
        + "L'opposition a dénoncé « un budget d'austérité ».\n"
        + "Affaire à suivre", a.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Accueil Actu Monde International",
      "Accueil > Politique > Économie",
      "Lire aussi : Un autre sujet sans rapport",
      "À lire aussi - Un autre sujet",
      "Partager",
      "Tweeter",
      "Commentaires (12)",
      "Inscrivez-vous à notre newsletter pour recevoir l'essentiel",
      "Ce site utilise des cookies pour améliorer votre expérience.",
      "Par Jeanne Dupont et Paul Martin",
  })
  void dropsFurnitureLinesInsideTheBody(String furniture) {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n" + BODY + "\n" + furniture + "\nFin du texte.");
    if (furniture.startsWith("Commentaires")) {
      assertEquals(BODY, a.text()); // a comment counter ends the article
    } else {
      assertEquals(BODY + "\nFin du texte.", a.text());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Contenus sponsorisés",
      "À la une",
      "Les plus lus",
      "Sur le même sujet",
      "À lire également :",
      "Kommentare (0)",
      "Commentaires",
  })
  void cutsEverythingAfterAnEndOfPageMarker(String marker) {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n" + BODY + "\n" + marker
        + "\nUn autre article sans rapport avec le premier.\nSa suite.");
    assertEquals(BODY, a.text());
  }

  @Test
  void dropsABareReadAlsoHeadingWithTheLinkedHeadline() {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n" + BODY
        + "\nÀ lire aussi\nLes impôts locaux vont-ils augmenter ?\nLa séance a duré trois heures.");
    assertEquals(BODY + "\nLa séance a duré trois heures.", a.text());
  }

  @Test
  void keepsSubheadingsMadeOfOrdinaryWords() {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n" + BODY + "\nEn France et en Europe\nFin.");
    assertEquals(BODY + "\nEn France et en Europe\nFin.", a.text());
  }

  @Test
  void dropsAnEndMarkerAboveTheTitleWithoutCutting() {
    Article a = ArticleParser.parse("a.txt", "À la une\nLe budget est voté\n" + BODY);
    assertEquals("Le budget est voté", a.title());
    assertEquals(BODY, a.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Keystone-SDA ATS              | Keystone-SDA ATS",
      "(AFP)                         | AFP",
      "Avec AFP                      | AFP",
      "(avec AP)                     | AP",
      "Reportage de CNN: Jeanne Dupont, Paul Martin et Marie Durand. | CNN",
  })
  void usesAgencyCreditLinesAsOutlet(String credit, String outlet) {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n" + BODY + "\n" + credit);
    assertEquals(outlet, a.outlet());
    assertEquals(BODY, a.text());
  }

  @Test
  void removesAnAgencyDatelineAndUsesItAsOutlet() {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\nLYON (Reuters) - " + BODY);
    assertEquals("Reuters", a.outlet());
    assertEquals(BODY, a.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le maire à la tribune, le 14 janvier 2025. KEYSTONE",
      "Le maire à la tribune, le 14 janvier 2025. © AFP",
      "Le maire à la tribune, le 14 janvier 2025. Photo : Reuters",
      "Le maire à la tribune, le 14 janvier 2025. (Photo AFP)",
      "Le maire à la tribune, le 14 janvier 2025. AFP PHOTO / JEANNE DUPONT",
      "Le maire à la tribune, le 14 janvier 2025. Crédit photo : Jeanne Dupont/Belga",
  })
  void removesPhotoCreditsButKeepsTheCaption(String caption) {
    Article a = ArticleParser.parse("a.txt", "Le budget est voté\n" + BODY + "\n" + caption);
    assertEquals(BODY + "\nLe maire à la tribune, le 14 janvier 2025.", a.text());
    assertNull(a.outlet()); // a photo credit does not name the article's outlet
  }

  @Test
  void keepsSentencesThatMerelyMentionAnAgencyOrAPhoto() {
    String text = "Le budget est voté\nLa photo a été prise par l'AFP.\nImage de marque\nSelon l'AFP, le vote est acquis.";
    Article a = ArticleParser.parse("a.txt", text);
    assertEquals("La photo a été prise par l'AFP.\nImage de marque\nSelon l'AFP, le vote est acquis.", a.text());
  }

  @Test
  void returnsNullWhenNoArticleIsLeft() {
    assertNull(ArticleParser.parse("a.txt", "Accueil Actu Monde\nPartager\n\n"));
    assertNull(ArticleParser.parse("a.txt", "Un titre seul"));
  }

  @Test
  void normalisesTypographyAndLineEndings() {
    Article a = ArticleParser.parse("a.txt", "\uFEFFLe budget\r\nL’adjoint a voté\u00A0: « oui ».\r\n");
    assertEquals("Le budget", a.title());
    assertEquals("L'adjoint a voté : « oui ».", a.text());
  }

  @Test
  void parsesHtmlPages() throws IOException {
    Article a = ArticleParser.parse("page.html", resource("page.html"));
    assertEquals("Le conseil municipal adopte le budget", a.title());
    assertEquals("2025-01-14", a.published()); // the meta tag wins over the "Publié le" line
    assertEquals("Le conseil municipal a voté mardi le budget 2025 par 23 voix contre 8.\n"
        + "L'opposition a dénoncé « un budget d'austérité ».", a.text());
    assertFalse(a.text().contains("Accueil"));
    assertTrue(a.text().endsWith("»."));
  }
}
