package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;

/**
 * Counts, amounts, shares and ages on multi-outlet news: which of them are one quantity and how
 * they are judged, on claims as the extractor reads them from short French sentences written for
 * the test, within one story of more than a few articles.
 */
class CountsVerdictsTest {

  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();

  private static ClaimBuilder in(String article, String text) {
    return ClaimBuilder.claim(text).article(article).entity("place:madrid");
  }

  private List<Finding> compared(Claim... claims) {
    return judge.judge("story:s-1", "Cyclisme", List.of(claims)).stream()
        .filter(f -> f.claims().stream().map(Finding.Evidence::article).distinct().count() > 1).toList();
  }

  /** As {@link #compared}, with three more articles giving unrelated counts: a story of more than a few articles. */
  private List<Finding> comparedInALongStory(Claim... claims) {
    List<Claim> all = new java.util.ArrayList<>(List.of(claims));
    all.add(in("x.txt", "un millier").value(1000).what("clients").sentence("Un millier de clients ont retiré leur épargne.").build());
    all.add(in("y.txt", "onze").value(11).what("agences").sentence("Onze agences fermeront.").build());
    all.add(in("z.txt", "trente").value(30).what("salariés").sentence("Trente salariés ont manifesté.").build());
    return compared(all.toArray(Claim[]::new));
  }

  private static Set<String> articles(Finding f) {
    return f.claims().stream().map(Finding.Evidence::article).collect(Collectors.toSet());
  }

  private static String verdicts(List<Finding> findings) {
    return findings.stream().map(f -> f.property() + "=" + f.verdict() + articles(f)).collect(Collectors.joining(", "));
  }

