package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.text.FrenchTokenizer;
import org.newsclaims.text.Token;

class PhraseIndexTest {

  private static final List<Token> TOKENS =
      FrenchTokenizer.tokenize("les troupes ont libéré plus de 40 km2 de la zone");

  @Test
  void theLowestListIndexThatMatchesWinsAsInAScanInListOrder() {
    PhraseIndex index = PhraseIndex.first(List.of(
        new String[] {"plus", "de"}, new String[] {"plus"}, new String[] {"plus", "de", "40"}), false);
    assertEquals(0, index.at(TOKENS, 4, 0, TOKENS.size()));
  }

  @Test
  void aPhraseMustEndInsideTheRange() {
    PhraseIndex index = PhraseIndex.first(List.of(new String[] {"plus", "de"}, new String[] {"plus"}), false);
    assertEquals(1, index.at(TOKENS, 4, 0, 5));
    assertEquals(-1, index.at(TOKENS, 4, 5, TOKENS.size()));
  }

  @Test
  void aTrailingStarMatchesAnyWordStartingWithTheRestOnlyWithWildcards() {
    List<String[]> cues = List.of(new String[] {"libér*"}, new String[] {"ont", "libér*"});
    assertEquals(0, PhraseIndex.first(cues, true).at(TOKENS, 3, 0, TOKENS.size()));
    assertEquals(1, PhraseIndex.first(cues, true).at(TOKENS, 2, 0, TOKENS.size()));
    assertEquals(-1, PhraseIndex.first(cues, false).at(TOKENS, 3, 0, TOKENS.size()));
  }

  @Test
  void phrasesEndingBeforeAPositionAreFoundByTheirLastWord() {
    PhraseIndex index = PhraseIndex.last(List.of(new String[] {"ont", "libéré", "plus", "de"},
        new String[] {"plus", "de"}, new String[] {"de"}));
    assertEquals(0, index.endingAt(TOKENS, 6, 0, TOKENS.size()));
    assertEquals(1, index.endingAt(TOKENS, 6, 3, TOKENS.size()));
    assertEquals(-1, index.endingAt(TOKENS, 5, 0, TOKENS.size()));
  }
}
