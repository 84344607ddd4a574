package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers in digits, through {@link FrenchNumberFormat#scan}. Each row: text | span text |
 * value | kind.
 */
class DigitNumbersTest {

  private static final FrenchNumberFormat F = FrenchNumberFormat.fromResources();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ils ont repris 1.100 km2|1.100|1100|EXACT",
      "la ville compte 12 500 habitants|12 500|12500|EXACT",
      "le pays compte 2.000.000 habitants|2.000.000|2000000|EXACT",
      "le taux est de 1,5 %|1,5|1.5|EXACT",
      "le taux est de 1.5 %|1.5|1.5|EXACT",
      "il a coûté 1 100,25 euros|1 100,25|1100.25|EXACT",
      "la région compte 2,3 millions d'habitants|2,3 millions|2300000|EXACT",
      "le club compte 10k abonnés|10k|10000|EXACT",
      "il a vendu 2,33 k exemplaires|2,33 k|2330|EXACT",
      "il a mangé 3/4 du gâteau|3/4|75|FRACTION",
      "ils étaient 3 douzaines|3 douzaines|36|APPROX",
      "3 sur 10 ont voté|3 sur 10|30|FRACTION",
      "le solde baisse de -3 %|-3|-3|EXACT",
  })
  void readsDigitsInFrenchTypography(String text, String span, double value, SpanKind kind) {
    NumberSpan s = F.scan(text).get(0);
    assertEquals(span, text.substring(s.start(), s.end()));
    assertEquals(value, s.value(), 1e-9);
    assertEquals(kind, s.kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "le 12/03/2025 au matin",
      "le 12.03.2025 au matin",
      "appelez le 06 12 34 56 78",
      "il arrive à 14h30",
      "il arrive à 14h",
      "il finit 2e de la course",
      "il finit 1er de la course",
      "le colis 123456789 est parti",
      "le code 0042 est faux",
      "voir https://exemple.fr/2024/article-12",
  })
  void skipsDatesTimesPhonesOrdinalsAndIdentifiers(String text) {
    List<NumberSpan> spans = F.scan(text);
    assertTrue(spans.isEmpty(), () -> text + " -> " + spans);
  }
}