  @Test
  void agesOfOnePersonNamedWithAndWithoutFirstNameConflict() {
    List<Finding> f = compared(
        in("a.txt", "25 ans").value(25).unit("age").what("Alberto Contador")
            .sentence("L'équipe a recruté l'Espagnol Alberto Contador, 25 ans, pour la saison.").build(),
        in("b.txt", "26 ans").value(26).unit("age").what("Contador")
            .sentence("Contador, 26 ans, vise le maillot jaune cette saison.").build(),
        in("c.txt", "37 ans").value(37).unit("age").what("Armstrong")
            .sentence("Armstrong, 37 ans, revient à la compétition cette saison.").build(),
        in("d.txt", "un millier").value(1000).what("spectateurs")
            .sentence("Un millier de spectateurs ont assisté au départ.").build(),
        in("e.txt", "onze").value(11).what("équipes")
            .sentence("Onze équipes prendront le départ.").build());
    List<Finding> conflicts = f.stream().filter(x -> Finding.CONFLICT.equals(x.verdict())).toList();
    assertEquals(1, conflicts.size(), verdicts(f));
    assertEquals(Set.of("a.txt", "b.txt"), articles(conflicts.get(0)), verdicts(f));
  }
  @Test
  void articleGivingTheOtherFigureBesideADifferentOneAgrees() {
    // b.txt gives a.txt's 500 jobs, and beside it an earlier plan's 850: the 850 is another quantity
    List<Finding> f = compared(
        in("a.txt", "500").value(500).what("emplois")
            .sentence("Au total, 500 emplois vont donc être supprimés par la banque, dont la moitié en France.").build(),
        in("b.txt", "500").value(500).what("emplois")
            .sentence("Elle a présenté un plan d'économies en supprimant 500 emplois, soit 4 % de son effectif.").build(),
        in("b.txt", "850").value(850).what("emplois")
            .sentence("Un plan avait déjà été mis en place, avec l'annonce de la suppression de 850 emplois au total.").build(),
        in("c.txt", "un millier").value(1000).what("clients")
            .sentence("Un millier de clients ont retiré leur épargne.").build(),
        in("d.txt", "onze").value(11).what("agences")
            .sentence("Onze agences fermeront.").build());
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
    assertTrue(f.stream().anyMatch(x -> Finding.AGREE.equals(x.verdict()) && articles(x).equals(Set.of("a.txt", "b.txt"))),
        verdicts(f));
  }
  @Test
  void countedNounSynonymsOfPerformersAreOneQuantity() {
    // «participants» and «figurants» of one show are its performers
    List<Finding> f = compared(
        in("a.txt", "15 000").value(15000).what("participants")
            .sentence("Le spectacle d'ouverture a réuni 15 000 participants sur la pelouse du stade.").build(),
        in("a.txt", "91 000").value(91000).what("spectateurs")
            .sentence("Le stade comptait 91 000 spectateurs.").build(),
        in("b.txt", "14 000").value(14000).what("figurants")
            .sentence("Le spectacle d'ouverture a réuni 14 000 figurants sur la pelouse.").build(),
        in("c.txt", "un millier").value(1000).what("journalistes")
            .sentence("Un millier de journalistes suivaient la cérémonie.").build(),
        in("d.txt", "80").value(80).what("chefs d'État")
            .sentence("Quelque 80 chefs d'État assistaient à la cérémonie.").build(),
        in("e.txt", "204").value(204).what("délégations")
            .sentence("Les 204 délégations ont défilé dans le stade.").build(),
        in("e.txt", "onze").value(11).what("tribunes")
            .sentence("Onze tribunes étaient pleines.").build());
    List<Finding> conflicts = f.stream().filter(x -> Finding.CONFLICT.equals(x.verdict())).toList();
    assertEquals(1, conflicts.size(), verdicts(f));
    assertEquals(Set.of("a.txt", "b.txt"), articles(conflicts.get(0)), verdicts(f));
  }
  @Test
  void aCapitalIncreaseAndTheMoneyRaisedAreOneQuantityAndMontantNamesNone() {
    PropertyReader reader = PropertyReader.fromResources();
    // «d'un montant de» says only that an amount follows; the sentence's capital increase names it
    Claim increase = in("a.txt", "3,7 milliards d'euros").value(3.7e9).unit("currency:EUR").what("montant")
        .frame("capital_raise")
        .sentence("Natixis, en pleine augmentation de capital, d'un montant de 3,7 milliards d'euros, a cédé du terrain.").build();
    Claim raised = in("b.txt", "3,9 milliards").value(3.9e9).unit("currency:EUR")
        .sentence("Cet été, Natixis a dû lever 3,9 milliards pour retrouver ses ratios de solvabilité.").build();
    assertEquals(reader.read(raised).id(), reader.read(increase).id());
    assertTrue(reader.read(raised).id().startsWith("capital_raise:"), reader.read(raised).id());
    Claim loan = in("c.txt", "2 milliards d'euros").value(2e9).unit("currency:EUR").what("montant")
        .sentence("Le prêt, d'un montant de 2 milliards d'euros, sera remboursé en 2012.").build();
    assertEquals(PropertyReader.UNNAMED, reader.read(loan).quantity());
  }

  /** a.txt's capital increase of 1,2 milliard, named by its frame only («d'un montant de»). */
  private static Claim increase(String sentence) {
    return in("a.txt", "1,2 milliard d'euros").value(1.2e9).unit("currency:EUR").what("montant").frame("capital_raise")
        .sentence(sentence).build();
  }

  /** b.txt's 1,5 milliard raised, named by its predicate («lever»). */
  private static Claim raised() {
    return in("b.txt", "1,5 milliard").value(1.5e9).unit("currency:EUR")
        .sentence("Au printemps, Vallourec a dû lever 1,5 milliard pour rassurer ses créanciers.").build();
  }

  @Test
  void aFrameAndTheQuantityClassOfTheSameNameAreOneQuantitySoTheirFiguresAreCompared() {
    // «une augmentation de capital» is the frame capital_raise, «lever» the class of that name
    List<Finding> f = comparedInALongStory(
        increase("Vallourec, qui prépare une augmentation de capital, d'un montant de 1,2 milliard d'euros, a chuté hier."),
        raised());
    List<Finding> conflicts = f.stream().filter(x -> Finding.CONFLICT.equals(x.verdict())).toList();
    assertEquals(1, conflicts.size(), verdicts(f));
    assertEquals(Set.of("a.txt", "b.txt"), articles(conflicts.get(0)), verdicts(f));
  }

