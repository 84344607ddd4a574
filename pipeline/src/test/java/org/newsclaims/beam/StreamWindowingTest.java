package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

/** Event time from publication dates, the last window of a date, and when an article is too late. */
class StreamWindowingTest {

  private static final StreamWindowing DEFAULT = StreamWindowing.of(28, 7, 7, Duration.standardSeconds(10));

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void publicationDatesBecomeMidnightUtcOfTheirFirstDay() {
    assertEquals(at("2025-03-12T00:00:00Z"), StreamWindowing.eventTime("2025-03-12"));
    assertEquals(at("2025-04-01T00:00:00Z"), StreamWindowing.eventTime("2025-04"));
    assertEquals(at("2025-01-01T00:00:00Z"), StreamWindowing.eventTime("2025"));
  }

  @Test
  void missingOrMalformedDatesHaveNoEventTime() {
    assertNull(StreamWindowing.eventTime(null));
    assertNull(StreamWindowing.eventTime("2025-02-30"));
    assertNull(StreamWindowing.eventTime("mars 2025"));
  }

  @Test
  void theLastWindowOfADayStartsOnTheMondayOnOrBeforeIt() {
    // Wednesday 12 March 2025: the last window starts on Monday 10 March and lasts 28 days
    assertEquals(at("2025-04-07T00:00:00Z"), DEFAULT.lastWindowEnd(at("2025-03-12T00:00:00Z")));
    // a Monday opens its own window
    assertEquals(at("2025-04-07T00:00:00Z"), DEFAULT.lastWindowEnd(at("2025-03-10T00:00:00Z")));
    assertEquals(at("2025-04-07T00:00:00Z"), DEFAULT.lastWindowEnd(at("2025-03-16T23:59:59Z")));
  }

  @Test
  void anArticleIsTooLateOnlyOnceItsLastWindowIsClosedForGood() {
    Instant published = at("2025-03-12T00:00:00Z"); // last window ends 7 April, closed for good on 14 April
    assertFalse(DEFAULT.tooLate(published, at("2025-04-13T22:00:00Z")));
    assertTrue(DEFAULT.tooLate(published, at("2025-04-13T23:30:00Z")), "within the safety margin of an hour");
    assertTrue(DEFAULT.tooLate(published, at("2025-06-01T00:00:00Z")));
  }

  @Test
  void windowsShorterThanTheirStepAndNegativeLatenessAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> StreamWindowing.of(7, 14, 7, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> StreamWindowing.of(28, 0, 7, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> StreamWindowing.of(28, 7, -1, Duration.ZERO));
  }

  @Test
  void aDirectoryIsWatchedAsEveryFileInIt() {
    assertEquals("incoming/*", WatchArticles.pattern("incoming/"));
    assertEquals("incoming/*.txt", WatchArticles.pattern("incoming/*.txt"));
  }
}
