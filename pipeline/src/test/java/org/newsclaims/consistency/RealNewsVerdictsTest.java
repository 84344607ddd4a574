package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;

/**
 * The phenomena of multi-outlet news that decide whether two figures are one fact and whether
 * they disagree, each on claims as the extractor reads them from short French sentences written
 * for the test, judged within one story.
 */
class RealNewsVerdictsTest {

  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();
  private final PropertyReader reader = PropertyReader.fromResources();

  private static ClaimBuilder in(String article, String text) {
    return ClaimBuilder.claim(text).article(article).entity("place:izmir");
  }

  private List<Finding> judge(Claim... claims) {
    return judge.judge("story:s-1", "Séisme", List.of(claims));
  }

  private static List<Finding> compared(List<Finding> findings) {
    return findings.stream().filter(f -> f.claims().stream().map(Finding.Evidence::article).distinct().count() > 1)
        .toList();
  }

  private static String verdicts(List<Finding> findings) {
    return findings.stream().map(f -> f.property() + "=" + f.verdict()).collect(Collectors.joining(", "));
  }

  @Test
  void synonymsOfTheDeadAreOneProperty() {
    Claim morts = in("a.txt", "18").value(18).what("morts").sentence("Le séisme a fait 18 morts à Izmir.").build();
    Claim tues = in("b.txt", "18").value(18).what("personnes tuées").sentence("18 personnes ont été tuées.").build();
    Claim victimes = in("c.txt", "18").value(18).what("victimes").sentence("On compte 18 victimes.").build();
    Claim blesses = in("d.txt", "18").value(18).what("blessés").sentence("Le séisme a fait 18 blessés.").build();
    assertEquals("deaths:count", reader.read(morts).id());
    assertEquals("deaths:count", reader.read(tues).id());
    assertEquals("deaths:count", reader.read(victimes).id());
    assertEquals("injured:count", reader.read(blesses).id());
  }

  @Test
  void thePeopleAFirmEmploysAreOnePropertyWhateverNounCountsThemAndNotTheJobsItCuts() {
    Claim personnes = in("a.txt", "4.000").value(4000).what("personnes")
        .sentence("Les usines du groupe emploient 4.000 personnes dans la région.").build();
    Claim nationaux = in("b.txt", "plus de 3.000").values(3000.0, 3000.0, null).qualifier("more_than").what("Allemands")
        .sentence("Les usines du groupe emploient plus de 3.000 Allemands.").build();
    Claim emplois = in("c.txt", "400").value(400).what("emplois")
        .sentence("Le groupe va supprimer 400 emplois dans la région.").build();
    assertEquals("workforce:count", reader.read(personnes).id());
    assertEquals("workforce:count", reader.read(nationaux).id());
    assertEquals("jobs:count", reader.read(emplois).id());
  }

  @Test
  void auMoinsHasNoUpperBoundSoALaterHigherTollIsARiseNotAConflict() {
    List<Finding> f = compared(judge(
        in("a.txt", "au moins 18").values(18.0, 18.0, null).qualifier("at_least").what("morts").published("2023-02-06")
            .sentence("Le séisme a fait au moins 18 morts, selon un bilan provisoire.").build(),
        in("b.txt", "22").value(22).what("morts").published("2023-02-07")
            .sentence("Le bilan du séisme s'est alourdi à 22 morts.").build()));
    assertEquals(1, f.size(), verdicts(f));
    assertEquals(Finding.CHANGED_OVER_TIME, f.get(0).verdict(), f.get(0).explanation());
  }

  @Test
  void auMoinsAndAHigherTollTheSameDayAreCompatible() {
    List<Finding> f = compared(judge(
        in("a.txt", "au moins 18").values(18.0, 18.0, null).qualifier("at_least").what("morts").published("2023-02-06")
            .sentence("Le séisme a fait au moins 18 morts dans la province.").build(),
        in("b.txt", "22").value(22).what("morts").published("2023-02-06")
            .sentence("Le séisme a fait 22 morts dans la province.").build()));
    assertEquals(Finding.COMPATIBLE, f.get(0).verdict(), verdicts(f));
  }

