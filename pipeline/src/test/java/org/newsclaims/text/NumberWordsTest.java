package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number vocabulary and the arithmetic of word runs. */
class NumberWordsTest {

  private static final NumberWords WORDS = NumberWords.fromResources();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "cent vingt et un|121",
      "quatre vingt|80",
      "quatre-vingts|80",
      "quatre-vingt-dix-sept|97",
      "deux mille vingt-quatre|2024",
      "trois millions deux cent mille|3200000",
      "mille|1000",
      "soixante-et-onze|71",
  })
  void addsUpARunOfNumberWords(String words, double value) {
    assertEquals(OptionalDouble.of(value), WORDS.parseWords(words));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {"cent soldats", "douze 3", "''"})
  void readsNothingFromAnythingElse(String words) {
    assertEquals(OptionalDouble.empty(), WORDS.parseWords(words));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "vingt|true", "vingt-deux|true", "soixante-et-onze|true", "millions|true",
      "dizaine|false", "moitié|false", "soldat|false", "vingt-soldats|false",
  })
  void knowsCountingWordsFromApproximateNounsAndFractions(String word, boolean counting) {
    assertEquals(counting, WORDS.isNumberWord(word));
  }
}
