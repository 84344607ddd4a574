package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.model.Article;

class WarcArticleReaderTest {

  @TempDir
  Path dir;

  private record Read(List<WarcArticleReader.Item> items, WarcArticleReader.Counts counts) {
    List<Article> articles() {
      return items.stream().filter(WarcArticleReader.Item::ok).map(WarcArticleReader.Item::article).toList();
    }

    /** The byte offset the reader gave the first record of this id (from its duplicate reject). */
    long offsetOf(String id) {
      for (WarcArticleReader.Item i : items) {
        if (i.id().equals(id) && "duplicate".equals(i.stage())) {
          String n = i.reason().substring("duplicate URL (read from byte ".length());
          return Long.parseLong(n.substring(0, n.indexOf(' ')));
        }
      }
      return -1;
    }

    List<String> rejects() {
      return items.stream().filter(i -> !i.ok()).map(i -> i.id() + " | " + i.stage() + " | " + i.reason()).toList();
    }
  }

  private static Read read(Path file) throws IOException {
    List<WarcArticleReader.Item> items = new ArrayList<>();
    WarcArticleReader.Counts counts;
    try (FileChannel channel = FileChannel.open(file)) {
      counts = WarcArticleReader.read(channel, file.getFileName().toString(), items::add);
    }
    return new Read(items, counts);
  }

  /** An archive of one outlet's pages for the first three stories. */
  private static List<NewsPages.Page> writeThreeStories(Path file, int outlet) throws IOException {
    List<NewsPages.Page> pages = new ArrayList<>();
    try (TestWarcs w = TestWarcs.create(file)) {
      for (int s = 0; s < 3; s++) {
        NewsPages.Page p = NewsPages.page(NewsPages.OUTLETS.get(outlet), outlet, NewsPages.STORIES.get(s));
        pages.add(p);
        w.page(p.url(), p.html());
      }
    }
    return pages;
  }

  private static final String ENGLISH_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Floods in "
      + "southern France</title></head><body><article><p>Heavy rain hit the south of France on Thursday, "
      + "and the prefecture said that about 1,200 homes were still without power.</p></article></body></html>";

  private static final String FRONT_PAGE = "<!DOCTYPE html><html lang=\"fr\"><head><title>Accueil - Le "
      + "Courrier du Sud</title></head><body><nav class=\"main-menu\"><a href=\"/\">Accueil</a> <a href=\"/"
      + "sport\">Sport</a></nav><footer><p>© 2024 Le Courrier du Sud - Mentions légales</p></footer></body></html>";

