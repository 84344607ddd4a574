package org.newsclaims.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsclaims.model.Quote;

/**
 * Which of one speaker's quotes are aligned with each other. Aligning quotes is pairwise; a
 * speaker quoted thousands of times (a head of state over a year of news) would cost millions
 * of comparisons. Up to {@link #ALL_PAIRS_LIMIT} quotes are all compared together; above it,
 * quotes are split into blocks by their first two words of four letters or more (renderings of
 * one statement usually open alike), blocks of one quote are dropped and each block is capped at
 * the limit, so the cost stays bounded per speaker.
 *
 * <p>Example: 3 000 quotes opening "Nous baisserons les impôts …" or "Le budget sera voté …"
 * give two blocks ("nous baisserons", "budget sera"), each of at most 400 quotes.
 */
public final class QuoteBlocks {

  /** Above this many quotes of one speaker, quotes are only compared within blocks. */
  public static final int ALL_PAIRS_LIMIT = 400;

  private QuoteBlocks() {}

  /** The blocks of {@code quotes}, in the order of their keys; each block keeps the quotes' order. */
  public static List<List<Quote>> of(List<Quote> quotes) {
    if (quotes.size() <= ALL_PAIRS_LIMIT) {
      return List.of(quotes);
    }
    Map<String, List<Quote>> byKey = new TreeMap<>();
    for (Quote q : quotes) {
      byKey.computeIfAbsent(key(q.text()), k -> new ArrayList<>()).add(q);
    }
    List<List<Quote>> out = new ArrayList<>();
    for (List<Quote> block : byKey.values()) {
      if (block.size() > 1) {
        out.add(block.size() > ALL_PAIRS_LIMIT ? block.subList(0, ALL_PAIRS_LIMIT) : block);
      }
    }
    return out;
  }

  /** The first two words of four letters or more, lower case: "nous baisserons ". */
  static String key(String text) {
    StringBuilder key = new StringBuilder();
    int words = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4) {
        key.append(w).append(' ');
        if (++words == 2) {
          break;
        }
      }
    }
    return key.toString();
  }
}
