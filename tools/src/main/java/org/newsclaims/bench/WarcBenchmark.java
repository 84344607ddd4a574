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
 * <p>{@code read FILE.warc[.gz] [--warmup=N|all]} reads it and prints one line {@code warc
 * records=.. articles=.. rejects=.. file_MB=.. content_MB=.. wall_s=.. cpu_s=.. process_cpu_s=..
 * file_MB_per_cpu_s=.. content_MB_per_cpu_s=.. content_MB_per_process_cpu_s=..}. What the MB
 * count: {@code file_MB} is the archive's size on disk (gzip), {@code content_MB} the WARC bytes
 * once un-gzipped, every record whole (WARC headers, request records, HTTP headers, bodies):
 * the bytes the WARC parser reads, the measure of "MB/s of WARC reading". (1 MB = 10^6 bytes.)
 * What the seconds count: {@code cpu_s} is the reading thread's CPU time; {@code process_cpu_s}
 * the whole JVM's over the same pass (garbage collector and JIT compiler threads too), the
 * honest "per core" figure. {@code --warmup=N} first reads the first N records untimed,
 * {@code --warmup=all} the whole archive once (the JIT is then done, as it is for nearly all of
 * a 1 GB CC-NEWS file).
 *
 * <p>Usage: {@code java -Xmx512m -cp tools/target/newsclaims-tools.jar
 * org.newsclaims.bench.WarcBenchmark read /tmp/newsclaims-bench/corpus-1000.warc.gz}
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
    } else if (args.length >= 2 && args[0].equals("read")) {
      int warmup = 0;
      for (int i = 2; i < args.length; i++) {
        if (args[i].startsWith("--warmup=")) {
          String n = args[i].substring("--warmup=".length());
          warmup = n.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(n);
        }
      }
      read(Path.of(args[1]), warmup);
    } else {
      System.err.println("usage: WarcBenchmark write CORPUS_DIR FILE.warc.gz | read FILE.warc[.gz] [--warmup=N|all]");
      System.exit(2);
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
      long[] seen = {0};
      try (FileChannel ch = FileChannel.open(warc)) {
        WarcArticleReader.read(ch, warc.getFileName().toString(), item -> {
          if (++seen[0] > warmup) {
            throw new StopReading();
          }
        });
      } catch (StopReading e) {
        // warmed up
      }
    }
    long[] counts = new long[3]; // records, articles, rejects
    long p0 = PROCESS.getProcessCpuTime();
    long t0 = THREADS.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    try (FileChannel ch = FileChannel.open(warc)) {
      WarcArticleReader.read(ch, warc.getFileName().toString(), item -> {
        counts[0]++;
        if (item.ok() && language.notFrench(item.article().title() + "\n" + item.article().text()) == null) {
          counts[1]++;
        } else {
          counts[2]++;
        }
      });
    }
    double cpu = (THREADS.getCurrentThreadCpuTime() - t0) / 1e9;
    double processCpu = (PROCESS.getProcessCpuTime() - p0) / 1e9;
    double wall = (System.nanoTime() - w0) / 1e9;
    double fileMb = Files.size(warc) / 1e6;
    double contentMb = contentBytes(warc) / 1e6;
    System.out.printf(Locale.ROOT, "warc records=%d articles=%d rejects=%d file_MB=%.1f content_MB=%.1f "
        + "wall_s=%.2f cpu_s=%.2f process_cpu_s=%.2f file_MB_per_cpu_s=%.1f content_MB_per_cpu_s=%.1f "
        + "content_MB_per_process_cpu_s=%.1f%n", counts[0], counts[1], counts[2], fileMb, contentMb, wall,
        cpu, processCpu, fileMb / cpu, contentMb / cpu, contentMb / processCpu);
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
