package org.newsclaims.consistency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;

/**
 * The wording and building of claim findings: how a claim, a range, a date and a finding's id are
 * written, shared by the numeric, date and derived judges.
 *
 * <p>Example: {@code FindingText.describe(claim)} is {@code «22 morts» (b.txt, 2024-03-02, according
 * to la préfecture)}.
 */
final class FindingText {

  private FindingText() {}

  static String listClaims(List<Claim> claims) {
    return claims.stream().map(FindingText::describe).collect(Collectors.joining(", "));
  }

  static String describe(Claim c) {
    StringBuilder b = new StringBuilder("«").append(c.text()).append("» (").append(c.article());
    if (c.date() != null) {
      b.append(", ").append(c.date());
    }
    if (c.speaker() != null) {
      b.append(", according to ").append(c.speaker());
    }
    return b.append(')').toString();
  }

  static String dateText(ClaimDates.DayRange r) {
    return r.from().equals(r.to()) ? "on " + r.from() : "between " + r.from() + " and " + r.to();
  }

  static String longDate(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }

  static String english(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String number(double v) {
    DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return f.format(v);
  }

  static String range(Interval i, String dimension) {
    if (dimension.equals("date")) {
      LocalDate from = LocalDate.ofEpochDay((long) i.low());
      LocalDate to = LocalDate.ofEpochDay((long) i.high());
      return from.equals(to) ? day(from) : day(from) + " to " + day(to);
    }
    if (dimension.equals("duration")) {
      return durationRange(i);
    }
    if (dimension.equals(PropertyReader.CLOCK)) {
      if (i.high() - i.low() <= 2.0 / 60) {
        return Claim.Units.clock((i.low() + i.high()) / 2); // the minute written: «20h08» is 20h07.5 to 20h08.5
      }
      return Claim.Units.clock(i.low()) + "–" + Claim.Units.clock(i.high());
    }
    String unit = dimension.equals("share") ? "%" : dimensionUnit(dimension);
    String high = Double.isInfinite(i.high()) ? "∞" : number(i.high());
    return number(i.low()) + "–" + high + (unit.isEmpty() ? "" : " " + unit);
  }

  /** The units a duration range is written in, largest first: name and length in days. */
  private static final String[] DURATION_UNITS = {"years", "months", "days", "hours", "minutes"};
  private static final double[] DURATION_DAYS = {365.25, 30.4375, 1, 1.0 / 24, 1.0 / 1440};
  /** A range is written in the largest unit of which its larger bound holds at least this many. */
  private static final double[] DURATION_MIN = {2, 2, 1, 1, 0};

  /**
   * A duration range (in days, the base unit) in its natural unit: «3–3 hours» rather than
   * «0.1–0.1 days», «6.3–6.4 years» rather than «2,290.1–2,336.4 days»; the unit is chosen by the
   * larger finite bound, so both bounds are written in one unit.
   */
  static String durationRange(Interval i) {
    double top = Double.isInfinite(i.high()) ? i.low() : i.high();
    int u = DURATION_UNITS.length - 1;
    for (int k = 0; k < DURATION_UNITS.length; k++) {
      if (top >= DURATION_MIN[k] * DURATION_DAYS[k]) {
        u = k;
        break;
      }
    }
    String high = Double.isInfinite(i.high()) ? "∞" : number(i.high() / DURATION_DAYS[u]);
    return number(i.low() / DURATION_DAYS[u]) + "–" + high + " " + DURATION_UNITS[u];
  }

  /** An ISO day, or «--07-02» (ISO 8601 month-day) for a day written without its year. */
  private static String day(LocalDate d) {
    return d.getYear() == ClaimDates.YEARLESS ? String.format("--%02d-%02d", d.getMonthValue(), d.getDayOfMonth())
        : d.toString();
  }

  private static String dimensionUnit(String dimension) {
    return switch (dimension) {
      case "area" -> "km²";
      case "length" -> "km";
      case "mass" -> "t";
      default -> "";
    };
  }

  /** Claims in date, then article, then position order (undated last). */
  static List<Claim> sorted(List<Claim> claims) {
    claims.sort(Comparator.comparing((Claim c) -> c.date() == null ? "9999" : c.date())
        .thenComparing(Claim::article).thenComparingInt(Claim::start));
    return claims;
  }

  /**
   * A finding on claims of one group. A story group ({@code story:<id>}) names the finding after
   * the entity most of its claims are about, and keeps the story id.
   */
  static Finding finding(String groupId, String groupName, String property, String label,
      String verdict, List<Claim> claims, String explanation) {
    TreeSet<String> articles = new TreeSet<>();
    claims.forEach(c -> articles.add(c.article()));
    String id = shortHash(groupId + "|" + property + "|" + verdict + "|" + articles.first());
    String entity = groupId;
    String story = null;
    if (groupId != null && groupId.startsWith(STORY)) {
      story = groupId.substring(STORY.length());
      entity = mainEntity(claims);
    }
    return new Finding(id, entity, story != null ? null : groupName, property, label, verdict,
        claims.stream().map(Finding.Evidence::of).toList(), List.of(), explanation, story);
  }

  /** The prefix of story group ids. */
  static final String STORY = "story:";

  /** The entity most claims are about (ties: the smallest id), or null. */
  private static String mainEntity(List<Claim> claims) {
    java.util.Map<String, Integer> votes = new java.util.TreeMap<>();
    claims.stream().filter(c -> c.entity() != null).forEach(c -> votes.merge(c.entity(), 1, Integer::sum));
    return votes.entrySet().stream()
        .max(java.util.Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(java.util.Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(java.util.Map.Entry::getKey).orElse(null);
  }

  static String shortHash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
