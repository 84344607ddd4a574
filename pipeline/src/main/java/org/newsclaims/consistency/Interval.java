package org.newsclaims.consistency;

import org.newsclaims.model.Claim;
import org.newsclaims.model.Claim.Qualifiers;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.FrenchTokenizer;
import org.newsclaims.text.Token;
import org.newsclaims.text.WordClasses;

/**
 * The range of values a claim can plausibly mean, in the base unit of its dimension.
 *
 * <p>Conventions (documented in docs/consistency.md):
 * <ul>
 *   <li>exact {@code v}: {@code v ± 1 %} (rounding);
 *   <li>{@code plus de v} / {@code au moins v}: {@code [v, v × s]} and {@code moins de v} /
 *       {@code au plus v}: {@code [v / s, v]}, where {@code s = 1.5} when {@code v} is a round
 *       number with one significant digit ("plus de 1 000") and {@code 1.1} otherwise ("plus de
 *       86 %"): a speaker who knew the figure was far above would have said so;
 *   <li>{@code environ v}: {@code [0.9 v, 1.1 v]};
 *   <li>ranges and vague amounts: the claim's own {@code low}/{@code high};
 *   <li>shares never exceed 100 %.
 * </ul>
 * Example: {@code Interval.of(claim "plus de 86%", "share")} is {@code [86, 94.6]}.
 *
 * @param low lower end (inclusive)
 * @param high upper end (inclusive); may be {@link Double#POSITIVE_INFINITY}
 */
public record Interval(double low, double high) {

  private static final double EXACT_TOLERANCE = 0.01;
  private static final double ABOUT_TOLERANCE = 0.10;
  private static final double ROUND_TOLERANCE = 0.05;
  private static final double INTEGER_TOLERANCE = 0.25;
  /** Units a whole duration is counted in by completed units («six ans», «trois mois»). */
  private static final java.util.Set<String> COMPLETED_UNITS = java.util.Set.of(Claim.Units.YEAR, Claim.Units.MONTH);
  private static final java.util.Set<String> OPEN_PLURAL = WordClasses.of("open-plural");

  /** The plausible interval of a claim in its own unit, or null when it states no amount. */
  public static Interval of(Claim c, String dimension) {
    Double v = c.value();
    String q = c.qualifier() == null ? Qualifiers.EXACT : c.qualifier();
    double low;
    double high;
    switch (q) {
      case Qualifiers.MORE_THAN, Qualifiers.AT_LEAST -> {
        if (v == null) {
          return fromBounds(c, dimension);
        }
        low = v;
        high = v * slack(v);
      }
      case Qualifiers.LESS_THAN, Qualifiers.AT_MOST -> {
        if (v == null) {
          return fromBounds(c, dimension);
        }
        low = v / slack(v);
        high = v;
      }
      case Qualifiers.ABOUT -> {
        if (v == null) {
          return fromBounds(c, dimension);
        }
        low = v * (1 - ABOUT_TOLERANCE);
        high = v * (1 + ABOUT_TOLERANCE);
      }
      case Qualifiers.RANGE, Qualifiers.VAGUE -> {
        return fromBounds(c, dimension);
      }
      default -> {
        if (v == null) {
          return fromBounds(c, dimension);
        }
        low = v * (1 - EXACT_TOLERANCE);
        high = v * (1 + EXACT_TOLERANCE);
      }
    }
    return capped(Math.min(low, high), Math.max(low, high), dimension);
  }

