package org.newsclaims.beam;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TimestampedValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;

/** Event time of watched articles: the publication date, the arrival time when undated, or late. */
class WatchArticlesStampTest {

  private static final TupleTag<Article> STAMPED = WatchArticles.STAMPED;
  private static final TupleTag<Reject> LATE = WatchArticles.LATE;

  private static Article article(String name, String published) {
    return new Article(name, "Marché de Noël à Colmar", published, published == null ? null : "header", null,
        "À Colmar, le marché de Noël a accueilli 300 exposants.");
  }

  /** "name@event time". */
  static final class DescribeFn extends DoFn<Article, String> {
    @ProcessElement
    public void process(@Element Article a, @Timestamp Instant t, OutputReceiver<String> out) {
      out.output(a.article() + "@" + t);
    }
  }

  @Test
  void datedArticlesTakeTheirPublicationDateUndatedOnesKeepTheirArrivalAndVeryOldOnesAreLate() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    Instant arrival = Instant.now();
    // a date two days ago is within its open windows whatever today is
    String recent = new Instant(arrival.getMillis()).minus(Duration.standardDays(2))
        .toDateTime(org.joda.time.DateTimeZone.UTC).toLocalDate().toString();
    PCollectionTuple out = p.apply(Create.timestamped(List.of(
            TimestampedValue.of(article("recent.txt", recent), arrival),
            TimestampedValue.of(article("undated.txt", null), arrival),
            TimestampedValue.of(article("old.txt", "2001-05"), arrival)))
            .withCoder(JsonCoder.of(Article.class)))
        .apply(ParDo.of(new WatchArticles.StampFn(StreamWindowing.of(28, 7, 7, Duration.standardSeconds(1))))
            .withOutputTags(STAMPED, TupleTagList.of(LATE)));
    PCollection<String> stamped = out.get(STAMPED).setCoder(JsonCoder.of(Article.class))
        .apply(ParDo.of(new DescribeFn()));

    PAssert.that(stamped).containsInAnyOrder("recent.txt@" + StreamWindowing.eventTime(recent),
        "undated.txt@" + arrival);
    PAssert.that(out.get(LATE).setCoder(JsonCoder.of(Reject.class))).containsInAnyOrder(new Reject("old.txt", "late",
        "published 2001-05: its last window closed on 2001-05-28, more than the allowed lateness (7 days,"
            + " --allowedLatenessDays) before it arrived", null));
    p.run().waitUntilFinish();
  }
}
