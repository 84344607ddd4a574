package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

  @Test
  void readsNarrowAndNoBreakSpacesAsPlainSpaces() {
    assertEquals("l'armée a repris 1 000 km²", TextNormaliser.normalise("l’armée a repris 1\u202F000\u00A0km²"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "l’Ukraine                 | l'Ukraine",
      "lʼarmée                   | l'armée",
      "« oui »                   | « oui »",
      "“non”                     | “non”",
      "\"peut-être\"             | \"peut-être\"",
      "1.100 km2                 | 1.100 km2",
  })
  void turnsApostrophesStraightButKeepsQuoteMarksAndNumbers(String raw, String expected) {
    assertEquals(expected, TextNormaliser.normalise(raw));
  }

  @Test
  void composesDecomposedAccents() {
    assertEquals("région", TextNormaliser.normalise("re\u0301gion"));
  }

  @Test
  void turnsCrlfAndLoneCrIntoLf() {
    assertEquals("Un\nDeux\nTrois", TextNormaliser.normalise("Un\r\nDeux\rTrois\r\n"));
  }

  @Test
  void collapsesSpacesAndBlankLinesAndTrimsLines() {
    assertEquals("Un deux\n\nTrois", TextNormaliser.normalise("  Un \t  deux  \n \n\n\n   Trois  \n\n"));
  }

  @Test
  void removesInvisibleCharacters() {
    assertEquals("Koursk est libéré", TextNormaliser.normalise("\uFEFFKou\u200Brsk est li\u00ADbéré\u0007"));
  }

  @Test
  void returnsAnEmptyStringForNullOrBlankInput() {
    assertEquals("", TextNormaliser.normalise(null));
    assertEquals("", TextNormaliser.normalise(" \u00A0\n\r\n "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "  Le prési\u0301dent\u00A0: « 1\u202F000 »\r\n\r\n\r\nFin ",
      "a \n b\n\n\n c",
      "\u00A0\u00A0x",
  })
  void isIdempotent(String raw) {
    String once = TextNormaliser.normalise(raw);
    assertEquals(once, TextNormaliser.normalise(once));
  }
}
