package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers in words, through {@link FrenchNumberFormat#scan}. Each row: text | span text |
 * value (empty for vague amounts) | low | high | kind.
 */
class WordNumbersTest {

  private static final FrenchNumberFormat F = FrenchNumberFormat.fromResources();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "vingt-quatre soldats|vingt-quatre|24|24|24|EXACT",
      "quatre-vingt-six villages|quatre-vingt-six|86|86|86|EXACT",
      "soixante et onze blessés|soixante et onze|71|71|71|EXACT",
      "deux cents morts|deux cents|200|200|200|EXACT",
      "trois millions deux cent mille euros|trois millions deux cent mille|3200000|3200000|3200000|EXACT",
      "septante élèves|septante|70|70|70|EXACT",
      "deux virgule cinq points|deux virgule cinq|2.5|2.5|2.5|EXACT",
      "trois virgule zéro cinq|trois virgule zéro cinq|3.05|3.05|3.05|EXACT",
      "une dizaine de soldats|une dizaine|10|8|12|APPROX",
      "deux centaines de milliers de manifestants|deux centaines de milliers|200000|160000|240000|APPROX",
      "une demi-douzaine d'œufs|une demi-douzaine|6|4.8|7.2|APPROX",
      "un demi-million de visiteurs|un demi-million|500000|500000|500000|EXACT",
      "plusieurs centaines de personnes|plusieurs centaines||200|900|VAGUE",
      "des dizaines de milliers de réfugiés|des dizaines de milliers||20000|90000|VAGUE",
      "un million et demi d'habitants|un million et demi|1500000|1500000|1500000|EXACT",
      "une voiture|une|1|1|1|WEAK",
      "négatif cinq degrés|négatif cinq|-5|-5|-5|EXACT",
  })
  void readsNumbersInWords(String text, String span, Double value, double low, double high,
      SpanKind kind) {
    NumberSpan s = F.scan(text).get(0);
    assertEquals(span, text.substring(s.start(), s.end()));
    if (value == null) {
      assertNull(s.value());
    } else {
      assertEquals(value, s.value(), 1e-6);
    }
    assertEquals(low, s.low(), 1e-6);
    assertEquals(high, s.high(), 1e-6);
    assertEquals(kind, s.kind());
  }
}
