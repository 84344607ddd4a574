package org.newsclaims.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the date mentions {@link FrenchDates#find} reads into ISO dates, against the article's
 * publication date: a day and month without a year take the publication year (or the year before
 * when that would put the date more than a month after publication); without a publication date,
 * the first such date on or after the latest month or year the article states before it (articles
 * report on what follows the dates they recall). Relative phrases («l'année dernière», «la semaine
 * prochaine», «hier») and bare weekdays need a publication date; without one they stay unresolved.
 * Immutable and thread-safe.
 */
final class DateResolver {

  /** Weekday words in lower case to ISO day numbers (1 = lundi). */
  private final Map<String, Integer> weekdays;

  DateResolver(Map<String, Integer> weekdays) {
    this.weekdays = weekdays;
  }

  /**
   * Resolves the mentions of one article, in order.
   *
   * @param mentions every date mention of the article, in text order
   * @param published the publication date ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy}) or null
   */
  List<FrenchDates.ResolvedDate> resolve(List<FrenchDates.DateMention> mentions, String published) {
    LocalDate pubDay = parseDay(published);
    Integer pubYear = parseYear(published);
    YearMonth articleMax = null;
    for (FrenchDates.DateMention d : mentions) {
      YearMonth ym = explicitMonth(d);
      if (ym != null && (articleMax == null || ym.isAfter(articleMax))) {
        articleMax = ym;
      }
    }
    List<FrenchDates.ResolvedDate> out = new ArrayList<>();
    YearMonth latestBefore = null;
    for (FrenchDates.DateMention d : mentions) {
      YearMonth anchor = latestBefore != null ? latestBefore : articleMax;
      out.add(new FrenchDates.ResolvedDate(d, resolveOne(d, pubDay, pubYear, anchor)));
      YearMonth ym = explicitMonth(d);
      if (ym != null && (latestBefore == null || ym.isAfter(latestBefore))) {
        latestBefore = ym;
      }
    }
    return out;
  }

  private static YearMonth explicitMonth(FrenchDates.DateMention d) {
    if (d.year() == null || FrenchDates.FROM.equals(d.modifier()) || FrenchDates.UNTIL.equals(d.modifier())) {
      return null;
    }
    return YearMonth.of(d.year(), d.month() == null ? 1 : d.month());
  }

  private String resolveOne(FrenchDates.DateMention d, LocalDate pubDay, Integer pubYear,
      YearMonth anchor) {
    try {
      if (d.relative() != null) {
        return resolveRelative(d.relative(), pubDay, pubYear);
      }
      if (d.month() == null && d.year() != null) {
        return String.format("%04d", d.year());
      }
      if (d.month() == null) {
        // a bare weekday: the most recent such day on or before publication
        if (d.weekday() != null && pubDay != null) {
          DayOfWeek dow = DayOfWeek.of(weekdays.get(d.weekday()));
          return pubDay.with(TemporalAdjusters.previousOrSame(dow)).toString();
        }
        return null;
      }
      Integer year = d.year();
      if (year == null) {
        year = inferYear(d.month(), d.day() == null ? 1 : d.day(), pubDay, pubYear, anchor);
      }
      if (year == null) {
        return null;
      }
      if (d.day() == null) {
        return YearMonth.of(year, d.month()).toString();
      }
      return LocalDate.of(year, d.month(), d.day()).toString();
    } catch (java.time.DateTimeException e) {
      return null; // 31 février
    }
  }

  /**
   * The year of a day and month written without one. With a publication date: its year,
   * or the year before when that would put the date more than a month after publication.
   * Else the first such date on or after {@code anchor}.
   */
  static Integer inferYear(int month, int day, LocalDate pubDay, Integer pubYear,
      YearMonth anchor) {
    if (pubDay != null) {
      LocalDate candidate = LocalDate.of(pubDay.getYear(), month, Math.min(day, 28));
      return candidate.isAfter(pubDay.plusDays(31)) ? pubDay.getYear() - 1 : pubDay.getYear();
    }
    if (pubYear != null) {
      return pubYear;
    }
    if (anchor != null) {
      return month >= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
    }
    return null;
  }

  private static String resolveRelative(String rel, LocalDate pubDay, Integer pubYear) {
    String[] p = rel.split(":");
    int off = Integer.parseInt(p[1]);
    switch (p[0]) {
      case "year":
        return pubYear == null ? null : String.format("%04d", pubYear + off);
      case "month":
        return pubDay == null ? null : YearMonth.from(pubDay).plusMonths(off).toString();
      case "week":
        if (pubDay == null) {
          return null;
        }
        LocalDate w = pubDay.plusWeeks(off);
        return String.format("%04d-W%02d", w.get(IsoFields.WEEK_BASED_YEAR),
            w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "day":
        return pubDay == null ? null : pubDay.plusDays(off).toString();
      default:
        return null;
    }
  }

  /** The publication date as a day, or null when it is missing or only a month or year. */
  static LocalDate parseDay(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Integer parseYear(String published) {
    if (published == null || published.length() < 4) {
      return null;
    }
    try {
      return Integer.parseInt(published.substring(0, 4));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
