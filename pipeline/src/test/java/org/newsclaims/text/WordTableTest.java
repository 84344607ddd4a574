package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** One string per distinct word form of a text, whoever cuts the text into words. */
class WordTableTest {

  private static final String TEXT = "La Lune et la Terre ; la lune, l'Élysée";

  @Test
  void aRepeatedWordIsTheSameStringAtEveryOccurrence() {
    WordTable words = new WordTable(TEXT);
    int at = TEXT.indexOf(" la ") + 1;
    int again = TEXT.indexOf(" la ", at) + 1;
    int first = words.id(at, at + 2);
    int second = words.id(again, again + 2);
    assertEquals(first, second);
    assertSame(words.word(first), words.word(second));
    assertEquals("la", words.word(first));
    assertNotEquals(first, words.id(0, 2)); // "La" is written otherwise
    assertEquals("la", words.lower(words.id(0, 2)));
  }

  @Test
  void aSpanAskedForAgainGivesItsIdAndAnotherEndAnotherForm() {
    WordTable words = new WordTable(TEXT);
    int lune = words.id(3, 7);
    assertEquals(lune, words.id(3, 7));
    int lu = words.id(3, 5);
    assertEquals("Lu", words.word(lu));
    assertEquals(lune, words.id(3, 7));
  }

  @Test
  void foldsAsFoldingDoes() {
    WordTable words = new WordTable(TEXT);
    int elysee = words.id(TEXT.indexOf("Élysée"), TEXT.length());
    assertEquals("elysee", words.fold(elysee));
    assertEquals(Folding.fold("l'Élysée"), words.fold(words.id(TEXT.indexOf("l'"), TEXT.length())));
  }

  @Test
  void manyFormsAllKeepTheirIds() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      sb.append("mot").append(i).append(' ');
    }
    String text = sb.toString();
    WordTable words = new WordTable(text);
    int[] ids = new int[500];
    int at = 0;
    for (int i = 0; i < 500; i++) {
      int end = text.indexOf(' ', at);
      ids[i] = words.id(at, end);
      at = end + 1;
    }
    assertEquals(500, words.size());
    at = 0;
    WordTable again = new WordTable(text + text);
    for (int i = 0; i < 500; i++) {
      int end = text.indexOf(' ', at);
      assertEquals("mot" + i, words.word(ids[i]));
      assertEquals(again.id(at, end), again.id(text.length() + at, text.length() + end));
      at = end + 1;
    }
  }
}
