package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;

/**
 * Whose age a number of years is ({@link AgeReader}) and what a pronoun subject stands for
 * ({@link SubjectPronouns}), read through the extractor on short texts written for the tests.
 */
class PersonAgesTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.fromResources();

  private static List<Claim> numeric(String text) {
    Article a = new Article("t.txt", "", null, null, null, text);
    return EXTRACTOR.extract(a, List.of(), List.of()).stream()
        .filter(c -> !"date".equals(c.unit()) && !"time".equals(c.unit())).toList();
  }

  /** The one claim of the text in this unit. */
  private static Claim only(String text, String unit) {
    List<Claim> found = numeric(text).stream().filter(c -> unit.equals(c.unit())).toList();
    assertEquals(1, found.size(), () -> text + " -> " + numeric(text));
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "La mère de 34 ans a été entendue par les enquêteurs.|34|mère",
      "Depuis mardi, la mère de famille de 41 ans reste introuvable.|41|mère",
      "Le père de famille de 52 ans a été relâché dans la soirée.|52|père",
      "Les policiers ignorent si cette Tunisienne de 29 ans connaissait le passeur.|29|Tunisienne",
      "Le jeune comptable de 27 ans a été remis en liberté.|27|jeune comptable",
      "Le chauffeur, âgé de plus de 60 ans, a été entendu.|60|chauffeur",
      "La femme âgée de 38 ans a porté plainte.|38|femme",
  })
  void aPersonsNounBeforeDeGivesThatPersonsAge(String text, double age, String who) {
    Claim c = only(text, "age");
    assertEquals(age, c.value(), 1e-9);
    assertEquals(who, c.what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Une Tunisienne de 29 ans a été arrêtée à la frontière.",
      "Un homme d'une quarantaine d'années a été interpellé.",
  })
  void theAgeOfAnUnnamedPersonIsNoClaim(String text) {
    assertTrue(numeric(text).isEmpty(), () -> text + " -> " + numeric(text));
  }

  @Test
  void aRetirementOfSomeYearsIsNoRetireesAge() {
    Claim c = only("Le champion met fin à une retraite de trois ans.", "year");
    assertEquals(3, c.value(), 1e-9);
    assertEquals("retraite", c.what());
  }

  @Test
  void aFrontedAgeOfAPronounIsThatOfThePersonNamedJustBefore() {
    Claim c = only("Marie Dupont a été enlevée en 2003. Elle était alors candidate. "
        + "Aujourd'hui âgée de 52 ans, elle raconte sa captivité.", "age");
    assertEquals(52, c.value(), 1e-9);
    assertEquals("Marie Dupont", c.what());
  }

  @Test
  void aFrontedAgeOfAPronounWithNobodyNamedBeforeIsNoClaim() {
    List<Claim> found = numeric("Aujourd'hui âgée de 46 ans, elle est devenue un symbole.");
    assertTrue(found.stream().noneMatch(c -> "age".equals(c.unit())), found::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ingrid Dupont, la candidate écologiste, a été libérée mardi. Dans une vidéo, cette femme de 46 ans apparaissait amaigrie.|Ingrid Dupont",
      "M. Jean Martin a témoigné mardi. Dans une vidéo, cette femme de 46 ans apparaissait amaigrie.|femme",
      "Ingrid Dupont a été libérée mardi. Dans une vidéo, cette femme de 46 ans apparaissait amaigrie.|femme",
      "Dans une vidéo, cette femme de 46 ans apparaissait amaigrie.|femme",
  })
  void aDemonstrativeNounIsTheAgeOfThePersonKnownToBeOfItsGenderNamedJustBefore(String text, String who) {
    assertEquals(who, only(text, "age").what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le défilé a commencé à 20 heures. Il a duré deux heures.|hour|défilé",
      "Avec un tel budget, le concert ne pouvait que réussir. Pendant plus de deux heures, il a enchanté le public.|hour|concert",
      "La cérémonie s'est ouverte sous la pluie. Elle devrait durer trois heures.|hour|cérémonie",
      "Un concert d'une durée de 90 minutes clôt le festival.|minute|concert",
  })
  void aDurationTellsWhatLasts(String text, String unit, String what) {
    assertEquals(what, only(text, unit).what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le maire a été réélu dimanche. Pendant dix ans, il a dirigé la ville.|year",
      "Le défilé a commencé tôt. Pendant une heure, il a plu sur la place.|hour",
      "La cérémonie a commencé tôt. Pendant une heure, il a dansé.|hour",
  })
  void aPronounThatStandsForNoThingOfItsGenderNamesNothingThatLasts(String text, String unit) {
    assertNull(only(text, unit).what());
  }
}
