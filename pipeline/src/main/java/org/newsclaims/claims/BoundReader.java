package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.FrenchTokenizer;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.SpanKind;
import org.newsclaims.text.Token;
import org.newsclaims.text.WordClasses;

/**
 * Reads the bounds French puts on bare numbers, with no unit or counted noun needed: "plus de
 * 500", "supérieur ou égal à 30", "500 ou moins", "entre 20 et 30", "de 20 à 100", and two
 * bounds joined into one interval ("supérieur à 10 et inférieur à 20", "au plus 100 et au moins
 * 20"). The qualifier phrases are those of {@code qualifiers.txt}, the table
 * {@link ClaimExtractor} uses; "about" qualifiers (environ, près de) give no bound.
 *
 * <p>Example: {@code BoundReader.fromResources().read("Il y en a 500 ou moins.")} gives one
 * {@link Bound} with low null, high 500. One left-to-right pass; immutable and thread-safe.
 */
public final class BoundReader {

  /**
   * A bounded amount. Values are those of the number span (a fraction in percent, see
   * {@code fraction}); a null bound is open.
   */
  public record Bound(int start, int end, Double low, Double high, String qualifier,
      boolean fraction) {}

  private record Row(String[] tokens, String qualifier, boolean after) {}

  private static final Set<String> LOWER = Set.of("more_than", "at_least");
  private static final Set<String> UPPER = Set.of("less_than", "at_most");
  private static final Set<String> COMPARISONS = WordClasses.of("comparison-stem");

  private final FrenchNumberFormat numbers = FrenchNumberFormat.fromResources();
  private final List<Row> rows;

