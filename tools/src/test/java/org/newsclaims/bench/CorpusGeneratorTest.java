package org.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;

class CorpusGeneratorTest {

  private static final CorpusGenerator GENERATOR = CorpusGenerator.fromResources();

  @Test
  void sameIndexGivesSameBytesInAnotherGenerator() {
    CorpusGenerator other = CorpusGenerator.fromResources();
    for (int i = 0; i < 40; i++) {
      assertArrayEquals(GENERATOR.file(i), other.file(i), "file " + i);
    }
  }

  @Test
  void badFilesAreEmptyOrBinaryAndTheDecoderRejectsThem() {
    assertEquals(0, GENERATOR.file(7).length);
    assertFalse(ArticleDecoder.decode("000007.txt", GENERATOR.file(7)).ok());
    assertFalse(ArticleDecoder.decode("000011.txt", GENERATOR.file(11)).ok());
  }

  @Test
  void latinOneFileDecodesToTheSameArticleAsUtf8() {
    byte[] latin = GENERATOR.file(5);
    String text = new String(latin, StandardCharsets.ISO_8859_1);
    ArticleDecoder.Decoded decoded = ArticleDecoder.decode("000005.txt", latin);
    assertTrue(decoded.ok(), decoded.rejectReason());
    assertEquals(text, decoded.text());
    assertTrue(ArticleParser.parse("000005.txt", decoded.text()) != null);
  }

  @Test
  void outletsSpellOnePlaceTwoWays() {
    // stories share a place; even and odd outlets take the two spellings of "Kour|Kur"-like stems
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      all.append(new String(GENERATOR.file(i), StandardCharsets.UTF_8));
    }
    String text = all.toString();
    assertTrue(text.contains(" Kour") && text.contains(" Kur"));
    assertTrue(text.contains("Lire aussi"));
    assertTrue(text.contains("», a-t-il "));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "21, vingt et un",
      "71, soixante et onze",
      "80, quatre-vingts",
      "99, quatre-vingt-dix-neuf",
      "200, deux cents",
      "280, deux cent quatre-vingts",
      "1000, mille",
      "2000, deux mille",
      "80000, quatre-vingt mille",
      "200300, deux cent mille trois cents",
  })
  void writesNumbersInFrenchWords(long n, String words) {
    assertEquals(words, FrenchNumbers.words(n));
  }
}
