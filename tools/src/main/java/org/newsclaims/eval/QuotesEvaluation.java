package org.newsclaims.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsclaims.analysis.ArticleAnalyser;
import org.newsclaims.entities.NameKey;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;

/**
 * Scores the quote extractor against the hand-written gold file of the seed articles
 * ({@code quotes-gold.tsv}, format in its header): quote recall and precision, and speaker
 * accuracy on the quotes found.
 *
 * <p>Each article goes through the pipeline's own per-article path: {@link ArticleDecoder} and
 * {@link ArticleParser} (as {@code beam/ReadArticles}), then {@link ArticleAnalyser}
 * (normalisation and publication-date completion, mentions, quotes of the body and of the
 * headline, as {@code beam/NormaliseArticles} and {@code beam/ExtractFromArticles}). A gold
 * quote is found when an extracted quote of the same article and part (body or headline) has
 * the same words (case, accents, apostrophes, spacing and end punctuation
 * ignored) or, for a quote whose end differs (an unclosed one), when one text holds the other
 * and the shorter is at least {@value #MIN_OVERLAP} of the longer. Gold and extracted quotes
 * are paired one to one in text order. Speakers agree when both are empty or when their
 * {@link NameKey} person keys are equal ("Gerasimov" and "Valéri Guérassimov" both key as
 * {@code person:gerasimov}). Headline quotes (gold part {@code title}) are scored against the
 * extracted quotes marked {@code inTitle}.
 *
 * <p>Run from the repository root:
 * {@code mvn -B -q compile exec:java -Dexec.mainClass=org.newsclaims.eval.QuotesEvaluation}
 * (optional arguments: the seeds directory, then a gold file path).
 */
public final class QuotesEvaluation {

  /** The gold file, a resource of this module. */
  static final String GOLD_RESOURCE = "/org/newsclaims/eval/quotes-gold.tsv";
  static final double MIN_OVERLAP = 0.6;

  /** One gold line. */
  public record Gold(String article, String part, String text, String speaker,
      boolean partial) {}

  /** One gold quote with the extracted quote paired with it, or null when missed. */
  public record Pair(Gold gold, Quote found) {
    public boolean speakerAgrees() {
      return found != null && sameSpeaker(gold.speaker(), found.speaker());
    }
  }

  /**
   * The scores.
   *
   * @param pairs every scored gold quote with its match
   * @param spurious extracted quotes matching no gold quote
   * @param extracted number of extracted quotes
   */
  public record Result(List<Pair> pairs, List<Quote> spurious, int extracted) {

    public int gold() {
      return pairs.size();
    }

    public int matched() {
      return (int) pairs.stream().filter(p -> p.found() != null).count();
    }

    public int speakersRight() {
      return (int) pairs.stream().filter(Pair::speakerAgrees).count();
    }

    public int partialRight() {
      return (int) pairs.stream()
          .filter(p -> p.found() != null && p.found().partial() == p.gold().partial()).count();
    }

    /** Gold quotes found / gold quotes. */
    public double recall() {
      return gold() == 0 ? 0 : (double) matched() / gold();
    }

    /** Extracted quotes that are gold quotes / extracted quotes. */
    public double precision() {
      return extracted == 0 ? 0 : (double) (extracted - spurious.size()) / extracted;
    }

    /** Right speakers (both empty counts as right) / gold quotes found. */
    public double speakerAccuracy() {
      return matched() == 0 ? 0 : (double) speakersRight() / matched();
    }
  }

