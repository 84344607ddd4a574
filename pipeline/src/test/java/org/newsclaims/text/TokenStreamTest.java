package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenStreamTest {

  private static final String TEXT = "M. Guérassimov l'a reçu à Kiev. Le général Guérassimov est reparti.";

  @Test
  void holdsTheTokenizersTokensAndTheSplittersSentences() {
    TokenStream stream = TokenStream.of(TEXT);
    assertEquals(FrenchTokenizer.tokenize(TEXT), stream.tokens());
    assertEquals(List.of(new Span(0, 31), new Span(32, 67)), stream.sentences());
    assertEquals("l'", stream.tokens().get(3).text());
  }

  @Test
  void foldsEachTokenAsFoldingDoes() {
    TokenStream stream = TokenStream.of(TEXT);
    for (int k = 0; k < stream.tokens().size(); k++) {
      assertEquals(Folding.fold(stream.tokens().get(k).text()), stream.fold(k));
    }
    assertEquals("guerassimov", stream.fold(2));
    assertEquals("general", stream.fold("général"));
  }

  @Test
  void foldsARepeatedWordOnce() {
    TokenStream stream = TokenStream.of(TEXT);
    assertSame(stream.fold(2), stream.fold(11));
    assertSame(stream.fold("Kiev"), stream.fold("Kiev".substring(0)));
  }

  @Test
  void readsNoTextAsEmpty() {
    TokenStream stream = TokenStream.of(null);
    assertEquals("", stream.text());
    assertEquals(List.of(), stream.tokens());
    assertEquals(List.of(), stream.sentences());
  }
}
