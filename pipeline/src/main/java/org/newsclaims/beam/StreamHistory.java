package org.newsclaims.beam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Instant;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;
import org.newsclaims.report.JsonLines;

/**
 * What earlier runs of a Kafka stream wrote under {@code <output>/stream/}, read when a run
 * resumes into the same folder: the ids of every message outcome written (article ids, rejected
 * inputs; extraction failures left out, their article has its own line), so that replayed
 * messages are recognised, and the articles themselves, so that the windows are judged on all of
 * their articles again and not only on those read since the restart.
 *
 * <p>Example: {@code StreamHistory.read("output").processed()} holds {@code crue-1} once
 * {@code output/stream/articles-000000.jsonl} has its line.
 */
public record StreamHistory(Set<String> processed, List<Article> articles, List<Reject> rejects) {

  /** No earlier run (a folder watch always starts from an empty folder). */
  public static final StreamHistory NONE = new StreamHistory(Set.of(), List.of(), List.of());

  /** Reads the batches of {@code <output>/stream/}; empty when there are none. */
  public static StreamHistory read(String output) {
    String stream = WriteStreamingOutputs.streamDirectory(output);
    Set<String> processed = new HashSet<>();
    List<Article> articles = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    try {
      for (String line : lines(stream + "/articles-*.jsonl")) {
        Article article = JsonLines.fromLine(line, Article.class);
        if (processed.add(article.article())) {
          articles.add(article);
        }
      }
      for (String line : lines(stream + "/rejects-*.jsonl")) {
        Reject reject = JsonLines.fromLine(line, Reject.class);
        rejects.add(reject);
        if (!"extract".equals(reject.stage())) {
          processed.add(reject.input());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the earlier outputs in " + stream, e);
    }
    articles.sort(java.util.Comparator.comparing(Article::article));
    return new StreamHistory(Set.copyOf(processed), List.copyOf(articles), List.copyOf(rejects));
  }

  public boolean isEmpty() {
    return processed.isEmpty();
  }

  /**
   * The articles with their event time (the publication date; {@code now} for an undated one, as
   * if it had just arrived), to be judged again with the new ones.
   */
  public List<TimestampedValue<Article>> timestampedArticles(Instant now) {
    List<TimestampedValue<Article>> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      Instant published = StreamWindowing.eventTime(a.published());
      out.add(TimestampedValue.of(a, published != null ? published : now));
    }
    return out;
  }

  /** {@code articles} and, when there are any, the earlier runs' articles (for judging only). */
  public PCollection<Article> withEarlierArticles(PCollection<Article> articles) {
    if (articles().isEmpty()) {
      return articles;
    }
    PCollection<Article> earlier = articles.getPipeline().apply("EarlierArticles",
        Create.timestamped(timestampedArticles(Instant.now())).withCoder(JsonCoder.of(Article.class)));
    return PCollectionList.of(articles).and(earlier).apply("WithEarlierArticles", Flatten.pCollections());
  }

  /**
   * The streaming outputs with the earlier runs' articles and rejects added to
   * {@link WriteStreamingOutputs#ARTICLES} and {@link WriteStreamingOutputs#REJECTS}: for a sink
   * that upserts (the database), not for the files, which have them.
   */
  public PCollectionTuple withEarlierOutputs(PCollectionTuple outputs) {
    if (isEmpty()) {
      return outputs;
    }
    Pipeline p = outputs.getPipeline();
    PCollection<Article> articles = PCollectionList.of(outputs.get(WriteStreamingOutputs.ARTICLES))
        .and(p.apply("EarlierArticlesAgain", Create.timestamped(timestampedArticles(Instant.now()))
            .withCoder(JsonCoder.of(Article.class))))
        .apply("ArticlesWithEarlier", Flatten.pCollections());
    PCollection<Reject> rejectsAgain = PCollectionList.of(outputs.get(WriteStreamingOutputs.REJECTS))
        .and(p.apply("EarlierRejectsAgain", Create.of(rejects).withCoder(JsonCoder.of(Reject.class))))
        .apply("RejectsWithEarlier", Flatten.pCollections());
    return PCollectionTuple.of(WriteStreamingOutputs.PANES, outputs.get(WriteStreamingOutputs.PANES))
        .and(WriteStreamingOutputs.ARTICLES, articles)
        .and(WriteStreamingOutputs.REJECTS, rejectsAgain);
  }

  private static List<String> lines(String glob) throws IOException {
    MatchResult match = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    List<String> lines = new ArrayList<>();
    if (match.status() != MatchResult.Status.OK) {
      return lines;
    }
    for (MatchResult.Metadata file : match.metadata()) {
      String name = file.resourceId().getFilename();
      if (name == null || name.startsWith(".")) {
        continue;
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          Channels.newInputStream(FileSystems.open(file.resourceId())), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank()) {
            lines.add(line);
          }
        }
      }
    }
    return lines;
  }
}
