package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;

class IntervalTest {

  private static Claim c(Double value, Double low, Double high, String unit, String qualifier) {
    return ClaimBuilder.claim("t").values(value, low, high).unit(unit).qualifier(qualifier).build();
  }

  @Test
  void moreThanAPreciseFigureAllowsTenPercentAbove() {
    Interval i = Interval.of(c(86.0, 86.0, 100.0, "percent", "more_than"), "share");
    assertEquals(86.0, i.low(), 1e-9);
    assertEquals(94.6, i.high(), 1e-9);
  }

  @Test
  void moreThanARoundFigureAllowsHalfAgainAbove() {
    Interval i = Interval.of(c(1000.0, 1000.0, null, "km2", "more_than"), "area");
    assertEquals(1500.0, i.high(), 1e-9);
  }

  @Test
  void aShareNeverExceedsOneHundred() {
    assertEquals(100.0, Interval.of(c(95.0, 95.0, 100.0, "percent", "more_than"), "share").high(), 1e-9);
  }

  @Test
  void vagueAmountsKeepTheirBounds() {
    Interval i = Interval.of(c(null, 200.0, 900.0, "km2", "vague"), "area");
    assertEquals(200.0, i.low(), 1e-9);
    assertEquals(900.0, i.high(), 1e-9);
  }

  @Test
  void anOpenBoundIsInfinite() {
    assertEquals(Double.POSITIVE_INFINITY, Interval.of(c(null, 10.0, null, "count", "range"), "count").high());
  }

  @Test
  void aWholeNumberOfYearsCountsCompletedYears() {
    Interval sixYears = Interval.strict(c(6.0, 6.0, 6.0, "year", "exact"), "duration");
    assertTrue(sixYears.overlaps(Interval.strict(c(6.3333, 6.3333, 6.3333, "year", "exact"), "duration")));
    assertTrue(!sixYears.overlaps(Interval.strict(c(5.0, 5.0, 5.0, "year", "exact"), "duration")));
    assertTrue(!Interval.strict(c(12.0, 12.0, 12.0, "day", "exact"), "duration")
        .overlaps(Interval.strict(c(13.0, 13.0, 13.0, "day", "exact"), "duration")));
  }

  @Test
  void desMilliersIsOpenUpwardsButPlusieursMilliersIsNot() {
    assertTrue(Interval.opensUpwards("des milliers de manifestants"));
    assertTrue(Interval.opensUpwards("Des centaines de blessés"));
    assertTrue(Interval.opensUpwards("de dizaines de milliers de réfugiés"));
    assertTrue(Interval.opensUpwards("des millions d'euros"));
    assertFalse(Interval.opensUpwards("plusieurs milliers de manifestants"));
    assertFalse(Interval.opensUpwards("quelques centaines de blessés"));
    assertFalse(Interval.opensUpwards("des millier"));
    assertFalse(Interval.opensUpwards("une dizaine de blessés"));
    assertFalse(Interval.opensUpwards("des manifestants"));
    Interval open = Interval.strict(ClaimBuilder.claim("des milliers de manifestants")
        .values(null, 2000.0, 9000.0).unit("count").qualifier("vague").build(), "count");
    assertEquals(Double.POSITIVE_INFINITY, open.high());
    Interval bounded = Interval.strict(ClaimBuilder.claim("plusieurs milliers de manifestants")
        .values(null, 2000.0, 9000.0).unit("count").qualifier("vague").build(), "count");
    assertEquals(9000.0, bounded.high(), 1e-9);
  }
}
