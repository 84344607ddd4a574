package org.newsclaims.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsclaims.model.Finding;

/**
 * An inline SVG chart of a numeric finding: one row per source, a bar over the range its words
 * allow («plus de 86 %» is 86–100, «au moins 18» is 18 and up, drawn to the edge with an
 * arrow), a dot on the figure itself, the source and its date on the left and its words on the
 * right. Dated or not, every source is drawn; one chart per unit (a derived check mixes % and
 * km²). A logarithmic axis when the values span three orders of magnitude or more.
 *
 * <p>Example: {@code IntervalChart.render(html, finding, layout, colours)}; nothing is written
 * for a finding without numeric claims (dates, quotes).
 */
final class IntervalChart {

  private static final int WIDTH = 800;
  private static final int PLOT_LEFT = 290;
  private static final int PLOT_RIGHT = 630;
  private static final int ROW = 22;
  private static final int TOP = 10;
  private static final int AXIS = 34;
  private static final int LABEL_CHARS = 40;
  private static final int WORDS_CHARS = 26;

  private IntervalChart() {}

  /** One drawable row: its bounds on the axis (null: open on that side) and its figure. */
  private record Row(Finding.Evidence e, Double lo, Double hi, Double mark, String colour) {}

  static void render(StringBuilder h, Finding f, ReportLayout layout, Map<String, String> colours) {
    Map<String, List<Row>> byUnit = new TreeMap<>();
    for (Finding.Evidence e : f.claims()) {
      if ("date".equals(e.unit()) || (e.value() == null && e.low() == null && e.high() == null)) {
        continue;
      }
      Double lo = e.low() != null ? e.low() : e.high() == null ? e.value() : null;
      Double hi = e.high() != null ? e.high() : e.low() == null ? e.value() : null;
      byUnit.computeIfAbsent(String.valueOf(e.unit()), k -> new ArrayList<>())
          .add(new Row(e, lo, hi, e.value(), colours.getOrDefault(e.article(), "#555")));
    }
    byUnit.forEach((unit, rows) -> chart(h, f, unit, rows, layout));
  }

  private static void chart(StringBuilder h, Finding f, String unit, List<Row> rows, ReportLayout layout) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    boolean openAbove = false;
    boolean openBelow = false;
    for (Row r : rows) {
      for (Double v : new Double[] {r.lo(), r.hi(), r.mark()}) {
        if (v != null && Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      openAbove |= r.hi() == null;
      openBelow |= r.lo() == null;
    }
    if (min > max) {
      return;
    }
    boolean log = min > 0 && max / min >= 1000;
    Axis axis = log ? new Axis(Math.log10(min) - 0.15, Math.log10(max) + (openAbove ? 0.4 : 0.15), true)
        : linear(min, max, openAbove, openBelow);
    int height = TOP + rows.size() * ROW + AXIS;
    String what = f.propertyLabel() == null ? "" : f.propertyLabel();
    String unitWords = EvidenceText.unit(unit);
    h.append("<figure class=\"intervals\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\"><title>").append(HtmlReport.esc(what)).append(": the range each source gives")
        .append("</title>");
    int y0 = TOP;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double cy = y0 + i * ROW + ROW / 2.0;
      if (i % 2 == 0) {
        h.append("<rect x=\"0\" y=\"").append(fmt(cy - ROW / 2.0)).append("\" width=\"").append(WIDTH)
            .append("\" height=\"").append(ROW).append("\" fill=\"#f6f6f6\"/>");
      }
      ArticleInfo a = layout.article(r.e().article());
      String date = EvidenceText.knownDate(r.e(), a);
      String source = EvidenceText.source(r.e().article(), a);
      String when = date == null ? " · undated" : " · " + date;
      String label = source + when;
      h.append("<text x=\"").append(PLOT_LEFT - 8).append("\" y=\"").append(fmt(cy + 4))
          .append("\" text-anchor=\"end\" class=\"label\">")
          .append(HtmlReport.esc(shorten(source, Math.max(12, LABEL_CHARS - when.length())) + when))
          .append("<title>").append(HtmlReport.esc(label)).append("</title></text>");
      double x1 = r.lo() == null ? PLOT_LEFT : axis.x(r.lo());
      double x2 = r.hi() == null ? PLOT_RIGHT : axis.x(r.hi());
      String tip = HtmlReport.esc(r.e().text() + " (" + EvidenceText.readsAs(r.e()) + ")");
      if (x2 - x1 >= 1) {
        h.append("<rect x=\"").append(fmt(x1)).append("\" y=\"").append(fmt(cy - 5)).append("\" width=\"")
            .append(fmt(x2 - x1)).append("\" height=\"10\" rx=\"3\" fill=\"").append(r.colour())
            .append("\" opacity=\"0.45\"><title>").append(tip).append("</title></rect>");
      }
      if (r.hi() == null) {
        arrow(h, PLOT_RIGHT, cy, 1, r.colour());
      }
      if (r.lo() == null) {
        arrow(h, PLOT_LEFT, cy, -1, r.colour());
      }
      Double mark = r.mark() != null ? r.mark() : r.lo() != null && r.hi() != null && r.lo().equals(r.hi()) ? r.lo() : null;
      if (mark != null) {
        h.append("<circle cx=\"").append(fmt(axis.x(mark))).append("\" cy=\"").append(fmt(cy)).append("\" r=\"5\" fill=\"")
            .append(r.colour()).append("\"><title>").append(tip).append("</title></circle>");
      }
      h.append("<text x=\"").append(PLOT_RIGHT + 12).append("\" y=\"").append(fmt(cy + 4)).append("\" class=\"words\">")
          .append(HtmlReport.esc(shorten("«" + r.e().text() + "»", WORDS_CHARS))).append("</text>");
    }
    double base = y0 + rows.size() * ROW + 4;
    h.append("<line x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(fmt(base)).append("\" x2=\"").append(PLOT_RIGHT)
        .append("\" y2=\"").append(fmt(base)).append("\" stroke=\"#888\"/>");
    for (double t : axis.ticks()) {
      double x = axis.x(t);
      h.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(fmt(base)).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(fmt(base + 4)).append("\" stroke=\"#888\"/><text x=\"").append(fmt(x))
          .append("\" y=\"").append(fmt(base + 16)).append("\" text-anchor=\"middle\" class=\"axis\">")
          .append(HtmlReport.esc(EvidenceText.number(t))).append("</text>");
    }
    h.append("</svg><figcaption>").append(HtmlReport.esc(what)).append(unitWords.isEmpty() ? "" : " (" + HtmlReport.esc(unitWords) + ")")
        .append(": the range each source's words allow; a dot marks the figure given, an arrow an open end")
        .append(axis.log() ? "; logarithmic scale" : "").append(".</figcaption></figure>\n");
  }

