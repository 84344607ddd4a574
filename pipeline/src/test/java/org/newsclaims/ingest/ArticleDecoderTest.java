package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleDecoderTest {

  private static final String FRENCH = "L'armée a repris la région à l'été, « près de 1 000 km² ».";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsPlainUtf8() {
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
    assertTrue(d.ok());
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        FRENCH.getBytes(StandardCharsets.UTF_8));
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", bytes);
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-8 (BOM)", d.charset());
  }

  @Test
  void readsUtf16LittleEndianWithBom() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", bytes);
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-16LE (BOM)", d.charset());
  }

  @Test
  void readsUtf16BigEndianWithBom() {
    byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE));
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", bytes);
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-16BE (BOM)", d.charset());
  }

  @Test
  void readsUtf16WithoutBomFromItsZeroBytes() {
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", FRENCH.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-16LE (no BOM)", d.charset());
  }

  @Test
  void detectsWindows1252FrenchText() {
    String text = "Le président a dû répondre : « c’est l’été » – 5 €.";
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", text.getBytes(Charset.forName("windows-1252")));
    assertTrue(d.ok());
    assertEquals(text, d.text());
    assertEquals("windows-1252", d.charset());
  }

  @Test
  void detectsLatin1FrenchText() {
    String text = "Les élèves de la région ont été reçus à la préfecture.";
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", text.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(text, d.text());
    assertEquals("ISO-8859-1", d.charset());
  }

  @Test
  void repairsDoubleEncodedUtf8() {
    String mojibake = new String(FRENCH.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", mojibake.getBytes(StandardCharsets.UTF_8));
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-8 (double-encoded, repaired)", d.charset());
  }

  @Test
  void keepsGenuineAccentsBeforeNoBreakSpaceAndQuote() {
    // "é" + NBSP + "»" is valid UTF-8 when read as bytes, but it is not mojibake
    String text = "Il a été « débranché\u00A0» et « engagé\u00A0» hier.";
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void mapsC1ControlsBackToWindows1252() {
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.txt",
        "l\u0092armée coûte 5 \u0080".getBytes(StandardCharsets.UTF_8));
    assertEquals("l’armée coûte 5 €", d.text());
  }

  @ParameterizedTest
  @CsvSource({
      "'',                 empty file",
      "'   \n\t \r\n  ',   whitespace-only file",
      "'%PDF-1.7 abc',     binary file (PDF)",
      "'GIF89a....',       binary file (GIF)",
  })
  void rejectsEmptyAndBinaryText(String content, String reason) {
    ArticleDecoder.Decoded d = ArticleDecoder.decode("x", content.getBytes(StandardCharsets.ISO_8859_1));
    assertFalse(d.ok());
    assertNull(d.text());
    assertEquals(reason, d.rejectReason());
  }

  @ParameterizedTest
  @CsvSource({
      "89 50 4E 47 0D 0A 1A 0A 00 00, binary file (PNG)",
      "50 4B 03 04 14 00 00 00 08 00, binary file (ZIP)",
      "FF D8 FF E0 00 10 4A 46 49 46, binary file (JPEG)",
      "4C 65 20 00 74 65 78 74 65 00, binary file (NUL bytes)",
      "FF FE,                         whitespace-only file",
  })
  void rejectsBinaryMagicNumbers(String hex, String reason) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    assertEquals(reason, ArticleDecoder.decode("x", bytes).rejectReason());
  }

  @Test
  void rejectsBytesThatAreNeitherUtf8NorFrench() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + (i * 7) % 0x7F);
    }
    ArticleDecoder.Decoded d = ArticleDecoder.decode("x", bytes);
    assertFalse(d.ok());
    assertTrue(d.rejectReason().startsWith("undecodable text"), d.rejectReason());
  }

  @Test
  void leavesHtmlPagesAsMarkupForTheExtractor() {
    String html = "<!DOCTYPE html><html><head><title>T</title></head><body>"
        + "<nav>Accueil</nav><h1>Le titre</h1><p>Un&nbsp;texte &amp; une suite.</p></body></html>";
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(html, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void readsTheCharsetAPageDeclaresInItsMetaTag() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
        + "</head><body><p>Le prix de l'\u20ac a baissé.</p></body></html>";
    byte[] bytes = html.getBytes(java.nio.charset.Charset.forName("ISO-8859-15"));
    assertEquals("iso-8859-15", ArticleDecoder.declaredHtmlCharset(bytes));
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.html", bytes, "iso-8859-15");
    assertEquals(html, d.text()); // 0xA4 is the euro sign in ISO-8859-15, not ¤ as in Latin-1
    assertEquals("ISO-8859-15 (declared)", d.charset());
  }

  @Test
  void detectsTheCharsetWhenThePageDeclaresAWrongOne() {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>L'été « chaud ».</p></body></html>";
    // the UTF-8 bytes read as the declared Windows-1252 give "L'Ã©tÃ© Â« chaud Â»": repaired
    ArticleDecoder.Decoded d = ArticleDecoder.decode("a.html", html.getBytes(StandardCharsets.UTF_8), "windows-1252");
    assertEquals(html, d.text());
    assertEquals("windows-1252 (declared) (double-encoded, repaired)", d.charset());
  }
}
