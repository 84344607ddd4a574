package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;

/** Decodes and parses the seed articles end to end. */
class SeedArticlesTest {

  private static Article seed(String prefix) throws IOException {
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("seeds"), prefix + "_*.txt")) {
      for (Path p : dir) {
        ArticleDecoder.Decoded d = ArticleDecoder.decode(p.getFileName().toString(), Files.readAllBytes(p));
        assertTrue(d.ok(), d.rejectReason());
        Article a = ArticleParser.parse(p.getFileName().toString(), d.text());
        assertNotNull(a);
        return a;
      }
    }
    throw new AssertionError("no seed " + prefix);
  }

  @Test
  void seed000HasItsHeadlineAsTitle() throws IOException {
    Article a = seed("000");
    assertEquals("Poutine s'est rendu auprès des soldats russes dans la région de Koursk, une première "
        + "depuis l'offensive de Kiev", a.title());
    assertTrue(a.text().startsWith("Vladimir Poutine, en tenue militaire"));
  }

  @Test
  void seed001LosesBreadcrumbAndTheAppendedStory() throws IOException {
    Article a = seed("001");
    assertTrue(a.title().startsWith("Pendant que le monde négocie"));
    for (String gone : new String[] {"Accueil Actu", "Contenus sponsorisés", "Charleroi", "Isabelle"}) {
      assertFalse(a.text().contains(gone), gone);
    }
    assertTrue(a.text().startsWith("Alors que des pourparlers"));
  }

  @Test
  void seed002HasItsTitleOnceAndNoCommentCounter() throws IOException {
    Article a = seed("002");
    assertFalse(a.text().contains("Kommentare"));
    assertFalse(a.text().contains(a.title()));
    assertFalse(a.text().contains("Reportage de"));
    assertEquals("CNN", a.outlet());
  }

  @Test
  void seed003LosesItsReadAlsoLink() throws IOException {
    Article a = seed("003");
    assertFalse(a.text().contains("Lire aussi"));
    assertFalse(a.text().contains("Top 10"));
    assertTrue(a.text().endsWith("Affaire à suivre"));
  }

  @Test
  void seed004ReadsItsInlineDateHeaderAndAgencyCredit() throws IOException {
    Article a = seed("004");
    assertEquals("2025-04", a.published());
    assertEquals("header", a.dateSource());
    assertEquals("Keystone-SDA ATS", a.outlet());
    assertTrue(a.text().startsWith("Le chef d'état-major"));
    assertTrue(a.title().startsWith("Le chef d'état-major"));
    assertFalse(a.text().contains("KEYSTONE"));
    assertFalse(a.text().contains("Keystone-SDA"));
    assertTrue(a.text().contains("26 avril 2025"));
  }
}
