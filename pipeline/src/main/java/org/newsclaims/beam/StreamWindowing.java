package org.newsclaims.beam;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.beam.sdk.transforms.windowing.AfterProcessingTime;
import org.apache.beam.sdk.transforms.windowing.AfterWatermark;
import org.apache.beam.sdk.transforms.windowing.SlidingWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The event-time windows and triggers of streaming mode (docs/streaming.md).
 *
 * <p>Articles are windowed by publication date into sliding windows ({@code windowDays} long,
 * one starting every {@code everyDays}, on Mondays UTC when {@code everyDays} is a multiple of
 * 7), so that two articles published less than {@code windowDays - everyDays} apart always share
 * a window. Each window fires early panes at most {@code delay} after a new article, an on-time
 * pane when the watermark passes its end, and late panes (again at most {@code delay} after a
 * late article) until {@code latenessDays} after its end. Panes accumulate: every firing judges
 * all the window's articles so far, so the newest pane of a window supersedes the older ones.
 *
 * <pre>{@code
 * StreamWindowing w = StreamWindowing.of(28, 7, 7, Duration.standardSeconds(10));
 * claims.apply(w.<Claim>window());
 * }</pre>
 */
public final class StreamWindowing implements Serializable {

  /** 1970-01-01, the epoch, was a Thursday: four days later windows start on Mondays. */
  private static final long MONDAY_OFFSET_DAYS = 4;

  /**
   * An article is rejected as late when its last window closed more than the allowed lateness
   * plus this margin before it was read; the margin leaves the pipeline time to carry an accepted
   * article to the grouping before the watermark (the wall clock when watching files) makes Beam
   * drop it there.
   */
  static final Duration LATE_MARGIN = Duration.standardHours(1);

  private final long windowDays;
  private final long everyDays;
  private final long latenessDays;
  private final Duration delay;

  private StreamWindowing(long windowDays, long everyDays, long latenessDays, Duration delay) {
    this.windowDays = windowDays;
    this.everyDays = everyDays;
    this.latenessDays = latenessDays;
    this.delay = delay;
  }

  /** Validates and builds the windowing; {@code delay} is the longest wait before re-judging. */
  public static StreamWindowing of(int windowDays, int everyDays, int latenessDays, Duration delay) {
    if (everyDays < 1 || windowDays < everyDays) {
      throw new IllegalArgumentException("--windowDays (" + windowDays + ") must be at least --windowEveryDays ("
          + everyDays + "), which must be at least 1");
    }
    if (latenessDays < 0) {
      throw new IllegalArgumentException("--allowedLatenessDays must be 0 or more, not " + latenessDays);
    }
    if (delay.isShorterThan(Duration.ZERO)) {
      throw new IllegalArgumentException("the update delay must not be negative");
    }
    return new StreamWindowing(windowDays, everyDays, latenessDays, delay);
  }

  /** The windowing to apply to each collection that is grouped per window. */
  public <T> Window<T> window() {
    return Window.<T>into(SlidingWindows.of(Duration.standardDays(windowDays))
            .every(Duration.standardDays(everyDays))
            .withOffset(Duration.standardDays(MONDAY_OFFSET_DAYS % everyDays)))
        .triggering(AfterWatermark.pastEndOfWindow()
            .withEarlyFirings(AfterProcessingTime.pastFirstElementInPane().plusDelayOf(delay))
            .withLateFirings(AfterProcessingTime.pastFirstElementInPane().plusDelayOf(delay)))
        .withAllowedLateness(Duration.standardDays(latenessDays), Window.ClosingBehavior.FIRE_ALWAYS)
        .accumulatingFiredPanes();
  }

  /** The end (exclusive) of the last window an element at {@code t} falls in. */
  public Instant lastWindowEnd(Instant t) {
    long every = Duration.standardDays(everyDays).getMillis();
    long offset = Duration.standardDays(MONDAY_OFFSET_DAYS % everyDays).getMillis();
    long lastStart = t.getMillis() - Math.floorMod(t.getMillis() - offset, every);
    return new Instant(lastStart).plus(Duration.standardDays(windowDays));
  }

  /** True when every window of an article published at {@code t} is closed for good at {@code now}. */
  public boolean tooLate(Instant t, Instant now) {
    return lastWindowEnd(t).plus(Duration.standardDays(latenessDays)).isBefore(now.plus(LATE_MARGIN));
  }

  public long latenessDays() {
    return latenessDays;
  }

  /**
   * The event time of a publication date: midnight UTC of {@code 2025-03-12}, of the first day
   * of {@code 2025-04}, of 1 January for {@code 2025}; null when there is no (valid) date.
   */
  public static Instant eventTime(String published) {
    if (published == null) {
      return null;
    }
    try {
      LocalDate day = switch (published.length()) {
        case 10 -> LocalDate.parse(published);
        case 7 -> LocalDate.parse(published + "-01");
        case 4 -> LocalDate.parse(published + "-01-01");
        default -> null;
      };
      return day == null ? null : new Instant(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
