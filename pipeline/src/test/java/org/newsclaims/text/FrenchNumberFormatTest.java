package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.SpanKind;

class FrenchNumberFormatTest {

  private static final FrenchNumberFormat F = FrenchNumberFormat.fromResources();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "1.100|1100", "1 000|1000", "1,5|1.5", "1 100,25|1100.25", "2,3 millions|2300000",
      "2.000.000|2000000", "-3|-3", "+12|12", "0,5|0.5", "12|12", "1.5|1.5",
      "vingt-quatre|24", "quatre-vingt-six|86", "soixante et onze|71", "deux cents|200",
      "mille|1000", "trois millions|3000000", "septante|70", "nonante|90", "huitante|80",
      "quatre-vingts|80", "quatre-vingt-dix-sept|97", "vingt et un|21", "cent|100",
      "deux mille vingt-cinq|2025", "mille deux cents|1200", "un million|1000000",
      "deux milliards|2000000000", "soixante-dix|70", "dix-huit|18",
  })
  void parsesDigitsAndWords(String text, double expected) {
    assertEquals(expected, F.parse(text).orElseThrow(), 1e-9, text);
  }

  @ParameterizedTest
  @CsvSource({"premier", "une première", "abc", "''", "12/03/2025"})
  void refusesWhatIsNoNumber(String text) {
    assertTrue(F.parse(text).isEmpty(), text);
  }

  @Test
  void scansEveryNumberOfASentence() {
    List<NumberSpan> spans = F.scan("Il a vu 430 soldats, vingt-quatre chars et 2,3 millions d'euros.");
    assertEquals(3, spans.size());
    assertEquals(430.0, spans.get(0).value());
    assertEquals(24.0, spans.get(1).value());
    assertEquals(2_300_000.0, spans.get(2).value());
    assertTrue(spans.get(2).multiplied());
  }

  @Test
  void readsApproximateAndVagueNouns() {
    NumberSpan dizaine = F.scan("une dizaine de blessés").get(0);
    assertEquals(SpanKind.APPROX, dizaine.kind());
    assertEquals(8.0, dizaine.low(), 1e-9);
    assertEquals(12.0, dizaine.high(), 1e-9);
    NumberSpan vague = F.scan("des dizaines de milliers de morts").get(0);
    assertEquals(SpanKind.VAGUE, vague.kind());
    assertEquals(20_000.0, vague.low(), 1e-9);
    assertEquals(90_000.0, vague.high(), 1e-9);
    NumberSpan afterDe = F.scan("la mort de dizaines de milliers de civils").get(0);
    assertEquals("dizaines de milliers",
        "la mort de dizaines de milliers de civils".substring(afterDe.start(), afterDe.end()));
  }

  @Test
  void readsFractionsInPercent() {
    assertEquals(75.0, F.scan("trois quarts des votants").get(0).value());
    assertEquals(50.0, F.scan("un électeur sur deux").get(0).value());
    assertEquals("électeur", F.scan("un électeur sur deux").get(0).counted());
    assertEquals(33.33, F.scan("un tiers").get(0).value());
  }

  @Test
  void skipsPhoneNumbersOrdinalsAndTimes() {
    assertTrue(F.scan("appelez le 01 23 45 67 89").isEmpty());
    assertTrue(F.scan("le 2e régiment").isEmpty());
    assertTrue(F.scan("à 14h30").isEmpty());
    assertEquals(SpanKind.WEAK, F.scan("une première").get(0).kind());
  }

  @Test
  void tokenisesElisionsHyphensAndSquares() {
    List<Token> t = FrenchTokenizer.tokenize("d'un cessez-le-feu de 40 km² aujourd'hui");
    assertEquals("d'", t.get(0).text());
    assertEquals("cessez-le-feu", t.get(2).text());
    assertEquals("km²", t.get(5).text());
    assertEquals("aujourd'hui", t.get(6).text());
    assertFalse(t.get(4).isWord());
  }
}