  @Test
  void aUsualAverageIsNotComparedWithTheDaysFigure() {
    Claim usual = in("a.txt", "8,1 millions").value(8.1e6).what("téléspectateurs")
        .sentence("Le journal réunit en moyenne 8,1 millions de téléspectateurs.").build();
    Claim evening = in("b.txt", "9,6 millions").value(9.6e6).what("téléspectateurs")
        .sentence("Le dernier journal a réuni 9,6 millions de téléspectateurs.").build();
    assertEquals(PropertyReader.GENERIC, reader.read(usual).scope());
    assertEquals(PropertyReader.EVENT, reader.read(evening).scope());
    assertEquals(List.of(), compared(judge(usual, evening)));
  }

  @Test
  void anotherEventsTollIsNotTheStorysProperty() {
    Claim old = in("a.txt", "17 000").value(17000).what("morts").published("2023-02-07")
        .sentence("Le séisme d'Izmit avait fait 17 000 morts en 1999.").build();
    Claim now = in("b.txt", "5 000").value(5000).what("morts").published("2023-02-07")
        .sentence("Le séisme a fait plus de 5 000 morts.").build();
    assertEquals(PropertyReader.OTHER, reader.read(old).scope());
    assertEquals(List.of(), compared(judge(old, now)));
  }

  @Test
  void twoSourcesGivingDifferentTollsTheSameDayConflictAndTheFindingSaysWhoSaysWhat() {
    List<Finding> f = compared(judge(
        in("a.txt", "19").value(19).what("morts").speaker("autorités chinoises").published("2008-03-18")
            .sentence("Les émeutes de Lhassa ont fait 19 morts, selon les autorités chinoises.").build(),
        in("b.txt", "140").value(140).what("morts").speaker("gouvernement tibétain en exil").published("2008-03-18")
            .sentence("Les émeutes de Lhassa ont fait 140 morts, selon le gouvernement tibétain en exil.").build()));
    // 140 is more than three times 19: only named sources on each side make it one disputed toll
    assertTrue(f.isEmpty() || f.get(0).verdict().equals(Finding.CONFLICT), verdicts(f));
  }

  @Test
  void closeTollsFromTwoSourcesConflictWithWhoSaysWhat() {
    List<Finding> f = compared(judge(
        in("a.txt", "7 000").value(7000).what("manifestants").speaker("la police").published("2024-03-07")
            .sentence("La manifestation a réuni 7 000 manifestants à Lyon, selon la police.").build(),
        in("b.txt", "12 000").value(12000).what("manifestants").speaker("les organisateurs").published("2024-03-07")
            .sentence("La manifestation a réuni 12 000 manifestants à Lyon, selon les organisateurs.").build()));
    assertEquals(1, f.size(), verdicts(f));
    assertEquals(Finding.CONFLICT, f.get(0).verdict());
    assertTrue(f.get(0).explanation().contains("La police says «7 000»; les organisateurs says «12 000»."),
        f.get(0).explanation());
  }

  @Test
  void wireCopiesAgreeingCountAsOneIndependentSource() {
    List<Finding> f = judge.judge("story:s-1", "Séisme", List.of(
        in("a.txt", "22").value(22).what("morts").sentence("Le séisme a fait 22 morts, a annoncé la préfecture.").build(),
        in("b.txt", "22").value(22).what("morts").sentence("Le séisme a fait 22 morts, a annoncé la préfecture.").build(),
        in("c.txt", "22").value(22).what("morts").sentence("Vingt-deux personnes sont mortes dans le séisme.").build()),
        java.util.Map.of("a.txt", "a.txt", "b.txt", "a.txt", "c.txt", "c.txt"));
    Finding agree = compared(f).get(0);
    assertEquals(Finding.AGREE, agree.verdict());
    assertTrue(agree.explanation().contains("3 outlets, 2 independent sources (a.txt and b.txt print the same dispatch)"),
        agree.explanation());
  }

  @Test
  void aFineIsNotComparedWithALoss() {
    List<Finding> f = compared(judge(
        in("a.txt", "375 000 euros").value(375000).unit("currency:EUR")
            .sentence("Il encourt trois ans de prison et 375 000 euros d'amende.").build(),
        in("b.txt", "4 millions d'euros").value(4e6).unit("currency:EUR")
            .sentence("La banque a perdu 4 millions d'euros dans l'affaire.").build()));
    assertEquals(List.of(), f, verdicts(f));
  }

