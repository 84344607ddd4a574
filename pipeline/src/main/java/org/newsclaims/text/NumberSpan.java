package org.newsclaims.text;

import java.util.List;

/**
 * A number found in text by {@link FrenchNumberFormat#scan}.
 *
 * <p>Example: in "une dizaine de soldats", {@code une dizaine} is a span of kind
 * {@link SpanKind#APPROX} with value 10, low 8 and high 12.
 *
 * @param fromToken first token index
 * @param toToken one past the last token index
 * @param start start offset in the text
 * @param end end offset (exclusive)
 * @param value the number (percent for fractions), null for vague amounts
 * @param low lower bound of what the words allow
 * @param high upper bound
 * @param kind how it reads
 * @param counted for "un X sur deux": the noun between, else null
 * @param multiplied true when a multiplier word (millions, milliards, mille) was read
 */
public record NumberSpan(int fromToken, int toToken, int start, int end, Double value,
    double low, double high, SpanKind kind, String counted, boolean multiplied) {

  /** The span over {@code tk[from, to)}. */
  static NumberSpan over(List<Token> tk, int from, int to, Double value, double low,
      double high, SpanKind kind, String counted, boolean multiplied) {
    return new NumberSpan(from, to, tk.get(from).start(), tk.get(to - 1).end(), value, low, high,
        kind, counted, multiplied);
  }
}
