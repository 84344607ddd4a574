package org.newsclaims.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes model records as single-line JSON, the format of every {@code .jsonl} output.
 *
 * <p>Field order is the order the records declare ({@code @JsonPropertyOrder}); nulls are kept so
 * that every line of a file has the same fields. Example: {@code JsonLines.toLine(claim)}.
 */
public final class JsonLines {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private JsonLines() {}

  public static String toLine(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public static <T> T fromLine(String line, Class<T> type) {
    try {
      return MAPPER.readValue(line, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + " line: " + e.getOriginalMessage(), e);
    }
  }

  /** Pretty JSON, for {@code summary.json}. */
  public static String toPrettyJson(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
