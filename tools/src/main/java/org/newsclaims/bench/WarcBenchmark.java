package org.newsclaims.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.ingest.LanguageGuess;
import org.newsclaims.ingest.WarcArticleReader;
import org.newsclaims.model.Article;

/**
 * WARC reading speed: the pipeline's per-archive work ({@link WarcArticleReader}: gzip members,
 * WARC and HTTP parsing, charset, jsoup, boilerplate removal, Readability, the line rules, then
 * the language check ReadArticles adds) on one thread, timed in thread CPU time.
 *
 * <p>{@code write CORPUS_DIR FILE.warc.gz} turns a generated corpus ({@link CorpusGenerator})
 * into a gzip WARC the way CC-NEWS files look: each article as a news page of about 60 KB
 * (inline scripts and styles different on every page, a menu, a cookie banner, share bar, teasers, comments, JSON-LD and
 * Open Graph metadata) preceded by its request record; the corpus's bad files go in as they are
 * (empty or binary bodies labelled text/html), and every tenth fetch is followed by an image.
 *
 * <p>{@code read FILE.warc[.gz] [--warmup=all|N]} reads the archive twice: a warm-up pass
 * (the whole archive by default, or its first N records; {@code --warmup=0}: none), untimed,
 * then, once the JIT compilers have been idle for a second, the timed pass. It prints one line
 * {@code warc archive=.. records=.. articles=.. rejects=.. gzip_MB=.. warc_MB=.. warmup=..
 * wall_s=.. thread_cpu_s=.. jvm_cpu_s=.. jit_cpu_s=.. gc_cpu_s=.. gzip_MB_per_thread_cpu_s=..
 * gzip_MB_per_jvm_cpu_s=.. warc_MB_per_thread_cpu_s=.. warc_MB_per_jvm_cpu_s=.. load=..} and
 * the same in words. What the MB count (1 MB = 10^6 bytes): {@code gzip_MB} is the
 * {@code .warc.gz} file on disk ({@code file_MB} for an uncompressed archive, and no gzip rates),
 * {@code warc_MB} its bytes once un-gzipped, every record whole (WARC headers, request records,
 * HTTP headers, bodies): what the WARC parser reads. What the seconds count, all over the timed
 * pass only: {@code thread_cpu_s} the reading thread's CPU time (all the per-record work runs on
 * it: gunzip, WARC and HTTP parsing, decoding, jsoup, extraction, the language check);
 * {@code jvm_cpu_s} every thread of the JVM, of which {@code jit_cpu_s} its JIT compiler threads
 * and {@code gc_cpu_s} its GC threads (from Linux's {@code /proc}; "-" elsewhere). "Per core" is
 * MB per CPU second: the thread's rate is the per-record cost, the JVM's adds what the JIT still
 * compiles (on a loaded machine it lags the warm-up; a 1 GB CC-NEWS file amortises it) and the
 * GC. {@code load} is the load average before and after the pass: on a shared machine CPU
 * seconds, not wall time, compare builds.
 *
 * <p>{@code dump FILE.warc[.gz] OUT.txt} writes every item the reader gives (articles whole, with
 * the content language check, rejects with stage and reason): two builds that extract the same
 * write the same file.
 *
 * <p>Usage: {@code java -Xmx512m -cp tools/target/newsclaims-tools.jar:pipeline/target/pipeline-bundled.jar
 * org.newsclaims.bench.WarcBenchmark read /tmp/newsclaims-bench/corpus-5000.warc.gz}; the archive
 * is written by {@code scripts/benchmark.sh --modes=warc --sizes=5000}, or by {@code write} from
 * a corpus of {@link CorpusGenerator}.
 */
