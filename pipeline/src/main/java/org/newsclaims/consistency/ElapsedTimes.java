package org.newsclaims.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;

/**
 * Verdicts on durations counted from the day of writing ({@link TimeOffsets}: «trouvé il y a 15
 * jours», «à 100 jours des Jeux») when the sources give different figures. With every article's
 * publication date, each figure names a day (the publication date minus or plus the duration),
 * and those days are compared: the same day is {@code compatible} («voici onze jours» on the 16th
 * and «il y a 15 jours» on the 20th both name the 5th), different days a {@code conflict}. Without
 * them, different figures say the articles were written on different days, the larger «il y a»
 * the later: {@code changed_over_time}, never a conflict.
 *
 * <p>Example: {@code elapsed.judge(group, name, p, id, label, claims, groups, strict)}.
 */
final class ElapsedTimes {

  /** A finding on claims of several value groups ({@code groups}: by their strict durations, in days). */
  Finding judge(String groupId, String groupName, ComparableProperty p, String propertyId, String label,
      List<Claim> claims, List<List<Claim>> groups, Function<Claim, Interval> days) {
    boolean ago = p.quantity().startsWith(PropertyReader.OFFSET_PREFIX + TimeOffsets.AGO);
    boolean allDated = claims.stream().allMatch(c -> ClaimDates.day(c.published()) != null);
    if (allDated) {
      Function<Claim, Interval> instant = c -> {
        Interval d = days.apply(c);
        double published = ClaimDates.day(c.published()).toEpochDay();
        return ago ? new Interval(published - d.high(), published - d.low())
            : new Interval(published + d.low(), published + d.high());
      };
      List<List<Claim>> named = ValueGroups.partition(claims, instant);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < named.size(); i++) {
        text.append(i == 0 ? "" : " against ").append(FindingText.listClaims(named.get(i)))
            .append(" (").append(dayOf(named.get(i), instant)).append(")");
      }
      if (named.size() == 1) {
        return FindingText.finding(groupId, groupName, propertyId, label, Finding.COMPATIBLE, claims,
            "Counted from each article's publication date, the " + label + " names the same day: " + text + ".");
      }
      return FindingText.finding(groupId, groupName, propertyId, label, Finding.CONFLICT, claims,
          "Counted from each article's publication date, the " + label + " names different days: " + text + ".");
    }
    List<List<Claim>> inOrder = new ArrayList<>(groups);
    if (!ago) {
      Collections.reverse(inOrder); // «à 100 jours», then «à 50 jours»: the smaller, the later
    }
    StringBuilder text = new StringBuilder("The " + label + " is counted from the day of writing: ");
    for (int i = 0; i < inOrder.size(); i++) {
      text.append(i == 0 ? "" : "; then ").append(FindingText.listClaims(inOrder.get(i)));
    }
    text.append(". Without every article's publication date the figures cannot be placed on one day; different "
        + "figures say the articles were written on different days, not that they disagree.");
    return FindingText.finding(groupId, groupName, propertyId, label, Finding.CHANGED_OVER_TIME, claims, text.toString());
  }

  private static String dayOf(List<Claim> group, Function<Claim, Interval> instant) {
    Interval common = null;
    for (Claim c : group) {
      Interval i = instant.apply(c);
      common = common == null ? i : common.intersect(i);
    }
    if (Double.isInfinite(common.low()) && Double.isInfinite(common.high())) {
      return "any day";
    }
    if (Double.isInfinite(common.low()) || Double.isInfinite(common.high())) {
      double end = Double.isInfinite(common.low()) ? common.high() : common.low();
      return (Double.isInfinite(common.low()) ? "on or before " : "on or after ") + LocalDate.ofEpochDay((long) end);
    }
    LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(common.low()));
    LocalDate to = LocalDate.ofEpochDay((long) Math.floor(common.high()));
    return from.equals(to) || to.isBefore(from) ? from.toString() : from + " to " + to;
  }
}