  @Test
  void anotherCompanysAmountIsNeitherTheSameQuantityNorARivalReadingOfIt() {
    // b.txt gives the capital each of two banks raised: the other bank's, though worded more like
    // a.txt's, neither disagrees with a.txt's figure nor makes its pairing with Vallourec's a guess
    List<Finding> f = comparedInALongStory(
        increase("Vallourec, qui prépare une augmentation de capital pour rassurer ses créanciers, d'un montant de 1,2 milliard d'euros, a chuté hier."),
        raised(),
        in("b.txt", "1,8 milliard d'euros").value(1.8e9).unit("currency:EUR")
            .sentence("En mai, le Crédit mutuel a lui aussi levé 1,8 milliard d'euros.").build());
    List<Finding> conflicts = f.stream().filter(x -> Finding.CONFLICT.equals(x.verdict())).toList();
    assertEquals(1, conflicts.size(), verdicts(f));
    assertEquals(List.of("1,2 milliard d'euros", "1,5 milliard"),
        conflicts.get(0).claims().stream().map(Finding.Evidence::text).sorted().toList(), verdicts(f));
  }

  @Test
  void anAmountUpToAHeightIsNamedByItsWordsNotByHauteur() {
    // «à hauteur d'un milliard» says only that a figure follows: the state's one billion agrees
    Claim height = in("a.txt", "un milliard d'euros").value(1e9).unit("currency:EUR").what("hauteur")
        .sentence("Du côté français, l'Etat contribue à hauteur d'un milliard d'euros et la Caisse des dépôts à hauteur de deux milliards.").build();
    assertEquals(PropertyReader.UNNAMED, PropertyReader.fromResources().read(height).quantity());
    List<Finding> f = comparedInALongStory(height,
        in("a.txt", "deux milliards").value(2e9).unit("currency:EUR").what("hauteur")
            .sentence("Du côté français, l'Etat contribue à hauteur d'un milliard d'euros et la Caisse des dépôts à hauteur de deux milliards.").build(),
        in("b.txt", "un milliard").value(1e9).unit("currency:EUR")
            .sentence("L'Etat français apporte un milliard, la Caisse des dépôts le reste.").build(),
        in("b.txt", "3 milliards d'euros").value(3e9).unit("currency:EUR").what("capital")
            .sentence("La banque recevra 3 milliards d'euros de capital.").build());
    assertTrue(f.stream().anyMatch(x -> Finding.AGREE.equals(x.verdict()) && articles(x).equals(Set.of("a.txt", "b.txt"))),
        verdicts(f));
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
  }
  @Test
  void peopleWhoseFrameSaysWhatHappenedAreNotThePeopleOfAnotherFigure() {
    // «coûté la vie à 80 000 personnes» counts the dead, «91 000 personnes dans le stade» the crowd
    List<Finding> f = compared(
        in("a.txt", "près de 80 000").values(80000.0, 72000.0, 80000.0).qualifier("approx").what("personnes").frame("cost")
            .sentence("Cette année, le séisme du Sichuan a coûté la vie à près de 80 000 personnes.").build(),
        in("b.txt", "91 000").value(91000).what("personnes")
            .sentence("Cette année, 91 000 personnes dans le stade du Sichuan.").build(),
        in("c.txt", "un millier").value(1000).what("journalistes")
            .sentence("Un millier de journalistes suivaient la cérémonie.").build(),
        in("d.txt", "80").value(80).what("chefs d'État")
            .sentence("Quelque 80 chefs d'État assistaient à la cérémonie.").build(),
        in("e.txt", "204").value(204).what("délégations")
            .sentence("Les 204 délégations ont défilé dans le stade.").build());
    assertEquals(List.of(), f, verdicts(f));
  }
  @Test
  void interestAndRevenueOfOneLoanAreOneIncome() {
    // «400 millions d'intérêts annuels» and «400 millions de recettes par an» are what the state earns
    List<Finding> f = comparedInALongStory(
        in("a.txt", "environ 400 millions d'euros").values(4e8, 3.6e8, 4.4e8).qualifier("about").unit("currency:EUR")
            .what("intérêts annuels")
            .sentence("Les finances publiques vont toucher environ 400 millions d'euros d'intérêts annuels sur les prêts aux banques.").build(),
        in("a.txt", "10,5 milliards d'euros").value(10.5e9).unit("currency:EUR")
            .sentence("L'État prête 10,5 milliards d'euros aux six grandes banques du pays.").build(),
        in("b.txt", "400 millions d'euros").value(4e8).unit("currency:EUR").what("recettes")
            .sentence("Le patron de la fédération a expliqué que le soutien de l'Etat lui rapporterait 400 millions d'euros de recettes par an.").build());
    assertTrue(f.stream().anyMatch(x -> !Finding.CONFLICT.equals(x.verdict()) && articles(x).equals(Set.of("a.txt", "b.txt"))
        && x.propertyLabel().startsWith("income")), verdicts(f));
  }
  @Test
  void aRateNamedBeforeASourceIncisesIsNamedByItsNoun() {
    // «l'inflation, selon les prévisions, s'élèvera à 2 %»: the incise does not end the clause
    Claim incise = in("a.txt", "2%").value(2).unit("percent")
        .sentence("Alors que l'inflation, selon les prévisions, s'élèvera à 2%.").build();
    assertEquals("inflation", PropertyReader.fromResources().read(incise).quantity());
    List<Finding> f = comparedInALongStory(incise,
        in("a.txt", "plus de 2%").values(2.0, 2.0, 100.0).qualifier("more_than").unit("percent").what("pouvoir")
            .sentence("Après une année marquée par une perte nette de plus de 2% de pouvoir d'achat, les syndicats protestent.").build(),
        in("b.txt", "autour de 2%").values(2.0, 1.8, 2.2).qualifier("about").unit("percent")
            .sentence("La direction propose 0,4% d'augmentation alors que l'inflation attendue est autour de 2%.").build());
    assertTrue(f.stream().anyMatch(x -> x.propertyLabel().startsWith("inflation") && articles(x).equals(Set.of("a.txt", "b.txt"))
        && x.claims().stream().noneMatch(e -> e.text().equals("plus de 2%"))), verdicts(f));
  }
  @Test
  void gainNamedByThePredicateBeforeTheAmountNotByTheSentenceFrame() {
    // «rapporté 500 000 euros au moment des attentats»: the amount is a gain, whatever the frame
    List<Finding> f = compared(
        in("a.txt", "200 000 euros").value(200000).unit("currency:EUR")
            .sentence("Le trader avait gagné 200 000 euros sur ce titre.").build(),
        in("b.txt", "500 000 euros").value(500000).unit("currency:EUR").frame("attack")
            .sentence("Ses positions sur ce titre avaient rapporté 500 000 euros au moment des attentats.").build(),
        in("c.txt", "un millier").value(1000).what("salariés")
            .sentence("Un millier de salariés travaillent dans la salle des marchés.").build(),
        in("d.txt", "onze").value(11).what("agences")
            .sentence("Onze agences fermeront.").build(),
        in("e.txt", "4,9 milliards d'euros").value(4.9e9).unit("currency:EUR")
            .sentence("La banque a subi une perte de 4,9 milliards d'euros.").build());
    List<Finding> conflicts = f.stream().filter(x -> Finding.CONFLICT.equals(x.verdict())).toList();
    assertEquals(1, conflicts.size(), verdicts(f));
    assertEquals(Set.of("a.txt", "b.txt"), articles(conflicts.get(0)), verdicts(f));
    // named in words (properties.tsv), never by its class code and dimension («money:EUR»)
    assertTrue(conflicts.get(0).propertyLabel().startsWith("gain"), conflicts.get(0).propertyLabel());
  }

