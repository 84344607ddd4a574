package org.newsclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsclaims.fuzz.AdversarialText;
import org.newsclaims.fuzz.Extraction;
import org.newsclaims.model.Article;

/**
 * Property-based tests: on hundreds of seeded adversarial strings, every stage from the decoder
 * to the claim extractor ends without an exception and keeps its invariants (offsets inside the
 * text, sentences in order, normalisation idempotent). The seeds are fixed: a failure names the
 * seed and case that reproduce it. Time limits are the fuzz targets' business (org.newsclaims.fuzz).
 */
class ExtractionPropertiesTest {

  private static final int CASES = 300;

  @Test
  void normaliserAndSplitterKeepTheirInvariantsOnAnyString() {
    Random random = new Random(20250301L);
    for (int i = 0; i < CASES; i++) {
      String s = AdversarialText.generate(random, 1 + random.nextInt(300));
      int n = i;
      assertDoesNotThrow(() -> Extraction.normaliseAndSplit(s), () -> "case " + n + ": " + preview(s));
    }
  }

  @Test
  void articleParsingAndExtractionNeverThrow() {
    Random random = new Random(20250302L);
    Extraction extraction = Extraction.get();
    for (int i = 0; i < CASES; i++) {
      String s = AdversarialText.generate(random, 1 + random.nextInt(300));
      int n = i;
      assertDoesNotThrow(() -> extraction.fromText(s), () -> "case " + n + ": " + preview(s));
    }
  }

  @Test
  void extractorsNeverThrowOnRawUnnormalisedText() {
    Random random = new Random(20250303L);
    Extraction extraction = Extraction.get();
    for (int i = 0; i < CASES; i++) {
      String s = AdversarialText.generate(random, 1 + random.nextInt(300));
      int n = i;
      assertDoesNotThrow(() -> extraction.extract(new Article("p.txt", "", null, null, null, s)),
          () -> "case " + n + ": " + preview(s));
    }
  }

  @Test
  void decodingAnyBytesNeverThrows() {
    Random random = new Random(20250304L);
    Extraction extraction = Extraction.get();
    for (int i = 0; i < CASES; i++) {
      byte[] bytes;
      if (random.nextBoolean()) {
        bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
      } else {
        String s = AdversarialText.generate(random, 1 + random.nextInt(200));
        bytes = s.getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
      }
      int n = i;
      assertDoesNotThrow(() -> extraction.fromBytes(bytes), () -> "case " + n);
    }
  }

  private static String preview(String s) {
    String p = s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    StringBuilder b = new StringBuilder();
    p.codePoints().forEach(c -> b.append(c < 0x20 || c >= 0x7F && c < 0xA0 || c >= 0xD800 && c < 0xE000
        ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
    return b.toString();
  }
}
