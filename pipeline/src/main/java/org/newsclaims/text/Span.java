package org.newsclaims.text;

/**
 * A half-open range {@code [start, end)} of a text.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Span(int start, int end) {

  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(int from, int to) {
    return from >= start && to <= end;
  }
}
