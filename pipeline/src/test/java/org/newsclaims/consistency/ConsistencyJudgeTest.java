package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;

/** Verdicts on small sets of claims, each as an extractor would produce it from the quoted French sentence. */
class ConsistencyJudgeTest {

  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();

  /** A claim about the entity under judgement ({@code place:x}); the sentence is the French text it comes from. */
  static ClaimBuilder aboutX(String text) {
    return ClaimBuilder.claim(text).entity("place:x");
  }

  private List<Finding> judge(Claim... claims) {
    return judge.judge("place:x", "X", List.of(claims));
  }

  private static Finding only(List<Finding> findings, String verdict) {
    List<Finding> matching = findings.stream().filter(f -> f.verdict().equals(verdict)).toList();
    assertEquals(1, matching.size(), () -> "expected one " + verdict + " in " + verdicts(findings));
    return matching.get(0);
  }

  private static String verdicts(List<Finding> findings) {
    return findings.stream().map(f -> f.property() + "=" + f.verdict()).collect(Collectors.joining(", "));
  }

  @Test
  void moreThanAFigureAgreesWithTheFigureItself() {
    List<Finding> f = judge(
        aboutX("plus de 80 %").values(80.0, 80.0, 100.0).unit("percent").qualifier("more_than")
            .frame("contain").date("2024-08-02")
            .sentence("Les pompiers ont maîtrisé plus de 80 % de l'incendie.").build(),
        aboutX("80 %").article("b.txt").value(80.0).unit("percent").frame("contain").date("2024-08-02")
            .sentence("L'incendie est maîtrisé à 80 %, selon la préfecture.").build());
    assertEquals(Finding.AGREE, only(f, Finding.AGREE).verdict());
    assertEquals(2, only(f, Finding.AGREE).claims().size());
  }

  @Test
  void moreThanAThousandConflictsWithSeveralHundred() {
    Finding f = only(judge(
        aboutX("plus de 1 000 hectares").values(1000.0, 1000.0, null).unit("hectare").qualifier("more_than")
            .frame("burn").sentence("Le feu a parcouru plus de 1 000 hectares.").build(),
        aboutX("plusieurs centaines d'hectares").article("b.txt").values(null, 200.0, 900.0).unit("hectare")
            .qualifier("vague").frame("burn")
            .sentence("Les flammes ont détruit plusieurs centaines d'hectares.").build()), Finding.CONFLICT);
    assertTrue(f.explanation().contains("do not overlap"), f.explanation());
  }

  @Test
  void aLaterTotalAfterAnEarlierShareIsAChangeOverTime() {
    Finding f = only(judge(
        aboutX("plus de 60 %").values(60.0, 60.0, 100.0).unit("percent").qualifier("more_than")
            .frame("restore").date("2024-01-10")
            .sentence("Le courant est rétabli dans plus de 60 % des foyers.").build(),
        aboutX("60 %").article("c.txt").value(60.0).unit("percent").frame("restore")
            .sentence("Le courant est revenu pour 60 % des foyers.").build(),
        aboutX("entièrement").article("b.txt").value(100.0).unit("percent").qualifier("total")
            .frame("restore").date("2024-01-20").sentence("Le courant a été entièrement rétabli.").build()),
        Finding.CHANGED_OVER_TIME);
    assertTrue(f.explanation().startsWith("The share (rétabli) changed over time: on 2024-01-10"), f.explanation());
    assertEquals("a.txt", f.claims().get(0).article());
    assertEquals("b.txt", f.claims().get(1).article());
  }

  @Test
  void moreThanAShareAndTheWholeUndatedAreCompatibleNotAConflict() {
    only(judge(
        aboutX("plus de 60 %").values(60.0, 60.0, 100.0).unit("percent").qualifier("more_than")
            .frame("restore").date("2024-01-10")
            .sentence("Le courant est rétabli dans plus de 60 % des foyers.").build(),
        aboutX("entièrement").article("b.txt").value(100.0).unit("percent").qualifier("total")
            .frame("restore").sentence("Le courant a été entièrement rétabli.").build()), Finding.COMPATIBLE);
  }

  @Test
  void overlappingButDifferentFiguresAreCompatible() {
    only(judge(
        aboutX("environ 1 000 manifestants").values(1000.0, 900.0, 1100.0).qualifier("about").frame("protest")
            .sentence("Environ 1 000 manifestants ont défilé.").build(),
        aboutX("plus de 1 050 manifestants").article("b.txt").values(1050.0, 1050.0, null)
            .qualifier("more_than").frame("protest").sentence("Plus de 1 050 manifestants ont défilé.")
            .build()), Finding.COMPATIBLE);
  }

  @Test
  void oneOutletAloneIsSingleSource() {
    only(judge(aboutX("12 blessés").value(12.0).frame("wounded").sentence("L'accident a fait 12 blessés.")
        .build()), Finding.SINGLE_SOURCE);
  }

