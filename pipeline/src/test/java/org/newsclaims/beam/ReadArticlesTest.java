package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;

/** The read stage as a graph: every input becomes an article or a reject. */
class ReadArticlesTest {

  @TempDir Path dir;

  @Test
  void everyInputIsAnArticleOrAReject() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Grève à Lyon\nLes conducteurs de bus ont cessé le travail mardi.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "Crue de la Loire\nLe fleuve est monté de deux mètres.\n",
        StandardCharsets.UTF_8);
    String missing = dir.resolve("absent-*.txt").toString();

    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple read = p.apply(ReadArticles.from(List.of(dir.resolve("*.txt").toString(), missing)));

    PAssert.that(read.get(ReadArticles.INPUTS)).containsInAnyOrder("a.txt", "b.txt", missing);
    PAssert.that(read.get(ReadArticles.ARTICLES)).satisfies(articles -> {
      int n = 0;
      for (Article a : articles) {
        n++;
        assertEquals(a.article().equals("a.txt") ? "Grève à Lyon" : "Crue de la Loire", a.title());
      }
      assertEquals(2, n);
      return null;
    });
    PAssert.that(read.get(ReadArticles.REJECTS)).satisfies(rejects -> {
      Reject r = rejects.iterator().next();
      assertEquals(missing, r.input());
      assertEquals("match", r.stage());
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void eachLineOfACrawlerFileIsAnInput() throws IOException {
    Files.writeString(dir.resolve("crawl.jsonl"), String.join("\n",
        "{\"id\":\"r1\",\"title\":\"Grève à Lyon\",\"maintext\":\"Les conducteurs ont cessé le travail.\",\"language\":\"fr\"}",
        "{\"id\":\"r2\",\"title\":\"Crue\",\"text\":\"La Loire est montée de deux mètres.\",\"date_publish\":\"2024-10-17 08:00:00\"}",
        "{\"id\":\"r3\", this is not json",
        ""), StandardCharsets.UTF_8);

    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple read = p.apply(ReadArticles.from(List.of(dir.resolve("crawl.jsonl").toString())));

    PAssert.that(read.get(ReadArticles.INPUTS)).satisfies(ids -> {
      int n = 0;
      for (String id : ids) {
        n++;
      }
      assertEquals(3, n);
      return null;
    });
    PAssert.that(read.get(ReadArticles.ARTICLES)).satisfies(articles -> {
      int n = 0;
      for (Article a : articles) {
        n++;
        if (a.article().equals("r2")) {
          assertEquals("2024-10-17", a.published());
        }
      }
      assertEquals(2, n);
      return null;
    });
    PAssert.that(read.get(ReadArticles.REJECTS)).satisfies(rejects -> {
      Reject r = rejects.iterator().next();
      assertEquals("parse", r.stage());
      return null;
    });
    p.run().waitUntilFinish();
  }
}
