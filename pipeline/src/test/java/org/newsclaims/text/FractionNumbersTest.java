package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fractions, value in percent, through {@link FrenchNumberFormat#scan}. Each row: text | span
 * text | value | kind | counted noun (empty = none).
 */
class FractionNumbersTest {

  private static final FrenchNumberFormat F = FrenchNumberFormat.fromResources();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "la moitié du territoire|moitié|50|FRACTION|",
      "trois quarts des habitants|trois quarts|75|FRACTION|",
      "un tiers des voix|un tiers|33.33|FRACTION|",
      "trois cinquièmes des élèves|trois cinquièmes|60|FRACTION|",
      "un vingt-cinquième du budget|un vingt-cinquième|4|FRACTION|",
      "un soldat sur deux|un soldat sur deux|50|FRACTION|soldat",
      "un sur cent vingt et un|un sur cent vingt et un|0.83|FRACTION|",
      "½ litre|½|50|FRACTION|",
      "trois quarts de million|trois quarts de million|750000|EXACT|",
      "cinq et un quart|cinq et un quart|5.25|EXACT|",
      "2 1/4 heures|2 1/4|2.25|EXACT|",
  })
  void readsFractionsInPercent(String text, String span, double value, SpanKind kind,
      String counted) {
    NumberSpan s = F.scan(text).get(0);
    assertEquals(span, text.substring(s.start(), s.end()));
    assertEquals(value, s.value(), 0.01);
    assertEquals(kind, s.kind());
    assertEquals(counted == null || counted.isEmpty() ? null : counted, s.counted());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "une troisième semaine|une|WEAK",
      "un cinquième mandat|un|WEAK",
      "le troisième jour|le troisième jour|",
  })
  void readsOrdinalAdjectivesAsNoFraction(String text, String first, String kind) {
    var spans = F.scan(text);
    if (kind == null || kind.isEmpty()) {
      assertEquals(0, spans.size(), () -> text + " -> " + spans);
    } else {
      assertEquals(first, text.substring(spans.get(0).start(), spans.get(0).end()));
      assertEquals(SpanKind.valueOf(kind), spans.get(0).kind());
    }
  }
}
