package org.newsclaims.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;

/**
 * The words both reports use for a piece of evidence and a story, as plain text (each renderer
 * escapes them): who gives a figure, where, when, and what range its words allow.
 *
 * <p>Example: {@code EvidenceText.readsAs(evidence)} gives {@code "≥ 1,000 km²"} for «dépasse
 * les 1 000 km²» and {@code "200–900 km²"} for «plusieurs centaines de kilomètres carrés».
 */
final class EvidenceText {

  /** DecimalFormat is not thread-safe; one per thread, built once. */
  private static final ThreadLocal<DecimalFormat> NUMBER =
      ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));

  private EvidenceText() {}

  /** The outlet and the article: {@code "Le Monde · 003.txt"}, or the article alone. */
  static String source(String article, ArticleInfo info) {
    String outlet = info == null ? null : info.outlet();
    return outlet == null || outlet.isBlank() ? article : outlet + " · " + article;
  }

  /** {@code "same dispatch as 001.txt"} for a wire copy, else null. */
  static String copyNote(ArticleInfo info) {
    return info != null && info.isCopy() ? "same dispatch as " + info.origin() : null;
  }

  /** Who gives the figure: the speaker, or the outlet itself when the article names nobody. */
  static String who(Finding.Evidence e) {
    return e.speaker() == null || e.speaker().isBlank() ? "the outlet" : e.speaker();
  }

  /**
   * When: the publication date ({@code ≈} when it was taken from the article's story),
   * {@code undated}, and the day the figure refers to when that is another day.
   */
  static String date(Finding.Evidence e, ArticleInfo info) {
    String published = e.published() != null ? e.published() : info == null ? null : info.published();
    String shown = published == null ? "undated" : (info != null && info.datedByStory() ? "≈ " : "") + published;
    if (e.date() != null && !e.date().equals(published)) {
      shown += " (refers to " + e.date() + ")";
    }
    return shown;
  }

  /** The date a source is known by, for ordering and charts: the figure's own date, else its article's. */
  static String knownDate(Finding.Evidence e, ArticleInfo info) {
    if (e.date() != null) {
      return e.date();
    }
    return e.published() != null ? e.published() : info == null ? null : info.published();
  }

  /** The range the words allow: {@code "430"}, {@code "≥ 86 %"}, {@code "200–900 km²"}; empty for dates. */
  static String readsAs(Finding.Evidence e) {
    if ("date".equals(e.unit())) {
      return "";
    }
    if (Claim.Units.TIME.equals(e.unit()) && e.value() != null) {
      return Claim.Units.clock(e.value()); // «20h08»: 20:08
    }
    Double lo = e.low();
    Double hi = e.high();
    String unit = unit(e.unit());
    String range;
    if (lo == null && hi == null) {
      range = e.value() == null ? "" : number(e.value());
    } else if (lo != null && hi != null) {
      range = lo.equals(hi) ? number(lo) : number(lo) + "–" + number(hi);
    } else if (lo != null) {
      range = "≥ " + number(lo);
    } else {
      range = "≤ " + number(hi);
    }
    return range.isEmpty() || unit.isEmpty() ? range : range + " " + unit;
  }

  /** A unit as a reader writes it: {@code km²}, {@code %}, {@code days}, {@code EUR}; nothing for counts. */
  static String unit(String unit) {
    if (unit == null) {
      return "";
    }
    return switch (unit) {
      case "count" -> "";
      case "percent" -> "%";
      case "km2" -> "km²";
      case "hour", "day", "week", "month", "year" -> unit + "s";
      case "celsius" -> "°C";
      default -> unit.startsWith("currency:") ? unit.substring("currency:".length()) : unit;
    };
  }

  /** {@code 1,279.1}, {@code 3.7 billion}: at most two decimals, the same on every machine. */
  static String number(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return number(v / 1e9) + " billion";
    }
    if (a >= 1e6) {
      return number(v / 1e6) + " million";
    }
    return NUMBER.get().format(v);
  }

  /** The story's dates: {@code "2025-03-12 – 2025-04-26"}, one date, or {@code "undated"}; plus its undated articles. */
  static String span(StoryInfo s) {
    if (s == null) {
      return "";
    }
    String first = s.firstPublished();
    String last = s.lastPublished();
    String span = first == null && last == null ? "undated"
        : first == null || last == null || first.equals(last) ? (first == null ? last : first) : first + " – " + last;
    return s.undated() > 0 && (first != null || last != null) ? span + " (" + s.undated() + " undated)" : span;
  }

  /** How many outlets print the story: {@code stories.jsonl}'s count, else those the report knows. */
  static int outletCount(ReportLayout.StoryGroup g) {
    return g.info() != null ? g.info().outletCount() : g.outlets().size();
  }

  /** {@code "3 outlets (CNN, Keystone-SDA ATS) · 4 independent sources · 5 articles"}. */
  static String outlets(ReportLayout.StoryGroup g) {
    StringBuilder b = new StringBuilder();
    StoryInfo s = g.info();
    int count = outletCount(g);
    if (count == 0 && g.articles() == 0) {
      return "";
    }
    b.append(plural(count, "outlet"));
    if (!g.outlets().isEmpty()) {
      b.append(" (").append(String.join(", ", shortList(g.outlets(), 12))).append(')');
    }
    if (s != null) {
      b.append(" · ").append(plural(s.independentSources(), "independent source"));
    }
    if (g.articles() > 0) {
      b.append(" · ").append(plural(g.articles(), "article"));
    }
    return b.toString();
  }

  /** The line under a story's title: its outlets and sources, then its dates (either may be absent). */
  static String storyLine(ReportLayout.StoryGroup g) {
    String outlets = outlets(g);
    String span = span(g.info());
    return outlets.isEmpty() ? span : span.isEmpty() ? outlets : outlets + " · " + span;
  }

  /** At most {@code n} items, then {@code "… N more"}. */
  static List<String> shortList(List<String> items, int n) {
    if (items.size() <= n) {
      return items;
    }
    List<String> head = new java.util.ArrayList<>(items.subList(0, n));
    head.add("… " + (items.size() - n) + " more");
    return head;
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** A verdict as words: {@code changed over time}. */
  static String verdict(String v) {
    return v.replace('_', ' ');
  }
}
