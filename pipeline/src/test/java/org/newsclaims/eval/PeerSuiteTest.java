package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.claims.BoundReader;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.text.FrenchDates;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.FrenchTokenizer;
import org.newsclaims.text.NumberSpan;
import org.newsclaims.text.SpanKind;
import org.newsclaims.text.Token;

/**
 * Runs the French test suites of Microsoft Recognizers-Text ({@code ../shared/peer-specs/
 * recognizers-text-fr/}, format in its README) through our number grammar and prints the pass
 * rate of every file. Skips when the specs are absent.
 *
 * <p>What each model is compared with:
 * <ul>
 *   <li>NumberModel: every span of {@link FrenchNumberFormat#scan} that has a value (fractions
 *       divided by 100), except "un"/"une" alone (an article, kind WEAK), numbers inside a date
 *       {@link FrenchDates} reads ("le 4 mai") and numbers glued to a unit symbol ("29km": the
 *       unit models own them);</li>
 *   <li>OrdinalModel: {@link FrenchNumberFormat#scanOrdinals};</li>
 *   <li>NumberRangeModel: {@link BoundReader} (the qualifier grammar of the claims on bare
 *       numbers; fractions divided by 100);</li>
 *   <li>PercentModel, AgeModel, CurrencyModel, DimensionModel: the claims
 *       {@link ClaimExtractor} reads from the input (its unit table and qualifiers).</li>
 * </ul>
 *
 * <p>A case passes when its expected results and ours pair up one to one, each pair with
 * overlapping spans and the same resolution: the same value (relative tolerance 1e-3); for
 * ranges the same bounds (an absent bound is an open end; whether a bound is included is not
 * compared: our intervals are closed); for units the same unit after {@code peer-units.tsv}
 * maps their unit name to ours (a unit that has no counterpart in our closed unit set is
 * compared on its number only). The skip list {@code peer-skips.tsv} names, with a reason, the
 * cases whose expectation is wrong or out of scope; every other case counts, and the rate of a
 * file is passed / (cases - justified skips).
 */
class PeerSuiteTest {

  static final Path SPECS = Path.of("..", "shared", "peer-specs", "recognizers-text-fr");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FrenchNumberFormat NUMBERS = FrenchNumberFormat.fromResources();
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.fromResources();
  private static final BoundReader BOUNDS = BoundReader.fromResources();
  private static final FrenchDates DATES = FrenchDates.fromResources();

  /** One expected or found result: span, value, bounds (ranges) and unit. */
  record Result(int start, int end, Double value, Double low, Double high, String unit,
      String text) {}

