package org.newsclaims.consistency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.newsclaims.text.ResourceTable;

/**
 * Reads the partial ISO dates claims carry ({@code 2025-03-12}, {@code 2025-03}, {@code 2025})
 * as day ranges, and French weekday names as {@link DayOfWeek}s (from {@code weekdays.tsv}).
 *
 * <p>Example: {@code ClaimDates.range("2025-04")} is {@code [2025-04-01, 2025-04-30]}.
 */
public final class ClaimDates {

  /** An inclusive range of days. */
  public record DayRange(LocalDate from, LocalDate to) {
    public boolean before(DayRange other) {
      return to.isBefore(other.from);
    }

    public boolean overlaps(DayRange other) {
      return !to.isBefore(other.from) && !other.to.isBefore(from);
    }
  }

  private static final Map<String, DayOfWeek> WEEKDAYS = loadWeekdays();

  private ClaimDates() {}

  /** The days an ISO date (full, year-month or year) covers, or null when absent or unreadable. */
  public static DayRange range(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      if (iso.length() >= 10) {
        LocalDate d = isoDay(iso);
        return new DayRange(d, d);
      }
      if (iso.length() == 7) {
        YearMonth ym = YearMonth.parse(iso);
        return new DayRange(ym.atDay(1), ym.atEndOfMonth());
      }
      if (iso.length() == 4) {
        int year = Integer.parseInt(iso);
        return new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /**
   * The day of {@code yyyy-mm-dd} (the first ten characters), as {@link LocalDate#parse} reads it:
   * the plain digits are read directly (the judge reads claim dates inside its pairwise loops,
   * where the formatter's parse was most of the cost); any other form goes to the parser.
   */
  private static LocalDate isoDay(String iso) {
    if (iso.charAt(4) == '-' && iso.charAt(7) == '-' && digits(iso, 0, 4) && digits(iso, 5, 7) && digits(iso, 8, 10)) {
      try {
        return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
            Integer.parseInt(iso, 8, 10, 10));
      } catch (java.time.DateTimeException e) {
        throw new DateTimeParseException(e.getMessage(), iso, 0);
      }
    }
    return LocalDate.parse(iso.substring(0, 10));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /** True when an ISO date names a year only ({@code 1985}). */
  public static boolean yearOnly(String iso) {
    return iso != null && iso.length() == 4 && range(iso) != null;
  }

  /** A full date, or null when the ISO string is partial or absent. */
  public static LocalDate day(String iso) {
    DayRange r = range(iso);
    return r != null && r.from().equals(r.to()) ? r.from() : null;
  }

  /** The weekday a French name denotes ({@code mercredi} → WEDNESDAY), or null. */
  public static DayOfWeek weekday(String frenchName) {
    return frenchName == null ? null : WEEKDAYS.get(frenchName.toLowerCase(java.util.Locale.ROOT).strip());
  }

  /** The French name of a weekday. */
  public static String frenchName(DayOfWeek day) {
    for (Map.Entry<String, DayOfWeek> e : WEEKDAYS.entrySet()) {
      if (e.getValue() == day) {
        return e.getKey();
      }
    }
    return day.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<String, DayOfWeek> loadWeekdays() {
    Map<String, DayOfWeek> map = new HashMap<>();
    for (String[] row : ResourceTable.read(ClaimDates.class, "weekdays.tsv", 2)) {
      map.put(row[0], DayOfWeek.of(Integer.parseInt(row[1])));
    }
    return Map.copyOf(map);
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[89]|20)\\d\\d\\b");

  /**
   * True when a date claim's year is known: written in it («12 mars 2025») or taken from its
   * article's publication date. A date without either («dimanche 7 décembre» in an undated
   * article) has a guessed year and is not judged.
   */
  public static boolean yearKnown(org.newsclaims.model.Claim c) {
    return c.published() != null || (c.text() != null && YEAR.matcher(c.text()).find());
  }

  private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

  /**
   * The leap year a day and month written without a year («le 2 juillet» in an undated article)
   * are placed in: such dates are compared only with each other, within one story, by their
   * month and day (a story spans days or weeks, so one month-day names one day).
   */
  public static final int YEARLESS = 2000;

  /**
   * The day and month a date claim writes without a year, in {@link #YEARLESS}, when its year is
   * not {@link #yearKnown known}; else null («mercredi 2 juillet» gives 2000-07-02; «2 juillet
   * 2008» or «mercredi» give null).
   */
  public static LocalDate yearlessDay(org.newsclaims.model.Claim c) {
    if (c.text() == null || yearKnown(c)) {
      return null;
    }
    for (org.newsclaims.text.FrenchDates.DateMention m : org.newsclaims.text.FrenchDates.fromResources().find(c.text())) {
      if (m.year() == null && m.month() != null && m.day() != null && m.relative() == null) {
        try {
          return LocalDate.of(YEARLESS, m.month(), m.day());
        } catch (java.time.DateTimeException e) {
          return null; // 31 juin
        }
      }
    }
    return null;
  }

  /**
   * True when the day a date claim names is written out («12 mars», «le 24»), or the claim names
   * no day at all («août 2024»): a bare weekday or «hier» is resolved against the publication date,
   * which tells only which day the writer probably meant (those are judged by their weekday).
   */
  public static boolean dayWritten(org.newsclaims.model.Claim c) {
    return day(c.date()) == null || c.text() != null && DIGIT.matcher(c.text()).find();
  }
}
