package org.newsclaims.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What a run did: the content of {@code summary.json}.
 *
 * <p>{@code inputs = articles + rejects} always holds for a run that lost nothing;
 * {@code inputsAccountedFor} says whether it did. {@code stageFailures} counts articles whose
 * extraction failed after reading (they are in {@code articles.jsonl} and in
 * {@code rejects.jsonl} with their stage).
 *
 * <p>The pipeline writes the counts ({@link #of}); the launcher, once the pipeline has finished,
 * adds what only it knows ({@link #withRun}): the input patterns as given, how many files they
 * matched, and when the run started and finished. Those are null in a summary written by a
 * pipeline built without the launcher. The timing fields are the only ones that differ between
 * two runs on the same input.
 */
@JsonPropertyOrder({
  "inputs", "articles", "rejects", "inputsAccountedFor", "claims", "quotes", "entities", "stories", "findings",
  "stageFailures", "runner", "inputPatterns", "inputFiles", "startedAt", "finishedAt", "durationSeconds"
})
public record RunSummary(
    long inputs,
    long articles,
    long rejects,
    boolean inputsAccountedFor,
    long claims,
    long quotes,
    long entities,
    long stories,
    long findings,
    long stageFailures,
    String runner,
    List<String> inputPatterns,
    Long inputFiles,
    String startedAt,
    String finishedAt,
    Double durationSeconds) {

  /** The fields that differ from one run to the next on the same input. */
  public static final List<String> TIMING_FIELDS = List.of("startedAt", "finishedAt", "durationSeconds");

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public static RunSummary of(Map<String, Long> counts, String runner) {
    long inputs = counts.getOrDefault("inputs", 0L);
    long articles = counts.getOrDefault("articles", 0L);
    long rejects = counts.getOrDefault("rejects", 0L);
    return new RunSummary(inputs, articles, rejects, inputs == articles + rejects,
        counts.getOrDefault("claims", 0L), counts.getOrDefault("quotes", 0L),
        counts.getOrDefault("entities", 0L), counts.getOrDefault("stories", 0L), counts.getOrDefault("findings", 0L),
        counts.getOrDefault("stageFailures", 0L), runner, null, null, null, null, null);
  }

  /**
   * This summary with the run's inputs and timing: ISO-8601 UTC instants to the millisecond
   * ({@code 2026-11-23T06:30:00.000Z}), and the duration in seconds (three decimals).
   */
  public RunSummary withRun(List<String> patterns, long files, Instant started, Instant finished) {
    Instant start = started.truncatedTo(ChronoUnit.MILLIS);
    Instant end = finished.truncatedTo(ChronoUnit.MILLIS);
    return new RunSummary(inputs, articles, rejects, inputsAccountedFor, claims, quotes, entities, stories,
        findings, stageFailures, runner, List.copyOf(patterns), files, INSTANT.format(start), INSTANT.format(end),
        Duration.between(start, end).toMillis() / 1000.0);
  }
}
