package org.newsclaims.quotes;

import java.util.List;
import org.newsclaims.model.Quote;

/**
 * Two quotes of one speaker, from different articles, that render the same statement, and how
 * their wording differs.
 *
 * <p>Example: one outlet's « … manœuvrent vers des positions plus favorables » against
 * another's « positions moins chères » gives {@code leftPassage="positions plus favorables"},
 * {@code rightPassage="positions moins chères"}, {@code leftOnly=[plus, favorables]},
 * {@code rightOnly=[moins, chères]}.
 *
 * @param left the quote that came first in the compared list
 * @param right the other quote (from another article)
 * @param similarity 0..1, how much of the shorter rendering the longer one contains
 * @param leftPassage the stretch of {@code left} that corresponds to {@code right}
 * @param rightPassage the stretch of {@code right} that corresponds to {@code left}
 * @param leftOnly words of {@code leftPassage} with no counterpart in {@code rightPassage}
 * @param rightOnly words of {@code rightPassage} with no counterpart in {@code leftPassage}
 */
public record QuoteAlignment(
    Quote left,
    Quote right,
    double similarity,
    String leftPassage,
    String rightPassage,
    List<String> leftOnly,
    List<String> rightOnly) {

  public QuoteAlignment {
    leftOnly = List.copyOf(leftOnly);
    rightOnly = List.copyOf(rightOnly);
  }

  /** True when the two renderings use the same words (up to case, accents and punctuation). */
  public boolean sameWording() {
    return leftOnly.isEmpty() && rightOnly.isEmpty();
  }
}