  @Test
  void readsEveryNewsPageAndRejectsEveryOtherRecordWithItsReason() throws IOException {
    Path warc = dir.resolve("CC-NEWS-20241220031500-00001.warc.gz");
    List<NewsPages.Page> pages = new ArrayList<>();
    for (int o = 0; o < NewsPages.OUTLETS.size(); o++) {
      pages.add(NewsPages.page(NewsPages.OUTLETS.get(o), o, NewsPages.STORIES.get(0)));
    }
    try (TestWarcs w = TestWarcs.create(warc)) {
      for (NewsPages.Page p : pages) {
        if (p.outlet().layout() == NewsPages.Layout.LEGACY) {
          w.page(p.url(), p.html(), Charset.forName("ISO-8859-1"));
        } else {
          w.page(p.url(), p.html());
        }
        if (p == pages.get(1)) {
          w.response("https://www.courrier-du-sud.fr/regions/introuvable", 404, "text/html",
              "<html><body><h1>Page introuvable</h1></body></html>".getBytes(StandardCharsets.UTF_8));
          w.response("https://www.courrier-du-sud.fr/ancienne-adresse", 301, "text/html", new byte[0]);
          w.response("https://www.courrier-du-sud.fr/img/crue.jpg", 200, "image/jpeg",
              new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
          w.response("https://www.courrier-du-sud.fr/robots.txt", 200, "text/plain",
              "User-agent: *\nDisallow: /recherche\n".getBytes(StandardCharsets.UTF_8));
        }
      }
      w.page("https://www.riviera-news.example/floods-southern-france", ENGLISH_PAGE);
      w.page("https://www.courrier-du-sud.fr/", FRONT_PAGE);
      w.page(pages.get(0).url(), pages.get(0).html()); // fetched again later in the crawl
      w.truncated("https://www.midi-matin.fr/2024/10/video-crue/", pages.get(5).html());
      byte[] png = new byte[600];
      png[0] = (byte) 0x89;
      png[1] = 'P';
      png[2] = 'N';
      png[3] = 'G';
      w.response("https://www.alsace-info.fr/media/carte-crue", 200, "text/html; charset=utf-8", png);
    }

    Read r = read(warc);

    assertEquals(17, r.counts().records()); // 8 pages, 4 before the English page, 5 after
    assertEquals(1 + 16, r.counts().skipped()); // warcinfo and one request per fetch (none for the truncated one)
    assertEquals(17, r.items().size());
    List<Article> articles = r.articles();
    assertEquals(8, articles.size());
    for (int i = 0; i < pages.size(); i++) {
      NewsPages.Page p = pages.get(i);
      Article a = articles.get(i);
      assertEquals(p.id(), a.article());
      assertEquals(p.title(), a.title());
      assertEquals(p.body(), a.text(), p.outlet().name());
      assertEquals("2024-10-17", a.published());
      assertEquals(p.outlet().expectedOutlet(), a.outlet());
      assertEquals(p.url(), a.url());
    }
    assertEquals(Arrays.asList("og:title", "h1", "h1", "json-ld", "og:title", "h1", "h1", "json-ld"),
        articles.stream().map(Article::titleSource).toList());
    assertEquals(Arrays.asList("json-ld", "article:published_time", "url", "json-ld", "json-ld",
        "article:published_time", "url", "json-ld"), articles.stream().map(Article::dateSource).toList());
    assertEquals(Arrays.asList("og:site_name", "og:site_name", "host", "og:site_name", "og:site_name",
        "og:site_name", "host", "og:site_name"), articles.stream().map(Article::outletSource).toList());
    assertEquals(Arrays.asList("fr-FR", "fr-FR", null, "fr", "fr-FR", "fr-FR", null, "fr"),
        articles.stream().map(Article::language).toList());
    assertEquals(List.of(
        "courrier-du-sud.fr/regions/introuvable | http | HTTP status 404, not 200",
        "courrier-du-sud.fr/ancienne-adresse | http | HTTP status 301, not 200",
        "courrier-du-sud.fr/img/crue.jpg | http | not HTML (image/jpeg)",
        "courrier-du-sud.fr/robots.txt | http | not HTML (text/plain)",
        "riviera-news.example/floods-southern-france | language | not French (html lang=en)",
        "courrier-du-sud.fr | parse | no article body found",
        pages.get(0).id() + " | duplicate | duplicate URL (read from byte " + r.offsetOf(pages.get(0).id()) + " of this archive)",
        "midi-matin.fr/2024/10/video-crue | read | truncated record (WARC-Truncated: length)",
        "alsace-info.fr/media/carte-crue | decode | binary file (PNG)"), r.rejects());
  }

  @Test
  void keepsNoBoilerplateOfThePages() throws IOException {
    Path warc = dir.resolve("all.warc.gz");
    List<NewsPages.Page> pages = NewsPages.all();
    try (TestWarcs w = TestWarcs.create(warc)) {
      for (NewsPages.Page p : pages) {
        w.page(p.url(), p.html());
      }
    }
    List<Article> articles = read(warc).articles();
    assertEquals(pages.size(), articles.size());
    for (Article a : articles) {
      for (String furniture : NewsPages.BOILERPLATE) {
        assertFalse(a.text().contains(furniture), a.article() + " keeps: " + furniture);
      }
    }
  }

  @Test
  void skipsAFiftyMegabytePageAndReadsTheNextRecord() throws IOException {
    Path warc = dir.resolve("big.warc");
    NewsPages.Page next = NewsPages.page(NewsPages.OUTLETS.get(0), 0, NewsPages.STORIES.get(1));
    byte[] huge = new byte[50 << 20];
    Arrays.fill(huge, (byte) 'a');
    byte[] head = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, huge, 0, head.length);
    try (TestWarcs w = TestWarcs.create(warc)) {
      w.response("https://www.courrier-du-sud.fr/enorme", 200, "text/html", huge);
      w.page(next.url(), next.html());
    }
    huge = null;
    Read r = read(warc);
    assertEquals(List.of("courrier-du-sud.fr/enorme | read | page too large (over 4194304 bytes)"), r.rejects());
    assertEquals(List.of(next.id()), r.articles().stream().map(Article::article).toList());
  }

