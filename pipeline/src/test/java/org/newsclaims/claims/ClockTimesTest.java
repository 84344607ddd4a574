package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;

/** Times of day written with «h» («20h08», «20h») are claims of unit {@code time}, on sentences written for the tests. */
class ClockTimesTest {

  private static List<Claim> times(String sentence) {
    return ClaimExtractorPhrasesTest.claims(sentence, null).stream().filter(c -> "time".equals(c.unit())).toList();
  }

  @Test
  void aTimeOfDayOfACeremonysStartIsAClaimInHoursAfterMidnightBoundedByItsMinute() {
    List<Claim> t = times("Le concert doit débuter à 21h15 (heure locale), soit 15h15 à Paris.");
    assertEquals(List.of("21h15", "15h15"), t.stream().map(Claim::text).toList());
    assertEquals(21.25, t.get(0).value(), 1e-9);
    assertEquals(21.25 - 0.5 / 60, t.get(0).low(), 1e-9);
    assertEquals(21.25 + 0.5 / 60, t.get(0).high(), 1e-9);
  }

  @Test
  void aWholeHourIsATimeAndASlotOrAnImpossibleHourIsNone() {
    assertEquals(List.of("20h"), times("Le défilé partira à 20h de la place.").stream().map(Claim::text).toList());
    assertEquals(List.of(), times("Le guichet ouvre de 19h-20h, puis à 25h selon une coquille."));
  }
}
