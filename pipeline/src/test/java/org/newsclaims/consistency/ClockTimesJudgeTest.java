package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;

/**
 * Times of day (unit {@code time}) compared across outlets within one zone, on sentences written
 * for these tests: the start of a ceremony given as 21h15 by some and 21h00 by another conflicts;
 * the same moment in local and French time does not.
 */
class ClockTimesJudgeTest {

  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();

  private static Claim time(String article, String text, String sentence) {
    String[] hm = text.split("h");
    double v = Integer.parseInt(hm[0]) + (hm.length > 1 && !hm[1].isEmpty() ? Integer.parseInt(hm[1]) / 60.0 : 0);
    return ClaimBuilder.claim(text).article(article).unit("time").value(v).low(v - 0.5 / 60).high(v + 0.5 / 60)
        .entity("place:lima").sentence(sentence).build();
  }

  private List<Finding> compared(Claim... claims) {
    return judge.judge("story:s-1", "Concert", List.of(claims)).stream()
        .filter(f -> f.claims().stream().map(Finding.Evidence::article).distinct().count() > 1).toList();
  }

  private static String verdicts(List<Finding> findings) {
    return findings.stream().map(f -> f.property() + "=" + f.verdict()).collect(Collectors.joining(", "));
  }

  @Test
  void theTimeOfDayOfACeremonysStartGivenDifferentlyByOutletsConflicts() {
    List<Finding> f = compared(
        time("a.txt", "21h15", "Le concert d'ouverture doit débuter à 21h15 (heure locale) dans le stade."),
        time("b.txt", "21h15", "Dans le stade, le concert d'ouverture a débuté à 21h15 heure locale."),
        time("c.txt", "21h00", "Le concert d'ouverture a débuté dans le stade à 21h00 locales."));
    assertEquals("event:start+local:clock=conflict", verdicts(f));
    assertTrue(f.get(0).explanation().contains("(21:15)") && f.get(0).explanation().contains("(21:00)"), f.get(0).explanation());
  }

  @Test
  void oneMomentInLocalAndInFrenchTimeIsNoDisagreement() {
    List<Finding> f = compared(
        time("a.txt", "21h15", "Le concert d'ouverture doit débuter à 21h15 (heure locale) dans le stade."),
        time("b.txt", "15h15", "Le concert d'ouverture débutera à 15h15 heure française dans le stade."));
    assertEquals("", verdicts(f));
  }

  @Test
  void timesOfDayHoursApartAreTwoMomentsOfTheStory() {
    List<Finding> f = compared(
        time("a.txt", "21h15", "Le concert d'ouverture doit débuter à 21h15 (heure locale) dans le stade."),
        time("b.txt", "23h40", "Le concert d'ouverture a pris fin dans le stade à 23h40 (heure locale)."));
    assertEquals("", verdicts(f));
  }
}
