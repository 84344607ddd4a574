package org.newsclaims.consistency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;

/**
 * Compares the weekdays claims give for one frame's event («mardi 12 mars», «mercredi»):
 * different weekdays for one event are a {@code conflict}, and a weekday that contradicts its own
 * date is an {@code internal_inconsistency}. (Dates themselves are compared like other figures by
 * {@link ConsistencyJudge}.)
 *
 * <p>A date written without its year («dimanche 7 décembre») takes the year of its article's
 * publication; when the article has no publication date, the date is not judged against its
 * weekday: the year would be a guess.
 *
 * <p>Example: {@code new DateJudge(names).judge("place:x", "X", "visit", claims, Map.of())}.
 */
final class DateJudge {

  private static final int SAME_EVENT_DAYS = 7;

  private final PropertyNames names;

  DateJudge(PropertyNames names) {
    this.names = names;
  }

  List<Finding> judge(String entityId, String entityName, String frame, List<Claim> claims,
      Map<String, String> estimated) {
    List<Finding> findings = new ArrayList<>();
    String property = frame + ":date";
    String label = names.label(frame, "date");
    for (Claim c : claims) {
      LocalDate day = ClaimDates.day(c.date());
      DayOfWeek stated = ClaimDates.weekday(c.weekday());
      if (day != null && stated != null && day.getDayOfWeek() != stated && ClaimDates.yearKnown(c)) {
        findings.add(FindingText.finding(entityId, entityName, property + "#" + c.article() + "@" + c.start(), label,
            Finding.INTERNAL_INCONSISTENCY, List.of(c),
            c.article() + " writes «" + c.text() + "», but " + FindingText.longDate(day) + " was a "
                + FindingText.english(day.getDayOfWeek()) + " (" + ClaimDates.frenchName(day.getDayOfWeek())
                + "), not a " + FindingText.english(stated) + ": the weekday contradicts the date."));
      }
    }
    // one stated day per article: the weekday written, else the weekday of the full date
    Map<String, List<Claim>> byDay = new TreeMap<>();
    Map<String, Claim> firstPerArticle = new LinkedHashMap<>();
    for (Claim c : claims) {
      DayOfWeek day = statedDay(c);
      if (day == null) {
        continue;
      }
      firstPerArticle.putIfAbsent(c.article(), c);
    }
    if (firstPerArticle.size() < 2 || !sameEvent(firstPerArticle.values(), estimated)
        || firstPerArticle.values().stream().allMatch(c -> ClaimDates.day(c.date()) != null && ClaimDates.dayWritten(c))) {
      // dates written out on every side are compared like other figures, by the consistency judge
      return findings;
    }
    for (Claim c : firstPerArticle.values()) {
      byDay.computeIfAbsent(FindingText.english(statedDay(c)), k -> new ArrayList<>()).add(c);
    }
    List<Claim> evidence = FindingText.sorted(new ArrayList<>(firstPerArticle.values()));
    if (byDay.size() == 1) {
      return findings; // agreeing dates are found by the consistency judge with the other figures
    }
    StringBuilder text = new StringBuilder("Sources give different days for the " + frame + ": ");
    List<String> parts = new ArrayList<>();
    byDay.forEach((day, cs) -> parts.add(FindingText.listClaims(cs) + " (" + day + ")"));
    text.append(String.join(" against ", parts)).append(ClaimTimes.estimateNote(evidence, estimated)).append('.');
    for (Claim c : evidence) {
      LocalDate day = ClaimDates.day(c.date());
      DayOfWeek stated = ClaimDates.weekday(c.weekday());
      if (day != null && stated != null && day.getDayOfWeek() != stated) {
        text.append(" ").append(FindingText.longDate(day)).append(" was a ").append(FindingText.english(day.getDayOfWeek()))
            .append(", so the weekday in ").append(c.article()).append(" is the likely error.");
      }
    }
    findings.add(FindingText.finding(entityId, entityName, property, label, Finding.CONFLICT, evidence, text.toString()));
    return findings;
  }

  private static DayOfWeek statedDay(Claim c) {
    DayOfWeek stated = ClaimDates.weekday(c.weekday());
    if (stated != null) {
      return stated;
    }
    LocalDate day = ClaimDates.day(c.date());
    return day != null ? day.getDayOfWeek() : null;
  }

  /**
   * True when every claim has a day (its own or its article's estimated one) and they all lie
   * within a week: only then do two weekdays name the same event's day.
   */
  static boolean sameEvent(Iterable<Claim> claims, Map<String, String> estimated) {
    LocalDate min = null;
    LocalDate max = null;
    for (Claim c : claims) {
      LocalDate d = ClaimDates.day(ClaimTimes.dateOf(c, estimated));
      if (d == null) {
        return false;
      }
      min = min == null || d.isBefore(min) ? d : min;
      max = max == null || d.isAfter(max) ? d : max;
    }
    return min != null && !max.isAfter(min.plusDays(SAME_EVENT_DAYS));
  }


}
