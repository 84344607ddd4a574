package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;

/**
 * What the sentence-wide readers give every claim: its frame ({@link FrameReader}), period
 * ({@link PeriodReader}) and date ({@link SentenceDates}), and the shares of
 * {@link TotalityReader}. Read through the extractor, on sentences written for the tests.
 */
class SentenceReadersTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.fromResources();

  private static List<Claim> numeric(String sentence, String published) {
    Article a = new Article("t.txt", "", published, null, null, sentence);
    return EXTRACTOR.extract(a, List.of(), List.of()).stream()
        .filter(c -> !"date".equals(c.unit())).toList();
  }

  private static Claim only(String sentence, String published) {
    List<Claim> found = numeric(sentence, published);
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Les troupes ont repris 40 villages.|retake",
      "Les troupes occupent 40 villages.|occupy",
      "L'armée a repris 300 km2 de terres occupées.|retake",
      "Les secours ont soigné 12 blessés.|wounded",
      "Le bombardement, hier soir, a touché 12 immeubles.|attack",
      "La ville a reçu 40 tonnes de farine.|",
      "L'entrevue entre les ministres a duré trois heures.|meeting",
  })
  void givesTheFrameNearestTheClaim(String sentence, String frame) {
    assertEquals(Sentences.orNull(frame), only(sentence, null).frame());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Au total, 40 villages ont été repris.|40|total",
      "En tout, 12 soldats ont été capturés.|12|total",
      "Au cours des cinq derniers jours, 40 villages ont été repris.|40|last:5:day",
      "Depuis trois semaines, 12 villages sont tombés.|12|last:3:week",
      "Depuis le 6 août, 40 villages ont été repris.|40|total",
      "Selon la banque, en un an, ses pertes ont atteint 40 millions d'euros.|40 millions d'euros|last:1:year",
      "En deux ans, la dette du club a atteint 40 millions d'euros.|40 millions d'euros|last:2:year",
      "Le club veut boucler le dossier en 48 heures, selon son président.|48 heures|",
      "Hier, 40 villages ont été repris.|40|",
  })
  void readsThePeriodOfTheSentence(String sentence, String text, String period) {
    Claim c = only(sentence, "2024-08-20");
    assertEquals(text, c.text());
    assertEquals(Sentences.orNull(period), c.period());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le 12 août, 40 villages ont été repris.|2024-08-12",
      "Depuis août, 40 villages ont été repris.|2024-08-20",
      "Dès mardi 6 août, 40 villages ont été repris.|2024-08-20",
      "Hier, 40 villages ont été repris.|2024-08-19",
      "Ils ont repris 40 villages.|2024-08-20",
  })
  void datesAClaimByItsSentenceButNotByAStart(String sentence, String date) {
    assertEquals(date, only(sentence, "2024-08-20").date());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Président depuis 1999, il a annoncé le 19 octobre une perte de 751 millions d'euros.|",
      "Le 19 octobre 2008, la banque a annoncé une perte de 751 millions d'euros.|2008-10-19",
  })
  void aDayWithoutItsYearDoesNotDateAClaimOfAnUndatedArticle(String sentence, String date) {
    assertEquals(Sentences.orNull(date), only(sentence, null).date());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le village a été entièrement libéré.|entièrement|100|100|total|village",
      "L'armée a repris la quasi-totalité de la région.|la quasi-totalité|90|100|about|région",
      "L'armée contrôle encore quelques poches de la région.|quelques poches|0|10|vague|poches",
  })
  void readsSharesStatedWithoutANumber(String sentence, String text, double low, double high,
      String qualifier, String what) {
    Claim c = only(sentence, null);
    assertEquals(text, c.text());
    assertEquals(low, c.low());
    assertEquals(high, c.high());
    assertEquals("percent", c.unit());
    assertEquals(qualifier, c.qualifier());
    assertEquals(what, c.what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Il espère que la région sera entièrement libérée.",
      "La ville n'a pas été entièrement évacuée.",
      "Il a complètement changé d'avis.",
      "Le dossier est entièrement repris par le juge.",
  })
  void readsNoShareAfterANegationOrAWishOrWithoutAnActionOnAPlace(String sentence) {
    assertTrue(numeric(sentence, null).isEmpty(), () -> sentence + " -> " + numeric(sentence, null));
  }
}
