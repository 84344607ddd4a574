package org.newsclaims.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeechLexiconFoldTest {

  @Test
  void foldsAccentsLigaturesAndApostrophes() {
    assertEquals("l'etat", SpeechLexicon.fold("L’État"));
    assertEquals("coeur", SpeechLexicon.fold("Cœur"));
    assertEquals("guerassimov", SpeechLexicon.fold("Guérassimov"));
    assertEquals("le president", SpeechLexicon.fold("le président"));
  }

  @Test
  void characterTableAgreesWithTheNormaliserOnEveryLatinPair() {
    for (char a = 0; a < 0x250; a++) {
      for (char b : new char[] {'a', 'É', 'é', 'œ', 'Æ', 'İ', ' ', '\'', '1', 'ǅ'}) {
        String s = "" + a + b;
        assertEquals(SpeechLexicon.foldSlowly(s), SpeechLexicon.fold(s), () -> "for U+" + Integer.toHexString(s.charAt(0)));
      }
    }
  }

  @Test
  void stringsBeyondTheTableTakeTheNormaliser() {
    assertEquals("l'a", SpeechLexicon.fold("l’a"));
    assertEquals("e", SpeechLexicon.fold("e\u0301"));
  }
}
