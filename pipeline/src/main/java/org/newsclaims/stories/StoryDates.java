package org.newsclaims.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The dates of stories and of the articles in them ({@link StoryClusterer}): ISO dates of any
 * precision as epoch-day ranges, a story's span and year, and the date an undated article takes
 * from its story (a dateline's month and day with its event's year, its event's median date when
 * its text is close to the dated members', else only the story's year).
 *
 * <p>Example: {@code StoryDates.range("2025-04")} is the first and last epoch day of April 2025.
 */
final class StoryDates {

  /**
   * An undated article takes the day of its event's dated articles only when its text is this
   * close to theirs; placed by text alone, a looser member may be another day's article.
   */
  static final double DATING_SIMILARITY = 0.4;
  /** An undated article takes its story's year only when its text is this close to the story's dated articles. */
  static final double YEAR_SIMILARITY = 0.25;

  private StoryDates() {}

  /**
   * The date an article without a day-precise date of its own takes from its story: {date,
   * dateSource, span}, or null. A dateline's month and day take the year of the event's dates
   * nearest to them (else the story's year); an article whose text is close to its event's
   * dated articles (cosine at least {@value #DATING_SIMILARITY}) takes their median date; any
   * other takes only the story's year ({@code year}: null unless its dates allow one and the
   * article is at least {@value #YEAR_SIMILARITY} similar to the story's dated articles).
   */
  static String[] storyDate(ArticleSignature s, TermVector v, EventCluster dated, List<String> eventDates, String year,
      String[] storySpan) {
    String own = s.published();
    String eventSpan = eventDates.isEmpty() ? null : spanText(eventDates.get(0), eventDates.get(eventDates.size() - 1));
    String median = eventDates.isEmpty() ? null : eventDates.get((eventDates.size() - 1) / 2);
    if (s.dateline() != null) {
      String dateYear = median != null ? nearestYear(s.dateline(), median) : own != null ? own.substring(0, 4) : year;
      String date = dateYear == null ? null : dateYear + s.dateline().substring(1);
      if (date != null && dayPrecise(date) && (own == null || date.startsWith(own))) {
        return new String[] {date, "dateline+story", median != null ? eventSpan : spanText(storySpan[0], storySpan[1])};
      }
    }
    if (median != null && dated.cosine(v) >= DATING_SIMILARITY && (own == null || median.startsWith(own))) {
      return new String[] {median, own == null ? "story" : "header+story", eventSpan};
    }
    if (own == null && year != null) {
      return new String[] {year, "story", spanText(storySpan[0], storySpan[1])};
    }
    return null;
  }

  /** The year that puts a month-day ({@code --03-12}) nearest to a date ({@code 2009-01-02} gives 2008 for --12-30). */
  static String nearestYear(String monthDay, String near) {
    int y = Integer.parseInt(near.substring(0, 4));
    long target = day(near);
    String best = null;
    long bestGap = Long.MAX_VALUE;
    for (int candidate = y - 1; candidate <= y + 1; candidate++) {
      long d = day(candidate + monthDay.substring(1));
      if (d != Long.MIN_VALUE && Math.abs(d - target) < bestGap) {
        bestGap = Math.abs(d - target);
        best = String.valueOf(candidate);
      }
    }
    return best;
  }

  /** The year all the story's dated articles allow, widened by the link window; null if none or two. */
  static String storyYear(List<Integer> members, List<ArticleSignature> sigs, int linkWindowDays) {
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int i : members) {
      long[] range = range(sigs.get(i).published());
      if (range != null) {
        low = Math.min(low, range[0]);
        high = Math.max(high, range[1]);
      }
    }
    if (low == Long.MAX_VALUE) {
      return null;
    }
    int from = LocalDate.ofEpochDay(low - linkWindowDays).getYear();
    int to = LocalDate.ofEpochDay(high + linkWindowDays).getYear();
    return from == to ? String.valueOf(from) : null;
  }

  static String spanText(String first, String last) {
    if (first == null) {
      return null;
    }
    return first.equals(last) ? first : first + "/" + last;
  }

  /** Earliest and latest publication dates (any precision) of the members; nulls when none. */
  static String[] span(List<Integer> members, List<ArticleSignature> sigs) {
    String first = null;
    String last = null;
    for (int i : members) {
      String p = sigs.get(i).published();
      if (p == null || range(p) == null) {
        continue;
      }
      if (first == null || p.compareTo(first) < 0) {
        first = p;
      }
      if (last == null || p.compareTo(last) > 0) {
        last = p;
      }
    }
    return new String[] {first, last};
  }

  static boolean dayPrecise(String iso) {
    return iso != null && iso.length() == 10 && day(iso) != Long.MIN_VALUE;
  }

  /** Epoch day of a day-precise ISO date, else {@link Long#MIN_VALUE}. */
  static long day(String iso) {
    if (iso == null || iso.length() != 10) {
      return Long.MIN_VALUE;
    }
    try {
      return LocalDate.parse(iso).toEpochDay();
    } catch (DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  /** First and last epoch day an ISO date of any precision covers ({@code 2025-04}: April), or null. */
  static long[] range(String iso) {
    try {
      if (iso == null) {
        return null;
      }
      if (iso.length() == 10) {
        long d = LocalDate.parse(iso).toEpochDay();
        return new long[] {d, d};
      }
      if (iso.length() == 7) {
        LocalDate first = LocalDate.parse(iso + "-01");
        return new long[] {first.toEpochDay(), first.plusMonths(1).toEpochDay() - 1};
      }
      if (iso.length() == 4) {
        LocalDate first = LocalDate.parse(iso + "-01-01");
        return new long[] {first.toEpochDay(), first.plusYears(1).toEpochDay() - 1};
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
