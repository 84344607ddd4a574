package org.newsclaims.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.stories.StoryTexts.article;

import org.junit.jupiter.api.Test;

class StorySignaturesTest {

  private static ArticleSignature sign(String title, String text) {
    return StorySignatures.fromResources().of(article("x", null, null, title, text));
  }

  private static double weight(ArticleSignature s, String term) {
    int i = s.terms().indexOf(term);
    return i < 0 ? 0 : s.weights().get(i);
  }

  @Test
  void generalNewsWordsAreNotStoryTerms() {
    ArticleSignature s = sign("Le gouvernement et le président",
        "Le gouvernement a réuni mardi les ministres. Le président a parlé des inondations à Valence.");
    assertFalse(s.terms().contains("gouvernement"));
    assertFalse(s.terms().contains("president"));
    assertFalse(s.terms().contains("mardi"));
    assertTrue(s.terms().contains("inondation"));
    assertTrue(s.terms().contains("valence"));
  }

  @Test
  void aHeadlineWordWeighsMoreThanTheSameWordLateInTheBody() {
    StringBuilder filler = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      filler.append("Les pompiers arrosent la colline. ");
    }
    ArticleSignature inTitle = sign("Incendie à Martigues", filler.toString());
    ArticleSignature late = sign("Colline", filler + "Incendie à Martigues.");
    assertEquals(Math.log1p(3.0), weight(inTitle, "incendie"), 1e-3);
    assertEquals(Math.log1p(0.4), weight(late, "incendie"), 1e-3);
  }

  @Test
  void wordsWrittenWithACapitalInsideASentenceAreNames() {
    ArticleSignature s = sign("", "Selon Médecins sans frontières, les blessés affluent. Les médecins de Gaza "
        + "manquent de tout, a dit Christos Christou.");
    assertTrue(s.names().contains("Gaza"));
    assertTrue(s.names().contains("Christou"));
    assertFalse(s.names().contains("Selon"), "a capital opening a sentence says nothing");
    assertFalse(s.names().contains("Médecins"), "written in lower case as often as with a capital");
  }

  @Test
  void pluralsAndAccentsFoldToOneTerm() {
    assertEquals("otage", StoryLexicon.term("Otages"));
    assertEquals("pekin", StoryLexicon.term("Pékin"));
    assertEquals("paris", StoryLexicon.term("Paris"));
    assertEquals("prix", StoryLexicon.term("prix"));
  }
}