  /** The floor of each file is its measured rate (the goal is 0.95): a regression fails. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Number-NumberModel.json, 1.0",
      "Number-PercentModel.json, 1.0",
      "Number-NumberRangeModel.json, 1.0",
      "Number-OrdinalModel.json, 1.0",
      "NumberWithUnit-AgeModel.json, 1.0",
      "NumberWithUnit-CurrencyModel.json, 1.0",
      "NumberWithUnit-DimensionModel.json, 1.0",
  })
  void passesThePeerSuite(String file, double floor) throws IOException {
    Path path = SPECS.resolve(file);
    Assumptions.assumeTrue(Files.isRegularFile(path), "peer specs absent: " + path);
    Map<String, String> skips = skips(file);
    Map<String, String> units = unitMap();
    JsonNode cases = JSON.readTree(path.toFile());
    int total = 0;
    int passed = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    for (JsonNode c : cases) {
      String input = c.get("Input").asText();
      if (skips.containsKey(input)) {
        skipped++;
        continue;
      }
      total++;
      List<Result> expected = expected(file, c, units);
      List<Result> found = found(file, input);
      if (matches(file, expected, found)) {
        passed++;
      } else {
        failures.add(input + "\n      expected " + expected + "\n      found    " + found);
      }
    }
    double rate = total == 0 ? 1 : (double) passed / total;
    System.out.printf(Locale.ROOT, "peer-suite %-36s %3d/%3d passed (%5.1f %%), %d skipped%n",
        file, passed, total, 100 * rate, skipped);
    if (Boolean.getBoolean("peer.verbose")) {
      failures.forEach(f -> System.out.println("  FAIL " + f));
    }
    String summary = file + ": " + passed + "/" + total + " below " + floor;
    assertTrue(rate >= floor, () -> summary
        + "; first failures:\n" + String.join("\n", failures.subList(0,
            Math.min(10, failures.size()))));
  }

  // ---------------------------------------------------------------- expected

  private static List<Result> expected(String file, JsonNode c, Map<String, String> units) {
    List<Result> out = new ArrayList<>();
    JsonNode results = c.get("Results");
    if (results == null) {
      return out;
    }
    for (JsonNode r : results) {
      JsonNode res = r.get("Resolution");
      int start = r.has("Start") ? r.get("Start").asInt() : -1;
      int end = r.has("End") ? r.get("End").asInt() + 1 : -1;
      String text = r.get("Text").asText();
      String v = res == null || !res.has("value") || res.get("value").isNull() ? null
          : res.get("value").asText();
      if (file.contains("NumberRange")) {
        String[] b = v.substring(1, v.length() - 1).split(",", -1);
        out.add(new Result(start, end, null, b[0].isBlank() ? null : num(b[0]),
            b[1].isBlank() ? null : num(b[1]), null, text));
        continue;
      }
      String unit = null;
      if (res != null && res.has("unit")) {
        unit = units.getOrDefault(res.get("unit").asText(), "*");
      }
      Double value = v == null ? null : num(v.replace("%", ""));
      out.add(new Result(start, end, value, null, null, unit, text));
    }
    return out;
  }

  /** "0,25", "1E-12", "-1.2732E+15", "1234567,89": Recognizers-Text writes either decimal mark. */
  static double num(String s) {
    try {
      return Double.parseDouble(s.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return Double.NaN; // "end+0": a relative ordinal, which nothing of ours reads
    }
  }

  // ---------------------------------------------------------------- found

  private static List<Result> found(String file, String input) {
    List<Result> out = new ArrayList<>();
    if (file.endsWith("NumberModel.json")) {
      List<Token> tokens = FrenchTokenizer.tokenize(input);
      List<FrenchDates.DateMention> dates = DATES.find(input, tokens, 0, tokens.size());
      for (NumberSpan s : NUMBERS.scan(tokens, 0, tokens.size())) {
        if (s.value() == null || s.kind() == SpanKind.WEAK
            || inDate(s, dates) || gluedToUnit(s, tokens)) {
          continue;
        }
        double v = s.kind() == SpanKind.FRACTION ? s.value() / 100
            : s.value();
        out.add(new Result(s.start(), s.end(), v, null, null, null,
            input.substring(s.start(), s.end())));
      }
      return out;
    }
    if (file.contains("Ordinal")) {
      for (NumberSpan s : NUMBERS.scanOrdinals(input)) {
        out.add(new Result(s.start(), s.end(), s.value(), null, null, null,
            input.substring(s.start(), s.end())));
      }
      return out;
    }
    if (file.contains("Range")) {
      String text = input.replace('’', '\''); // as TextNormaliser does, same length
      for (BoundReader.Bound b : BOUNDS.read(text)) {
        double f = b.fraction() ? 0.01 : 1;
        out.add(new Result(b.start(), b.end(), null, b.low() == null ? null : b.low() * f,
            b.high() == null ? null : b.high() * f, null, input.substring(b.start(), b.end())));
      }
      return out;
    }
    Article a = new Article("peer.txt", "", null, null, null, input);
    for (Claim c : EXTRACTOR.extract(a, List.of(), List.of())) {
      if (Claim.Units.DATE.equals(c.unit())) {
        continue;
      }
      out.add(new Result(c.start(), c.end(), c.value(), c.low(), c.high(), c.unit(), c.text()));
    }
    if (file.startsWith("NumberWithUnit")) {
      // for a unit outside our closed set, the number alone (never required, see matches)
      for (NumberSpan s : NUMBERS.scan(input)) {
        if (s.value() != null) {
          double v = s.kind() == SpanKind.FRACTION ? s.value() / 100
              : s.value();
          out.add(new Result(s.start(), s.end(), v, null, null, NUMBER_ONLY,
              input.substring(s.start(), s.end())));
        }
      }
    }
    return out;
  }

  private static final String NUMBER_ONLY = "#number";

  /** A number that is part of a date ("le 4 mai") is no number of its own. */
  private static boolean inDate(NumberSpan s,
      List<FrenchDates.DateMention> dates) {
    return dates.stream().anyMatch(d -> d.start() <= s.start() && s.end() <= d.end());
  }

  /** "29km", "180ml": a number glued to a unit symbol belongs to the unit models. */
  private static boolean gluedToUnit(NumberSpan s,
      List<Token> tokens) {
    int k = s.toToken();
    return k < tokens.size() && tokens.get(k).isWord()
        && tokens.get(k).start() == tokens.get(k - 1).end();
  }

  /**
   * Whether a claim of ours is something the model reports: a percentage for PercentModel, an
   * interval for NumberRangeModel, a duration for AgeModel, a currency for CurrencyModel, a
   * measure for DimensionModel. Claims outside the family are neither required nor extra, except
   * that an expected result whose unit has no counterpart of ours may pair with any claim.
   */
  static boolean inFamily(String file, Result f) {
    String u = f.unit() == null ? "" : f.unit();
    if (file.endsWith("NumberModel.json") || file.contains("Ordinal")) {
      return true;
    }
    if (file.contains("Percent")) {
      return u.equals(Claim.Units.PERCENT);
    }
    if (file.contains("Range")) {
      return f.value() == null || f.low() == null || f.high() == null
          || !f.low().equals(f.high());
    }
    if (file.contains("Age")) {
      return Set.of("year", "month", "week", "day").contains(u);
    }
    if (file.contains("Currency")) {
      return u.startsWith("currency:");
    }
    return Set.of("km", "km2", "m", "hectare", "tonne", "kg").contains(u);
  }

  // ---------------------------------------------------------------- matching

  /**
   * Pairs every expected result with one found result (in the model's family, or any when the
   * expected unit or range has no family constraint); no result of the family may stay unpaired.
   */
  static boolean matches(String file, List<Result> expected, List<Result> found) {
    boolean[] used = new boolean[found.size()];
    for (Result e : expected) {
      boolean anyFamily = "*".equals(e.unit())
          || (e.low() != null && e.low().equals(e.high()));
      boolean ok = false;
      for (int k = 0; k < found.size() && !ok; k++) {
        Result f = found.get(k);
        if (!used[k] && (anyFamily || inFamily(file, f)) && same(e, f)) {
          used[k] = true;
          ok = true;
        }
      }
      if (!ok) {
        return false;
      }
    }
    for (int k = 0; k < found.size(); k++) {
      if (!used[k] && inFamily(file, found.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(Result e, Result f) {
    if (e.start() >= 0 && (f.end() <= e.start() || f.start() >= e.end())) {
      return false;
    }
    if (e.low() != null || e.high() != null) {
      return near(e.low(), f.low()) && near(e.high(), f.high());
    }
    if (!near(e.value(), f.value())) {
      return false;
    }
    return e.unit() == null || e.unit().equals("*") || e.unit().equals(f.unit());
  }

  private static boolean near(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a));
  }

  // ---------------------------------------------------------------- resources

  /** file -> input -> reason, from {@code peer-skips.tsv}. */
  private static Map<String, String> skips(String file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String[] row : tsv("peer-skips.tsv")) {
      if (row.length >= 3 && row[0].equals(file)) {
        out.put(unescape(row[1]), row[2]);
      }
    }
    return out;
  }

  private static Map<String, String> unitMap() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String[] row : tsv("peer-units.tsv")) {
      out.put(row[0], row[1]);
    }
    return out;
  }

  /** "\t", "\n", "\\u00a0" written escaped so that the skip list stays one case a line. */
  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == 'u' && i + 5 < s.length()) {
          b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
        i++;
        continue;
      }
      b.append(ch);
    }
    return b.toString();
  }

  static List<String[]> tsv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = PeerSuiteTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t"));
      }
    }
    return rows;
  }
}
