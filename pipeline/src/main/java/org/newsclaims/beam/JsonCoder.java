package org.newsclaims.beam;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * Encodes a model record as Jackson's Smile form of its JSON (binary JSON: the same fields and
 * values as the output files, with back-referenced field names and raw numbers), preceded by its
 * length as a variable-length int.
 *
 * <p>Smile instead of JSON text because the coder runs on every element between pipeline steps
 * that are not fused (every Flink operator boundary and shuffle): writing and parsing JSON text
 * was ~30 % of the FlinkRunner's CPU (docs/benchmark.md). Explicit and stable across JVMs, unlike
 * Java serialisation; records keep their field order through {@code @JsonPropertyOrder} and Smile's
 * name back-references depend only on the names written, so equal values give equal bytes.
 * Each coder keeps a reader and a writer for its type (immutable and thread-safe).
 * Example: {@code JsonCoder.of(Claim.class)}.
 */
public final class JsonCoder<T> extends CustomCoder<T> {

  private static final ObjectMapper MAPPER =
      SmileMapper.builder()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .build();

  private final Class<T> type;
  // Built on first use after construction or deserialisation; benign race (immutable values).
  private transient volatile ObjectReader reader;
  private transient volatile ObjectWriter writer;

  private JsonCoder(Class<T> type) {
    this.type = type;
  }

  public static <T> JsonCoder<T> of(Class<T> type) {
    return new JsonCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    ObjectWriter w = writer;
    if (w == null) {
      w = MAPPER.writerFor(type);
      writer = w;
    }
    byte[] bytes = w.writeValueAsBytes(value);
    VarInt.encode(bytes.length, out);
    out.write(bytes);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    ObjectReader r = reader;
    if (r == null) {
      r = MAPPER.readerFor(type);
      reader = r;
    }
    int length = VarInt.decodeInt(in);
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException("expected " + length + " bytes of " + type.getSimpleName()
          + ", got " + bytes.length);
    }
    return r.readValue(bytes);
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
