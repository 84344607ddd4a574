package org.newsclaims.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes small WARC archives for the tests with jwarc's own writer, the way a crawler does: a
 * {@code warcinfo} record first, then for each fetch a {@code request} and its {@code response}.
 */
final class TestWarcs implements AutoCloseable {

  static final Instant CRAWLED = Instant.parse("2024-12-20T03:15:00Z");

  private final OutputStream out;
  private final WarcWriter writer;

  private TestWarcs(Path file, boolean gzip) throws IOException {
    out = Files.newOutputStream(file);
    writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    writer.write(new Warcinfo.Builder().filename(file.getFileName().toString())
        .fields(Map.of("software", List.of("newsclaims-tests"), "format", List.of("WARC File Format 1.1")))
        .build());
  }

  static TestWarcs create(Path file) throws IOException {
    return new TestWarcs(file, file.getFileName().toString().endsWith(".gz"));
  }

  /** A request and a 200 text/html response holding {@code html} in UTF-8. */
  TestWarcs page(String url, String html) throws IOException {
    return response(url, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A page encoded in {@code charset}, the HTTP header naming no charset (the page's meta does). */
  TestWarcs page(String url, String html, Charset charset) throws IOException {
    return response(url, 200, "text/html", html.getBytes(charset));
  }

  /** A request and its response with any status, content type (null: none) and body. */
  TestWarcs response(String url, int status, String contentType, byte[] body) throws IOException {
    writer.write(new WarcRequest.Builder(url).date(CRAWLED)
        .body(new HttpRequest.Builder("GET", java.net.URI.create(url).getRawPath())
            .addHeader("Host", java.net.URI.create(url).getHost())
            .addHeader("User-Agent", "newsclaims-tests/1.0").build())
        .build());
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    // the builder writes the Content-Type header of the body's type (none for null)
    MediaType type = contentType == null ? null : MediaType.parseLeniently(contentType);
    writer.write(new WarcResponse.Builder(url).date(CRAWLED)
        .body(http.body(type, body).build()).build());
    return this;
  }

  /** A response marked {@code WARC-Truncated: length}, as crawlers write pages cut at a size limit. */
  TestWarcs truncated(String url, String html) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html")
        .body(MediaType.HTML, html.getBytes(StandardCharsets.UTF_8)).build();
    writer.write(new WarcResponse.Builder(url).date(CRAWLED)
        .truncated(org.netpreserve.jwarc.WarcTruncationReason.LENGTH).body(http).build());
    return this;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    out.close();
  }
}
