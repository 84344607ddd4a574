package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;

/** Verdicts on small sets of claims, each as an extractor would produce it from the quoted French sentence. */
class ConsistencyJudgeTest {

  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();

  /** A numeric claim; the sentence is the French text it comes from. */
  static Claim claim(String article, String text, Double value, Double low, Double high, String unit,
      String qualifier, String frame, String period, String date, String sentence) {
    int start = Math.max(0, sentence.indexOf(text));
    return new Claim(article, text, value, low, high, unit, qualifier, null, frame, period,
        "place:x", null, null, date, null, sentence, start, start + text.length());
  }

  static Claim dateClaim(String article, String text, String date, String weekday, String frame, String sentence) {
    int start = Math.max(0, sentence.indexOf(text));
    return new Claim(article, text, null, null, null, "date", "exact", null, frame, null,
        "place:x", null, null, date, weekday, sentence, start, start + text.length());
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
        claim("a.txt", "plus de 80 %", 80.0, 80.0, 100.0, "percent", "more_than", "contain", null, "2024-08-02",
            "Les pompiers ont maîtrisé plus de 80 % de l'incendie."),
        claim("b.txt", "80 %", 80.0, 80.0, 80.0, "percent", "exact", "contain", null, "2024-08-02",
            "L'incendie est maîtrisé à 80 %, selon la préfecture."));
    assertEquals(Finding.AGREE, only(f, Finding.AGREE).verdict());
    assertEquals(2, only(f, Finding.AGREE).claims().size());
  }

  @Test
  void moreThanAThousandConflictsWithSeveralHundred() {
    Finding f = only(judge(
        claim("a.txt", "plus de 1 000 hectares", 1000.0, 1000.0, null, "hectare", "more_than", "burn", null, null,
            "Le feu a parcouru plus de 1 000 hectares."),
        claim("b.txt", "plusieurs centaines d'hectares", null, 200.0, 900.0, "hectare", "vague", "burn", null, null,
            "Les flammes ont détruit plusieurs centaines d'hectares.")), Finding.CONFLICT);
    assertTrue(f.explanation().contains("do not overlap"), f.explanation());
  }

  @Test
  void aLaterTotalAfterAnEarlierShareIsAChangeOverTime() {
    Finding f = only(judge(
        claim("a.txt", "plus de 60 %", 60.0, 60.0, 100.0, "percent", "more_than", "restore", null, "2024-01-10",
            "Le courant est rétabli dans plus de 60 % des foyers."),
        claim("c.txt", "60 %", 60.0, 60.0, 60.0, "percent", "exact", "restore", null, null,
            "Le courant est revenu pour 60 % des foyers."),
        claim("b.txt", "entièrement", 100.0, 100.0, 100.0, "percent", "total", "restore", null, "2024-01-20",
            "Le courant a été entièrement rétabli.")), Finding.CHANGED_OVER_TIME);
    assertTrue(f.explanation().startsWith("The share (restore) changed over time: on 2024-01-10"), f.explanation());
    assertEquals("a.txt", f.claims().get(0).article());
    assertEquals("b.txt", f.claims().get(1).article());
  }

  @Test
  void moreThanAShareAndTheWholeUndatedAreCompatibleNotAConflict() {
    only(judge(
        claim("a.txt", "plus de 60 %", 60.0, 60.0, 100.0, "percent", "more_than", "restore", null, "2024-01-10",
            "Le courant est rétabli dans plus de 60 % des foyers."),
        claim("b.txt", "entièrement", 100.0, 100.0, 100.0, "percent", "total", "restore", null, null,
            "Le courant a été entièrement rétabli.")), Finding.COMPATIBLE);
  }

  @Test
  void overlappingButDifferentFiguresAreCompatible() {
    only(judge(
        claim("a.txt", "environ 1 000 manifestants", 1000.0, 900.0, 1100.0, "count", "about", "protest", null, null,
            "Environ 1 000 manifestants ont défilé."),
        claim("b.txt", "plus de 1 050 manifestants", 1050.0, 1050.0, null, "count", "more_than", "protest", null, null,
            "Plus de 1 050 manifestants ont défilé.")), Finding.COMPATIBLE);
  }

  @Test
  void oneOutletAloneIsSingleSource() {
    only(judge(claim("a.txt", "12 blessés", 12.0, 12.0, 12.0, "count", "exact", "wounded", null, null,
        "L'accident a fait 12 blessés.")), Finding.SINGLE_SOURCE);
  }

  @Test
  void differentPropertiesAreNeverCompared() {
    List<Finding> f = judge(
        claim("a.txt", "430 otages", 430.0, 430.0, 430.0, "count", "exact", "hostages", null, null,
            "Le groupe détient 430 otages."),
        claim("b.txt", "24 villages", 24.0, 24.0, 24.0, "count", "exact", "retake", null, null,
            "L'armée a repris 24 villages."));
    assertEquals(2, f.size(), verdicts(f));
    assertTrue(f.stream().allMatch(x -> x.verdict().equals(Finding.SINGLE_SOURCE)), verdicts(f));
  }

  @Test
  void weeksAndDaysAreConvertedBeforeComparing() {
    only(judge(
        claim("a.txt", "deux semaines", 2.0, 2.0, 2.0, "week", "exact", "ceasefire", null, null,
            "Les belligérants ont accepté une trêve de deux semaines."),
        claim("b.txt", "14 jours", 14.0, 14.0, 14.0, "day", "exact", "ceasefire", null, null,
            "Une trêve de 14 jours a été conclue.")), Finding.AGREE);
  }

  @Test
  void figuresForDifferentPeriodsAreSeparateProperties() {
    List<Finding> f = judge(
        claim("a.txt", "300 km2", 300.0, 300.0, 300.0, "km2", "exact", "retake", "last:3:day", null,
            "En trois jours, 300 km2 ont été repris."),
        claim("b.txt", "plus de 2 000 km2", 2000.0, 2000.0, null, "km2", "more_than", "retake", "total", null,
            "Au total, plus de 2 000 km2 ont été repris."));
    assertTrue(f.stream().noneMatch(x -> x.verdict().equals(Finding.CONFLICT)), verdicts(f));
  }

  @Test
  void aWeekdayThatContradictsItsDateIsAnInternalInconsistency() {
    // the year of «vendredi 3 octobre» is the publication's
    Finding f = only(judge(dateClaim("a.txt", "vendredi 3 octobre", "2024-10-03", "vendredi", "summit",
        "Le sommet s'est ouvert vendredi 3 octobre à Bruxelles.").withPublished("2024-10-04")),
        Finding.INTERNAL_INCONSISTENCY);
    assertTrue(f.explanation().contains("3 October 2024 was a Thursday"), f.explanation());
  }

  @Test
  void aWeekdayWithoutYearInAnUndatedArticleIsNotJudged() {
    // nothing says which year «dimanche 7 décembre» is in: no year may be guessed for it
    assertEquals(List.of(), judge(dateClaim("a.txt", "dimanche 7 décembre", "1989-12-07", "dimanche", "summit",
        "Le sommet s'ouvrira dimanche 7 décembre à Poznan.")));
  }

  @Test
  void outletsGivingDifferentWeekdaysForOneEventConflict() {
    List<Finding> f = judge(
        dateClaim("a.txt", "vendredi 3 octobre", "2024-10-03", "vendredi", "summit",
            "Le sommet s'est ouvert vendredi 3 octobre à Bruxelles.").withPublished("2024-10-04"),
        dateClaim("b.txt", "jeudi", "2024-10-03", "jeudi", "summit", "Le sommet s'est ouvert jeudi."),
        dateClaim("c.txt", "jeudi", null, "jeudi", "summit", "Les dirigeants se sont retrouvés jeudi pour le sommet."),
        // c.txt has no date, but repeats two of b.txt's figures: it is read as of b.txt's day
        claim("b.txt", "27 chefs d'État", 27.0, 27.0, 27.0, "count", "exact", "summit", null, "2024-10-03",
            "Le sommet a réuni 27 chefs d'État."),
        claim("c.txt", "27 chefs d'État", 27.0, 27.0, 27.0, "count", "exact", "summit", null, null,
            "Les 27 chefs d'État étaient présents."),
        claim("b.txt", "deux jours", 2.0, 2.0, 2.0, "day", "exact", "summit", null, "2024-10-03",
            "Le sommet durera deux jours."),
        claim("c.txt", "deux jours", 2.0, 2.0, 2.0, "day", "exact", "summit", null, null,
            "Un sommet de deux jours."));
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
        claim("a.txt", "plus de 500 km2", 500.0, 500.0, null, "km2", "more_than", "retake", null, null, s),
        claim("a.txt", "plus de 80 %", 80.0, 80.0, 100.0, "percent", "more_than", "retake", null, null, s),
        claim("b.txt", "plusieurs dizaines de kilomètres carrés", null, 20.0, 90.0, "km2", "vague", "occupy", null, null,
            "Les troupes occupaient plusieurs dizaines de kilomètres carrés."));
    Finding derived = f.stream().filter(x -> x.property().endsWith("#derived")).findFirst().orElseThrow();
    assertEquals(Finding.CONFLICT, derived.verdict());
    assertTrue(derived.explanation().contains("implies about 625 km² for the area held"), derived.explanation());
  }

  @Test
  void weekdaysOfEventsWithoutDatesAreNotCompared() {
    List<Finding> f = judge(
        dateClaim("a.txt", "lundi", null, "lundi", "strike", "Les cheminots ont cessé le travail lundi."),
        dateClaim("b.txt", "jeudi", null, "jeudi", "strike", "La grève a commencé jeudi."));
    assertTrue(f.isEmpty(), verdicts(f));
  }

  @Test
  void findingIdsAreStableAcrossRuns() {
    Claim a = claim("a.txt", "12 blessés", 12.0, 12.0, 12.0, "count", "exact", "wounded", null, null, "Il y a 12 blessés.");
    assertEquals(judge(a).get(0).id(), judge(a).get(0).id());
    assertEquals(12, judge(a).get(0).id().length());
  }

  @Test
  void underACountryOnlyArticlesOfOneStoryAreCompared() {
    // two unrelated stories filed under France: strikes (a, b) and a storm (c)
    Claim a1 = claim("a.txt", "12 000 grévistes", 12000.0, 12000.0, 12000.0, "count", "exact", "strike", null, null,
        "La grève a réuni 12 000 grévistes.");
    Claim a2 = claim("a.txt", "trois jours", 3.0, 3.0, 3.0, "day", "exact", "strike", null, null, "La grève durera trois jours.");
    Claim b1 = claim("b.txt", "12 000 grévistes", 12000.0, 12000.0, 12000.0, "count", "exact", "strike", null, null,
        "On comptait 12 000 grévistes.");
    Claim b2 = claim("b.txt", "cinq jours", 5.0, 5.0, 5.0, "day", "exact", "strike", null, null, "Une grève de cinq jours.");
    Claim c1 = claim("c.txt", "40 000 grévistes", 40000.0, 40000.0, 40000.0, "count", "exact", "strike", null, null,
        "L'an passé, 40 000 grévistes avaient défilé.");
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
        claim("a.txt", "3 milliards d'euros", 3e9, 3e9, 3e9, "currency:EUR", "exact", "cost", null, null,
            "Le chantier coûtera 3 milliards d'euros, pour un budget total de 6 milliards d'euros."),
        claim("a.txt", "6 milliards d'euros", 6e9, 6e9, 6e9, "currency:EUR", "exact", "cost", null, null,
            "Le chantier coûtera 3 milliards d'euros, pour un budget total de 6 milliards d'euros."),
        claim("b.txt", "4 milliards d'euros", 4e9, 4e9, 4e9, "currency:EUR", "exact", "cost", null, null,
            "Le coût atteint 4 milliards d'euros."));
    // which of a.txt's two figures b.txt's is about cannot be told: each stays alone
    assertTrue(f.stream().allMatch(x -> x.verdict().equals(Finding.SINGLE_SOURCE)), verdicts(f));
  }

  @Test
  void figuresKnownOnlyByTheirNounAreComparedWithinOneStory() {
    Claim a = new Claim("a.txt", "42 voix", 42.0, 42.0, 42.0, "count", "exact", "voix", null, null, "place:lille",
        null, null, null, null, "La liste a obtenu 42 voix au conseil.", 0, 7);
    Claim b = new Claim("b.txt", "130 voix", 130.0, 130.0, 130.0, "count", "exact", "voix", null, null, "place:lille",
        null, null, null, null, "Le budget a été adopté par 130 voix.", 0, 8);
    List<Finding> f = judge.judge("place:lille", "Lille", List.of(a, b));
    assertTrue(f.stream().allMatch(x -> x.verdict().equals(Finding.SINGLE_SOURCE)), verdicts(f));
  }
}
