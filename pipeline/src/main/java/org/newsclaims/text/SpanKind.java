package org.newsclaims.text;

/** How a {@link NumberSpan} reads. */
public enum SpanKind {
  /** a stated number: 1.100, vingt-quatre, 2,3 millions */
  EXACT,
  /** an approximate noun with a count: une dizaine, deux centaines */
  APPROX,
  /** a vague amount: plusieurs centaines, des dizaines de milliers (value null) */
  VAGUE,
  /** a fraction, value in percent: la moitié, trois quarts, un sur deux */
  FRACTION,
  /** un/une alone: an article more often than a number */
  WEAK
}
