package org.newsclaims.beam;

import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.windowing.IntervalWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Finding;

/**
 * Streaming judging under a controlled clock: two outlets give the same toll of a flood, the
 * watermark passes the window's end, then a late article (within the allowed lateness) gives
 * another toll for the same day and the window's late pane turns the verdict into a conflict.
 * Windows: 28 days every 7 (from Mondays), allowed lateness 7 days, re-judged 10 s after new data.
 */
class JudgeWindowsTest {

  private static final StreamWindowing WINDOWING = StreamWindowing.of(28, 7, 7, Duration.standardSeconds(10));

  private static Article article(String name, String title, String text) {
    return new Article(name, title, "2024-06-04", "header", null, text);
  }

  private static final Article FIRST = article("crue-1.txt", "Crue à Montbrison",
      "À Montbrison, la crue a fait deux morts dans la nuit de lundi à mardi, selon la préfecture.");
  private static final Article SECOND = article("crue-2.txt", "Montbrison sous les eaux",
      "À Montbrison, les inondations ont fait deux morts, a indiqué la mairie.");
  private static final Article LATE = article("crue-3.txt", "Montbrison : le bilan de la crue",
      "À Montbrison, les inondations ont fait quatre morts, selon un nouveau bilan de la préfecture.");

  private static Instant day(String date) {
    return StreamWindowing.eventTime(date);
  }

  /** "timing index [last]: verdict of the toll". */
  private static String describe(JudgeWindows.Pane pane) {
    String verdict = pane.findings().stream()
        .filter(f -> f.property().equals("deaths:count"))
        .map(Finding::verdict).findFirst().orElse("none");
    return pane.timing() + " " + pane.index() + (pane.last() ? " last" : "") + ": " + verdict;
  }

  @Test
  void aLateArticleWithinTheAllowedLatenessTurnsAnAgreementIntoAConflictInALatePane() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    Instant published = day("2024-06-04");
    TestStream<Article> articles = TestStream.create(JsonCoder.of(Article.class))
        .advanceWatermarkTo(published)
        .addElements(TimestampedValue.of(FIRST, published), TimestampedValue.of(SECOND, published))
        .advanceProcessingTime(Duration.standardMinutes(1))   // early firing: two outlets agree
        .advanceWatermarkTo(day("2024-07-02"))                  // every window of 4 June has ended
        .addElements(TimestampedValue.of(LATE, published))    // one day after the last window's end
        .advanceProcessingTime(Duration.standardMinutes(1))   // late firing
        .advanceWatermarkToInfinity();

    PCollection<String> panes = p.apply(articles)
        .apply(JudgeWindows.with(WINDOWING)).get(JudgeWindows.PANES)
        .apply(MapElements.into(TypeDescriptors.strings()).via(JudgeWindowsTest::describe));

    // the last window holding 4 June, Monday 3 June to Monday 1 July: still open for 7 days
    IntervalWindow last = new IntervalWindow(day("2024-06-03"), day("2024-07-01"));
    PAssert.that(panes).inEarlyPane(last).containsInAnyOrder("early 0: agree");
    PAssert.that(panes).inOnTimePane(last).containsInAnyOrder("on_time 1: agree");
    PAssert.that(panes).inLatePane(last).containsInAnyOrder("late 2: conflict", "late 3 last: conflict");
    // the first window holding 4 June ended on 10 June: closed for good on 17 June, so the late
    // article is dropped there and its on-time pane is its last
    IntervalWindow first = new IntervalWindow(day("2024-05-13"), day("2024-06-10"));
    PAssert.that(panes).inWindow(first).containsInAnyOrder("early 0: agree", "on_time 1 last: agree");

    p.run().waitUntilFinish();
  }
}
