package org.newsclaims.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;

class EntityRecogniserTest {

  private static final EntityRecogniser RECOGNISER = EntityRecogniser.fromResources();

  private static List<EntityMention> find(String text) {
    return find(text, null);
  }

  private static List<EntityMention> find(String text, String date) {
    return RECOGNISER.find(new Article("t.txt", "Titre", date, null, null, text));
  }

  /** "type|text|name" of each mention, in text order. */
  private static List<String> found(String text) {
    return find(text).stream().map(m -> m.type() + "|" + m.text() + "|" + m.name()).toList();
  }

  private static List<String> persons(String text) {
    return find(text).stream().filter(m -> m.type().equals(EntityMention.PERSON))
        .map(m -> m.text() + "|" + m.name()).toList();
  }

  @Test
  void resolvesSurnameAndRoleToTheFullNameOfTheArticle() {
    String text = "Le chef de la diplomatie ukrainienne, Andriï Sybiha, a rencontré le général "
        + "Petro Hnatov. M. Hnatov a ensuite parlé à la presse.";
    assertEquals(List.of("Andriï Sybiha|Andriï Sybiha", "Petro Hnatov|Petro Hnatov",
        "Hnatov|Petro Hnatov"), persons(text));
  }

  @Test
  void bindsAnAppositionWithCommasToTheRole() {
    String text = "Le ministre de la Défense de la Lituanie, Dovilė Šakalienė, a visité Vilnius. "
        + "Pour le ministre lituanien, la menace est réelle.";
    List<EntityMention> ms = find(text);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Pour le ministre lituanien")
        || m.text().equals("le ministre") && m.name().equals("Dovilė Šakalienė"))
        || ms.stream().anyMatch(m -> m.name().equals("Dovilė Šakalienė")), ms.toString());
  }

  @Test
  void resolvesBareRoleFromAppositionInTheArticle() {
    String text = "Le commandant en chef de l'armée ukrainienne, Mykhaïlo Drapaty, a visité le "
        + "front. Selon le commandant en chef, la situation reste difficile.";
    assertEquals(List.of("Mykhaïlo Drapaty|Mykhaïlo Drapaty",
        "le commandant en chef|Mykhaïlo Drapaty"), persons(text));
  }

  @Test
  void resolvesBareRoleFromGazetteerAtTheArticleDate() {
    String text = "Le président américain a signé le décret mardi.";
    List<EntityMention> in2023 = find(text, "2023-05-02");
    List<EntityMention> in2025 = find(text, "2025-03");
    assertEquals("Joe Biden", in2023.get(0).name());
    assertEquals("Le président américain", in2023.get(0).text());
    assertEquals("Donald Trump", in2025.get(0).name());
  }

  @Test
  void findsTheJavadocExample() {
    assertEquals(List.of("place|russe|Russie", "person|Vladimir Poutine|Vladimir Poutine",
        "person|Guérassimov|Valéri Guérassimov", "place|Moscou|Moscou"),
        found("Le président russe Vladimir Poutine a reçu M. Guérassimov à Moscou."));
  }

  @Test
  void needsAClosingCommaForACommaApposition() {
    String text = "Allié à la présidente de la région, Manuel Valls affirme le contraire.";
    assertTrue(find(text).stream().noneMatch(m -> m.text().contains("présidente")));
  }

  @Test
  void resolvesTheMasterOfTheKremlinWithoutDate() {
    assertEquals(List.of("le maître du Kremlin|Vladimir Poutine"),
        persons("Il a été reçu par le maître du Kremlin hier."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Le président russe Vladimir Poutine a parlé.;Vladimir Poutine",
      "Hier, Mme Anna Kowalska a démissionné.;Anna Kowalska",
      "Selon M. Syrsky, le front tient.;Oleksandr Syrsky",
      "L'économiste Jean-Marc Vittori le confirme.;Jean-Marc Vittori",
      "Il a rencontré Charles de Gaulle à Londres.;Charles de Gaulle",
      "Ursula von der Leyen est arrivée.;Ursula von der Leyen",
      "La journaliste Daria Petrova-Lindqvist a témoigné.;Daria Petrova-Lindqvist",
      "Le sénateur Tom Cotton a réagi.;Tom Cotton",
      "L'opposant Ilia Iachine est libre.;Ilia Iachine",
  })
  void findsPersonsWithTitlesParticlesAndHyphens(String text, String name) {
    assertEquals(List.of(name), find(text).stream()
        .filter(m -> m.type().equals(EntityMention.PERSON)).map(EntityMention::name).distinct()
        .toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Les combats continuent dans la région de Zaporijjia.;Zaporijjia",
      "Les habitants du village de Velyka Novosilka ont fui.;Velyka Novosilka",
      "Il s'est rendu à Tcherkassy mardi.;Tcherkassy",
      "La frappe a visé la ville de Sumy.;Sumy",
      "Des explosions ont été entendues dans la province de Kandahar.;Kandahar",
  })
  void findsPlacesAfterPlaceTriggers(String text, String name) {
    assertEquals(List.of(EntityMention.PLACE + "|" + name + "|" + name), found(text));
  }

  @Test
  void keepsMoscowRegionApartFromMoscow() {
    List<String> ms = found("Des drones ont visé la région de Moscou puis Moscou.");
    assertEquals(List.of("place|région de Moscou|région de Moscou", "place|Moscou|Moscou"), ms);
    assertTrue(!NameKey.of("région de Moscou", "place").equals(NameKey.of("Moscou", "place")));
  }

  @Test
  void linksDemonymsAfterStateNounsToTheirCountry() {
    assertEquals(List.of("organisation|armée russe|armée russe", "place|russe|Russie",
        "place|ukrainiennes|Ukraine", "place|nord-coréens|Corée du Nord"),
        found("L'armée russe a encerclé les troupes ukrainiennes avec des soldats nord-coréens."));
  }

  @Test
  void ignoresDemonymsThatDoNotDenoteTheCountry() {
    assertEquals(List.of(), found("Elle aime la cuisine russe et la littérature ukrainienne."));
  }

  @Test
  void ignoresNationalsAndCommonWordsAtSentenceStarts() {
    String text = "Les Russes avancent. Malgré tout, rien ne change.\n"
        + "Vêtu de noir, il est arrivé. « Accomplir la mission », a-t-il dit. Plus tard, Depuis "
        + "hier. Cette fois, Ma priorité reste la même. Mais Selon lui, non.";
    assertEquals(List.of(), found(text));
  }

  @Test
  void ignoresTitleCaseHeadlinesAndAllCapsFurniture() {
    String text = "Réactions Américaines Après Le Sommet\nPARIS (AFP) - LIRE AUSSI CONTENUS "
        + "SPONSORISÉS\nLe texte commence ici.";
    assertEquals(List.of("place|PARIS|PARIS", "organisation|AFP|AFP"), found(text));
  }

  @Test
  void findsOrganisationsFromGazetteerAndHeadNouns() {
    assertEquals(List.of("organisation|OTAN|OTAN", "organisation|Tass|Tass",
        "organisation|Banque de France|Banque de France"),
        found("L'OTAN a réagi, selon l'agence Tass et la Banque de France."));
  }

  @Test
  void doesNotTakeAShortLineWithTwoNamesForAHeadline() {
    assertEquals(List.of("organisation|Fondation Nobel|Fondation Nobel",
        "organisation|Banque de France|Banque de France"),
        found("Selon la Fondation Nobel et la Banque de France."));
  }

  @Test
  void splitsAnOrganisationFromTheNameThatFollowsIt() {
    assertEquals(List.of("organisation|Fondation Lumière|Fondation Lumière",
        "person|Pierre Dupuis|Pierre Dupuis"),
        found("Le directeur de la Fondation Lumière Pierre Dupuis a démissionné."));
  }

  @Test
  void typesUnknownSingleWordsByTheirFullNameInTheArticle() {
    String text = "Le blogueur Iouri Podoliaka écrit chaque jour. Podoliaka affirme que la ligne "
        + "tient.";
    assertEquals(List.of("Iouri Podoliaka|Iouri Podoliaka", "Podoliaka|Iouri Podoliaka"),
        persons(text));
  }

  @Test
  void recognisesAnUnknownFullNameThroughItsTitledSurname() {
    String text = "L'adjoint au maire, Ondřej Tichý, fait appel. Selon M. Tichý, le fichier est "
        + "illégal.";
    assertEquals(List.of("Ondřej Tichý|Ondřej Tichý", "Tichý|Ondřej Tichý"), persons(text));
  }

  @Test
  void keepsAKnownPlaceAtTheEndOfALongerNameInsideThatName() {
    assertEquals(List.of("person|Jean Paris|Jean Paris"), found("Il a vu Jean Paris hier."));
  }

  @Test
  void dropsUnknownCapitalisedPairsWithoutAnyPersonCue() {
    assertEquals(List.of(), found("Le Centre accueille les Violences Sexuelles depuis mars."));
  }

  @Test
  void resolvesKnownSurnameWithoutFullNameFromTheGazetteer() {
    assertEquals(List.of("Erdogan|Recep Tayyip Erdogan"),
        persons("La Turquie, a dit Erdogan, restera neutre."));
  }

  @Test
  void keepsOffsetsPointingIntoTheText() {
    String text = "Mardi, Vladimir Poutine est allé à Koursk.";
    for (EntityMention m : find(text)) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
  }

  @Test
  void handlesEmptyAndOddTexts() {
    assertEquals(List.of(), find(""));
    assertEquals(List.of(), find("- - « » ... ' A"));
    assertEquals(List.of(), find("M."));
  }
}
