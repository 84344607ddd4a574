package org.newsclaims.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Quote;
import org.newsclaims.model.QuoteBuilder;

class QuoteBlocksTest {

  private static Quote q(int article, String text) {
    return QuoteBuilder.quote(text).article("a" + article + ".txt").speaker("Le Maire").cue("a dit").build();
  }

  @Test
  void aFewQuotesAreAllComparedTogether() {
    List<Quote> quotes = List.of(q(1, "Nous baisserons les impôts"), q(2, "Nous augmenterons les impôts"));
    assertEquals(List.of(quotes), QuoteBlocks.of(quotes));
  }

  @Test
  void aSpeakerQuotedThousandsOfTimesIsComparedInBoundedBlocks() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      quotes.add(q(i, (i % 3 == 0 ? "Nous baisserons les impôts " : "Le budget sera voté ") + i));
    }
    List<List<Quote>> blocks = QuoteBlocks.of(quotes);
    assertEquals(2, blocks.size());
    assertEquals(QuoteBlocks.ALL_PAIRS_LIMIT, blocks.get(0).size());
    assertEquals("Le budget sera voté 1", blocks.get(0).get(0).text());
    assertEquals("Nous baisserons les impôts 0", blocks.get(1).get(0).text());
    assertTrue(blocks.stream().allMatch(b -> b.size() <= QuoteBlocks.ALL_PAIRS_LIMIT));
  }

  @Test
  void aQuoteAloneInItsBlockIsNotCompared() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < QuoteBlocks.ALL_PAIRS_LIMIT; i++) {
      quotes.add(q(i, "Nous tiendrons nos engagements " + i));
    }
    quotes.add(q(999, "Jamais je ne céderai"));
    List<List<Quote>> blocks = QuoteBlocks.of(quotes);
    assertEquals(1, blocks.size());
    assertEquals(QuoteBlocks.ALL_PAIRS_LIMIT, blocks.get(0).size());
  }

  @Test
  void blocksAreKeyedByTheFirstTwoWordsOfFourLettersOrMore() {
    assertEquals("nous baisserons ", QuoteBlocks.key("Nous baisserons les impôts"));
    assertEquals("budget sera ", QuoteBlocks.key("Le budget sera voté"));
    assertEquals("état payer ", QuoteBlocks.key("À l’État de payer"));
  }
}
