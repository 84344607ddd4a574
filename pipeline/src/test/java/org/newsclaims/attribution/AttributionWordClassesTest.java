package org.newsclaims.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The attributor's own word lists take the shared grammatical classes by reference. */
class AttributionWordClassesTest {

  private final SpeechLexicon lexicon = SpeechLexicon.get();

  @Test
  void aRoleOpensWithADefiniteArticle() {
    // "le président", "la ministre", "l'avocat", "les syndicats"
    assertEquals(Set.of("le", "la", "l'", "les"), lexicon.words("determiner"));
    assertEquals(Set.of("le", "la", "l'", "les"), PersonIndex.DETERMINERS);
  }

  @Test
  void noPersonNameFollowsAnArticleOrAContractedOne() {
    // "la Caisse d'Epargne", "du Snes-FSU", "aux Restos du cœur"
    assertEquals(Set.of("le", "la", "l'", "les", "du", "des", "au", "aux"),
        lexicon.words("article"));
  }

  @Test
  void theListsOfOneRuleKeepTheirOwnWordsBesideTheArticles() {
    // "selon la police", "selon un bilan", "selon plusieurs témoins"
    Set<String> sources = lexicon.words("source-opener");
    assertTrue(sources.containsAll(Set.of("le", "la", "l'", "les", "un", "plusieurs")));
    // "la note", "un écrit", "qu'écrit"
    assertTrue(lexicon.words("noun-marker").containsAll(Set.of("la", "l'", "un", "qu'")));
    // "Ligue des droits de l'Homme"
    assertTrue(lexicon.words("name-linker").containsAll(Set.of("de", "l'", "les", "et")));
    assertTrue(lexicon.words("subject-opener").containsAll(Set.of("les", "son")));
  }

  @Test
  void aCivilityGivesItsGenderInTitleCaseOrCapitals() {
    assertEquals("m", lexicon.honorificGender("M"));
    assertEquals("m", lexicon.honorificGender("MM"));
    assertEquals("f", lexicon.honorificGender("Mme"));
    assertEquals("f", lexicon.honorificGender("MLLE"));
    assertEquals("?", lexicon.honorificGender("Dr"));
    assertEquals("?", lexicon.honorificGender("Me"));
    assertEquals(null, lexicon.honorificGender("me")); // "il me dit"
    assertEquals(null, lexicon.honorificGender("MMe"));
    assertEquals(null, lexicon.honorificGender("Dupont"));
  }

  @Test
  void aSingularDefiniteArticleGivesTheGenderOfItsRole() {
    assertEquals("f", PersonIndex.articleGender("la")); // "la ministre"
    assertEquals("m", PersonIndex.articleGender("le")); // "le procureur"
    assertEquals(null, PersonIndex.articleGender("l'")); // "l'avocat(e)"
    assertEquals(null, PersonIndex.articleGender("les"));
    assertEquals(null, PersonIndex.articleGender("un"));
  }
}
