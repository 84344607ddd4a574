package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Entity;
import org.newsclaims.model.EntityMention;

class EntityClustererTest {

  private static final EntityClusterer CLUSTERER = EntityClusterer.fromResources();

  private static EntityMention person(String article, String name) {
    return new EntityMention(article, name, name, EntityMention.PERSON, 0, name.length());
  }

  private static EntityMention place(String article, String name) {
    return new EntityMention(article, name, name, EntityMention.PLACE, 0, name.length());
  }

  private static EntityClusterer.Result clusterPersons(String... names) {
    List<EntityMention> ms = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      ms.add(person("a" + i + ".txt", names[i]));
    }
    return CLUSTERER.cluster(NameKey.of(names[0], EntityMention.PERSON), ms);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "Alexeï Navalnyï, Alexei Navalny",
      "Mikhaïl Khodorkovski, Mikhail Khodorkovsky",
      "Iouri Podoliaka, Yuri Podolyaka",
      "Oleksandre Tarnavsky, Oleksandr Tarnavskyi",
      "Viatcheslav Volodine, Vyacheslav Volodin",
      "Andriï Iermak, Andriy Yermak",
      "Sergueï Sobianine, Sergei Sobyanin",
      "Dmitri Kisselev, Dmitry Kiselyov",
      "J. Smith, John Smith",
  })
  void mergesSpellingsOfOnePerson(String a, String b) {
    assertEquals(NameKey.of(a, EntityMention.PERSON), NameKey.of(b, EntityMention.PERSON));
    EntityClusterer.Result r = clusterPersons(a, b);
    assertEquals(1, r.entities().size(), r.entities().toString());
    assertEquals(List.of(a, b).stream().sorted().toList(), r.entities().get(0).aliases());
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({
      "Emmanuel Macron, Brigitte Macron",
      "Joe Biden, Jill Biden",
      "Hillary Clinton, Bill Clinton",
      "Kim Jong-un, Kim Yo-jong",
      "Vitali Klitschko, Wladimir Klitschko",
      "Raúl Castro, Fidel Castro",
      "Andy Kim, Young Kim",
  })
  void keepsNamesakesApart(String a, String b) {
    List<EntityMention> ms = List.of(person("a.txt", a), person("b.txt", b));
    String ka = NameKey.of(a, EntityMention.PERSON);
    if (ka.equals(NameKey.of(b, EntityMention.PERSON))) {
      assertEquals(2, CLUSTERER.cluster(ka, ms).entities().size());
    }
  }

  @Test
  void attachesBareSurnameToTheLargestNamesake() {
    EntityClusterer.Result r = clusterPersons("Hillary Clinton", "Hillary Clinton", "Bill Clinton",
        "Clinton");
    assertEquals(2, r.entities().size());
    assertEquals("person:hillary-clinton", r.aliasToId().get("clinton"));
    assertEquals("person:bill-clinton", r.aliasToId().get("bill clinton"));
  }

  @Test
  void usesGazetteerCanonicalForIdAndName() {
    EntityClusterer.Result r = CLUSTERER.cluster("place:kursk",
        List.of(place("b.txt", "Kursk"), place("a.txt", "Kursk"), place("c.txt", "Koursk")));
    Entity e = r.entities().get(0);
    assertEquals(new Entity("place:koursk", "Koursk", "place", List.of("Koursk", "Kursk"),
        List.of("a.txt", "b.txt", "c.txt"), 3), e);
    assertEquals("place:koursk", r.aliasToId().get("kursk"));
  }

  @Test
  void choosesMostFrequentSpellingForUnknownNames() {
    EntityClusterer.Result r = clusterPersons("Ivan Petrenko", "Ivan Petrenko", "Iwan Petrenko");
    assertEquals(1, r.entities().size());
    assertEquals("person:ivan-petrenko", r.entities().get(0).id());
    assertEquals("Ivan Petrenko", r.entities().get(0).name());
    assertEquals(3, r.entities().get(0).mentions());
  }

  @Test
  void mapsMentionTextsAndNamesToTheEntity() {
    EntityMention role = new EntityMention("a.txt", "le chef d'état-major russe",
        "Valéri Guérassimov", EntityMention.PERSON, 0, 10);
    EntityMention surname = new EntityMention("b.txt", "Gerasimov", "Valery Gerasimov",
        EntityMention.PERSON, 0, 9);
    EntityClusterer.Result r = CLUSTERER.cluster("person:gerasimov", List.of(role, surname));
    assertEquals(1, r.entities().size());
    Entity e = r.entities().get(0);
    assertEquals("person:valeri-guerassimov", e.id());
    assertEquals(List.of("Gerasimov", "Valery Gerasimov", "Valéri Guérassimov"), e.aliases());
    for (String alias : List.of("le chef d'etat-major russe", "gerasimov", "valery gerasimov",
        "valeri guerassimov")) {
      assertEquals(e.id(), r.aliasToId().get(alias), alias);
    }
  }

  @Test
  void isDeterministicWhateverTheInputOrder() {
    List<EntityMention> ms = Stream.of("Ivan Petrenko", "Iwan Petrenko", "Petrenko", "Olga Petrenko")
        .map(n -> person(n.length() + ".txt", n)).toList();
    List<EntityMention> reversed = new ArrayList<>(ms);
    java.util.Collections.reverse(reversed);
    assertEquals(CLUSTERER.cluster("person:petrenko", ms),
        CLUSTERER.cluster("person:petrenko", reversed));
  }

  @Test
  void foldsAliasKeys() {
    assertEquals("valeri guerassimov", EntityClusterer.aliasKey("Valéri  GUÉRASSIMOV"));
    assertTrue(EntityClusterer.slug("Corée du Nord").equals("coree-du-nord"));
    assertFalse(EntityClusterer.slug("Kyïv!").endsWith("-"));
  }

  @org.junit.jupiter.api.Test
  void theParticlesOfANameAreNoGivenNames() {
    assertEquals(java.util.List.of("luiz", "inacio", "lula"),
        EntityClusterer.given("Luiz Inácio Lula da Silva"));
    assertEquals(java.util.List.of("charles"), EntityClusterer.given("Charles de Gaulle"));
    assertEquals(java.util.List.of("ursula"), EntityClusterer.given("Ursula von der Leyen"));
    assertEquals(java.util.List.of("valery", "giscard"),
        EntityClusterer.given("Valéry Giscard d'Estaing"));
  }
}