  @Test
  void anAmountOfNoListedQuantityIsNamedInWordsNotByItsDimensionCode() {
    // two outlets give the sale price of a club in words no quantity class lists
    List<Finding> f = compared(
        in("a.txt", "40 millions d'euros").value(4e7).unit("currency:EUR")
            .sentence("Le club a été cédé pour 40 millions d'euros à un fonds américain.").build(),
        in("b.txt", "45 millions d'euros").value(4.5e7).unit("currency:EUR")
            .sentence("Le fonds américain a racheté le club, cédé pour 45 millions d'euros.").build());
    assertFalse(f.isEmpty());
    for (Finding x : f) {
      assertFalse(x.propertyLabel().contains("money:"), x.propertyLabel());
      assertTrue(x.propertyLabel().startsWith("amount in euros"), x.propertyLabel());
    }
  }

  @Test
  void aLoneSmallCountIsComparedWithTheWordsOfSeveralOutletsAgreeingOnAnother() {
    // three outlets name the mother's five children each in their own words; a fourth says four:
    // no one sentence is alike enough to the fourth's, but what the three say together is
    List<Finding> f = comparedInALongStory(
        in("a.txt", "cinq").value(5).what("enfants")
            .sentence("Sans emploi, cette mère de cinq enfants vivait dans un petit appartement du quartier.").build(),
        in("b.txt", "cinq").value(5).what("enfants")
            .sentence("Elle élevait seule ses cinq enfants depuis le départ de leur père.").build(),
        in("c.txt", "cinq").value(5).what("enfants")
            .sentence("Les voisins décrivent une mère discrète, toujours entourée de ses cinq enfants.").build(),
        in("d.txt", "quatre").value(4).what("enfants")
            .sentence("Selon une amie, la mère serait partie en vacances avec trois de ses quatre enfants.").build());
    List<Finding> conflicts = f.stream().filter(x -> Finding.CONFLICT.equals(x.verdict())).toList();
    assertEquals(1, conflicts.size(), verdicts(f));
    assertEquals(Set.of("a.txt", "b.txt", "c.txt", "d.txt"), articles(conflicts.get(0)), verdicts(f));
  }

