package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The closed word classes and the references between them, on samples written for the test. */
class WordClassesTest {

  @Test
  void theDefiniteArticlesAreListedOnce() {
    assertEquals(Set.of("le", "la", "l'", "les"), WordClasses.of("definite-article"));
    assertEquals(Set.of("le", "la", "l'"), WordClasses.of("definite-singular"));
  }

  @Test
  void aSharedClassTakesTheWordsOfTheClassItNames() {
    // "40 % de la zone", "30 % de ces communes": the articles come from definite-article
    Set<String> determiners = WordClasses.of("noun-determiner");
    assertTrue(determiners.containsAll(WordClasses.of("definite-article")));
    assertTrue(determiners.contains("ces"));
    assertFalse(determiners.contains("@definite-article"));
  }

  @Test
  void aPackageListNamesSharedClassesAndItsOwn() {
    Map<String, Set<String>> classes =
        WordClasses.read(WordClassesTest.class, "word-classes-sample.tsv");
    assertEquals(Set.of("le", "la", "l'", "les", "un", "une"), classes.get("opener"));
    assertEquals(Set.of("le", "la", "l'", "les", "un", "une", "de"), classes.get("linker"));
  }

  @Test
  void anUnknownOrCircularReferenceFailsAtLoading() {
    assertThrows(IllegalStateException.class,
        () -> WordClasses.read(WordClassesTest.class, "word-classes-unknown.tsv"));
    assertThrows(IllegalStateException.class,
        () -> WordClasses.read(WordClassesTest.class, "word-classes-cycle.tsv"));
  }

  @Test
  void anUnknownSharedClassFails() {
    assertThrows(IllegalArgumentException.class, () -> WordClasses.of("no-such-class"));
  }

  @Test
  void theCivilitiesAreAbbreviationsWhoseDotEndsNoSentence() {
    assertTrue(WordClasses.of("civility").containsAll(Set.of("m", "mme", "mlles", "dr", "mgr")));
    assertTrue(WordClasses.of("abbreviation").containsAll(WordClasses.of("civility")));
    assertEquals(Set.of("m", "mm", "mgr"), WordClasses.of("civility-masculine"));
  }

  @Test
  void thePrepositionsDeAndAComeWithTheirContractions() {
    assertEquals(Set.of("de", "d'", "du", "des"), WordClasses.of("de-forms"));
    assertEquals(Set.of("à", "au", "aux"), WordClasses.of("a-forms"));
    assertEquals(WordClasses.of("de-forms"), WordClasses.of("fraction-of")); // "un tiers des élèves"
  }
}
