package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Qualifier phrases before a number and after its unit. Each row: sentence | the word the
 * phrase touches | qualifier | low factor | high factor (empty = unbounded) | phrase length.
 */
class QualifierTableTest {

  private static final QualifierTable QUALIFIERS = QualifierTable.fromResources();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont repris plus de 500 villages.|500|more_than|1||2",
      "Il reste un peu moins de 40 soldats.|40|less_than|0|1|4",
      "On compte environ 300 blessés.|300|about|0.9|1.1|1",
      "Le bilan atteint près de 90 morts.|90|about|0.9|1|2",
      "Il a versé jusqu'à 200 euros.|200|at_most|0|1|2",
      "Le seuil est supérieur ou égal à 30 voix.|30|at_least|1||4",
      "Ils étaient au nombre de 12 candidats.|12|exact|1|1|3",
      "La facture dépasse déjà les 17 milliards d'euros.|17|more_than|1||3",
  })
  void readsTheLongestQualifierEndingBeforeTheNumber(String sentence, String number,
      String qualifier, double low, Double high, int length) {
    ClaimSentence s = Sentences.of(sentence);
    QualifierTable.Qualifier q = QUALIFIERS.before(s, Sentences.indexOf(s, number));
    assertEquals(qualifier, q.qualifier());
    assertEquals(low, q.lowFactor());
    assertEquals(high, q.highFactor());
    assertEquals(length, q.tokens().length);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Il faudra 30 jours au moins.|au|at_least|1|",
      "Ils seront 50 ou plus.|ou|at_least|1|",
      "Ils seront 50 ou moins.|ou|at_most|0|1",
      "Le trajet prend 2 heures à peu près.|à|about|0.9|1.1",
  })
  void readsTheQualifierStartingAfterTheUnit(String sentence, String word, String qualifier,
      double low, Double high) {
    ClaimSentence s = Sentences.of(sentence);
    QualifierTable.Qualifier q = QUALIFIERS.after(s, Sentences.indexOf(s, word));
    assertEquals(qualifier, q.qualifier());
    assertEquals(low, q.lowFactor());
    assertEquals(high, q.highFactor());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le mur mesure 40 mètres.|40",
      "Ils ont capturé les 40 soldats.|40",
  })
  void findsNoQualifierBeforeAPlainNumber(String sentence, String number) {
    ClaimSentence s = Sentences.of(sentence);
    assertNull(QUALIFIERS.before(s, Sentences.indexOf(s, number)));
  }
}