  @Test
  void differentPropertiesAreNeverCompared() {
    List<Finding> f = judge(
        aboutX("430 otages").value(430.0).frame("hostages").sentence("Le groupe détient 430 otages.").build(),
        aboutX("24 villages").article("b.txt").value(24.0).frame("retake")
            .sentence("L'armée a repris 24 villages.").build());
    assertEquals(2, f.size(), verdicts(f));
    assertTrue(f.stream().allMatch(x -> x.verdict().equals(Finding.SINGLE_SOURCE)), verdicts(f));
  }

  @Test
  void weeksAndDaysAreConvertedBeforeComparing() {
    only(judge(
        aboutX("deux semaines").value(2.0).unit("week").frame("ceasefire")
            .sentence("Les belligérants ont accepté une trêve de deux semaines.").build(),
        aboutX("14 jours").article("b.txt").value(14.0).unit("day").frame("ceasefire")
            .sentence("Une trêve de 14 jours a été conclue.").build()), Finding.AGREE);
  }

  @Test
  void figuresForDifferentPeriodsAreSeparateProperties() {
    List<Finding> f = judge(
        aboutX("300 km2").value(300.0).unit("km2").frame("retake").period("last:3:day")
            .sentence("En trois jours, 300 km2 ont été repris.").build(),
        aboutX("plus de 2 000 km2").article("b.txt").values(2000.0, 2000.0, null).unit("km2")
            .qualifier("more_than").frame("retake").period("total")
            .sentence("Au total, plus de 2 000 km2 ont été repris.").build());
    assertTrue(f.stream().noneMatch(x -> x.verdict().equals(Finding.CONFLICT)), verdicts(f));
  }

  @Test
  void aWeekdayThatContradictsItsDateIsAnInternalInconsistency() {
    // the year of «vendredi 3 octobre» is the publication's
    Finding f = only(judge(aboutX("vendredi 3 octobre").unit("date").date("2024-10-03").weekday("vendredi")
        .frame("summit").published("2024-10-04").sentence("Le sommet s'est ouvert vendredi 3 octobre à Bruxelles.").build()),
        Finding.INTERNAL_INCONSISTENCY);
    assertTrue(f.explanation().contains("3 October 2024 was a Thursday"), f.explanation());
  }

  @Test
  void aWeekdayWithoutYearInAnUndatedArticleIsNotJudged() {
    // nothing says which year «dimanche 7 décembre» is in: no year may be guessed for it
    assertEquals(List.of(), judge(aboutX("dimanche 7 décembre").unit("date").date("1989-12-07").weekday("dimanche")
        .frame("summit").sentence("Le sommet s'ouvrira dimanche 7 décembre à Poznan.").build()));
  }

  @Test
  void outletsGivingDifferentWeekdaysForOneEventConflict() {
    List<Finding> f = judge(
        aboutX("vendredi 3 octobre").unit("date").date("2024-10-03").weekday("vendredi").frame("summit")
            .published("2024-10-04").sentence("Le sommet s'est ouvert vendredi 3 octobre à Bruxelles.").build(),
        aboutX("jeudi").article("b.txt").unit("date").date("2024-10-03").weekday("jeudi").frame("summit")
            .sentence("Le sommet s'est ouvert jeudi.").build(),
        aboutX("jeudi").article("c.txt").unit("date").weekday("jeudi").frame("summit")
            .sentence("Les dirigeants se sont retrouvés jeudi pour le sommet.").build(),
        // c.txt has no date, but repeats two of b.txt's figures: it is read as of b.txt's day
        aboutX("27 chefs d'État").article("b.txt").value(27.0).frame("summit").date("2024-10-03")
            .sentence("Le sommet a réuni 27 chefs d'État.").build(),
        aboutX("27 chefs d'État").article("c.txt").value(27.0).frame("summit")
            .sentence("Les 27 chefs d'État étaient présents.").build(),
        aboutX("deux jours").article("b.txt").value(2.0).unit("day").frame("summit").date("2024-10-03")
            .sentence("Le sommet durera deux jours.").build(),
        aboutX("deux jours").article("c.txt").value(2.0).unit("day").frame("summit")
            .sentence("Un sommet de deux jours.").build());
    Finding conflict = only(f, Finding.CONFLICT);
    assertEquals(3, conflict.claims().size());
    assertTrue(conflict.explanation().contains("c.txt is undated; it repeats the figures of b.txt"), conflict.explanation());
    assertTrue(conflict.explanation().contains("weekday in a.txt is the likely error"), conflict.explanation());
    only(f, Finding.INTERNAL_INCONSISTENCY);
  }

