package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokens of French text. Each row: text | tokens joined by '/' | kinds (W word, D digits, P other). */
class FrenchTokenizerTest {

  private static String join(List<Token> tokens) {
    return tokens.stream().map(Token::text).collect(Collectors.joining("/"));
  }

  private static String kinds(List<Token> tokens) {
    return tokens.stream().map(t -> t.kind().name().substring(0, 1)).collect(Collectors.joining());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "d'un cessez-le-feu|d'/un/cessez-le-feu|WWW",
      "jusqu'à l'aube|jusqu'/à/l'/aube|WWWW",
      "aujourd'hui matin|aujourd'hui/matin|WW",
      "lorsqu'il viendra|lorsqu'/il/viendra|WWW",
      "l’armée|l/’/armée|WPW",
      "40 km² de forêt|40/km²/de/forêt|DWWW",
      "1.100 soldats|1/./100/soldats|DPDW",
      "1\u202f000 habitants|1/000/habitants|DDW",
      "Covid-19 et H5N1|Covid-19/et/H5N1|WWW",
      "« non », a-t-il dit|«/non/»/,/a-t-il/dit|PWPPWW",
      "Marie-Claire' dit|Marie-Claire/'/dit|WPW",
      "les -3 %|les/-/3/%|WPDP",
      "۳ soldats|۳/soldats|PW",
  })
  void splitsWordsDigitsAndPunctuationKeepingElisions(String text, String tokens, String kinds) {
    List<Token> t = FrenchTokenizer.tokenize(text);
    assertEquals(tokens, join(t));
    assertEquals(kinds, kinds(t));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Le Maire a dit|le/maire/a/dit",
      "L'ÉTAT|l'/état",
  })
  void givesTheLowerCaseForm(String text, String lower) {
    assertEquals(lower, FrenchTokenizer.tokenize(text).stream().map(Token::lower)
        .collect(Collectors.joining("/")));
  }

  @ParameterizedTest(name = "{0} [{1},{2})")
  @CsvSource(delimiter = '|', value = {
      "Il a 40 ans.|3|11|a/40/ans",
      "Il a 40 ans.|0|12|Il/a/40/ans/.",
  })
  void tokenisesARangeWithTheTextsOffsets(String text, int from, int to, String tokens) {
    List<Token> t = FrenchTokenizer.tokenize(text, from, to);
    assertEquals(tokens, join(t));
    assertEquals(text.indexOf(t.get(0).text(), from), t.get(0).start());
  }
}
