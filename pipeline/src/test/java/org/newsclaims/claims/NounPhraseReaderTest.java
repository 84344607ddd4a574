package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchNumberFormat;

/** The counted noun phrase. Each row: sentence | word the reader starts at | phrase (empty = none). */
class NounPhraseReaderTest {

  private static final NounPhraseReader NOUNS = NounPhraseReader.fromResources(
      FrenchNumberFormat.fromResources(), FrenchDates.fromResources(), UnitTable.fromResources());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "L'armée a capturé 430 soldats ukrainiens.|soldats|soldats ukrainiens",
      "Ils ont libéré 40 % de la zone précédemment occupée.|zone|zone précédemment occupée",
      "Ils ont capturé 430 soldats Ukrainiens.|soldats|soldats",
      "Le village a accueilli 35 réfugiés syriens blessés hier.|réfugiés|réfugiés syriens blessés",
      "La mairie a planté 150 arbres dans le parc.|arbres|arbres",
      "Le chantier durera 3 mois.|mois|",
      "Il est arrivé le 3 mars.|mars|",
      "Il viendra le 3 lundi prochain.|lundi|",
      "Ils étaient 20 de plus.|de|",
      "Ils étaient 20 mille.|mille|",
      "Quatre milliards devant leur télé.|devant|",
  })
  void readsAHeadNounAndUpToTwoAdjectives(String sentence, String head, String phrase) {
    ClaimSentence s = Sentences.of(sentence);
    assertEquals(Sentences.orNull(phrase),
        Sentences.text(s, NOUNS.at(s, Sentences.indexOf(s, head))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont repris 1100 km2 de territoire.|km2|territoire",
      "Ils tiennent 40 % de la zone.|%|zone",
      "Ils tiennent 40 % du territoire.|%|territoire",
      "Ils tiennent 40 % « de la ville ».|%|ville",
      "La baisse atteint 3 % cette année.|%|",
  })
  void readsTheNounPhraseOfAUnit(String sentence, String unit, String phrase) {
    ClaimSentence s = Sentences.of(sentence);
    assertEquals(Sentences.orNull(phrase),
        Sentences.text(s, NOUNS.after(s, Sentences.indexOf(s, unit) + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ils ont signé un cessez-le-feu de 30 jours.|30|cessez-le-feu",
      "Il a reçu une amende de 300 euros.|300|amende",
      "Il y a plus de 30 morts.|30|",
      "Le Tour de 300 km part demain.|300|",
      "Il en faut dix de 30 km.|30|",
  })
  void readsTheNounBeforeDe(String sentence, String number, String phrase) {
    ClaimSentence s = Sentences.of(sentence);
    assertEquals(Sentences.orNull(phrase),
        Sentences.text(s, NOUNS.beforeDe(s, Sentences.indexOf(s, number))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Il a gagné 12 points.|points|true",
      "Il a frappé à 3 reprises.|reprises|true",
      "L'équipe a marqué 3 buts.|buts|true",
      "Ils ont capturé 3 soldats.|soldats|false",
  })
  void knowsNounsThatAreNoCountedThing(String sentence, String head, boolean notCounted) {
    ClaimSentence s = Sentences.of(sentence);
    int[] phrase = NOUNS.at(s, Sentences.indexOf(s, head));
    assertEquals(notCounted, NOUNS.isNotCounted(s, phrase));
  }
}
