package org.newsclaims.beam;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Story;

class AssignStoriesTest {

  private static final String QUAKE = "Les secouristes fouillaient mardi les décombres des immeubles effondrés à "
      + "Antakya et Gaziantep, au lendemain du séisme qui a frappé le sud de la Turquie. Le président Erdogan a "
      + "décrété l'état d'urgence dans dix provinces et promis des tentes aux sinistrés.";
  private static final String QUAKE_TOO = "A Gaziantep, des milliers de sinistrés du séisme ont passé la nuit dans "
      + "des voitures, de peur des répliques. Les secouristes dégagent des survivants des décombres à Antakya, "
      + "et Erdogan promet de reconstruire les immeubles effondrés en Turquie.";
  private static final String STRIKE = "La grève contre la réforme des retraites a perturbé mardi les trains de la "
      + "SNCF et le métro de la RATP. Les syndicats, CGT en tête, réclament le retrait du report de l'âge légal à "
      + "64 ans ; Elisabeth Borne refuse de céder.";

  @Test
  void everyArticleGetsItsStoryAndAnUndatedOneItsStorysDate() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Article> articles = p.apply(Create.of(List.of(
        new Article("q1.txt", "Séisme en Turquie", "2023-02-07", "header", "lemonde.fr", QUAKE),
        new Article("q2.txt", "Les sinistrés du séisme dans le froid", null, null, "liberation.fr", QUAKE_TOO),
        new Article("s1.txt", "Grève des retraites", "2023-02-07", "header", "lefigaro.fr", STRIKE)))
        .withCoder(JsonCoder.of(Article.class)));

    PCollectionTuple placed = articles.apply(AssignStories.withDefaults());

    PAssert.that(placed.get(AssignStories.ARTICLES).apply("Describe", MapElements.into(TypeDescriptors.strings())
            .via((Article a) -> a.article() + " " + a.story() + " " + a.published() + " " + a.dateSource())))
        .containsInAnyOrder("q1.txt s-4ff1ac5a 2023-02-07 header", "q2.txt s-4ff1ac5a 2023-02-07 story",
            "s1.txt s-72b43e6f 2023-02-07 header");
    PAssert.that(placed.get(AssignStories.STORIES).apply("Stories", MapElements.into(TypeDescriptors.strings())
            .via((Story s) -> s.id() + " " + s.articles() + " " + s.undated())))
        .containsInAnyOrder("s-4ff1ac5a [q1.txt, q2.txt] 1", "s-72b43e6f [s1.txt] 0");
    p.run().waitUntilFinish();
  }

  @Test
  void noArticlesGiveNoStories() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Article> none = p.apply(Create.empty(JsonCoder.of(Article.class)));
    PCollectionTuple placed = none.apply(AssignStories.withDefaults());
    PAssert.that(placed.get(AssignStories.STORIES)).empty();
    PAssert.that(placed.get(AssignStories.ARTICLES)).empty();
    p.run().waitUntilFinish();
  }
}
