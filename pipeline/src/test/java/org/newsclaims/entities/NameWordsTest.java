package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words the name rules read, their positions and the phrases built from them. */
class NameWordsTest {

  private static int indexOf(NameWords w, String word) {
    for (int k = 0; k < w.size(); k++) {
      if (w.get(k).text().equals(word)) {
        return k;
      }
    }
    throw new AssertionError("no word " + word);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "Selon Paris, la ville tient.|Selon|true",
      "Il a vu Paris hier.|Paris|false",
      "Il a dit : Paris tiendra.|Paris|true",
      "Il a dit « Paris tiendra ».|Paris|true",
      "La ville (Paris) tient.|Paris|true",
      "Il part. Demain il revient.|Demain|true",
      "Les Russes Avancent Encore Vers Koursk\\nLe front bouge.|Koursk|true",
      "Les Russes avancent vers Koursk.|Koursk|false",
  })
  void marksWeakPositionsWhereACapitalSaysNothing(String text, String word, boolean weak) {
    NameWords w = NameWords.of(text.replace("\\n", "\n"));
    assertEquals(weak, w.get(indexOf(w, word)).weak());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "le chef d’état-major Valéri|0|4|le chef d'etat-major",
      "la  Région   de Koursk|0|4|la region de koursk",
      "l'armée russe|0|3|l'armee russe",
      "Œuvre de Łódź|0|3|oeuvre de lodz",
  })
  void buildsFoldedPhrasesFromTheWords(String text, int from, int to, String phrase) {
    assertEquals(phrase, NameWords.of(text).phrase(from, to));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "le général Valéri Guérassimov|Valéri|1",
      "dans la région de Koursk|Koursk|1",
      "le président de Koursk|Koursk|-1",
      "au général, Valéri|Valéri|-1",
  })
  void findsTheLongestPhraseOfAListEndingBeforeAWord(String text, String word, int start) {
    NameWords w = NameWords.of(text);
    Set<String> list = Set.of("general", "region de", "la region de");
    Set<String> ends = Set.of("general", "de", "region de", "la region de");
    assertEquals(start, w.phraseBefore(indexOf(w, word), list, ends));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "M. Valéri Guérassimov|M Valéri Guérassimov",
      "J.-P. Dupont|J P Dupont",
      "Jean-Pierre von der Leyen|Jean-Pierre von der Leyen",
  })
  void splitsNamesIntoWordsKeepingInnerHyphens(String text, String words) {
    NameWords w = NameWords.of(text);
    assertEquals(words, w.toks.stream().map(NameWords.Tok::text).collect(Collectors.joining(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "M. Dupont|M|Dupont|true",
      "Dr. House|Dr|House|true",
      "Mgr. Lustiger|Mgr|Lustiger|true",
      "Paris. Lyon|Paris|Lyon|false",
      "Paris Lyon|Paris|Lyon|true",
  })
  void aCivilitysDotJoinsItToTheName(String text, String a, String b, boolean joined) {
    NameWords w = NameWords.of(text);
    assertEquals(joined, w.joined(w.get(indexOf(w, a)), w.get(indexOf(w, b))));
  }
}
