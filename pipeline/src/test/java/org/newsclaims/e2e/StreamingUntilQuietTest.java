package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/**
 * Streaming mode as a job that ends: {@code --watchTimeout} stops watching once no new file has
 * come for that long, every window fires its last pane, and the run ends. On the three storm
 * articles of {@link VerdictsOnSmallArticlesTest} (an archive of 2024, hence a large
 * {@code --allowedLatenessDays}), the window holding all three gives exactly the batch findings.
 */
class StreamingUntilQuietTest {

  private static final Path STORM = Path.of("pipeline/src/test/resources/org/newsclaims/e2e/storm");

  @Test
  void aWatchThatGoesQuietEndsTheRunWithTheBatchFindingsInTheWindowHoldingEveryArticle(@TempDir Path tmp)
      throws IOException {
    Path watched = Files.createDirectories(tmp.resolve("incoming"));
    for (String name : List.of("a.txt", "b.txt", "c.txt")) {
      Files.copy(STORM.resolve(name), watched.resolve(name));
    }
    Options streaming = PipelineOptionsFactory.fromArgs("--watch=" + watched, "--output=" + tmp.resolve("stream-out"),
        "--pollInterval=1", "--watchTimeout=2", "--allowedLatenessDays=100000", "--enforceImmutability=false")
        .as(Options.class);
    assertEquals(PipelineResult.State.DONE, ConsistencyPipeline.run(streaming));

    Path batchOut = tmp.resolve("batch-out");
    Options batch = PipelineOptionsFactory.fromArgs("--input=" + watched + "/*.txt", "--output=" + batchOut,
        "--enforceImmutability=false").as(Options.class);
    assertEquals(PipelineResult.State.DONE, ConsistencyPipeline.run(batch));

    // 17 and 25 October 2024 share the windows starting on Mondays 30 Sept, 7 and 14 Oct
    Path window = tmp.resolve("stream-out/stream/findings/2024-10-14_2024-11-11");
    List<JsonNode> latest = SeedRun.at(window).lines("latest.jsonl");
    assertEquals(SeedRun.at(batchOut).lines("findings.jsonl"), latest.stream().map(l -> l.get("finding")).toList());
    assertTrue(latest.stream().allMatch(l -> l.get("last").asBoolean()), "the input ended: the window is final");
    List<String> fields = new java.util.ArrayList<>();
    latest.get(0).fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("windowStart", "windowEnd", "pane", "timing", "last", "finding"), fields);
    assertEquals("2024-10-14", latest.get(0).get("windowStart").asText());
    assertEquals("2024-11-11", latest.get(0).get("windowEnd").asText());
    try (Stream<Path> panes = Files.list(window)) {
      String newest = panes.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("pane-")).sorted()
          .reduce((a, b) -> b).orElseThrow();
      assertEquals(Files.readString(window.resolve(newest)), Files.readString(window.resolve("latest.jsonl")));
    }
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), Stream.of(tmp.resolve("stream-out/stream").toFile().listFiles())
        .filter(f -> f.getName().startsWith("articles-"))
        .flatMap(f -> SeedRun.at(f.toPath().getParent()).lines(f.getName()).stream())
        .map(a -> a.get("article").asText()).sorted().toList());
  }
}
