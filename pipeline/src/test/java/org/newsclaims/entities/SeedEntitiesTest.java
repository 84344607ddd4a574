package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Entity;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.TextNormaliser;

/** Recognises and resolves the entities of the seed articles, end to end. */
class SeedEntitiesTest {

  private static final List<Entity> ENTITIES = new ArrayList<>();
  private static final Map<String, String> ALIASES = new TreeMap<>();

  @BeforeAll
  static void clusterSeeds() throws IOException {
    EntityRecogniser recogniser = EntityRecogniser.fromResources();
    EntityClusterer clusterer = EntityClusterer.fromResources();
    Map<String, List<EntityMention>> blocks = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      int nl = raw.indexOf('\n');
      String title = nl < 0 ? raw : raw.substring(0, nl);
      String text = TextNormaliser.normalise(nl < 0 ? "" : raw.substring(nl + 1));
      Article a = new Article(f.getFileName().toString(), title, null, null, null, text);
      for (EntityMention m : recogniser.find(a)) {
        blocks.computeIfAbsent(NameKey.of(m.name(), m.type()), k -> new ArrayList<>()).add(m);
      }
    }
    blocks.forEach((key, ms) -> {
      EntityClusterer.Result r = clusterer.cluster(key, ms);
      ENTITIES.addAll(r.entities());
      ALIASES.putAll(r.aliasToId());
    });
    ENTITIES.sort(java.util.Comparator.comparing(Entity::id));
    System.out.println("Seed entities:");
    for (Entity e : ENTITIES) {
      System.out.printf("  %-32s %-3d %s %s%n", e.id(), e.mentions(), e.aliases(), e.articles());
    }
  }

  private static Entity byAlias(String alias) {
    String id = ALIASES.get(EntityClusterer.aliasKey(alias));
    assertNotNull(id, "no entity for " + alias);
    return ENTITIES.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static void sameEntity(String type, String... aliases) {
    Entity first = byAlias(aliases[0]);
    assertEquals(type, first.type(), aliases[0]);
    for (String a : aliases) {
      assertEquals(first.id(), byAlias(a).id(), a + " vs " + aliases[0]);
    }
  }

  @Test
  void mergesKurskSpellingsIntoOnePlace() {
    sameEntity(EntityMention.PLACE, "Koursk", "Kursk");
    assertEquals("place:koursk", byAlias("Kursk").id());
  }

  @Test
  void mergesGerasimovSpellingsIntoOnePerson() {
    sameEntity(EntityMention.PERSON, "Guérassimov", "Gerasimov", "Valery Gerasimov",
        "Valéri Guérassimov");
    assertEquals("person:valeri-guerassimov", byAlias("Gerasimov").id());
  }

  @Test
  void mergesSyrskySpellingsIntoOnePerson() {
    sameEntity(EntityMention.PERSON, "Syrsky", "Syrskyi", "Oleksandre Syrsky", "Oleksandr Syrskyi",
        "Oleksandr Syrsky");
  }

  @Test
  void mergesZelenskySpellingsIntoOnePerson() {
    sameEntity(EntityMention.PERSON, "Zelensky", "Zelenskiy", "Volodymyr Zelensky");
  }

  @Test
  void mergesSudzhaSpellingsIntoOnePlace() {
    sameEntity(EntityMention.PLACE, "Soudja", "Sudzha");
  }

  @Test
  void findsKievAsOnePlace() {
    sameEntity(EntityMention.PLACE, "Kiev");
    assertEquals(1, ENTITIES.stream().filter(e -> e.aliases().contains("Kiev")).count());
  }

  @Test
  void findsLeadersAsPersons() {
    for (String name : List.of("Vladimir Poutine", "Donald Trump", "Dmitry Peskov")) {
      assertEquals(EntityMention.PERSON, byAlias(name).type(), name);
    }
  }

  @Test
  void makesNoPersonOfCommonCapitalisedWords() {
    Set<String> bad = Set.of("le", "vetu", "accomplir", "rien", "plus", "ma", "malgre", "les",
        "selon", "depuis", "mais", "cette", "kommentare", "keystone");
    for (Entity e : ENTITIES) {
      for (String alias : e.aliases()) {
        assertFalse(bad.contains(EntityClusterer.aliasKey(alias)), e.toString());
      }
    }
  }

  @Test
  void producesOnlyKnownTypes() {
    assertTrue(ENTITIES.stream().allMatch(e -> Set.of(EntityMention.PERSON, EntityMention.PLACE,
        EntityMention.ORGANISATION).contains(e.type())));
  }
}