  /** A value axis over [from, to] (log10 units when {@code log}), drawn between the plot's edges. */
  private record Axis(double from, double to, boolean log) {
    double x(double v) {
      double t = log ? Math.log10(Math.max(v, 1e-12)) : v;
      double x = PLOT_LEFT + (t - from) * (PLOT_RIGHT - PLOT_LEFT) / (to - from);
      return Math.max(PLOT_LEFT, Math.min(PLOT_RIGHT, x));
    }

    /** Round values inside the axis: powers of ten on a log axis, else steps of 1, 2 or 5 × 10ⁿ. */
    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      if (log) {
        int every = Math.max(1, (int) Math.ceil((to - from) / 5));
        for (int p = (int) Math.ceil(from); p <= to; p += every) {
          ticks.add(Math.pow(10, p));
        }
        return ticks;
      }
      double raw = (to - from) / 4;
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
          : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
      for (long i = (long) Math.ceil(from / step); i * step <= to + 1e-9 && ticks.size() < 12; i++) {
        ticks.add(i * step);
      }
      return ticks;
    }
  }

  /**
   * From zero when the smallest value is under half the largest (or all are equal); else zoomed
   * on the values, so that 204 against 205 shows as two places, not one dot.
   */
  private static Axis linear(double min, double max, boolean openAbove, boolean openBelow) {
    boolean zoom = openBelow || min < 0 || (max > min && min >= max / 2);
    double from = !zoom ? 0 : min - (max > min ? (max - min) * 0.25 : Math.max(1, Math.abs(min) * 0.1));
    double span = max - from;
    if (span < 1e-9) {
      span = Math.max(1, Math.abs(max));
    }
    double to = max + span * (openAbove ? 0.25 : 0.08);
    if (openBelow) {
      from -= span * 0.25;
    }
    return new Axis(from, to, false);
  }

  private static void arrow(StringBuilder h, double x, double cy, int direction, String colour) {
    h.append("<path d=\"M").append(fmt(x)).append(' ').append(fmt(cy - 6)).append(" L").append(fmt(x + 8 * direction))
        .append(' ').append(fmt(cy)).append(" L").append(fmt(x)).append(' ').append(fmt(cy + 6)).append(" Z\" fill=\"")
        .append(colour).append("\"/>");
  }

  /** At most {@code n} characters (code points), ending in … when cut. */
  static String shorten(String s, int n) {
    if (s.codePointCount(0, s.length()) <= n) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, n - 1)) + "…";
  }

  /** One decimal, without String.format (a chart writes thousands of coordinates). */
  static String fmt(double v) {
    long tenths = Math.round(v * 10);
    long abs = Math.abs(tenths);
    return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
  }
}
