package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ordinals and the cardinal an ordinal word is made from. */
class FrenchOrdinalsTest {

  private static final FrenchNumberFormat F = FrenchNumberFormat.fromResources();
  private static final FrenchOrdinals ORDINALS = new FrenchOrdinals(NumberWords.fromResources());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "il finit 2e|2e|2",
      "le 1er mai|1er|1",
      "le 11ème jour|11ème|11",
      "le vingt-cinquième anniversaire|vingt-cinquième|25",
      "le cent vingt et unième jour|cent vingt et unième|121",
      "la deux centième édition|deux centième|200",
      "la première fois|première|1",
  })
  void readsTheRankOfOrdinals(String text, String span, double rank) {
    List<NumberSpan> found = F.scanOrdinals(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    NumberSpan s = found.get(0);
    assertEquals(span, text.substring(s.start(), s.end()));
    assertEquals(rank, s.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "cinquième|cinq",
      "cinquièmes|cinq",
      "neuvième|neuf",
      "unième|un",
      "millième|mille",
      "seconde|deux",
      "premières|premier",
      "tierce|trois",
      "quatrième|quatre",
      "onzième|onze",
      "manière|",
      "soldat|",
  })
  void findsTheCardinalOfAnOrdinalWord(String word, String cardinal) {
    assertEquals(cardinal == null || cardinal.isEmpty() ? null : cardinal, ORDINALS.stem(word));
  }
}
