package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units after and currencies before a number. Each row: sentence | first word | expected. */
class UnitTableTest {

  private static final UnitTable UNITS = UnitTable.fromResources();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont parcouru 12 km à pied.|km|km|1|1",
      "La forêt couvre 40 kilomètres carrés.|kilomètres|km2|1|2",
      "Le projet coûte 1,5 Md€ à l'Etat.|md|currency:EUR|1000000000|2",
      "L'aide atteint 2 millions d'euros.|millions|currency:EUR|1000000|3",
      "Le chômage baisse de 3 pour cent.|pour|percent|1|2",
      "Le taux gagne 2 points de pourcentage.|points|percent|1|3",
      "Les flammes ont détruit 30 hectares.|hectares|hectare|1|1",
      "Le stock atteint 12 tonnes de blé.|tonnes|tonne|1|1",
      "Le match a duré 3 heures.|heures|hour|1|1",
      "Le prêt court sur 20 ans.|ans|year|1|1",
      "Le transfert vaut 40 livres sterling.|livres|currency:GBP|1|2",
  })
  void readsTheLongestUnitAfterANumber(String sentence, String word, String unit,
      double multiplier, int length) {
    ClaimSentence s = Sentences.of(sentence);
    UnitTable.Unit u = UNITS.at(s, Sentences.indexOf(s, word));
    assertEquals(unit, u.unit());
    assertEquals(multiplier, u.multiplier());
    assertEquals(length, u.tokens().length);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le village compte 12 maisons.|maisons",
      "Il a planté 150 arbres.|arbres",
  })
  void findsNoUnitBeforeACountedNoun(String sentence, String word) {
    ClaimSentence s = Sentences.of(sentence);
    assertNull(UNITS.at(s, Sentences.indexOf(s, word)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le contrat vaut $ 75 millions.|75|currency:USD",
      "Le billet coûte EUR 1000 en classe affaires.|1000|currency:EUR",
      "Le joueur touche £ 8 par mois.|8|currency:GBP",
      "Il reste 75 places.|75|",
  })
  void readsACurrencyWrittenBeforeTheNumber(String sentence, String number, String unit) {
    ClaimSentence s = Sentences.of(sentence);
    UnitTable.Unit u = UNITS.currencyBefore(s, Sentences.indexOf(s, number));
    assertEquals(Sentences.orNull(unit), u == null ? null : u.unit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "day|true", "week|true", "month|true", "year|true", "hour|true",
      "km|false", "percent|false", "currency:EUR|false",
  })
  void countsPeriodsInDaysWeeksMonthsYearsAndHours(String unit, boolean duration) {
    assertEquals(duration, UnitTable.isDuration(unit));
  }
}
