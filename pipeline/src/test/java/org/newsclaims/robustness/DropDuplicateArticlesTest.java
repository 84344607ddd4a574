package org.newsclaims.robustness;

import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.newsclaims.beam.DropDuplicateArticles;
import org.newsclaims.beam.JsonCoder;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;

/** The same body under several names is kept once, under the smallest name. */
class DropDuplicateArticlesTest {

  @Test
  void keepsTheSmallestNameAndRejectsTheOtherCopies() {
    String body = "Le pont sera fermé pendant 12 jours, a annoncé la préfecture.";
    Article c = new Article("c.txt", "Pont fermé", null, null, null, body);
    Article a = new Article("a.txt", "Fermeture du pont", "2025-03-01", "header", "x.fr", body);
    Article b = new Article("b.txt", "Pont fermé", null, null, null, body.replace("12", " 12"));
    Article other = new Article("d.txt", "Pont rouvert", null, null, null, "Le pont a rouvert lundi.");

    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple out = p.apply(Create.of(c, a, b, other).withCoder(JsonCoder.of(Article.class)))
        .apply(new DropDuplicateArticles());

    PAssert.that(out.get(DropDuplicateArticles.UNIQUE)).containsInAnyOrder(a, other);
    PAssert.that(out.get(DropDuplicateArticles.DUPLICATES)).containsInAnyOrder(
        new Reject("b.txt", "duplicate", "duplicate of a.txt", null),
        new Reject("c.txt", "duplicate", "duplicate of a.txt", null));
    p.run().waitUntilFinish();
  }

  @Test
  void twoCopiesUnderOneNameAreKeptOnceAndANameReusedForAnotherBodyStays() {
    String body = "La mairie a voté un budget de 3 millions d'euros pour la piscine.";
    Article x1 = new Article("x.txt", "Piscine", null, null, null, body);
    Article x2 = new Article("x.txt", "Piscine", null, null, null, body);
    Article y = new Article("y.txt", "Piscine", null, null, null, body);
    Article otherY = new Article("y.txt", "Stade", null, null, null, "Le stade ouvrira en juin, selon la mairie.");

    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple out = p.apply(Create.of(x1, y, x2, otherY).withCoder(JsonCoder.of(Article.class)))
        .apply(new DropDuplicateArticles());

    PAssert.that(out.get(DropDuplicateArticles.UNIQUE)).containsInAnyOrder(x1, otherY);
    PAssert.that(out.get(DropDuplicateArticles.DUPLICATES)).containsInAnyOrder(
        new Reject("x.txt", "duplicate", "duplicate of x.txt", null),
        new Reject("y.txt", "duplicate", "duplicate of x.txt", null));
    p.run().waitUntilFinish();
  }
}