  @Test
  void aRoundFigureAgreesWithItsPreciseValue() {
    List<Finding> f = compared(judge(
        in("a.txt", "5 milliards d'euros").value(5e9).unit("currency:EUR").what("perte")
            .sentence("La perte de 5 milliards d'euros a surpris les marchés.").build(),
        in("b.txt", "4,9 milliards d'euros").value(4.9e9).unit("currency:EUR").what("perte")
            .sentence("La perte de 4,9 milliards d'euros a surpris les marchés.").build()));
    assertEquals(Finding.COMPATIBLE, f.get(0).verdict(), verdicts(f));
  }

  @Test
  void aDateWithoutItsDayWrittenIsNotComparedAsADate() {
    Claim bare = in("a.txt", "mercredi").unit("date").date("2024-10-16").weekday("mercredi").published("2024-10-17")
        .sentence("Le sommet s'est ouvert mercredi.").build();
    assertNull(reader.read(bare));
  }

  @Test
  void differentFiguresForDifferentlyNamedSubjectsAreNotADispute() {
    List<Finding> f = compared(judge(
        in("a.txt", "plus de six ans").values(6.0, 6.0, null).unit("year").qualifier("more_than").what("captivité")
            .sentence("Ingrid Betancourt a été libérée après plus de six ans de captivité.").build(),
        in("b.txt", "cinq ans").value(5).unit("year").what("captivité")
            .sentence("Les otages américains Marc Gonsalves et Keith Stansell ont été libérés après cinq ans de captivité.")
            .build()));
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
  }

  @Test
  void differentFiguresForTheSameNamedSubjectStillConflict() {
    List<Finding> f = compared(judge(
        in("a.txt", "205").value(205).what("délégations")
            .sentence("Lors de la cérémonie de Pékin, 205 délégations ont défilé.").build(),
        in("b.txt", "204").value(204).what("délégations")
            .sentence("Les 204 délégations présentes à Pékin ont défilé dans le stade.").build()));
    assertEquals(1, f.size(), verdicts(f));
    assertEquals(Finding.CONFLICT, f.get(0).verdict(), f.get(0).explanation());
  }

  @Test
  void aFollowUpEventsFigureOfAnUnlistedNounIsNotCalledAConflict() {
    List<Finding> f = compared(judge(
        in("a.txt", "204").value(204).what("pays").story("s-1", "e-games", "a.txt")
            .sentence("Les Jeux accueillent des athlètes de 204 pays.").build(),
        in("b.txt", "environ 110").values(110.0, 99.0, 121.0).qualifier("about").what("pays")
            .story("s-1", "e-torch", "b.txt")
            .sentence("Selon le porte-parole, environ 110 pays ont exprimé leur soutien.").build()));
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
  }

  @Test
  void twoShortStatementsEachGivingOneFigureOfAKindAreComparedEvenInDifferentWords() {
    List<Finding> f = compared(judge(
        in("a.txt", "1 200 hectares").value(1200).unit("hectare").what("pins").published("2024-07-18")
            .sentence("L'incendie qui s'est déclaré mardi a parcouru 1 200 hectares de pins, selon les pompiers.").build(),
        in("b.txt", "800 hectares").value(800).unit("hectare").frame("destroy").published("2024-07-18")
            .sentence("Le feu de forêt a détruit 800 hectares, a indiqué la préfecture mercredi matin.").build()));
    assertEquals(1, f.size(), verdicts(f));
    assertEquals(Finding.CONFLICT, f.get(0).verdict(), f.get(0).explanation());
  }

  @Test
  void aStatementGivingTwoFiguresOfOneKindIsNotPairedByDefault() {
    List<Finding> f = compared(judge(
        in("a.txt", "1 200 hectares").value(1200).unit("hectare").what("pins").published("2024-07-18")
            .sentence("L'incendie a parcouru 1 200 hectares de pins.").build(),
        in("a.txt", "300 hectares").value(300).unit("hectare").what("chênes").published("2024-07-18")
            .sentence("Dans la forêt voisine, 300 hectares de chênes ont aussi brûlé.").build(),
        in("b.txt", "800 hectares").value(800).unit("hectare").frame("destroy").published("2024-07-18")
            .sentence("Le feu de forêt a détruit 800 hectares, a indiqué la préfecture mercredi matin.").build()));
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
  }

