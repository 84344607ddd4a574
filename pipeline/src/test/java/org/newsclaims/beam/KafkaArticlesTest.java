package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;

/** The message checks of the Kafka source, without a broker (KafkaStreamingTest runs one). */
class KafkaArticlesTest {

  private static final StreamWindowing WINDOWING = StreamWindowing.of(28, 7, 7, Duration.standardSeconds(10));

  @Test
  void aUtf8RecordIsReadAsText() {
    KafkaArticles.Message m = KafkaArticles.decode("{\"title\":\"Crue à Liège\",\"maintext\":\"La Meuse déborde.\"}"
        .getBytes(StandardCharsets.UTF_8));
    assertNull(m.rejectReason());
    assertEquals("{\"title\":\"Crue à Liège\",\"maintext\":\"La Meuse déborde.\"}", m.text());
  }

  @Test
  void aLatin1RecordIsBinaryNotText() {
    KafkaArticles.Message m = KafkaArticles.decode("{\"title\":\"Crue à Liège\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("binary message (not UTF-8 text), not a JSON record", m.rejectReason());
  }

  @Test
  void nulBytesMakeABinaryMessage() {
    assertEquals("binary message (NUL bytes), not a JSON record",
        KafkaArticles.decode(new byte[] {'{', 0, '}'}).rejectReason());
  }

  @Test
  void anEmptyOrTombstoneMessageIsRejected() {
    assertEquals("empty message", KafkaArticles.decode(new byte[0]).rejectReason());
    assertEquals("empty message", KafkaArticles.decode(null).rejectReason());
  }

  @Test
  void aMessageOverOneMebibyteIsRejectedUnread() {
    byte[] big = new byte[(int) ReadArticles.MAX_ARTICLE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertEquals("message too large for one article (1048577 bytes, over 1048576)", KafkaArticles.decode(big).rejectReason());
  }

  @Test
  void optionsAreCheckedWithTheOptionNamed() {
    assertEquals("--kafkaBootstrap must be host:port (comma-separated for several), not localhost",
        assertThrows(IllegalArgumentException.class,
            () -> KafkaArticles.from("localhost", "articles", "g", WINDOWING)).getMessage());
    assertEquals("--kafkaTopic must be a Kafka topic name (letters, digits, '.', '_', '-'), not dépêches",
        assertThrows(IllegalArgumentException.class,
            () -> KafkaArticles.from("127.0.0.1:9092", "dépêches", "g", WINDOWING)).getMessage());
    KafkaArticles.from("k1:9092,k2:9092", "articles", "newsclaims", WINDOWING);
  }
}
