package org.newsclaims.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsclaims.analysis.Analysis;
import org.newsclaims.analysis.ArticleAnalyser;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;

/**
 * The pure-Java core on one thread, without Beam: for every file of a directory, read, decode
 * and parse it, then run the product's per-article sequence ({@link ArticleAnalyser}: normalise
 * with the publication date inference, recognise entities, extract quotes of the text and of the
 * headline, claims, claim subjects), exactly as ReadArticles, NormaliseArticles and
 * ExtractFromArticles do per element. Nothing is kept between articles but counters.
 *
 * <p>Prints one line {@code core files=.. articles=.. rejects=.. failures=.. bytes=.. wall_s=..
 * cpu_s=.. ...} followed by the time per stage (thread CPU time, like cpu_s). The extractors are built once (set-up time is
 * reported apart). {@code --warmup=N} first runs the first N files untimed (JIT warm-up).
 * {@code --dump=FILE} writes every article, mention, quote and claim (one record per line, in
 * file order) to FILE, so that two builds can be shown to extract exactly the same thing
 * ({@code cmp} or {@code sha256sum} the dumps); the dump is written outside the timed stages but inside the CPU total: time without it.
 *
 * <p>Usage: {@code java -Xmx1g -cp tools/target/newsclaims-tools.jar org.newsclaims.bench.CoreBenchmark DIR [--warmup=N] [--dump=FILE]}
 * (the tools jar finds {@code pipeline/target/pipeline-bundled.jar} through its manifest)
 */
public final class CoreBenchmark {

  /** Stages before the analysis, then one per {@link ArticleAnalyser.Stage}. */
  private static final String[] STAGES = stages();

  private final ArticleAnalyser analyser = ArticleAnalyser.fromResources();

  final long[] stageNanos = new long[STAGES.length];
  long articles;
  long rejects;
  long failures;
  long bytes;
  long mentions;
  long quotes;
  long claims;
  /** Where to write every extracted record, or null. */
  BufferedWriter dump;

  private static String[] stages() {
    List<String> names = new ArrayList<>(List.of("read", "decode+parse", "normalise"));
    for (ArticleAnalyser.Stage stage : ArticleAnalyser.Stage.values()) {
      names.add(stage.label());
    }
    return names.toArray(String[]::new);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of this thread: stage times stay comparable when other processes share the cores. */
  private static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Runs the core on one file. */
  void process(Path file) throws IOException {
    long t0 = now();
    byte[] content = Files.readAllBytes(file);
    bytes += content.length;
    long t1 = now();
    String name = file.getFileName().toString();
    ArticleDecoder.Decoded decoded = ArticleDecoder.decode(name, content);
    Article article = decoded.ok() ? ArticleParser.parse(name, decoded.text()) : null;
    long t2 = now();
    stageNanos[0] += t1 - t0;
    stageNanos[1] += t2 - t1;
    if (article == null) {
      rejects++;
      if (dump != null) {
        dump.write("reject " + name + " " + decoded.rejectReason() + "\n");
      }
      return;
    }
    articles++;
    Article normal = analyser.normalise(article);
    long t3 = now();
    stageNanos[2] += t3 - t2;
    long[] stageStart = {t3};
    try {
      Analysis found = analyser.analyse(normal, stage -> {
        long t = now();
        stageNanos[3 + stage.ordinal()] += t - stageStart[0];
        stageStart[0] = t;
      });
      mentions += found.mentions().size();
      quotes += found.quotes().size();
      claims += found.claims().size();
      if (dump != null) {
        write(normal, found.mentions(), found.quotes(), found.claims());
      }
    } catch (RuntimeException | StackOverflowError e) {
      failures++;
      if (dump != null) {
        dump.write("failure " + name + " " + e + "\n");
      }
    }
  }

  private void write(Article article, List<EntityMention> m, List<Quote> q, List<Claim> c) throws IOException {
    dump.write(article.toString());
    dump.write('\n');
    for (Object o : m) {
      dump.write(o.toString());
      dump.write('\n');
    }
    for (Object o : q) {
      dump.write(o.toString());
      dump.write('\n');
    }
    for (Object o : c) {
      dump.write(o.toString());
      dump.write('\n');
    }
  }

  /** Peak resident set size of this process in kB (VmHWM), or -1 where /proc is missing. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CoreBenchmark DIR [--warmup=N]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int warmup = 0;
    Path dumpFile = null;
    for (int k = 1; k < args.length; k++) {
      if (args[k].startsWith("--warmup=")) {
        warmup = Integer.parseInt(args[k].substring("--warmup=".length()));
      } else if (args[k].startsWith("--dump=")) {
        dumpFile = Path.of(args[k].substring("--dump=".length()));
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = new ArrayList<>(s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long setupStart = System.nanoTime();
    CoreBenchmark bench = new CoreBenchmark();
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    if (warmup > 0) {
      CoreBenchmark warm = bench;
      for (int k = 0; k < Math.min(warmup, files.size()); k++) {
        warm.process(files.get(k));
      }
      bench = new CoreBenchmark();
    }
    if (dumpFile != null) {
      bench.dump = Files.newBufferedWriter(dumpFile, StandardCharsets.UTF_8);
    }
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (Path f : files) {
      bench.process(f);
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    if (bench.dump != null) {
      bench.dump.close();
    }
    System.out.printf(Locale.ROOT,
        "core files=%d articles=%d rejects=%d failures=%d bytes=%d wall_s=%.3f cpu_s=%.3f setup_s=%.3f"
            + " articles_per_s=%.1f mb_per_s=%.3f mentions=%d quotes=%d claims=%d peak_rss_kb=%d%n",
        files.size(), bench.articles, bench.rejects, bench.failures, bench.bytes, wall, cpu, setupSeconds,
        files.size() / wall, bench.bytes / 1e6 / wall, bench.mentions, bench.quotes, bench.claims, peakRssKb());
    long total = 0;
    for (long n : bench.stageNanos) {
      total += n;
    }
    for (int k = 0; k < STAGES.length; k++) {
      System.out.printf(Locale.ROOT, "  stage %-13s %8.3f s  %5.1f%%%n", STAGES[k], bench.stageNanos[k] / 1e9,
          100.0 * bench.stageNanos[k] / Math.max(1, total));
    }
  }
}
