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
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;

/**
 * Reads the input files into {@link Article}s: plain-text (or HTML) files are one article each;
 * {@code .jsonl}, {@code .ndjson} and {@code .json} files are crawler JSON Lines, one article per
 * line (see docs/crawler-jsonl.md).
 *
 * <p>Every input ends up in exactly one of two outputs: {@link #ARTICLES} or {@link #REJECTS}
 * (with the stage and the reason); {@link #INPUTS} carries one id per input so that a run can
 * prove {@code inputs = articles + rejects}. A pattern that matches nothing is itself a reject.
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
        .apply("SpreadFiles", Reshuffle.viaRandomKey())
        .apply("ReadFiles", ParDo.of(new ReadFileFn())
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTS).and(INPUTS)));
    PCollection<Reject> rejects = org.apache.beam.sdk.values.PCollectionList
        .of(matched.get(REJECTS).setCoder(JsonCoder.of(Reject.class)))
        .and(read.get(REJECTS).setCoder(JsonCoder.of(Reject.class)))
        .apply("AllReadRejects", org.apache.beam.sdk.transforms.Flatten.pCollections());
    PCollection<String> inputs = org.apache.beam.sdk.values.PCollectionList
        .of(matched.get(INPUTS))
        .and(read.get(INPUTS))
        .apply("AllInputs", org.apache.beam.sdk.transforms.Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, read.get(ARTICLES).setCoder(JsonCoder.of(Article.class)))
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
    }
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
      out.get(INPUTS).output(name);
      try {
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
          bytes = in.readAllBytes();
        }
        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(name, bytes);
        if (!decoded.ok()) {
          reject(out, name, "decode", decoded.rejectReason(), null);
          return;
        }
        Article article = ArticleParser.parse(name, decoded.text());
        if (article == null) {
          reject(out, name, "parse", "no article text left after removing page furniture", null);
          return;
        }
        read.inc();
        out.get(ARTICLES).output(article);
      } catch (IOException | RuntimeException e) {
        reject(out, name, "read", "could not read the file", e);
      }
    }

    /** A crawler file: every line is one input, an article or a reject. */
    private void readJsonLines(MatchResult.Metadata file, String name, MultiOutputReceiver out) {
      long lineNumber = 0;
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          Channels.newInputStream(FileSystems.open(file.resourceId())), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
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
            read.inc();
            out.get(ARTICLES).output(parsed.article());
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

    private void reject(MultiOutputReceiver out, String name, String stage, String reason, Exception e) {
      rejected.inc();
      out.get(REJECTS).output(new Reject(name, stage, reason, Failures.describe(e)));
    }
  }
}