  private final ArticleAnalyser analyser = ArticleAnalyser.fromResources();

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
    if (!Files.isDirectory(seeds) && args.length == 0) { // run from a module folder
      seeds = Path.of("..").resolve(seeds);
    }
    List<Gold> gold = args.length > 1 ? readGold(Files.newInputStream(Path.of(args[1])))
        : readGold(QuotesEvaluation.class.getResourceAsStream(GOLD_RESOURCE));
    QuotesEvaluation eval = new QuotesEvaluation();
    Result r = eval.evaluate(eval.extractAll(seeds), gold);
    System.out.print(report(r, gold));
  }

  /** The quotes of every article of a directory, by file name, as the pipeline finds them. */
  public Map<String, List<Quote>> extractAll(Path dir) throws IOException {
    Map<String, List<Quote>> out = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      Article article = read(name, Files.readAllBytes(f));
      out.put(name, article == null ? List.of() : quotes(article));
    }
    return out;
  }

  /** Decodes, parses and normalises one file like ReadArticles and NormaliseArticles. */
  Article read(String name, byte[] bytes) {
    ArticleDecoder.Decoded decoded = ArticleDecoder.decode(name, bytes);
    if (!decoded.ok()) {
      return null;
    }
    Article parsed = ArticleParser.parse(name, decoded.text());
    return parsed == null ? null : analyser.normalise(parsed);
  }

  /** The article's quotes as the pipeline finds them (text, then headline: see {@link ArticleAnalyser}). */
  List<Quote> quotes(Article article) {
    return analyser.analyse(article).quotes();
  }

  /**
   * Pairs gold and extracted quotes article by article and part by part (body, then headline:
   * an extracted quote marked {@code inTitle} is paired with the gold's {@code title} quotes),
   * in text order.
   */
  public Result evaluate(Map<String, List<Quote>> extracted, List<Gold> gold) {
    Map<String, List<Gold>> byPart = new LinkedHashMap<>();
    for (Gold g : gold) {
      byPart.computeIfAbsent(g.article() + "\t" + g.part(), k -> new ArrayList<>()).add(g);
    }
    List<Pair> pairs = new ArrayList<>();
    List<Quote> spurious = new ArrayList<>();
    java.util.Set<String> scored = new java.util.HashSet<>();
    int total = 0;
    for (Map.Entry<String, List<Quote>> e : extracted.entrySet()) {
      total += e.getValue().size();
      for (String part : List.of("text", "title")) {
        String key = e.getKey() + "\t" + part;
        scored.add(key);
        List<Quote> found = e.getValue().stream()
            .filter(q -> q.inTitle() == part.equals("title"))
            .sorted(java.util.Comparator.comparingInt(Quote::start)).toList();
        boolean[] used = new boolean[found.size()];
        for (Gold g : byPart.getOrDefault(key, List.of())) {
          Quote match = null;
          for (int i = 0; i < found.size() && match == null; i++) {
            if (!used[i] && sameQuote(g.text(), found.get(i).text())) {
              used[i] = true;
              match = found.get(i);
            }
          }
          pairs.add(new Pair(g, match));
        }
        for (int i = 0; i < found.size(); i++) {
          if (!used[i]) {
            spurious.add(found.get(i));
          }
        }
      }
    }
    for (Map.Entry<String, List<Gold>> e : byPart.entrySet()) {
      if (!scored.contains(e.getKey())) {
        e.getValue().forEach(g -> pairs.add(new Pair(g, null)));
      }
    }
    return new Result(List.copyOf(pairs), List.copyOf(spurious), total);
  }

  static boolean sameQuote(String gold, String found) {
    String a = comparable(gold);
    String b = comparable(found);
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return !shorter.isEmpty() && longer.contains(shorter)
        && shorter.length() >= MIN_OVERLAP * longer.length();
  }

  /** Lower case, no accents, straight apostrophes, single spaces, no end punctuation. */
  static String comparable(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('’', '\'').replace('‘', '\'')
        .replace("œ", "oe").replace("Œ", "oe")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
    return t.replaceAll("[\\s.,;:!?…]+$", "");
  }

  /** True when both are empty, or both name the same person (entities NameKey). */
  public static boolean sameSpeaker(String gold, String found) {
    boolean ge = gold == null || gold.isBlank();
    boolean fe = found == null || found.isBlank();
    if (ge || fe) {
      return ge && fe;
    }
    return NameKey.of(gold, EntityMention.PERSON).equals(NameKey.of(found, EntityMention.PERSON));
  }

  public static List<Gold> readGold(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("gold file not found: " + GOLD_RESOURCE);
    }
    List<Gold> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("article\t")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 5 || !(c[4].equals("yes") || c[4].equals("no"))
            || !(c[1].equals("text") || c[1].equals("title"))) {
          throw new IllegalArgumentException("gold line " + n + ": expected article, part "
              + "(text|title), text, speaker, partial (yes|no): " + line);
        }
        out.add(new Gold(c[0], c[1], c[2], c[3].strip(), c[4].equals("yes")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** The figures, then every miss, wrong speaker, wrong partial flag and spurious quote. */
  static String report(Result r, List<Gold> gold) {
    StringBuilder sb = new StringBuilder();
    long titles = gold.stream().filter(g -> g.part().equals("title")).count();
    sb.append(String.format(Locale.ROOT,
        "Quotes against %s (%d gold quotes: %d in the body, %d in headlines)%n",
        GOLD_RESOURCE.substring(1), r.gold(), r.gold() - titles, titles));
    sb.append(String.format(Locale.ROOT, "quote recall      %.3f  (%d/%d gold quotes found)%n",
        r.recall(), r.matched(), r.gold()));
    sb.append(String.format(Locale.ROOT, "quote precision   %.3f  (%d/%d extracted quotes in gold)%n",
        r.precision(), r.extracted() - r.spurious().size(), r.extracted()));
    sb.append(String.format(Locale.ROOT, "speaker accuracy  %.3f  (%d/%d found quotes with the right speaker)%n",
        r.speakerAccuracy(), r.speakersRight(), r.matched()));
    sb.append(String.format(Locale.ROOT, "partial accuracy  %.3f  (%d/%d found quotes with the right partial flag)%n",
        r.matched() == 0 ? 0 : (double) r.partialRight() / r.matched(), r.partialRight(),
        r.matched()));
    for (Pair p : r.pairs()) {
      if (p.found() == null) {
        sb.append("MISSED    ").append(p.gold().article()).append("  «")
            .append(p.gold().text()).append("»\n");
      } else if (!p.speakerAgrees()) {
        sb.append("SPEAKER   ").append(p.gold().article()).append("  «")
            .append(p.gold().text()).append("»  gold=").append(p.gold().speaker())
            .append("  found=").append(p.found().speaker()).append('\n');
      }
      if (p.found() != null && p.found().partial() != p.gold().partial()) {
        sb.append("PARTIAL   ").append(p.gold().article()).append("  «")
            .append(p.gold().text()).append("»  gold=").append(p.gold().partial())
            .append("  found=").append(p.found().partial()).append('\n');
      }
    }
    for (Quote q : r.spurious()) {
      sb.append("SPURIOUS  ").append(q.article()).append("  «").append(q.text()).append("»\n");
    }
    return sb.toString();
  }
}