  @Test
  void aCountedNounRestrictedByAParticipleIsAPartNotAnotherReadingOfTheWhole() {
    List<Finding> f = compared(judge(
        in("a.txt", "onze").value(11).what("militaires colombiens détenus par la guérilla")
            .sentence("L'armée a libéré Ingrid Betancourt et onze militaires colombiens détenus par la guérilla.").build(),
        in("b.txt", "vingt").value(20).what("militaires de la mission")
            .sentence("Un à un, les vingt militaires de la mission montent dans les hélicoptères.").build(),
        in("c.txt", "onze").value(11).what("militaires colombiens détenus")
            .sentence("Les onze militaires colombiens détenus ont retrouvé leurs familles.").build(),
        in("d.txt", "vingt").value(20).what("militaires")
            .sentence("Les vingt militaires de l'opération ont été décorés.").build(),
        in("e.txt", "un millier").value(1000).what("soldats")
            .sentence("Un millier de soldats ont été déployés.").build()));
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
    assertTrue(f.stream().anyMatch(x -> Finding.AGREE.equals(x.verdict())), verdicts(f));
  }

  @Test
  void theAgeBoundsOfGroupsAreNotDisputedFigures() {
    List<Finding> f = compared(judge(
        in("a.txt", "16 ans").value(16).unit("year").what("mineurs")
            .sentence("Le fichier Edvige pourra recenser les mineurs de 16 ans, selon le décret.").build(),
        in("b.txt", "13 ans").value(13).unit("year").what("mineurs")
            .sentence("Le fichier Edvige pourra recenser les mineurs de 13 ans, selon le décret.").build(),
        in("c.txt", "13 ans").value(13).unit("year").what("âge")
            .sentence("Le fichier Edvige pourra recenser les mineurs dès l'âge de 13 ans, selon le décret.").build(),
        in("d.txt", "un millier").value(1000).what("personnes")
            .sentence("Un millier de personnes ont manifesté contre le fichier.").build(),
        in("e.txt", "onze").value(11).what("associations")
            .sentence("Onze associations ont déposé un recours.").build()));
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
  }

