package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.text.FrenchDates.ResolvedDate;

class FrenchDatesTest {

  private static final FrenchDates D = FrenchDates.fromResources();

  private static List<ResolvedDate> resolve(String text, String published) {
    return D.resolve(D.find(text), published);
  }

  @Test
  void infersTheYearAfterTheLatestStatedMonth() {
    List<ResolvedDate> r = resolve("L'offensive a commencé début août 2024. Il est venu mardi 12 mars.", null);
    assertEquals(2, r.size());
    assertEquals("2024-08", r.get(0).iso());
    assertEquals("early", r.get(0).mention().modifier());
    assertEquals("2025-03-12", r.get(1).iso());
    assertEquals("mardi", r.get(1).mention().weekday());
  }

  @Test
  void usesTheArticleMaximumWhenTheYearComesLater() {
    List<ResolvedDate> r = resolve("Il est venu mardi 12 mars. L'offensive date d'août 2024.", null);
    assertEquals("2025-03-12", r.get(0).iso());
  }

  @Test
  void takesThePublicationYearAndStepsBackOverNewYear() {
    assertEquals("2025-03-12", resolve("le 12 mars", "2025-03-20").get(0).iso());
    assertEquals("2024-12-28", resolve("le 28 décembre", "2025-01-03").get(0).iso());
  }

  @Test
  void resolvesABareWeekdayOnOrBeforePublication() {
    assertEquals("2025-03-12", resolve("Il a parlé mercredi.", "2025-03-14").get(0).iso());
    assertEquals("2025-03-14", resolve("Il a parlé vendredi.", "2025-03-14").get(0).iso());
    assertNull(resolve("Il a parlé mercredi.", null).get(0).iso());
  }

  @Test
  void resolvesRelativeDates() {
    assertEquals("2024", resolve("l'année dernière", "2025-03-14").get(0).iso());
    assertEquals("2025-02", resolve("le mois dernier", "2025-03-14").get(0).iso());
    assertEquals("2025-03-13", resolve("hier", "2025-03-14").get(0).iso());
  }

  @Test
  void ignoresHabitsAndSevenAsAMonth() {
    assertEquals(0, resolve("Il vient chaque mardi.", null).size());
    assertEquals(0, resolve("depuis sept jours", null).size());
  }

  @Test
  void namesTheWeekdayOfADate() {
    assertEquals("mercredi", D.weekdayOf("2025-03-12"));
  }
}