  @Test
  void aTruncatedGzipMemberEndsTheArchiveWithARejectNotACrash() throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    List<NewsPages.Page> pages = writeThreeStories(whole, 0);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 700)); // inside the last response's member

    Read r = read(cut);
    assertEquals(List.of(pages.get(0).id(), pages.get(1).id()),
        r.articles().stream().map(Article::article).toList());
    assertEquals(1, r.rejects().size());
    String reject = r.rejects().get(0);
    assertTrue(reject.matches("cut\\.warc\\.gz@(\\d+)\\.\\. \\| read \\| could not read the rest of the WARC "
        + "after the record at byte \\1 \\(the file ends inside a record\\)"), reject);
  }

  @Test
  void aWrongContentLengthRejectsThatRecordAndTheRestOfTheArchive() throws IOException {
    Path warc = dir.resolve("wrong-length.warc");
    List<NewsPages.Page> pages = writeThreeStories(warc, 4);
    // the second response declares 400 bytes fewer than it holds
    String text = new String(Files.readAllBytes(warc), StandardCharsets.ISO_8859_1);
    int second = text.indexOf("WARC-Type: response", text.indexOf("WARC-Type: response") + 1);
    int header = text.lastIndexOf("WARC/1.", second); // Content-Length may come before WARC-Type
    int length = text.indexOf("\r\nContent-Length: ", header) + "\r\nContent-Length: ".length();
    int end = text.indexOf('\r', length);
    int declared = Integer.parseInt(text.substring(length, end));
    text = text.substring(0, length) + (declared - 400) + text.substring(end);
    Files.write(warc, text.getBytes(StandardCharsets.ISO_8859_1));

    Read r = read(warc);
    assertEquals(3, r.items().size());
    assertEquals(List.of(pages.get(0).id()), r.articles().stream().map(Article::article).toList());
    WarcArticleReader.Item wrong = r.items().get(1);
    assertEquals(pages.get(1).id(), wrong.id());
    assertEquals("read", wrong.stage());
    assertEquals("wrong Content-Length: the record does not end where it says (invalid record trailer)",
        wrong.reason());
    WarcArticleReader.Item rest = r.items().get(2);
    assertEquals("read", rest.stage());
    assertTrue(rest.id().matches("wrong-length\\.warc@\\d+\\.\\."), rest.id());
    assertTrue(rest.reason().startsWith("could not read the rest of the WARC after the record at byte "),
        rest.reason());
  }

  @Test
  void readsAPageWhoseCharsetOnlyItsMetaTagGives() throws IOException {
    Path warc = dir.resolve("latin1.warc");
    NewsPages.Page p = NewsPages.page(NewsPages.OUTLETS.get(2), 2, NewsPages.STORIES.get(3));
    try (TestWarcs w = TestWarcs.create(warc)) {
      w.page(p.url(), p.html(), Charset.forName("ISO-8859-1"));
    }
    Article a = read(warc).articles().get(0);
    assertEquals("Rennes adopte un budget de 512 millions d'euros pour 2025", a.title());
    assertEquals(p.body(), a.text());
  }

  @Test
  void repairsAPageMixingUtf8AndWindows1252() throws IOException {
    Path warc = dir.resolve("mixed.warc");
    NewsPages.Page p = NewsPages.page(NewsPages.OUTLETS.get(0), 0, NewsPages.STORIES.get(4));
    int cut = p.html().indexOf("<p>Le mildiou");
    byte[] first = p.html().substring(0, cut).getBytes(StandardCharsets.UTF_8);
    byte[] rest = p.html().substring(cut).getBytes(Charset.forName("windows-1252"));
    byte[] mixed = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, mixed, first.length, rest.length);
    try (TestWarcs w = TestWarcs.create(warc)) {
      w.response(p.url(), 200, "text/html; charset=utf-8", mixed);
    }
    Read r = read(warc);
    assertEquals(List.of(), r.rejects());
    assertEquals(p.body(), r.articles().get(0).text());
  }

  @Test
  void aFileThatIsNoWarcIsOneReject() throws IOException {
    Path notWarc = dir.resolve("notes.warc");
    Files.writeString(notWarc, "Ceci n'est pas une archive WARC.\n");
    Read r = read(notWarc);
    assertEquals(1, r.items().size());
    assertEquals("read", r.items().get(0).stage());
    assertEquals("notes.warc@0..", r.items().get(0).id());
    assertTrue(r.items().get(0).reason().startsWith("not a readable WARC archive ("), r.items().get(0).reason());
  }
}
