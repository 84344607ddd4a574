package org.newsclaims.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsclaims.model.Claim;

/**
 * The value groups of a fact: claims whose intervals share a common range («au moins 18» and
 * «22» are one group; «204» and «205» two), and the groups ordered in time when each is dated and
 * none overlaps the next (a toll that rose from one day to the next).
 *
 * <p>Example: {@code ValueGroups.partition(claims, c -> judge.strict(c, "count"))}.
 */
final class ValueGroups {

  private ValueGroups() {}

  /**
   * Partitions claims into groups whose intervals share a common range: the {@link Interval#strict
   * strict} ones (what the words allow) when {@code strict}, else the plausible ones.
   */
  static List<List<Claim>> partition(List<Claim> claims, Function<Claim, Interval> intervalOf) {
    List<Claim> byLow = new ArrayList<>(claims);
    Map<Claim, Interval> of = new LinkedHashMap<>();
    for (Claim c : claims) {
      of.put(c, intervalOf.apply(c));
    }
    byLow.sort(Comparator.comparingDouble((Claim c) -> of.get(c).low())
        .thenComparingDouble(c -> of.get(c).high())
        .thenComparing(Claim::article).thenComparingInt(Claim::start));
    List<List<Claim>> groups = new ArrayList<>();
    List<Claim> current = new ArrayList<>();
    Interval common = null;
    for (Claim c : byLow) {
      Interval i = of.get(c);
      if (common != null && common.overlaps(i)) {
        common = common.intersect(i);
        current.add(c);
      } else {
        if (!current.isEmpty()) {
          groups.add(FindingText.sorted(current));
        }
        current = new ArrayList<>(List.of(c));
        common = i;
      }
    }
    if (!current.isEmpty()) {
      groups.add(FindingText.sorted(current));
    }
    return groups;
  }

  /** A value group and the days its sources stated it. */
  record Dated(ClaimDates.DayRange range, List<Claim> claims) {}

  /** The groups ordered in time when every group is dated and none overlaps the next; else null. */
  static List<Dated> dated(List<List<Claim>> groups, Map<String, String> estimated) {
    List<Dated> dated = new ArrayList<>();
    for (List<Claim> g : groups) {
      LocalDate from = null;
      LocalDate to = null;
      for (Claim c : g) {
        ClaimDates.DayRange r = ClaimDates.range(ClaimTimes.asOf(c, estimated));
        if (r == null) {
          continue;
        }
        from = from == null || r.from().isBefore(from) ? r.from() : from;
        to = to == null || r.to().isAfter(to) ? r.to() : to;
      }
      if (from == null) {
        return null;
      }
      dated.add(new Dated(new ClaimDates.DayRange(from, to), g));
    }
    dated.sort(Comparator.comparing((Dated d) -> d.range.from()));
    for (int i = 1; i < dated.size(); i++) {
      if (!dated.get(i - 1).range.before(dated.get(i).range)) {
        return null;
      }
    }
    return dated;
  }
}