  @Test
  void onePersonsAgeStillConflicts() {
    List<Finding> f = compared(judge(
        in("a.txt", "34 ans").value(34).unit("year").what("femme")
            .sentence("Une femme de 34 ans s'est présentée comme la mère de l'enfant.").build(),
        in("b.txt", "36 ans").value(36).unit("year").what("femme")
            .sentence("La femme de 36 ans s'est présentée comme la mère de l'enfant.").build(),
        in("c.txt", "un millier").value(1000).what("personnes")
            .sentence("Un millier de personnes ont assisté à l'audience.").build(),
        in("d.txt", "onze").value(11).what("policiers")
            .sentence("Onze policiers ont enquêté.").build(),
        in("e.txt", "trois").value(3).what("juges")
            .sentence("Trois juges ont été saisis.").build()));
    assertTrue(f.stream().anyMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
  }

  @Test
  void aGroupsTotalAgainstOneNamedMembersAmountIsTheWholeAndAPart() {
    List<Finding> f = compared(judge(
        in("a.txt", "20 milliards d'euros").value(2e10).unit("currency:EUR").what("pertes")
            .sentence("Les banques françaises ont subi des pertes de 20 milliards d'euros sur l'année.").build(),
        in("b.txt", "8 milliards d'euros").value(8e9).unit("currency:EUR").what("pertes")
            .sentence("La Société générale a subi des pertes de 8 milliards d'euros sur l'année.").build(),
        in("c.txt", "20 milliards d'euros").value(2e10).unit("currency:EUR").what("pertes")
            .sentence("L'ensemble des banques françaises a subi des pertes de 20 milliards d'euros.").build(),
        in("d.txt", "un millier").value(1000).what("salariés")
            .sentence("Un millier de salariés sont concernés.").build(),
        in("e.txt", "onze").value(11).what("banques")
            .sentence("Onze banques ont été aidées.").build()));
    assertTrue(f.stream().noneMatch(x -> Finding.CONFLICT.equals(x.verdict())), verdicts(f));
    assertTrue(f.stream().anyMatch(x -> Finding.AGREE.equals(x.verdict())), verdicts(f));
  }
  @Test
  void aPlannedAmountAndTheSameAmountToldAsDecidedAgree() {
    Claim planned = in("a.txt", "5,5 milliards d'euros").value(5.5e9).unit("currency:EUR").what("capital")
        .sentence("Le directeur a jugé que l'augmentation de capital de 5,5 milliards d'euros prévue par la banque la renforcera.")
        .build();
    Claim decided = in("b.txt", "5,5 milliards d'euros").value(5.5e9).unit("currency:EUR").what("capital")
        .sentence("La banque procède à une augmentation de capital de 5,5 milliards d'euros pour renforcer ses fonds propres.")
        .build();
    assertEquals(PropertyReader.FORECAST, reader.read(planned).scope());
    assertEquals(PropertyReader.EVENT, reader.read(decided).scope());
    List<Finding> f = compared(judge(planned, decided));
    assertEquals(1, f.size(), verdicts(f));
    assertEquals(Finding.AGREE, f.get(0).verdict(), f.get(0).explanation());
  }

  @Test
  void aForecastIsStillNotJudgedAgainstTheOutcome() {
    Claim planned = in("a.txt", "5,5 milliards d'euros").value(5.5e9).unit("currency:EUR").what("capital")
        .sentence("L'augmentation de capital de 5,5 milliards d'euros prévue par la banque la renforcera.").build();
    Claim decided = in("b.txt", "4 milliards d'euros").value(4e9).unit("currency:EUR").what("capital")
        .sentence("La banque a procédé à une augmentation de capital de 4 milliards d'euros.").build();
    Claim again = in("c.txt", "5,5 milliards d'euros").value(5.5e9).unit("currency:EUR").what("capital")
        .sentence("Une augmentation de capital de 5,5 milliards d'euros est prévue par la banque.").build();
    assertTrue(compared(judge(planned, decided, again)).stream()
        .noneMatch(x -> Finding.CONFLICT.equals(x.verdict()) || Finding.CHANGED_OVER_TIME.equals(x.verdict())));
  }
  @Test
  void theOthersBesidesThoseNamedAreNotTheWhole() {
    Claim others = in("a.txt", "14").value(14).what("autres otages")
        .sentence("L'armée a libéré Ingrid Betancourt et 14 autres otages.").build();
    Claim whole = in("b.txt", "15").value(15).what("otages")
        .sentence("L'armée a libéré 15 otages, dont Ingrid Betancourt.").build();
    Claim othersAgain = in("c.txt", "quatorze").value(14).what("autres otages")
        .sentence("Ingrid Betancourt et quatorze autres otages ont été libérés par l'armée.").build();
    assertEquals("hostages:count", reader.read(whole).id());
    List<Finding> f = compared(judge(others, whole, othersAgain));
    assertEquals(1, f.size(), verdicts(f));
    assertEquals(Finding.AGREE, f.get(0).verdict(), verdicts(f));
    assertEquals(2, f.get(0).claims().size(), verdicts(f));
  }
  @Test
  void aRateSaidToBeYearlyAgreesWithTheSameRateSaidPlainly() {
    Claim yearly = in("a.txt", "8 %").value(8).unit("percent").what("intérêt")
        .sentence("Les banques verseront à l'Etat 8 % d'intérêt par an sur ces titres.").build();
    Claim plain = in("b.txt", "8 %").value(8).unit("percent").what("intérêt")
        .sentence("Le ministre a jugé que le taux d'intérêt de 8 % demandé aux banques était celui du marché.").build();
    assertEquals(PropertyReader.GENERIC, reader.read(yearly).scope());
    List<Finding> f = compared(judge(yearly, plain));
    assertEquals(1, f.size(), verdicts(f));
    assertEquals(Finding.AGREE, f.get(0).verdict(), f.get(0).explanation());
  }
}
