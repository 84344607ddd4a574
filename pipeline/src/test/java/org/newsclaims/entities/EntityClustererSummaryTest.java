package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.EntityMention;

class EntityClustererSummaryTest {

  private static final EntityClusterer CLUSTERER = EntityClusterer.fromResources();

  private static EntityMention person(String article, String text, String name) {
    return new EntityMention(article, text, name, EntityMention.PERSON, 0, text.length());
  }

  private static final List<EntityMention> MENTIONS = List.of(
      person("a.txt", "Marc Dubois", "Marc Dubois"),
      person("a.txt", "M. Dubois", "Marc Dubois"),
      person("b.txt", "Marc Dubois", "Marc Dubois"),
      person("c.txt", "Marc Duboys", "Marc Duboys"),
      person("c.txt", "Dubois", "Dubois"),
      person("d.txt", "Anne Dubois", "Anne Dubois"));

  @Test
  void summaryMergedFromPartsClustersLikeAllMentions() {
    String key = NameKey.of("Marc Dubois", EntityMention.PERSON);
    EntityClusterer.Summary first = new EntityClusterer.Summary();
    MENTIONS.subList(3, 6).forEach(first::add);
    EntityClusterer.Summary second = new EntityClusterer.Summary();
    MENTIONS.subList(0, 3).forEach(second::add);
    EntityClusterer.Summary merged = new EntityClusterer.Summary().merge(first).merge(second);

    assertEquals(CLUSTERER.cluster(key, MENTIONS), CLUSTERER.cluster(key, merged));
  }

  @Test
  void summaryCountsMentionsAndCollectsArticlesAndTextsPerName() {
    EntityClusterer.Summary s = new EntityClusterer.Summary();
    MENTIONS.forEach(s::add);

    assertEquals(List.of("Anne Dubois", "Dubois", "Marc Dubois", "Marc Duboys"), List.copyOf(s.names()));
    assertEquals(3, s.count("Marc Dubois"));
    assertEquals(List.of("a.txt", "b.txt"), List.copyOf(s.articles("Marc Dubois")));
    assertEquals(List.of("M. Dubois", "Marc Dubois"), List.copyOf(s.texts("Marc Dubois")));
    assertEquals(EntityMention.PERSON, s.type());
  }
}
