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
  void aRangeOfYearsGivesItsFirstYearAsAStartAndItsLastAsAnEnd() {
    List<ResolvedDate> r = resolve("Le couple a vécu à Dakar de 1992 à 1996, puis entre 1997 et 2001 à Lomé.", null);
    assertEquals(List.of("de 1992", "à 1996", "entre 1997", "et 2001"), r.stream().map(d -> d.mention().text()).toList());
    assertEquals(List.of("1992", "1996", "1997", "2001"), r.stream().map(ResolvedDate::iso).toList());
    assertEquals(FrenchDates.FROM, r.get(0).mention().modifier());
    assertEquals(FrenchDates.UNTIL, r.get(1).mention().modifier());
    assertEquals(FrenchDates.FROM, D.bound("entre 1997"));
    assertEquals(FrenchDates.UNTIL, D.bound("et 2001"));
    assertNull(D.bound("en 1997"));
  }

  @Test
  void aYearAfterAStartCueIsAStartAndAYearAfterDIciADate() {
    List<ResolvedDate> r = resolve("Le club recrute à partir de 2019. Chaque région aura son centre d'ici 2027.", null);
    assertEquals(List.of("à partir de 2019", "2027"), r.stream().map(d -> d.mention().text()).toList());
    assertEquals(FrenchDates.FROM, D.bound("à partir de 2019"));
  }

  @Test
  void aYearRightAfterANounIsTheYearOfThatNoun() {
    List<ResolvedDate> r = resolve("Le prix Nobel de la paix 1989, venu à Paris, a reçu le vainqueur du Tour 2007.", null);
    assertEquals(List.of("1989", "2007"), r.stream().map(ResolvedDate::iso).toList());
  }

  @Test
  void aYearAfterANounAndDeIsTheYearOfThatNounButNoRangeStart() {
    List<ResolvedDate> r = resolve("Le fichier repose sur une loi de 1991. La crise de 2008, elle, a tout changé.", null);
    assertEquals(List.of("1991", "2008"), r.stream().map(ResolvedDate::iso).toList());
    assertEquals(null, D.bound(r.get(0).mention().text()));
  }

  @Test
  void aYearAfterDeIsNoDateWhenANounFollowsOrARangeIsRead() {
    assertEquals(List.of(), resolve("Le groupe annonce une hausse de 2000 emplois.", null));
    List<ResolvedDate> r = resolve("Il a dirigé la région de 1985 à 1988.", null);
    assertEquals(List.of(FrenchDates.FROM, FrenchDates.UNTIL), r.stream().map(d -> d.mention().modifier()).toList());
  }

  @Test
  void aYearAfterANounIsNoDateWhenANounFollowsOrTheWordBeforeCountsNumbersOrDecades() {
    assertEquals(List.of(), resolve("La mission compte 1989 soldats.", null));
    assertEquals(List.of(), resolve("Le club a vendu 2100 billets contre 2000 l'an passé.", null)
        .stream().filter(d -> d.mention().year() != null).toList());
    assertEquals(List.of(), resolve("Selon l'article 1998 du règlement, le groupe est né dans les années 1960.", null));
    assertEquals(List.of(), resolve("Il affrontera Carlos Sastre (vainqueur 2008) dans les Alpes.", null));
  }

  @Test
  void aFigureBeforeACurrencyOrPercentSignIsNoYear() {
    assertEquals(List.of(), resolve("Je veux gagner 2000$ sur trois ans, soit une hausse 2000 % du capital.", null));
  }

  @Test
  void countsBetweenTwoFiguresThatCouldBeYearsAreNoRangeOfYears() {
    assertEquals(List.of(), resolve("Entre 1500 et 2000 manifestants ont défilé, de 1200 à 1800 selon la police.", null)
        .stream().filter(d -> d.mention().modifier() != null).toList());
    assertEquals(List.of(), resolve("Les loyers vont de 1200 à 1800 euros.", null));
    assertEquals(List.of(), resolve("Le billet coûte à partir de 1900 euros.", null));
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
