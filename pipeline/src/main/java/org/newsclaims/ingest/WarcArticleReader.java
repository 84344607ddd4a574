package org.newsclaims.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.newsclaims.model.Article;

/**
 * Reads a WARC archive ({@code .warc}, {@code .warc.gz}: Common Crawl's CC-NEWS, Heritrix, wget,
 * Browsertrix) record by record into articles and rejects, streaming: one record's page at a
 * time is held in memory, never the archive.
 *
 * <p>Every {@code response}, {@code resource} and {@code revisit} record is one input and ends as
 * exactly one {@link Item}: an article ({@link HtmlArticleExtractor} on the decoded page) or a
 * reject with its stage and reason: {@code http} (status other than 200, not HTML),
 * {@code read} (truncated record, page over {@link #MAX_PAGE_BYTES}), {@code decode} (binary
 * body, undecodable bytes), {@code language} ({@code <html lang>} not French), {@code parse} (no
 * article body found), {@code duplicate} (a URL already read from this archive). Records that
 * are not captures ({@code warcinfo}, {@code request}, {@code metadata}, {@code conversion}) are
 * counted in {@link Counts#skipped}, not inputs. A record whose {@code Content-Length} does not
 * end where the record ends is rejected ({@code read}, "wrong Content-Length"). When the archive
 * cannot be read on (after such a record, a truncated gzip member, damaged bytes), one last
 * reject {@code <name>@<byte offset>..} names the rest of the file after the last record read,
 * and the reading stops.
 *
 * <p>Article ids are the page URL's host and path ({@link CrawlerRecordParser#idFromUrl}), as for
 * crawler JSON Lines, so the same page read from a WARC or from JSON Lines is the same article.
 * The charset comes from the HTTP {@code Content-Type}, else the page's meta charset, else the
 * bytes ({@link ArticleDecoder}).
 *
 * <pre>{@code
 * WarcArticleReader.Counts c = WarcArticleReader.read(channel, "CC-NEWS-20241017.warc.gz", item -> ...);
 * }</pre>
 */
public final class WarcArticleReader {

  /**
   * A page body larger than this is rejected unread (its bytes are skipped): 4 MiB is many
   * times a news page with its inline scripts (Common Crawl itself truncates at 1 MiB).
   */
  public static final int MAX_PAGE_BYTES = 4 << 20;

  /** One input: an {@code article}, or a {@code stage} and {@code reason} (and {@code error}). */
  public record Item(String id, Article article, String stage, String reason, Throwable error) {
    public boolean ok() {
      return article != null;
    }
  }

  /** What was read: capture records (each one {@link Item}) and records skipped as non-captures. */
  public record Counts(long records, long skipped) {}

  private WarcArticleReader() {}

