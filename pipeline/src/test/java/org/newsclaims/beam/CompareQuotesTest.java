package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Quote;

class CompareQuotesTest {

  private static Quote q(int article, String text) {
    return new Quote("a" + article + ".txt", text, "Le Maire", "Le Maire", "a dit", "explicit", 0.9, false, false,
        text, 0, text.length());
  }

  @Test
  void aFewQuotesAreAllComparedTogether() {
    List<Quote> quotes = List.of(q(1, "Nous baisserons les impôts"), q(2, "Nous augmenterons les impôts"));
    assertEquals(List.of(quotes), CompareQuotes.blocks(quotes));
  }

  @Test
  void aSpeakerQuotedThousandsOfTimesIsComparedInBoundedBlocks() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      quotes.add(q(i, (i % 3 == 0 ? "Nous baisserons les impôts " : "Le budget sera voté ") + i));
    }
    List<List<Quote>> blocks = CompareQuotes.blocks(quotes);
    assertEquals(2, blocks.size());
    assertTrue(blocks.stream().allMatch(b -> b.size() <= CompareQuotes.ALL_PAIRS_LIMIT));
  }
}