  /**
   * The interval a claim's words allow, with nothing added: «au moins 18» and «plus de 18» are 18
   * or more with no upper bound (a share: up to 100 %), «moins de 18» is up to 18, a range or a
   * vague amount its own bounds (but «des milliers» has no upper one), «près de 100» its bounds
   * [90, 100]; a whole number of years or months is that many completed units («six ans» is 6 to
   * 7 years: six years and four months are still «six ans»); an exact whole number under 1 000 is itself (± 0.25), a figure with one significant
   * digit from 1 000 up («5 milliards») allows {@code ± 5 %} and other figures {@code ± 1 %}. Conflicts are judged on these intervals, so that «au moins 18
   * morts» never contradicts a later «22 morts».
   */
  public static Interval strict(Claim c, String dimension) {
    Double v = c.value();
    String q = c.qualifier() == null ? Qualifiers.EXACT : c.qualifier();
    switch (q) {
      case Qualifiers.MORE_THAN, Qualifiers.AT_LEAST -> {
        if (v != null) {
          return capped(v, Double.POSITIVE_INFINITY, dimension);
        }
      }
      case Qualifiers.LESS_THAN, Qualifiers.AT_MOST -> {
        if (v != null) {
          return capped(0, v, dimension);
        }
      }
      case Qualifiers.VAGUE -> {
        if (c.low() != null && c.text() != null && opensUpwards(c.text())) {
          // «des milliers»: at least a few thousands, and true of ten thousand too
          return capped(c.low(), Double.POSITIVE_INFINITY, dimension);
        }
      }
      default -> {
        // bounds of ranges, vague amounts and «près de» come with the claim
      }
    }
    if (c.low() != null && c.high() != null && !c.low().equals(c.high())) {
      return capped(Math.min(c.low(), c.high()), Math.max(c.low(), c.high()), dimension);
    }
    if (v == null) {
      return fromBounds(c, dimension);
    }
    if (v >= 0 && v < 1000 && v == Math.rint(v) && COMPLETED_UNITS.contains(c.unit())) {
      // «six ans» of captivity counts completed years: six years and four months are still six years
      return new Interval(v, v + 1 - INTEGER_TOLERANCE);
    }
    if (Math.abs(v) < 1000 && v == Math.rint(v)) {
      return capped(v - INTEGER_TOLERANCE, v + INTEGER_TOLERANCE, dimension); // «205» is not «204»
    }
    double tolerance = roundFigure(v) ? ROUND_TOLERANCE : EXACT_TOLERANCE;
    double low = v * (1 - tolerance);
    double high = v * (1 + tolerance);
    return capped(Math.min(low, high), Math.max(low, high), dimension);
  }

  /**
   * True for a figure with one significant digit from 1 000 up («5 milliards», «2 000»): it is
   * rounded, so «4,9 milliards» is the same figure; «15 000» or «22» are exact.
   */
  static boolean roundFigure(double v) {
    double a = Math.abs(v);
    if (a < 1000) {
      return false;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(a)));
    double significant = a / magnitude;
    return Math.abs(significant - Math.rint(significant)) < 1e-9;
  }

  private static Interval fromBounds(Claim c, String dimension) {
    if (c.low() == null && c.high() == null) {
      return null;
    }
    double low = c.low() != null ? c.low() : 0;
    double high = c.high() != null ? c.high() : Double.POSITIVE_INFINITY;
    return capped(low, high, dimension);
  }

  private static Interval capped(double low, double high, String dimension) {
    if ("share".equals(dimension)) {
      high = Math.min(high, 100);
      low = Math.min(low, 100);
    }
    return new Interval(low, high);
  }

  /** 1.5 for round numbers with one significant digit (1 000, 30, 500), else 1.1. */
  static double slack(double v) {
    double a = Math.abs(v);
    if (a == 0) {
      return 1.1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(a)));
    double significant = a / magnitude;
    return Math.abs(significant - Math.rint(significant)) < 1e-9 ? 1.5 : 1.1;
  }

  public Interval scaled(double factor) {
    return new Interval(low * factor, high * factor);
  }

  public boolean overlaps(Interval other) {
    return low <= other.high && other.low <= high;
  }

  public Interval intersect(Interval other) {
    return new Interval(Math.max(low, other.low), Math.min(high, other.high));
  }

  /**
   * True when {@code text} opens with a determiner of the word class open-plural and a plural
   * approximate noun or multiplier of the number words: «des milliers», «de dizaines de
   * milliers», «des millions».
   */
  static boolean opensUpwards(String text) {
    java.util.List<Token> tk = FrenchTokenizer.tokenize(text);
    if (tk.size() < 2 || !OPEN_PLURAL.contains(tk.get(0).lower())) {
      return false;
    }
    String noun = tk.get(1).lower();
    String type = FrenchNumberFormat.fromResources().typeOf(noun);
    return noun.endsWith("s") && ("approx".equals(type) || "mult".equals(type));
  }
}