public final class WarcBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final Instant CRAWLED = Instant.parse("2024-12-20T03:15:00Z");

  private WarcBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("write")) {
      write(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length >= 3 && args[0].equals("dump")) {
      dump(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length >= 2 && args[0].equals("read")) {
      int warmup = Integer.MAX_VALUE;
      for (int i = 2; i < args.length; i++) {
        if (args[i].startsWith("--warmup=")) {
          String n = args[i].substring("--warmup=".length());
          warmup = n.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(n);
        }
      }
      read(Path.of(args[1]), warmup);
    } else {
      System.err.println("usage: WarcBenchmark write CORPUS_DIR FILE.warc.gz | read FILE.warc[.gz] [--warmup=all|N]"
          + " | dump FILE.warc[.gz] OUT.txt");
      System.exit(2);
    }
  }

  /**
   * Writes every item the archive gives, in order: each article whole (every field) with the
   * language the content check gives it, each reject with its stage and reason. Two builds that
   * extract the same write the same file.
   */
  static void dump(Path warc, Path out) throws IOException {
    LanguageGuess language = LanguageGuess.fromResources();
    try (FileChannel ch = FileChannel.open(warc);
        java.io.BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      WarcArticleReader.Counts counts = WarcArticleReader.read(ch, warc.getFileName().toString(), item -> {
        try {
          if (item.ok()) {
            Article a = item.article();
            w.write("article " + a + " notFrench=" + language.notFrench(a.title() + "\n" + a.text()) + "\n");
          } else {
            w.write("reject " + item.id() + " " + item.stage() + " " + item.reason() + " "
                + (item.error() == null ? "" : item.error().getClass().getName()) + "\n");
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      w.write("counts " + counts + "\n");
    }
  }

  /** Writes the corpus's files as a WARC of news pages. */
  static void write(Path corpus, Path warc) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    boolean gzip = warc.getFileName().toString().endsWith(".gz");
    long pages = 0;
    try (OutputStream out = Files.newOutputStream(warc);
        WarcWriter writer = new WarcWriter(Channels.newChannel(out),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      int i = 0;
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        String stem = f.getFileName().toString().replace(".txt", "");
        ArticleDecoder.Decoded d = ArticleDecoder.decode(f.getFileName().toString(), bytes);
        Article a = d.ok() ? ArticleParser.parse(stem, d.text()) : null;
        String host = "www." + (a == null || a.outlet() == null ? "journal-inconnu.fr"
            : slug(a.outlet()) + ".fr");
        String url = "https://" + host + "/actualite/" + stem + "-" + (a == null ? "page" : slug(a.title()));
        byte[] body = a == null ? bytes : page(a, url, i).getBytes(StandardCharsets.UTF_8);
        response(writer, url, "text/html; charset=utf-8", body);
        pages++;
        if (i % 10 == 9) {
          response(writer, "https://" + host + "/img/" + stem + ".jpg", "image/jpeg",
              new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        }
        i++;
      }
    }
    System.out.printf(Locale.ROOT, "wrote %s: %d pages, %.1f MB%n", warc, pages, Files.size(warc) / 1e6);
  }

  private static void response(WarcWriter writer, String url, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parseLeniently(type), body).build();
    writer.write(new org.netpreserve.jwarc.WarcRequest.Builder(url).date(CRAWLED)
        .body(new org.netpreserve.jwarc.HttpRequest.Builder("GET", URI.create(url).getRawPath())
            .addHeader("Host", URI.create(url).getHost()).build()).build());
    writer.write(new WarcResponse.Builder(url).date(CRAWLED).body(http).build());
  }

  /** Reads the archive on this thread and prints the rates. */
  static void read(Path warc, int warmup) throws IOException {
    LanguageGuess language = LanguageGuess.fromResources();
    if (warmup > 0) {
      // the very work of the timed pass, through the same consumer: a warm-up that skipped the
      // language check left it, and the call sites that meet a second consumer class, to be
      // compiled (and deoptimised and compiled again) during the timed pass
      long[] seen = new long[3];
      try (FileChannel ch = FileChannel.open(warc)) {
        WarcArticleReader.read(ch, warc.getFileName().toString(), new Tally(seen, language, warmup));
      } catch (StopReading e) {
        // warmed up
      }
    }
    if (warmup > 0) {
      awaitCompilerQueue();
    }
    System.err.println("warc timed pass starts (JVM uptime "
        + ManagementFactory.getRuntimeMXBean().getUptime() + " ms)");
    long[] counts = new long[3]; // records, articles, rejects
    String loadBefore = loadAverage();
    JvmThreads.Snapshot threads0 = JvmThreads.snapshot();
    long p0 = PROCESS.getProcessCpuTime();
    long t0 = THREADS.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    try (FileChannel ch = FileChannel.open(warc)) {
      WarcArticleReader.read(ch, warc.getFileName().toString(), new Tally(counts, language, Long.MAX_VALUE));
    }
    double cpu = (THREADS.getCurrentThreadCpuTime() - t0) / 1e9;
    double jvmCpu = (PROCESS.getProcessCpuTime() - p0) / 1e9;
    double wall = (System.nanoTime() - w0) / 1e9;
    JvmThreads.Snapshot threads1 = JvmThreads.snapshot();
    String loadAfter = loadAverage();
    boolean gzip = warc.getFileName().toString().endsWith(".gz");
    double fileMb = Files.size(warc) / 1e6;
    double warcMb = contentBytes(warc) / 1e6;
    String warmed = warmup == Integer.MAX_VALUE ? "all" : warmup == 0 ? "none" : warmup + "_records";
    String gzipRates = gzip ? String.format(Locale.ROOT, "gzip_MB_per_thread_cpu_s=%.1f gzip_MB_per_jvm_cpu_s=%.1f ",
        fileMb / cpu, fileMb / jvmCpu) : "";
    System.out.printf(Locale.ROOT, "warc archive=%s records=%d articles=%d rejects=%d %s=%.1f warc_MB=%.1f "
        + "warmup=%s wall_s=%.2f thread_cpu_s=%.2f jvm_cpu_s=%.2f jit_cpu_s=%s gc_cpu_s=%s %s"
        + "warc_MB_per_thread_cpu_s=%.1f warc_MB_per_jvm_cpu_s=%.1f load=%s..%s%n",
        warc.getFileName(), counts[0], counts[1], counts[2], gzip ? "gzip_MB" : "file_MB", fileMb, warcMb,
        warmed, wall, cpu, jvmCpu, threads1.cpuSince(threads0, JvmThreads.JIT),
        threads1.cpuSince(threads0, JvmThreads.GC), gzipRates, warcMb / cpu, warcMb / jvmCpu, loadBefore,
        loadAfter);
    System.out.printf(Locale.ROOT, "warc per core: %s%.1f MB/s of WARC un-gzipped per CPU second of the "
        + "reading thread; %s%.1f per CPU second of the whole JVM (JIT compilers and GC too); timed: one "
        + "pass of the archive, %s; load average %s before, %s after%n",
        gzip ? String.format(Locale.ROOT, "%.1f MB/s of the .warc.gz file and ", fileMb / cpu) : "",
        warcMb / cpu, gzip ? String.format(Locale.ROOT, "%.1f and ", fileMb / jvmCpu) : "", warcMb / jvmCpu,
        warmup == Integer.MAX_VALUE ? "after an untimed warm-up pass of the whole archive"
            : warmup == 0 ? "without warm-up (JIT compilation included)"
            : "after an untimed warm-up of " + warmup + " records",
        loadBefore, loadAfter);
  }

  /**
   * Waits (at most a minute) until the JIT compilers have been idle for a second: on a loaded
   * machine the compilations the warm-up asked for are still queued when it ends, and would
   * otherwise be timed as part of the pass.
   */
  private static void awaitCompilerQueue() {
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return;
    }
    long deadline = System.nanoTime() + 60_000_000_000L;
    long last = jit.getTotalCompilationTime();
    int idle = 0;
    while (idle < 4 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = jit.getTotalCompilationTime();
      idle = now == last ? idle + 1 : 0;
      last = now;
    }
  }

  /**
   * What a pass does with each item, as the pipeline's reader does: records, articles (read and
   * French by their text, {@link LanguageGuess}) and rejects counted; stops the pass
   * ({@link StopReading}) after {@code limit} records.
   */
  private record Tally(long[] counts, LanguageGuess language, long limit)
      implements java.util.function.Consumer<WarcArticleReader.Item> {
    @Override
    public void accept(WarcArticleReader.Item item) {
      if (counts[0]++ >= limit) {
        throw new StopReading();
      }
      if (item.ok() && language.notFrench(item.article().title() + "\n" + item.article().text()) == null) {
        counts[1]++;
      } else {
        counts[2]++;
      }
    }
  }

  /** The 1-, 5- and 15-minute load averages, comma-separated ("-" when unknown). */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + "," + f[1] + "," + f[2];
    } catch (IOException | RuntimeException e) {
      double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return l < 0 ? "-" : String.format(Locale.ROOT, "%.2f", l);
    }
  }

  /**
   * The CPU time of the JVM's threads by kind, read from Linux's {@code /proc/self/task}: the JIT
   * compiler and GC threads are no Java threads, {@link ThreadMXBean} does not see them. Elsewhere
   * the kinds read "-". A thread that ended between two snapshots is left out of its kind (the
   * JVM's total still counts it).
   */
  private static final class JvmThreads {
    static final java.util.function.Predicate<String> JIT = name -> name.contains("CompilerThre");
    static final java.util.function.Predicate<String> GC = name -> name.startsWith("GC Thread")
        || name.startsWith("G1 ");

    private record Task(String name, long cpuNanos) {}

    /** Thread id → its name and CPU time so far. */
    record Snapshot(java.util.Map<String, Task> tasks) {
      String cpuSince(Snapshot before, java.util.function.Predicate<String> kind) {
        if (tasks.isEmpty()) {
          return "-";
        }
        long ns = 0;
        for (java.util.Map.Entry<String, Task> e : tasks.entrySet()) {
          if (kind.test(e.getValue().name())) {
            Task was = before.tasks().get(e.getKey());
            ns += e.getValue().cpuNanos() - (was == null ? 0 : was.cpuNanos());
          }
        }
        return String.format(Locale.ROOT, "%.2f", ns / 1e9);
      }
    }

    static Snapshot snapshot() {
      java.util.Map<String, Task> tasks = new java.util.TreeMap<>();
      Path dir = Path.of("/proc/self/task");
      if (!Files.isDirectory(dir)) {
        return new Snapshot(tasks);
      }
      long tick = 10_000_000L; // USER_HZ is 100 on Linux: one tick is 10 ms
      try (Stream<Path> s = Files.list(dir)) {
        for (Path t : s.toList()) {
          try {
            String stat = Files.readString(t.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            // after the name: state, then ... utime and stime (fields 14 and 15 of stat)
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            tasks.put(t.getFileName().toString(),
                new Task(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick));
          } catch (IOException | RuntimeException e) {
            // the thread ended while it was read
          }
        }
      } catch (IOException e) {
        tasks.clear();
      }
      return new Snapshot(tasks);
    }
  }

  /** The archive's bytes once un-gzipped (its size when it is not compressed). */
  private static long contentBytes(Path warc) throws IOException {
    if (!warc.getFileName().toString().endsWith(".gz")) {
      return Files.size(warc);
    }
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = new GZIPInputStream(Files.newInputStream(warc), 1 << 16)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
      }
    }
    return n;
  }

  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  private static String slug(String s) {
    String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.length() > 60 ? slug.substring(0, 60) : slug;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * About 40 KB of inline script and style, different on every page (tag managers, ad slots,
   * analytics with their ids), so that the archive compresses like real pages (about 4 to 1), not
   * like one block repeated.
   */
  private static String scripts(int page) {
    java.util.Random rnd = new java.util.Random(page * 7919L + 17);
    StringBuilder b = new StringBuilder(42_000).append("<script>window.dataLayer=window.dataLayer||[];");
    while (b.length() < 30_000) {
      b.append("var ").append(identifier(rnd)).append("={id:'").append(Long.toHexString(rnd.nextLong()))
          .append("',slot:").append(rnd.nextInt(100_000)).append(",sizes:[[").append(rnd.nextInt(1000))
          .append(',').append(rnd.nextInt(1000)).append("]],f:function(").append(identifier(rnd))
          .append("){return ").append(identifier(rnd)).append('.').append(identifier(rnd)).append("(")
          .append(rnd.nextInt(64)).append(");}};");
    }
    b.append("</script>\n<style>");
    while (b.length() < 40_000) {
      b.append('.').append(identifier(rnd)).append("{margin:").append(rnd.nextInt(40)).append("px ")
          .append(rnd.nextInt(40)).append("px;color:#").append(Integer.toHexString(rnd.nextInt(0xFFFFFF)))
          .append('}');
    }
    return b.append("</style>\n").toString();
  }

  private static String identifier(java.util.Random rnd) {
    int n = 3 + rnd.nextInt(8);
    StringBuilder b = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      b.append((char) ('a' + rnd.nextInt(26)));
    }
    return b.toString();
  }

  private static final String MENU = menu();

  private static String menu() {
    StringBuilder b = new StringBuilder("<nav class=\"main-menu\"><ul>");
    String[] sections = {"Accueil", "Monde", "France", "Politique", "Économie", "Société", "Régions",
        "Sport", "Culture", "Sciences", "Santé", "Planète", "Opinions", "Vidéos", "Podcasts"};
    for (int i = 0; i < 60; i++) {
      b.append("<li><a href=\"/rubrique/").append(i).append("\">").append(sections[i % sections.length])
          .append("</a></li>");
    }
    return b.append("</ul></nav>\n").toString();
  }

  /** The article as a news site's page. */
  static String page(Article a, String url, int i) {
    String t = escape(a.title());
    String outlet = escape(a.outlet() == null ? "Journal inconnu" : a.outlet());
    StringBuilder p = new StringBuilder();
    for (String line : a.text().split("\n")) {
      p.append("<p>").append(escape(line)).append("</p>\n");
    }
    StringBuilder teasers = new StringBuilder();
    for (int k = 0; k < 10; k++) {
      teasers.append("<div class=\"teaser\"><figure><img src=\"/t/").append(i + k).append(".jpg\"></figure><h3>"
          + "<a href=\"/t/").append(i + k).append("\">Autre sujet numéro ").append(k + 1)
          .append(" : 1 200 personnes attendues samedi</a></h3></div>\n");
    }
    String date = a.published() == null ? "" : a.published();
    return "<!DOCTYPE html>\n<html lang=\"fr-FR\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + t + " - " + outlet
        + "</title>\n<meta property=\"og:title\" content=\"" + t + "\">\n<meta property=\"og:site_name\" content=\""
        + outlet + "\">\n<link rel=\"canonical\" href=\"" + url + "\">\n"
        + (date.isEmpty() ? "" : "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@type\":\"NewsArticle\",\"headline\":\"" + t.replace("\\", "") + "\",\"datePublished\":\"" + date
            + "\"}</script>\n")
        + scripts(i) + "</head>\n<body>\n<div id=\"cookie-banner\"><p>Nous utilisons des cookies pour améliorer "
        + "votre expérience.</p><button>Accepter</button></div>\n<header class=\"site-header\">" + MENU + "</header>\n"
        + "<main><article><h1>" + t + "</h1>\n<div class=\"byline\">Par la rédaction</div>\n" + p
        + "<div class=\"share\"><a href=\"#\">Partager sur Facebook</a><a href=\"#\">Partager sur X</a></div>\n"
        + "</article>\n<section class=\"related\"><h2>Sur le même sujet</h2>\n" + teasers + "</section>\n"
        + "<section id=\"comments\"><h2>Commentaires (2)</h2><div class=\"comment\"><p>Très bon article, "
        + "merci.</p></div></section>\n</main>\n<footer><p>© 2024 " + outlet + " - Mentions légales</p></footer>\n"
        + "</body>\n</html>\n";
  }
}
