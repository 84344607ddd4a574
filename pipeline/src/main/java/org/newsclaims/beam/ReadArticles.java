package org.newsclaims.beam;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.ingest.CrawlerRecordParser;
import org.newsclaims.ingest.HtmlArticleExtractor;
import org.newsclaims.ingest.LanguageGuess;
import org.newsclaims.ingest.WarcArticleReader;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;

/**
 * Reads the input files into {@link Article}s: plain-text (or HTML) files are one article each;
 * {@code .jsonl}, {@code .ndjson} and {@code .json} files are crawler JSON Lines, one article per
 * line (see docs/crawler-jsonl.md); {@code .warc} and {@code .warc.gz} archives are read record
 * by record, streaming, each response an article or a reject ({@link WarcArticleReader}; see
 * docs/input-formats.md).
 *
 * <p>Every input ends up in exactly one of two outputs: {@link #ARTICLES} or {@link #REJECTS}
 * (with the stage and the reason); {@link #INPUTS} carries one id per input so that a run can
 * prove {@code inputs = articles + rejects}. A pattern that matches nothing is itself a reject,
 * and so is a directory matched by a pattern, an unreadable file, a file too large to be one
 * article ({@link #MAX_ARTICLE_BYTES}), an article that is not French ({@link LanguageGuess}) and
 * the second copy of an article ({@link DropDuplicateArticles}).
 *
 * <pre>{@code
 * PCollectionTuple read = p.apply(ReadArticles.from(List.of("seeds/*.txt")));
 * PCollection<Article> articles = read.get(ReadArticles.ARTICLES);
 * }</pre>
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  public static final TupleTag<String> INPUTS = new TupleTag<>() {};
  private static final TupleTag<MatchResult.Metadata> MATCHED = new TupleTag<>() {};

  /**
   * A plain-text or HTML file (or a JSON line) larger than this is rejected unread: 1 MiB is over
   * a hundred times a long news article, and reading a huge file whole, then extracting from it,
   * would exhaust a worker's memory and time.
   */
  static final long MAX_ARTICLE_BYTES = 1L << 20;

  private final List<String> patterns;

  private ReadArticles(List<String> patterns) {
    this.patterns = patterns;
  }

  public static ReadArticles from(List<String> patterns) {
    return new ReadArticles(List.copyOf(patterns));
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("ReadArticles needs at least one --input pattern");
    }
    PCollectionTuple matched = begin
        .apply("Patterns", Create.of(patterns))
        .apply("MatchFiles", ParDo.of(new MatchFn())
            .withOutputTags(MATCHED, TupleTagList.of(REJECTS).and(INPUTS)));
    PCollectionTuple read = matched.get(MATCHED)
        .setCoder(MetadataCoderV2.of())
        .apply("SpreadFiles", Reshuffle.<MatchResult.Metadata>viaRandomKey()
            .withNumBuckets(Buckets.count(begin.getPipeline().getOptions())))
        .apply("ReadFiles", ParDo.of(new ReadFileFn())
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTS).and(INPUTS)));
    PCollectionTuple unique = read.get(ARTICLES).setCoder(JsonCoder.of(Article.class))
        .apply("DropDuplicates", new DropDuplicateArticles());
    PCollection<Reject> rejects = org.apache.beam.sdk.values.PCollectionList
        .of(matched.get(REJECTS).setCoder(JsonCoder.of(Reject.class)))
        .and(read.get(REJECTS).setCoder(JsonCoder.of(Reject.class)))
        .and(unique.get(DropDuplicateArticles.DUPLICATES))
        .apply("AllReadRejects", org.apache.beam.sdk.transforms.Flatten.pCollections());
    PCollection<String> inputs = org.apache.beam.sdk.values.PCollectionList
        .of(matched.get(INPUTS))
        .and(read.get(INPUTS))
        .apply("AllInputs", org.apache.beam.sdk.transforms.Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, unique.get(DropDuplicateArticles.UNIQUE))
        .and(REJECTS, rejects)
        .and(INPUTS, inputs);
  }

  /** Expands each pattern; a pattern that matches nothing becomes a reject. */
  static final class MatchFn extends DoFn<String, MatchResult.Metadata> {
    private final Counter unmatched = Metrics.counter(ReadArticles.class, "patternsWithoutMatch");

    @ProcessElement
    public void process(@Element String pattern, MultiOutputReceiver out) throws IOException {
      MatchResult result = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
      List<MatchResult.Metadata> files =
          result.status() == MatchResult.Status.OK ? result.metadata() : List.of();
      if (files.isEmpty()) {
        unmatched.inc();
        out.get(INPUTS).output(pattern);
        out.get(REJECTS).output(new Reject(pattern, "match",
            "no file matches this input pattern (" + result.status() + ")", null));
        return;
      }
      for (MatchResult.Metadata file : files) {
        out.get(MATCHED).output(file);
      }
      for (String[] skipped : notRegularFiles(pattern)) {
        out.get(INPUTS).output(skipped[0]);
        out.get(REJECTS).output(new Reject(skipped[0], "match", skipped[1], null));
      }
    }
  }

  /**
   * The entries a local glob such as {@code in/*.txt} matches that are not regular files, as
   * (name, reason): Beam's match skips directories, broken links and devices silently, and an
   * input must never vanish without a trace. Patterns with a scheme, {@code **} or a glob in a
   * directory part are not listed (empty result).
   */
  static List<String[]> notRegularFiles(String pattern) {
    int glob = indexOfGlob(pattern);
    int slash = pattern.lastIndexOf('/');
    if (glob < 0 || pattern.contains("://") || pattern.contains("**") || slash > glob) {
      return List.of();
    }
    java.util.List<String[]> found = new java.util.ArrayList<>();
    try {
      java.nio.file.Path dir = java.nio.file.Path.of(slash < 0 ? "." : pattern.substring(0, slash + 1));
      java.nio.file.PathMatcher matcher = java.nio.file.FileSystems.getDefault()
          .getPathMatcher("glob:" + pattern.substring(slash + 1));
      try (java.util.stream.Stream<java.nio.file.Path> entries = java.nio.file.Files.list(dir)) {
        entries.sorted().forEach(entry -> {
          java.nio.file.Path name = entry.getFileName();
          if (name != null && matcher.matches(name) && !java.nio.file.Files.isRegularFile(entry)) {
            found.add(new String[] {name.toString(), java.nio.file.Files.isDirectory(entry)
                ? "a directory, not a file" : "not a readable regular file (broken link or special file)"});
          }
        });
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // not a local directory we can list: Beam's match said all there is
    }
    return found;
  }

  private static int indexOfGlob(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** True for WARC archives, read record by record. */
  static boolean isWarc(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /** True for crawler output files, read as one article per line. */
  static boolean isJsonLines(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson");
  }

  /** Reads one file: decodes its bytes and parses it as an article, or rejects it. */
  static final class ReadFileFn extends DoFn<MatchResult.Metadata, Article> {
    private final Counter read = Metrics.counter(ReadArticles.class, "articlesRead");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "inputsRejected");
    private final Counter warcRecords = Metrics.counter(ReadArticles.class, "warcCaptureRecords");
    private final Counter warcSkipped = Metrics.counter(ReadArticles.class, "warcRecordsSkipped");
    private transient LanguageGuess language;

    @Setup
    public void setup() {
      language = LanguageGuess.fromResources();
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
      String name = file.resourceId().getFilename();
      if (name == null || name.isEmpty()) {
        name = file.resourceId().toString();
      }
      if (isJsonLines(name)) {
        readJsonLines(file, name, out);
        return;
      }
      if (isWarc(name) && !file.resourceId().isDirectory()) {
        readWarc(file, name, out);
        return;
      }
      out.get(INPUTS).output(name);
      if (file.resourceId().isDirectory()) {
        reject(out, name, "read", "a directory, not a file", null);
        return;
      }
      if (file.sizeBytes() > MAX_ARTICLE_BYTES) {
        reject(out, name, "read", "file too large for one article (" + file.sizeBytes()
            + " bytes, limit " + MAX_ARTICLE_BYTES + ")", null);
        return;
      }
      try {
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
          bytes = in.readAllBytes();
        }
        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(name, bytes,
            ArticleDecoder.declaredHtmlCharset(bytes));
        if (!decoded.ok()) {
          reject(out, name, "decode", decoded.rejectReason(), null);
          return;
        }
        Article article;
        if (org.newsclaims.ingest.HtmlText.looksLikeHtml(decoded.text())) {
          HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(name, decoded.text(), null);
          if (!page.ok()) {
            reject(out, name, page.stage(), page.rejectReason(), null);
            return;
          }
          article = page.article();
        } else {
          article = ArticleParser.parse(name, decoded.text());
          if (article == null) {
            reject(out, name, "parse", "no article text left after removing page furniture", null);
            return;
          }
        }
        if (!checkFrench(out, article)) {
          return;
        }
        read.inc();
        out.get(ARTICLES).output(withContentLanguage(article));
      } catch (IOException | RuntimeException e) {
        reject(out, name, "read", "could not read the file", e);
      }
    }

    /**
     * A WARC archive: every capture record is one input, an article or a reject; the archive is
     * streamed from its channel, one record at a time.
     */
    private void readWarc(MatchResult.Metadata file, String name, MultiOutputReceiver out) {
      WarcArticleReader.Counts counts;
      try (java.nio.channels.ReadableByteChannel channel = FileSystems.open(file.resourceId())) {
        counts = WarcArticleReader.read(channel, name, item -> {
          out.get(INPUTS).output(item.id());
          if (!item.ok()) {
            rejected.inc();
            out.get(REJECTS).output(new Reject(item.id(), item.stage(), item.reason(),
                Failures.describe(item.error())));
          } else if (checkFrench(out, item.article())) {
            read.inc();
            out.get(ARTICLES).output(withContentLanguage(item.article()));
          }
        });
      } catch (IOException | RuntimeException e) {
        out.get(INPUTS).output(name);
        reject(out, name, "read", "could not open the WARC archive", e);
        return;
      }
      warcRecords.inc(counts.records());
      warcSkipped.inc(counts.skipped());
    }

    /** A crawler file: every line is one input, an article or a reject. */
    private void readJsonLines(MatchResult.Metadata file, String name, MultiOutputReceiver out) {
      long lineNumber = 0;
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          Channels.newInputStream(FileSystems.open(file.resourceId())), StandardCharsets.UTF_8))) {
        String line;
        while ((line = readBoundedLine(reader)) != null) {
          lineNumber++;
          if (line == TOO_LONG) {
            String id = name + "#" + lineNumber;
            out.get(INPUTS).output(id);
            reject(out, id, "read", "JSON line too large for one article (over "
                + MAX_ARTICLE_BYTES + " characters)", null);
            continue;
          }
          if (line.isBlank()) {
            continue;
          }
          CrawlerRecordParser.Parsed parsed;
          try {
            parsed = CrawlerRecordParser.parse(line, name, lineNumber);
          } catch (RuntimeException e) {
            String id = name + "#" + lineNumber;
            out.get(INPUTS).output(id);
            reject(out, id, "parse", "could not parse the JSON line", e);
            continue;
          }
          out.get(INPUTS).output(parsed.id());
          if (parsed.ok()) {
            if (!checkFrench(out, parsed.article())) {
              continue;
            }
            read.inc();
            out.get(ARTICLES).output(withContentLanguage(parsed.article()));
          } else {
            reject(out, parsed.id(), "parse", parsed.rejectReason(), null);
          }
        }
      } catch (IOException | RuntimeException e) {
        String id = name + "#" + (lineNumber + 1) + "..";
        out.get(INPUTS).output(id);
        reject(out, id, "read", "could not read the rest of the JSON Lines file after line " + lineNumber, e);
      }
    }

    /** Marks a line longer than {@link #MAX_ARTICLE_BYTES}: compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String TOO_LONG = new String("<line too long>");

    /**
     * The next line (without its terminator: LF, CRLF or CR), null at the end, or
     * {@link #TOO_LONG} when it is longer than the limit (its characters are skipped unread).
     */
    static String readBoundedLine(BufferedReader reader) throws IOException {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      int c;
      while ((c = reader.read()) >= 0) {
        if (c == '\n') {
          break;
        }
        if (c == '\r') {
          reader.mark(1);
          if (reader.read() != '\n') {
            reader.reset();
          }
          break;
        }
        if (line.length() >= MAX_ARTICLE_BYTES) {
          tooLong = true;
          continue;
        }
        line.append((char) c);
      }
      if (c < 0 && line.length() == 0 && !tooLong) {
        return null;
      }
      return tooLong ? TOO_LONG : line.toString();
    }

    /**
     * An article whose input did not state its language is French by its content (it passed
     * {@link #checkFrench}): {@code language="fr"}, {@code languageSource="content"}.
     */
    static Article withContentLanguage(Article a) {
      if (a.language() != null) {
        return a;
      }
      return a.withProvenance(a.titleSource(), a.outletSource(), "fr", "content", a.url());
    }

    /** Rejects an article in another language; true when it is French (or cannot be told). */
    private boolean checkFrench(MultiOutputReceiver out, Article article) {
      String other = language.notFrench(article.title() + "\n" + article.text());
      if (other == null) {
        return true;
      }
      reject(out, article.article(), "language", "not French (looks like " + other + ")", null);
      return false;
    }

    private void reject(MultiOutputReceiver out, String name, String stage, String reason, Exception e) {
      rejected.inc();
      out.get(REJECTS).output(new Reject(name, stage, reason, Failures.describe(e)));
    }
  }
}
