package org.newsclaims.beam;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Encodes a model record as its JSON bytes (the same form as the output files).
 *
 * <p>Explicit and stable across JVMs, unlike Java serialisation; records keep their field
 * order through {@code @JsonPropertyOrder}, so the encoding is deterministic.
 * Example: {@code JsonCoder.of(Claim.class)}.
 */
public final class JsonCoder<T> extends CustomCoder<T> {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final ByteArrayCoder BYTES = ByteArrayCoder.of();

  private final Class<T> type;

  private JsonCoder(Class<T> type) {
    this.type = type;
  }

  public static <T> JsonCoder<T> of(Class<T> type) {
    return new JsonCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    BYTES.encode(MAPPER.writeValueAsBytes(value), out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    return MAPPER.readValue(BYTES.decode(in), type);
  }

  @Override
  public void verifyDeterministic() {
    // Records serialise their components in a fixed order: equal values give equal bytes.
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonCoder<?> o && o.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }
}
