package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.NumberSpan;

/**
 * The claim read around the first number of a sentence. Each row: sentence | text | value |
 * low | high (empty = open) | unit | qualifier | what (empty = none).
 */
class AmountReaderTest {

  private static final AmountReader AMOUNTS;

  static {
    UnitTable units = UnitTable.fromResources();
    AMOUNTS = AmountReader.fromResources(units, QualifierTable.fromResources(),
        NounPhraseReader.fromResources(FrenchNumberFormat.fromResources(),
            FrenchDates.fromResources(), units));
  }

  private static ClaimReading first(ClaimSentence s) {
    List<NumberSpan> spans = Sentences.numbers(s);
    return AMOUNTS.read(s, spans.get(0), spans.size() > 1 ? spans.get(1) : null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont repris plus de 1.100 km2 de territoire.|plus de 1.100 km2|1100|1100||km2|more_than|territoire",
      "L'armée a capturé 430 soldats ukrainiens.|430|430|430|430|count|exact|soldats ukrainiens",
      "Le ticket coûte 15 euros 50.|15 euros 50|15.5|15.5|15.5|currency:EUR|exact|",
      "Le ticket coûte 15 dollars et 15 cents.|15 dollars et 15 cents|15.15|15.15|15.15|currency:USD|exact|",
      "Le billet coûte treize euros et quarante-cinq cents.|treize euros et quarante-cinq cents|13.45|13.45|13.45|currency:EUR|exact|",
      "Le billet coûte treize euros et quarante-cinq centimes.|treize euros et quarante-cinq centimes|13.45|13.45|13.45|currency:EUR|exact|",
      "Il a fait 42 degrés à Séville.|42 degrés|42|42|42|celsius|exact|",
      "Le thermomètre affiche 42 °C à Séville.|42 °C|42|42|42|celsius|exact|",
      "Il a attendu trois quarts d'heure.|trois quarts d'heure|0.75|0.75|0.75|hour|exact|",
      "Ils ont repris plus de la moitié de la ville.|plus de la moitié|50|50|100|percent|more_than|ville",
      "Il faudra 30 jours au moins.|30 jours au moins|30|30||day|at_least|",
      "Ils ont signé la trêve de 30 jours.|30 jours|30|30|30|day|exact|trêve",
      "Ils ont capturé 40 soldats au moins.|40|40|40||count|at_least|soldats",
      "Le contrat vaut $ 75 millions.|75 millions|75000000|75000000|75000000|currency:USD|exact|",
      "Le séjour dure plus d'une semaine.|plus d'une semaine|1|1||week|more_than|",
  })
  void readsUnitQualifierAndCountedNoun(String sentence, String text, Double value, double low,
      Double high, String unit, String qualifier, String what) {
    ClaimSentence s = Sentences.of(sentence);
    ClaimReading r = first(s);
    assertEquals(text, s.surface(r.from(), r.to()));
    assertEquals(value, r.value());
    assertEquals(low, r.low());
    assertEquals(high, r.high());
    assertEquals(unit, r.unit());
    assertEquals(qualifier, r.qualifier());
    assertEquals(Sentences.orNull(what), r.what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Il habite au numéro 12 de la rue.",
      "Le Top 10 des ventes est paru.",
      "Il est arrivé à 10 heures.",
      "Un homme âgé de 45 ans a été blessé.",
      "La mission Apollo 11 a décollé.",
      "Elle est née en 1987 à Lyon.",
      "Il est venu 3 fois.",
      "Une voiture a brûlé.",
      "Ils ont vu les Deux Alpes.",
  })
  void readsNoClaimFromYearsTimesAgesRanksAndNames(String sentence) {
    assertNull(first(Sentences.of(sentence)));
  }

  @Test
  void readsTheAgeOfANamedPersonAsAnAgeOfThatPerson() {
    ClaimReading r = first(Sentences.of("Pierre, 12 ans, a été retrouvé."));
    assertEquals("age", r.unit());
    assertEquals("Pierre", r.what());
    assertEquals(12.0, r.value(), 1e-9);
  }

  @ParameterizedTest(name = "{0} #{1}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont repris 40 villages, soit 300 km2.|0|false",
      "Ils ont repris 40 villages, soit 300 km2.|1|true",
      "Ils ont repris 300 km2, soit « 40 villages ».|1|true",
  })
  void marksAClaimAfterSoitAsARestatement(String sentence, int number, boolean restates) {
    ClaimSentence s = Sentences.of(sentence);
    List<NumberSpan> spans = Sentences.numbers(s);
    NumberSpan next = number + 1 < spans.size() ? spans.get(number + 1) : null;
    assertEquals(restates, AMOUNTS.read(s, spans.get(number), next).restates());
  }
}
