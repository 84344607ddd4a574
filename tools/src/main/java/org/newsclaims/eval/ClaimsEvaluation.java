package org.newsclaims.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsclaims.analysis.ArticleAnalyser;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.text.TextNormaliser;

/**
 * Precision and recall of the numeric claims against the hand-written gold file of the seeds
 * ({@code tools/src/main/resources/org/newsclaims/eval/claims-gold.tsv}, format in its header).
 *
 * <p>Claims are extracted as the pipeline does, without Beam: decode, parse, then the
 * product's per-article sequence ({@link ArticleAnalyser}: normalise, entity mentions, quotes of
 * the text and the headline, claims, subjects). Date claims ({@code unit=date}) are not quantities and are left
 * out. A claim matches a gold row when: same article; the claim's surface text equals the gold
 * text, or its span overlaps an occurrence of the gold text in the article; same unit; same value
 * and bounds (absent = absent, else within 0.5 %). Each gold row pairs with at most one claim
 * (left to right). Precision = matched claims / claims; recall = matched gold rows / gold rows.
 * Among matched pairs it also counts those whose qualifier agrees, and, among matched gold rows
 * that name a speaker, those whose claim carries it (the gold speaker's last word in the claim's
 * speaker or speakerMention, ignoring case).
 *
 * <p>Run from the repository root:
 * {@code mvn -B -q compile exec:java -Dexec.mainClass=org.newsclaims.eval.ClaimsEvaluation}
 * (optional arguments: a gold file, default the resource; the seed directory, default
 * {@code seeds}). Prints one line per mismatch and the totals.
 */
public final class ClaimsEvaluation {

  /** One gold row. */
  public record Gold(String article, String text, Double value, Double low, Double high,
      String unit, String qualifier, String speaker) {}

  /** The figures of one run. */
  public record Score(int gold, int claims, int matchedGold, int matchedClaims,
      int qualifierAgrees, int attributed, int speakerAgrees, List<String> misses) {
    public double precision() {
      return claims == 0 ? 1 : (double) matchedClaims / claims;
    }

    public double recall() {
      return gold == 0 ? 1 : (double) matchedGold / gold;
    }
  }

  private final ArticleAnalyser analyser = ArticleAnalyser.fromResources();