  private BoundReader(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The reader built from {@code qualifiers.txt}. */
  public static BoundReader fromResources() {
    List<Row> rows = new ArrayList<>();
    for (String[] r : ResourceTable.read(BoundReader.class, "qualifiers.txt")) {
      String q = r[2];
      if (LOWER.contains(q) || UPPER.contains(q) || q.equals("exact")) {
        rows.add(new Row(r[0].split(" "), q, r[1].equals("after")));
      }
    }
    rows.sort((a, b) -> b.tokens().length - a.tokens().length); // longest phrase first
    return new BoundReader(rows);
  }

  /** Every bound of {@code text}, left to right. */
  public List<Bound> read(String text) {
    List<Token> tk = FrenchTokenizer.tokenize(text);
    List<NumberSpan> spans = new ArrayList<>();
    for (NumberSpan s : numbers.scan(tk, 0, tk.size())) {
      if (s.value() != null && s.kind() != SpanKind.WEAK) {
        spans.add(s);
      }
    }
    List<Bound> found = new ArrayList<>();
    for (int n = 0; n < spans.size(); n++) {
      NumberSpan x = spans.get(n);
      NumberSpan y = n + 1 < spans.size() ? spans.get(n + 1) : null;
      boolean fr = x.kind() == SpanKind.FRACTION;
      // ranges: "entre 20 et 30", "de 20 à 100", "20 à 100"
      if (y != null && y.fromToken() == x.toToken() + 1 && fr == (y.kind() == SpanKind.FRACTION)) {
        Token link = tk.get(x.toToken());
        Token before = x.fromToken() > 0 ? tk.get(x.fromToken() - 1) : null;
        boolean entre = before != null && before.is("entre") && link.is("et");
        boolean deA = link.is("à") || (link.is("-") && link.start() > x.end()); // "+1-222"
        if ((entre || deA) && x.value() < y.value()) {
          int from = entre || (before != null && (before.is("de") || before.is("d'")))
              ? x.fromToken() - 1 : x.fromToken();
          found.add(new Bound(tk.get(from).start(), y.end(), x.value(), y.value(), "range", fr));
          n++;
          continue;
        }
      }
      Row after = matchAfter(tk, x.toToken());
      // "plus de la moitié": the determiner of a fraction sits between
      int at = fr && x.fromToken() > 0 && (tk.get(x.fromToken() - 1).is("la")
          || tk.get(x.fromToken() - 1).is("le") || tk.get(x.fromToken() - 1).is("l'"))
          ? x.fromToken() - 1 : x.fromToken();
      Row before = matchBefore(tk, at);
      int start = before == null ? tk.get(at).start() : tk.get(at - before.tokens().length)
          .start();
      if (after != null) {
        int end = tk.get(x.toToken() + after.tokens().length - 1).end();
        found.add(bound(start, end, x.value(), after.qualifier(), fr));
      } else if (before != null) {
        found.add(bound(start, x.end(), x.value(), before.qualifier(), fr));
      }
    }
    return join(text, found);
  }

  private static Bound bound(int start, int end, double v, String q, boolean fr) {
    if (LOWER.contains(q)) {
      return new Bound(start, end, v, null, q, fr);
    }
    if (UPPER.contains(q)) {
      return new Bound(start, end, null, v, q, fr);
    }
    return new Bound(start, end, v, v, q, fr);
  }

  /** "supérieur à 10 et inférieur à 20": a lower and an upper bound joined make one interval. */
  private static List<Bound> join(String text, List<Bound> found) {
    List<Bound> out = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Bound a = found.get(k);
      if (k + 1 < found.size()) {
        Bound b = found.get(k + 1);
        String between = text.substring(a.end(), b.start()).strip();
        boolean linked = between.equals("et") || between.equals(",") || between.equals("mais");
        boolean opposite = (a.high() == null) != (b.high() == null)
            && (a.low() == null) != (b.low() == null);
        Double low = a.low() != null ? a.low() : b.low();
        Double high = a.high() != null ? a.high() : b.high();
        if (linked && opposite && low != null && high != null && low < high
            && a.fraction() == b.fraction()) {
          out.add(new Bound(a.start(), b.end(), low, high, "range", a.fraction()));
          k++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  /**
   * The bound phrase ending at {@code at}; none after "inférieur ou" / "supérieur ou"
   * ("inférieur ou supérieur à 30" bounds nothing).
   */
  private Row matchBefore(List<Token> tk, int at) {
    for (Row r : rows) {
      int n = r.tokens().length;
      if (!r.after() && at - n >= 0 && matches(tk, at - n, r.tokens())) {
        boolean alternative = at - n > 1 && tk.get(at - n - 1).is("ou")
            && COMPARISONS.stream().anyMatch(tk.get(at - n - 2).lower()::startsWith);
        return alternative ? null : r;
      }
    }
    return null;
  }

  /** "500 ou moins" (not "ou moins de 6000": that is a bound of its own). */
  /** "et plus de 40", "et plus que", "et plus 40": the words go on into another comparison. */
  private static boolean continuesComparison(List<Token> tk, int at) {
    if (at >= tk.size()) {
      return false;
    }
    Token t = tk.get(at);
    return t.is("de") || t.is("d'") || t.is("que") || t.is("qu'") || t.isDigits();
  }

  private static boolean isWord(Token t) {
    return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0));
  }

  private Row matchAfter(List<Token> tk, int at) {
    for (Row r : rows) {
      int n = r.tokens().length;
      if (r.after() && at + n <= tk.size() && matches(tk, at, r.tokens())) {
        int next = at + n;
        if (continuesComparison(tk, next)
            // "10 et plus petit que 20": an adjective then "que" is a comparative, not "or more"
            || (next + 1 < tk.size() && isWord(tk.get(next)) && continuesComparison(tk, next + 1))) {
          return null;
        }
        return r;
      }
    }
    return null;
  }

  private static boolean matches(List<Token> tk, int at, String[] words) {
    for (int w = 0; w < words.length; w++) {
      if (!tk.get(at + w).is(words[w])) {
        return false;
      }
    }
    return true;
  }
}