  /** Reads every record of {@code in} (not closed here); {@code name} names the archive. */
  public static Counts read(ReadableByteChannel in, String name, Consumer<Item> out) {
    long records = 0;
    long skipped = 0;
    Map<String, Long> seen = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    // each record's item waits until the next record is found: jwarc warns while it looks for
    // the next header when a record's Content-Length did not end where the record ends
    Item pending = null;
    long position = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.onWarning(warnings::add);
      while (true) {
        Optional<WarcRecord> next;
        warnings.clear();
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          if (pending != null) {
            out.accept(checked(pending, warnings));
            pending = null;
          }
          out.accept(records + skipped == 0
              ? new Item(name + "@0..", null, "read", "not a readable WARC archive ("
                  + brokenArchive(e) + ")", e)
              : new Item(name + "@" + position + "..", null, "read",
                  "could not read the rest of the WARC after the record at byte " + position
                      + " (" + brokenArchive(e) + ")", e));
          break;
        }
        if (pending != null) {
          out.accept(checked(pending, warnings));
          pending = null;
        }
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        position = record.position();
        if (!(record instanceof WarcResponse || record instanceof WarcResource
            || record instanceof WarcRevisit)) {
          skipped++;
          continue;
        }
        records++;
        try {
          pending = readCapture(record, name, seen);
        } catch (IOException | RuntimeException | LinkageError e) {
          // a failure inside one record's body (truncated gzip member, unknown encoding) ends
          // that record; the reader then tells whether the archive goes on
          pending = new Item(recordId(record, name), null, "read",
              "truncated or unreadable record (" + brokenArchive(e) + ")", e);
        }
      }
    } catch (IOException | RuntimeException e) {
      out.accept(new Item(name + "@0..", null, "read", "not a readable WARC archive ("
          + brokenArchive(e) + ")", e));
    }
    return new Counts(records, skipped);
  }

  /** The item, or a reject when jwarc warned that its record did not end where it said. */
  private static Item checked(Item item, List<String> warnings) {
    if (warnings.isEmpty()) {
      return item;
    }
    return new Item(item.id(), null, "read", "wrong Content-Length: the record does not end where "
        + "it says (" + warnings.get(0) + ")", null);
  }

  private static Item readCapture(WarcRecord record, String name, Map<String, Long> seen)
      throws IOException {
    String id = recordId(record, name);
    if (record.headers().first("WARC-Truncated").isPresent()) {
      return reject(id, "read", "truncated record (WARC-Truncated: "
          + record.headers().first("WARC-Truncated").get() + ")");
    }
    if (record instanceof WarcRevisit) {
      return reject(id, "http", "revisit record: the page's content is not in it");
    }
    String url = ((org.netpreserve.jwarc.WarcTargetRecord) record).target();
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return reject(id, "http", "not an HTTP response (" + response.contentType().base() + ")");
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return reject(id, "http", "HTTP status " + http.status() + ", not 200");
      }
      type = http.headers().first("Content-Type").isPresent() ? http.contentType() : null;
      body = http.bodyDecoded();
    } else {
      type = record.headers().first("Content-Type").isPresent() ? record.contentType() : null;
      body = record.body();
    }
    String charset = null;
    if (type != null) {
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return reject(id, "http", "not HTML (" + base + ")");
      }
      charset = type.parameters().get("charset");
    }
    byte[] bytes = readBounded(body, contentLength(record));
    if (bytes == null) {
      return reject(id, "read", "page too large (over " + MAX_PAGE_BYTES + " bytes)");
    }
    if (type == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
          .stripLeading().toLowerCase(Locale.ROOT);
      if (!head.startsWith("<!doctype html") && !head.startsWith("<html")) {
        return reject(id, "http", "not HTML (no Content-Type, and the body is no HTML document)");
      }
    }
    Long first = seen.putIfAbsent(id, record.position());
    if (first != null) {
      return reject(id, "duplicate", "duplicate URL (read from byte " + first + " of this archive)");
    }
    if (charset == null) {
      charset = ArticleDecoder.declaredHtmlCharset(bytes);
    }
    // the inline scripts and style sheets, most of a news page's bytes, are neither decoded
    // nor parsed: the extractor removes them unread
    ArticleDecoder.Decoded decoded = ArticleDecoder.decode(id, InlineCode.cut(bytes, charset), charset);
    if (!decoded.ok()) {
      return reject(id, "decode", decoded.rejectReason());
    }
    HtmlArticleExtractor.Extracted x = HtmlArticleExtractor.extract(id, decoded.text(), url);
    if (!x.ok()) {
      return reject(id, x.stage(), x.rejectReason());
    }
    // no date on the page: none is taken from the crawl date (a page crawled today may be years
    // old); the body's dates may still give one later (dateSource "text")
    return new Item(id, x.article(), null, null, null);
  }

  /** The record's id: its URL's host and path, else {@code <archive>@<byte offset>}. */
  private static String recordId(WarcRecord record, String name) {
    if (record instanceof org.netpreserve.jwarc.WarcTargetRecord target) {
      String id = CrawlerRecordParser.idFromUrl(target.target());
      if (id != null) {
        return id;
      }
    }
    return name + "@" + record.position();
  }

  /** The record's declared block length (an upper bound of its page's size), or -1. */
  private static long contentLength(WarcRecord record) {
    try {
      return Long.parseLong(record.headers().first("Content-Length").orElse("-1").strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The body's bytes, or null when it holds more than {@link #MAX_PAGE_BYTES}. */
  private static byte[] readBounded(MessageBody body, long sizeHint) throws IOException {
    // one array of the declared size (Content-Length) when it is known and allowed
    int capacity = sizeHint > 0 && sizeHint <= MAX_PAGE_BYTES ? (int) sizeHint + 1 : 64 * 1024;
    ByteBuffer buffer = ByteBuffer.allocate(capacity);
    while (true) {
      if (!buffer.hasRemaining()) {
        if (buffer.capacity() > MAX_PAGE_BYTES) {
          return null; // the reader skips the rest of the record
        }
        ByteBuffer bigger = ByteBuffer.allocate(Math.min(buffer.capacity() * 2, MAX_PAGE_BYTES + 1));
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
      if (body.read(buffer) < 0) {
        break;
      }
    }
    if (buffer.position() > MAX_PAGE_BYTES) {
      return null;
    }
    return java.util.Arrays.copyOf(buffer.array(), buffer.position());
  }

  private static Item reject(String id, String stage, String reason) {
    return new Item(id, null, stage, reason, null);
  }

  /** A short account of why the archive could not be read on. */
  private static String brokenArchive(Throwable e) {
    if (e instanceof EOFException) {
      return "the file ends inside a record";
    }
    if (e instanceof java.util.zip.ZipException) {
      return "corrupt gzip data: " + e.getMessage();
    }
    if (e instanceof org.netpreserve.jwarc.ParsingException) {
      return "no WARC record where one should start: wrong Content-Length or damaged file";
    }
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + (msg.length() > 120 ? msg.substring(0, 120) : msg));
  }
}