  /** The gold file, a resource of this module (format in its header). */
  static final String GOLD_RESOURCE = "/org/newsclaims/eval/claims-gold.tsv";

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args.length > 1 ? args[1] : "seeds");
    if (!Files.isDirectory(seeds) && args.length <= 1) { // run from a module folder
      seeds = Path.of("..").resolve(seeds);
    }
    List<Gold> gold;
    try (InputStream in = args.length > 0 && !args[0].isEmpty() ? Files.newInputStream(Path.of(args[0]))
        : ClaimsEvaluation.class.getResourceAsStream(GOLD_RESOURCE)) {
      gold = readGold(in);
    }
    Score s = new ClaimsEvaluation().score(gold, seeds);
    print(s, System.out);
  }

  static void print(Score s, PrintStream out) {
    s.misses().forEach(out::println);
    out.printf(Locale.ROOT, "gold quantities: %d, claims: %d%n", s.gold(), s.claims());
    out.printf(Locale.ROOT, "precision: %.3f (%d/%d)%n", s.precision(), s.matchedClaims(),
        s.claims());
    out.printf(Locale.ROOT, "recall:    %.3f (%d/%d)%n", s.recall(), s.matchedGold(), s.gold());
    out.printf(Locale.ROOT, "matched with the gold qualifier: %d/%d%n", s.qualifierAgrees(),
        s.matchedGold());
    out.printf(Locale.ROOT, "matched attributed to a person, with that speaker: %d/%d%n",
        s.speakerAgrees(), s.attributed());
  }

  /** Reads the gold TSV (header lines start with '#'). */
  public static List<Gold> readGold(InputStream in) throws IOException {
    List<Gold> out = new ArrayList<>();
    String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    for (String line : all.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 8) {
        throw new IllegalArgumentException("gold line needs 8 columns: " + line);
      }
      out.add(new Gold(c[0], c[1], num(c[2]), num(c[3]), num(c[4]), c[5], blank(c[6]),
          blank(c[7])));
    }
    return out;
  }

  private static Double num(String s) {
    return s.isBlank() ? null : Double.valueOf(s.strip());
  }

  private static String blank(String s) {
    return s.isBlank() ? null : s.strip();
  }

  /** Reads one seed file as the pipeline does and returns its non-date claims. */
  public List<Claim> claims(Path file) {
    try {
      String name = file.getFileName().toString();
      ArticleDecoder.Decoded d = ArticleDecoder.decode(name, Files.readAllBytes(file));
      Article parsed = ArticleParser.parse(name, d.text());
      if (parsed == null) {
        return List.of();
      }
      List<Claim> out = new ArrayList<>();
      for (Claim c : analyser.analyse(analyser.normalise(parsed)).claims()) {
        if (!Claim.Units.DATE.equals(c.unit())) {
          out.add(c);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores the claims of every article the gold names, read from {@code seeds}. */
  public Score score(List<Gold> gold, Path seeds) {
    Map<String, List<Gold>> byArticle = new LinkedHashMap<>();
    for (Gold g : gold) {
      byArticle.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
    }
    int claims = 0;
    int matched = 0;
    int qualifier = 0;
    int speaker = 0;
    int spoken = 0;
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<Gold>> e : byArticle.entrySet()) {
      Path file = seeds.resolve(e.getKey());
      List<Claim> found = claims(file);
      String text = articleText(file);
      claims += found.size();
      boolean[] used = new boolean[found.size()];
      for (Gold g : e.getValue()) {
        int hit = -1;
        for (int k = 0; k < found.size() && hit < 0; k++) {
          if (!used[k] && matches(g, found.get(k), text)) {
            hit = k;
          }
        }
        if (hit < 0) {
          misses.add("MISSING " + g.article() + "\t" + g.text() + "\t" + g.value() + "\t"
              + g.low() + "\t" + g.high() + "\t" + g.unit() + describeNear(g, found, text));
          continue;
        }
        used[hit] = true;
        matched++;
        Claim c = found.get(hit);
        if (java.util.Objects.equals(g.qualifier(), c.qualifier())) {
          qualifier++;
        } else {
          misses.add("QUALIFIER " + g.article() + "\t" + g.text() + "\tgold " + g.qualifier()
              + " got " + c.qualifier());
        }
        if (g.speaker() == null) {
          continue;
        }
        spoken++;
        if (sameSpeaker(g.speaker(), c)) {
          speaker++;
        } else {
          misses.add("SPEAKER " + g.article() + "\t" + g.text() + "\tgold " + g.speaker()
              + " got " + c.speaker() + " / " + c.speakerMention());
        }
      }
      for (int k = 0; k < found.size(); k++) {
        if (!used[k]) {
          Claim c = found.get(k);
          misses.add("EXTRA " + c.article() + "\t" + c.text() + "\t" + c.value() + "\t" + c.low()
              + "\t" + c.high() + "\t" + c.unit() + "\t" + c.qualifier());
        }
      }
    }
    return new Score(gold.size(), claims, matched, matched, qualifier, spoken, speaker, misses);
  }

  private String articleText(Path file) {
    try {
      String name = file.getFileName().toString();
      Article a = ArticleParser.parse(name,
          ArticleDecoder.decode(name, Files.readAllBytes(file)).text());
      return a == null ? "" : TextNormaliser.normalise(a.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describeNear(Gold g, List<Claim> found, String text) {
    for (Claim c : found) {
      if (sameSpan(g, c, text)) {
        return "\t(got " + c.text() + " " + c.value() + " " + c.low() + " " + c.high() + " "
            + c.unit() + ")";
      }
    }
    return "";
  }

  static boolean matches(Gold g, Claim c, String text) {
    return sameSpan(g, c, text) && g.unit().equals(c.unit()) && near(g.value(), c.value())
        && near(g.low(), c.low()) && near(g.high(), c.high());
  }

  private static boolean sameSpan(Gold g, Claim c, String text) {
    if (g.text().equals(c.text())) {
      return true;
    }
    for (int at = text.indexOf(g.text()); at >= 0; at = text.indexOf(g.text(), at + 1)) {
      if (c.start() < at + g.text().length() && at < c.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(a - b) <= 0.005 * Math.max(1, Math.abs(a));
  }

  static boolean sameSpeaker(String gold, Claim c) {
    String[] words = gold.toLowerCase(Locale.ROOT).split(" ");
    String last = words[words.length - 1];
    return (c.speaker() != null && c.speaker().toLowerCase(Locale.ROOT).contains(last))
        || (c.speakerMention() != null
            && c.speakerMention().toLowerCase(Locale.ROOT).contains(last));
  }
}
