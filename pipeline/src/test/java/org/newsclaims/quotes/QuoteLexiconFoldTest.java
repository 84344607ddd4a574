package org.newsclaims.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteLexiconFoldTest {

  @Test
  void foldsAccentsLigaturesAndApostrophes() {
    assertEquals("l'etat", QuoteLexicon.fold("L’État"));
    assertEquals("coeur", QuoteLexicon.fold("Cœur"));
    assertEquals("guerassimov", QuoteLexicon.fold("Guérassimov"));
    assertEquals("le president", QuoteLexicon.fold("le président"));
  }

  @Test
  void characterTableAgreesWithTheNormaliserOnEveryLatinPair() {
    for (char a = 0; a < 0x250; a++) {
      for (char b : new char[] {'a', 'É', 'é', 'œ', 'Æ', 'İ', ' ', '\'', '1', 'ǅ'}) {
        String s = "" + a + b;
        assertEquals(QuoteLexicon.foldSlowly(s), QuoteLexicon.fold(s), () -> "for U+" + Integer.toHexString(s.charAt(0)));
      }
    }
  }

  @Test
  void stringsBeyondTheTableTakeTheNormaliser() {
    assertEquals("l'a", QuoteLexicon.fold("l’a"));
    assertEquals("e", QuoteLexicon.fold("e\u0301"));
  }
}