  @Test
  void aShareAndAnAmountImplyAWholeThatOtherSourcesContradict() {
    String s = "Les troupes ont repris plus de 500 km2, soit plus de 80 % de la zone occupée.";
    List<Finding> f = judge(
        aboutX("plus de 500 km2").values(500.0, 500.0, null).unit("km2").qualifier("more_than")
            .frame("retake").sentence(s).build(),
        aboutX("plus de 80 %").values(80.0, 80.0, 100.0).unit("percent").qualifier("more_than")
            .frame("retake").sentence(s).build(),
        aboutX("plusieurs dizaines de kilomètres carrés").article("b.txt").values(null, 20.0, 90.0)
            .unit("km2").qualifier("vague").frame("occupy")
            .sentence("Les troupes occupaient plusieurs dizaines de kilomètres carrés.").build());
    Finding derived = f.stream().filter(x -> x.property().endsWith("#derived")).findFirst().orElseThrow();
    assertEquals(Finding.CONFLICT, derived.verdict());
    assertTrue(derived.explanation().contains("implies about 625 km² for the area held"), derived.explanation());
  }

  @Test
  void weekdaysOfEventsWithoutDatesAreNotCompared() {
    List<Finding> f = judge(
        aboutX("lundi").unit("date").weekday("lundi").frame("strike")
            .sentence("Les cheminots ont cessé le travail lundi.").build(),
        aboutX("jeudi").article("b.txt").unit("date").weekday("jeudi").frame("strike")
            .sentence("La grève a commencé jeudi.").build());
    assertTrue(f.isEmpty(), verdicts(f));
  }

  @Test
  void findingIdsAreStableAcrossRuns() {
    Claim a = aboutX("12 blessés").value(12.0).frame("wounded").sentence("Il y a 12 blessés.").build();
    assertEquals(judge(a).get(0).id(), judge(a).get(0).id());
    assertEquals(12, judge(a).get(0).id().length());
  }

  @Test
  void underACountryOnlyArticlesOfOneStoryAreCompared() {
    // two unrelated stories filed under France: strikes (a, b) and a storm (c)
    Claim a1 = aboutX("12 000 grévistes").value(12000.0).frame("strike")
        .sentence("La grève a réuni 12 000 grévistes.").build();
    Claim a2 = aboutX("trois jours").value(3.0).unit("day").frame("strike")
        .sentence("La grève durera trois jours.").build();
    Claim b1 = aboutX("12 000 grévistes").article("b.txt").value(12000.0).frame("strike")
        .sentence("On comptait 12 000 grévistes.").build();
    Claim b2 = aboutX("cinq jours").article("b.txt").value(5.0).unit("day").frame("strike")
        .sentence("Une grève de cinq jours.").build();
    Claim c1 = aboutX("40 000 grévistes").article("c.txt").value(40000.0).frame("strike")
        .sentence("L'an passé, 40 000 grévistes avaient défilé.").build();
    List<Finding> f = judge.judge("place:france", "France", List.of(a1, a2, b1, b2, c1));
    assertEquals(1, f.stream().filter(x -> x.verdict().equals(Finding.CONFLICT)).count(), verdicts(f));
    Finding conflict = only(f, Finding.CONFLICT);
    assertEquals("strike:duration", conflict.property());
    assertTrue(f.stream().noneMatch(x -> x.claims().stream().anyMatch(e -> e.article().equals("c.txt"))
        && x.claims().size() > 1), "the other story is not compared: " + verdicts(f));
  }

  @Test
  void anArticleGivingSeveralFiguresForOneFrameIsNotComparedOnIt() {
    List<Finding> f = judge(
        aboutX("3 milliards d'euros").value(3e9).unit("currency:EUR").frame("cost")
            .sentence("Le chantier coûtera 3 milliards d'euros, pour un budget total de 6 milliards d'euros.")
            .build(),
        aboutX("6 milliards d'euros").value(6e9).unit("currency:EUR").frame("cost")
            .sentence("Le chantier coûtera 3 milliards d'euros, pour un budget total de 6 milliards d'euros.")
            .build(),
        aboutX("4 milliards d'euros").article("b.txt").value(4e9).unit("currency:EUR").frame("cost")
            .sentence("Le coût atteint 4 milliards d'euros.").build());
    // which of a.txt's two figures b.txt's is about cannot be told: each stays alone
    assertTrue(f.stream().allMatch(x -> x.verdict().equals(Finding.SINGLE_SOURCE)), verdicts(f));
  }

  @Test
  void figuresKnownOnlyByTheirNounAreComparedWithinOneStory() {
    Claim a = ClaimBuilder.claim("42 voix").value(42).what("voix").entity("place:lille")
        .sentence("La liste a obtenu 42 voix au conseil.").span(0, 7).build();
    Claim b = ClaimBuilder.claim("130 voix").article("b.txt").value(130).what("voix").entity("place:lille")
        .sentence("Le budget a été adopté par 130 voix.").span(0, 8).build();
    List<Finding> f = judge.judge("place:lille", "Lille", List.of(a, b));
    assertTrue(f.stream().allMatch(x -> x.verdict().equals(Finding.SINGLE_SOURCE)), verdicts(f));
  }
}