  @Test
  void aLoneSmallCountOfAnotherSubjectStaysApartFromAnAgreeingGroup() {
    // the neighbour's four children are not the mother's five, however alike the words
    List<Finding> f = comparedInALongStory(
        in("a.txt", "cinq").value(5).what("enfants")
            .sentence("Sans emploi, Fatima Benali, mère de cinq enfants, vivait dans un petit appartement.").build(),
        in("b.txt", "cinq").value(5).what("enfants")
            .sentence("Fatima Benali élevait seule ses cinq enfants depuis le départ de leur père.").build(),
        in("c.txt", "cinq").value(5).what("enfants")
            .sentence("Les voisins décrivent Fatima Benali, toujours entourée de ses cinq enfants.").build(),
        in("d.txt", "quatre").value(4).what("enfants")
            .sentence("Sa voisine Nadia Haddad, mère de quatre enfants, vivait dans un petit appartement.").build());
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
  }

  @Test
  void amountsOverOneStatedYearInDifferentWordsConflict() {
    List<Finding> f = comparedInALongStory(
        in("a.txt", "4,2 milliards d'euros").value(4.2e9).unit("currency:EUR").period("last:1:year")
            .sentence("Au premier trimestre, ses profits ont reculé de 12 % et, en un an, le trou creusé dans ses comptes s'est chiffré à 4,2 milliards d'euros.").build(),
        in("b.txt", "4,6 milliards d'euros").value(4.6e9).unit("currency:EUR").period("last:1:year")
            .sentence("La banque a déjà perdu 4,6 milliards d'euros depuis un an dans les crédits immobiliers américains.").build());
    List<Finding> conflicts = f.stream().filter(x -> Finding.CONFLICT.equals(x.verdict())).toList();
    assertEquals(1, conflicts.size(), verdicts(f));
    assertEquals(Set.of("a.txt", "b.txt"), articles(conflicts.get(0)), verdicts(f));
  }

  @Test
  void countsOverOneStatedYearOfDifferentNounsAreNotCompared() {
    List<Finding> f = comparedInALongStory(
        in("a.txt", "4 200").value(4200).what("emplois").period("last:1:year")
            .sentence("En un an, le groupe a supprimé 4 200 emplois.").build(),
        in("b.txt", "5 100").value(5100).what("clients").period("last:1:year")
            .sentence("Depuis un an, 5 100 clients ont quitté la banque.").build());
    assertEquals("", verdicts(f));
  }
}
