package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void foldsAccentsLigaturesAndSpecialLetters() {
    assertEquals("valeri guerassimov", Folding.fold("Valéri  Guérassimov"));
    assertEquals("erdogan", Folding.fold("Erdoğan"));
    assertEquals("lodz", Folding.fold("Łódź"));
    assertEquals("oeuvre", Folding.fold("Œuvre"));
    assertEquals("l'etat-major", Folding.fold("l’État‑major"));
    assertEquals("strasse", Folding.fold("Straße"));
  }

  @Test
  void foldsElidedWordsAndKeepsSingleSpaces() {
    assertEquals("l'etat", Folding.fold("L’État"));
    assertEquals("coeur", Folding.fold("Cœur"));
    assertEquals("le president", Folding.fold("le président"));
    assertEquals("i", Folding.fold("İ"));
  }

  @Test
  void characterTableAgreesWithTheNormaliserOnEveryLatinPair() {
    // the table path folds character by character: it must equal the whole-string path on any
    // string of Latin characters, accents and ligatures included
    for (char a = 0; a < 0x250; a++) {
      for (char b : new char[] {'a', 'É', 'é', 'ß', 'Œ', 'ı', '`', '-', '1', 'Ą', 'ǅ'}) {
        String s = "" + a + b;
        assertEquals(Folding.foldSlowly(s), Folding.fold(s), () -> "for U+" + Integer.toHexString(s.charAt(0)));
      }
    }
  }

  @Test
  void stringsBeyondTheTableTakeTheNormaliser() {
    assertEquals(Folding.foldSlowly("Ἀθῆναι Σ"), Folding.fold("Ἀθῆναι Σ"));
    assertEquals("e", Folding.fold("e\u0301"));
    assertEquals("a b", Folding.fold(" a\u00a0 b "));
  }
}
