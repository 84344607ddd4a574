package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;

class JsonCoderTest {

  private static Claim claim() {
    return new Claim("a.txt", "plus de 3 000 réfugiés", 3000.0, null, null, "count", "more_than",
        "réfugiés", null, null, "ent-1", "Élise Côté", "la ministre", null, null,
        "« Plus de 3 000 réfugiés sont arrivés », a déclaré la ministre.", 2, 24, "2024-03-01");
  }

  private static Quote quote() {
    return new Quote("b.txt", "Nous ne céderons pas, même à l'été", "Élise Côté", "Mme Côté",
        "a affirmé", "cue", 0.875, false, true, "« Nous ne céderons pas » a affirmé Mme Côté.",
        10, 44, null, true);
  }

  private static Finding finding() {
    return new Finding("f-1", "ent-1", "Élise Côté", "count:réfugiés", "réfugiés", Finding.CONFLICT,
        List.of(Finding.Evidence.of(claim()),
            new Finding.Evidence("c.txt", "2 500 réfugiés", 2500.0, 2000.0, -0.0, "count", null,
                null, null, null, "Près de 2 500 réfugiés ; « œuvre » déjà vue.")),
        List.of(Finding.QuoteEvidence.of(quote())), null);
  }

  private static <T> T roundTrip(Coder<T> coder, T value) throws Exception {
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  @Test
  void recordsWithFrenchTextAndNullsRoundTripToEqualValues() throws Exception {
    assertEquals(claim(), roundTrip(JsonCoder.of(Claim.class), claim()));
    assertEquals(quote(), roundTrip(JsonCoder.of(Quote.class), quote()));
    assertEquals(finding(), roundTrip(JsonCoder.of(Finding.class), finding()));
    CoderProperties.coderDecodeEncodeEqual(JsonCoder.of(Finding.class), finding());
    CoderProperties.coderDecodeEncodeEqualInContext(
        JsonCoder.of(Claim.class), Coder.Context.OUTER, claim());
  }

  @Test
  void negativeZeroSurvivesTheRoundTrip() throws Exception {
    Finding back = roundTrip(JsonCoder.of(Finding.class), finding());
    assertEquals(Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(back.claims().get(1).high()));
  }

  @Test
  void equalValuesGiveEqualBytesAndDifferentValuesDifferentBytes() throws Exception {
    JsonCoder<Claim> coder = JsonCoder.of(Claim.class);
    coder.verifyDeterministic();
    CoderProperties.coderDeterministic(coder, claim(), claim());
    CoderProperties.coderDeterministic(JsonCoder.of(Finding.class), finding(), finding());
    assertArrayEquals(CoderUtils.encodeToByteArray(coder, claim()),
        CoderUtils.encodeToByteArray(coder, claim().withPublished("2024-03-01")));
    assertNotEquals(Arrays.toString(CoderUtils.encodeToByteArray(coder, claim())),
        Arrays.toString(CoderUtils.encodeToByteArray(coder, claim().withSpeaker("Jean Dupont"))));
  }

  @Test
  void valuesAreDelimitedInsideAStream() throws Exception {
    JsonCoder<Quote> coder = JsonCoder.of(Quote.class);
    Quote other = quote().withSpeaker(null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    coder.encode(quote(), out);
    coder.encode(other, out);
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());

    assertEquals(quote(), coder.decode(in));
    assertEquals(other, coder.decode(in));
    assertEquals(0, in.available());
  }

  @Test
  void aTruncatedValueIsAnError() throws Exception {
    byte[] bytes = CoderUtils.encodeToByteArray(JsonCoder.of(Claim.class), claim());
    ByteArrayInputStream in = new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 3));
    assertThrows(EOFException.class, () -> JsonCoder.of(Claim.class).decode(in));
  }

  @Test
  void coderSurvivesJavaSerialisationAndComparesByType() throws Exception {
    JsonCoder<Claim> coder = JsonCoder.of(Claim.class);
    coder.encode(claim(), new ByteArrayOutputStream()); // builds the cached writer first
    CoderProperties.coderSerializable(coder);
    JsonCoder<Claim> copy = SerializableUtils.clone(coder);
    assertEquals(coder, copy);
    assertEquals(coder.hashCode(), copy.hashCode());
    assertNotEquals(JsonCoder.of(Quote.class), coder);
    assertEquals(claim(), roundTrip(copy, claim()));
  }
}
