package org.newsclaims.ingest;

/**
 * Turns the bytes of an input file into text, or says why it cannot.
 *
 * <p>TODO(ingest helper): BOM handling, UTF-16, Windows-1252/Latin-1 detection, binary rejection.
 */
public final class ArticleDecoder {

  /**
   * The result of decoding: either {@code text} (with the charset used) or a {@code rejectReason}.
   */
  public record Decoded(String text, String charset, String rejectReason) {
    public boolean ok() {
      return rejectReason == null;
    }
  }

  private ArticleDecoder() {}

  public static Decoded decode(String name, byte[] bytes) {
    return new Decoded(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "UTF-8", null);
  }
}
