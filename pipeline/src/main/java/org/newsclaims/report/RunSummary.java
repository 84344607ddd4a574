package org.newsclaims.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * What a run did: the content of {@code summary.json}.
 *
 * <p>{@code inputs = articles + rejects} always holds for a run that lost nothing;
 * {@code inputsAccountedFor} says whether it did. {@code stageFailures} counts articles whose
 * extraction failed after reading (they are in {@code articles.jsonl} and in
 * {@code rejects.jsonl} with their stage).
 */
@JsonPropertyOrder({
  "inputs", "articles", "rejects", "inputsAccountedFor", "claims", "quotes", "entities", "findings",
  "stageFailures", "runner"
})
public record RunSummary(
    long inputs,
    long articles,
    long rejects,
    boolean inputsAccountedFor,
    long claims,
    long quotes,
    long entities,
    long findings,
    long stageFailures,
    String runner) {

  public static RunSummary of(Map<String, Long> counts, String runner) {
    long inputs = counts.getOrDefault("inputs", 0L);
    long articles = counts.getOrDefault("articles", 0L);
    long rejects = counts.getOrDefault("rejects", 0L);
    return new RunSummary(inputs, articles, rejects, inputs == articles + rejects,
        counts.getOrDefault("claims", 0L), counts.getOrDefault("quotes", 0L),
        counts.getOrDefault("entities", 0L), counts.getOrDefault("findings", 0L),
        counts.getOrDefault("stageFailures", 0L), runner);
  }
}
