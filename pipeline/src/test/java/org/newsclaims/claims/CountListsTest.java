package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;

/**
 * Lists of figures whose later items leave out the counted noun ({@link NounPhraseReader#isListItem}),
 * read through the extractor on sentences written for the tests.
 */
class CountListsTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.fromResources();

  private static List<Claim> counts(String sentence) {
    Article a = new Article("t.txt", "", null, null, null, sentence);
    return EXTRACTOR.extract(a, List.of(), List.of()).stream().filter(c -> "count".equals(c.unit())).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "On comptait 5 000 manifestants à Paris, 3 000 à Lyon.|3000|manifestants",
      "Il y avait 80 000 spectateurs dans le stade, deux milliards devant leur écran.|2000000000|spectateurs",
      "Le cortège a réuni 12 000 personnes selon la police, contre 30 000 selon les syndicats.|30000|personnes",
      "Au total, 48 médailles d'or pour la Chine, 36 pour les Etats-Unis.|36|médailles",
  })
  void aBareNumberOfAListCountsTheNounOfTheCountBeforeIt(String sentence, double value, String what) {
    List<Claim> found = counts(sentence);
    assertEquals(2, found.size(), found::toString);
    assertEquals(value, found.get(1).value(), 1e-9);
    assertEquals(what, found.get(1).what());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ses quatre enfants, trois filles et un garçon de 5, 7, 9 et 12 ans, sont en vacances.",
      "Le bilan fait état de 30 morts, dont 12 à Paris.",
  })
  void aBareNumberAfterAnotherNumberOrDontTakesNoNoun(String sentence) {
    assertTrue(counts(sentence).stream().noneMatch(c -> c.value() != null && (c.value() == 7 || c.value() == 12)),
        () -> counts(sentence).toString());
  }
}
