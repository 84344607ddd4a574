package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Claim.Qualifiers;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.NumberSpan;

/** Two numbers read as one range. Each row: sentence | text | low | high | unit | what. */
class RangeReaderTest {

  private static final UnitTable UNITS = UnitTable.fromResources();
  private static final RangeReader RANGES = new RangeReader(UNITS, NounPhraseReader.fromResources(
      FrenchNumberFormat.fromResources(), FrenchDates.fromResources(), UNITS));

  private static ClaimReading firstRange(ClaimSentence s) {
    List<NumberSpan> spans = Sentences.numbers(s);
    return RANGES.read(s, spans.get(0), spans.size() > 1 ? spans.get(1) : null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Entre 20 et 30 morts ont été recensés.|Entre 20 et 30|20|30|count|morts",
      "Le taux passe de 5 à 7 %.|de 5 à 7 %|5|7|percent|",
      "Le chantier durera 2 ou 3 jours.|2 ou 3 jours|2|3|day|",
      "Entre 20 et 30 minutes se sont écoulées.|Entre 20 et 30 minutes|20|30|minute|",
      "Il y a eu de 10 à 15 blessés.|de 10 à 15|10|15|count|blessés",
      "La file s'étend de 30 à 10 km.|de 30 à 10 km|10|30|km|",
      "Ils ont repris de 2 à 3 km2 de territoire.|de 2 à 3 km2|2|3|km2|territoire",
      "Le projet coûtera entre 12 et 15 millions d'euros.|entre 12 et 15 millions d'euros|12000000|15000000|currency:EUR|",
      "L'usine a coûté entre 2 et 3 milliards de dollars.|entre 2 et 3 milliards de dollars|2000000000|3000000000|currency:USD|",
      "Le chantier coûtera entre 500 000 et 2 millions d'euros.|entre 500 000 et 2 millions d'euros|500000|2000000|currency:EUR|",
  })
  void readsTwoNumbersAsARange(String sentence, String text, double low, double high,
      String unit, String what) {
    ClaimSentence s = Sentences.of(sentence);
    ClaimReading r = firstRange(s);
    assertEquals(text, s.surface(r.from(), r.to()));
    assertNull(r.value());
    assertEquals(low, r.low());
    assertEquals(high, r.high());
    assertEquals(unit, r.unit());
    assertEquals(Qualifiers.RANGE, r.qualifier());
    assertEquals(Sentences.orNull(what), r.what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "De 2014 à 2022, la ville a grandi.",
      "Il a perdu de 15 % à 415 millions $.",
      "Il a vu 20 et 30 soldats.",
      "Il a recensé 2 ou 3 blessés.",
      "Il y a 20 soldats.",
  })
  void readsNoRangeWithoutALinkOrWithTwoUnits(String sentence) {
    assertNull(firstRange(Sentences.of(sentence)));
  }
}
