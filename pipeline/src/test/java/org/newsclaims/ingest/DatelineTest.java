package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsclaims.analysis.ArticleNormaliser;
import org.newsclaims.model.Article;

class DatelineTest {

  private static final DateHeader DATES = DateHeader.fromResources();

  @Test
  void readsAnAgencyDatelineWithoutAYearAsMonthAndDay() {
    String text = "PARIS, 12 mars (AFP) - Le gouvernement a présenté mercredi son plan.";
    DateHeader.Dateline d = DATES.readDateline(text);
    assertEquals(new DateHeader.Dateline("PARIS", "--03-12", 22), d);
    assertFalse(d.hasYear());
    assertEquals(" Le gouvernement", text.substring(d.end(), d.end() + 16));
  }

  @Test
  void readsADatelineWithLeAndAYear() {
    DateHeader.Dateline d = DATES.readDateline("Pékin, le 8 août 2008 - La cérémonie d'ouverture a commencé.");
    assertEquals("Pékin", d.place());
    assertEquals("2008-08-08", d.iso());
    assertTrue(d.hasYear());
  }

  @Test
  void readsAnAgencyBeforeTheDateAndALongDash() {
    DateHeader.Dateline d = DATES.readDateline("BRUXELLES (Belga), 3 février 2009 — Les syndicats ont manifesté.");
    assertEquals(new DateHeader.Dateline("BRUXELLES", "2009-02-03", 35), d);
    assertEquals("2008-05-01", DATES.readDateline("La Paz, 1er mai 2008 (Reuters) - Evo Morales a parlé.").iso());
  }

  @Test
  void aFullDateEndingWithAFullStopIsADatelineButADayAndMonthNeedADash() {
    assertEquals("2025-03-04", DATES.readDateline("Paris, le mardi 4 mars 2025. La maire a présenté son plan.").iso());
    assertNull(DATES.readDateline("Paris, le 4 mars. La maire a présenté son plan."));
  }

  @Test
  void aSentenceThatOpensWithAPlaceAndADateIsNotADateline() {
    assertNull(DATES.readDateline("Paris, le 12 mars 2008, a vu défiler des milliers de manifestants."));
    assertNull(DATES.readDateline("Vladimir Poutine, en tenue militaire, s'est rendu à Koursk le 12 mars."));
    assertNull(DATES.readDateline("Kaboul (AFP) - Trois soldats ont été tués."));
  }

  @Test
  void readsADeicticDateInTheLedeButNotADateFurtherOn() {
    DateHeader.Dateline lede = DATES.readLedeDate("Le président a rendu visite aux troupes ce mardi 12 mars dans la région.");
    assertEquals("--03-12", lede.iso());
    assertNull(lede.place());
    assertEquals("2025-04-26", DATES.readLedeDate("Moscou a annoncé ce samedi 26 avril 2025 la fin des combats.").iso());
    assertNull(DATES.readLedeDate("Le sommet s'est tenu le mardi 12 mars à Bruxelles."), "no «ce»: a date like any other");
    assertNull(DATES.readLedeDate("x".repeat(400) + " ce mardi 12 mars"), "past the lede");
  }

  @Test
  void anUndatedArticleIsDatedByItsDatelineNeverByADateInItsBody() {
    ArticleNormaliser normaliser = ArticleNormaliser.fromResources();
    Article datelined = normaliser.normalise(new Article("a", "JO", null, null, null,
        "Pékin, le 8 août 2008 - La cérémonie a rappelé celle de Séoul, le 17 septembre 1988."));
    assertEquals("2008-08-08", datelined.published());
    assertEquals("dateline", datelined.dateSource());
    Article body = normaliser.normalise(new Article("b", "JO", null, null, null,
        "La cérémonie du vendredi 8 août 2008 a rappelé celle de Séoul, le 17 septembre 1988."));
    assertNull(body.published(), "a date in the body is not the publication date");
    assertNull(body.dateSource());
  }

  @Test
  void aYearFromTheHeaderIsCompletedByTheDatelineAndAMonthByADayOfThatMonth() {
    ArticleNormaliser normaliser = ArticleNormaliser.fromResources();
    Article year = normaliser.normalise(new Article("a", "Grève", "2008", "header", null,
        "PARIS, 12 mars (AFP) - Les cheminots sont en grève depuis le 1er février 2008."));
    assertEquals("2008-03-12", year.published());
    assertEquals("header+dateline", year.dateSource());
    Article month = normaliser.normalise(new Article("b", "Koursk", "2025-04", "header", null,
        "Moscou a annoncé samedi 26 avril 2025 la reprise de la région, envahie en août 2024."));
    assertEquals("2025-04-26", month.published());
    assertEquals("header+text", month.dateSource());
  }
}
