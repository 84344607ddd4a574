package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/**
 * Streaming mode on a real folder: the pipeline runs on the DirectRunner while the test moves
 * article files into the watched directory, and the findings on disk follow. Articles are
 * dated today, so their windows are open; the test polls the output files (no fixed sleeps)
 * within a generous bound, then cancels the pipeline.
 */
class StreamingFolderTest {

  @TempDir Path tmp;

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /** Writes the file next to the watched folder, then moves it in (a reader never sees half of it). */
  private void publish(Path watched, String name, String text) throws IOException {
    Path staged = tmp.resolve(name);
    Files.writeString(staged, text);
    Files.move(staged, watched.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void aNewArticleInTheWatchedFolderUpdatesTheFindingsAndEveryFileIsAccountedFor() throws Exception {
    Path watched = Files.createDirectories(tmp.resolve("incoming"));
    Path out = tmp.resolve("out");
    Options options = PipelineOptionsFactory.fromArgs("--watch=" + watched, "--output=" + out,
        "--pollInterval=1", "--streaming", "--blockOnRun=false", "--enforceImmutability=false").as(Options.class);
    Pipeline p = Pipeline.create(options);
    ConsistencyPipeline.buildStreaming(p, options);
    PipelineResult result = p.run();
    try {
      publish(watched, "incendie-1.txt", "Publié le " + today() + "\nIncendie à Vernoux\n"
          + "À Vernoux, l'incendie de l'entrepôt a fait trois morts, selon les pompiers.\n");
      JsonNode first = StreamOutputs.await(out, f -> f.get("finding").get("property").asText().equals("deaths:count"));
      assertEquals("single_source", first.get("finding").get("verdict").asText());

      publish(watched, "incendie-2.txt", "Publié le " + today() + "\nVernoux : l'entrepôt détruit\n"
          + "À Vernoux, l'incendie de l'entrepôt a fait cinq morts, a annoncé la mairie.\n");
      String window = first.get("windowStart").asText() + "_" + first.get("windowEnd").asText();
      JsonNode updated = StreamOutputs.await(out, f -> f.get("finding").get("verdict").asText().equals("conflict")
          && (f.get("windowStart").asText() + "_" + f.get("windowEnd").asText()).equals(window));
      assertEquals("deaths:count", updated.get("finding").get("property").asText());
      assertEquals(2, updated.get("finding").get("claims").size());
      // the newer pane supersedes the older one, which stays on disk as it was
      assertTrue(updated.get("pane").asLong() > first.get("pane").asLong(), updated.toString());
      Path older = out.resolve("stream/findings/" + window + String.format("/pane-%06d.jsonl", first.get("pane").asLong()));
      assertEquals(List.of("single_source"), StreamOutputs.read(older).stream()
          .filter(f -> f.get("finding").get("property").asText().equals("deaths:count"))
          .map(f -> f.get("finding").get("verdict").asText()).toList());

      // a copy, a hidden work file, and an article whose windows closed long ago
      publish(watched, "copie.txt", Files.readString(watched.resolve("incendie-1.txt")));
      publish(watched, ".incendie-3.txt.part", "Publié le " + today() + "\nBrouillon\nÀ Vernoux, rien.\n");
      publish(watched, "ancien.txt", "Publié le 02/03/2020\nIncendie à Vernoux\n"
          + "À Vernoux, un incendie a fait un mort en mars 2020.\n");
      StreamOutputs.awaitLines(out, "rejects", 2);
      List<JsonNode> rejects = StreamOutputs.lines(out, "rejects");
      assertEquals(List.of("ancien.txt late", "copie.txt duplicate"), rejects.stream()
          .map(r -> r.get("input").asText() + " " + r.get("stage").asText()).sorted().toList());
      assertEquals("duplicate of incendie-1.txt", rejects.stream()
          .filter(r -> r.get("stage").asText().equals("duplicate")).findFirst().orElseThrow().get("reason").asText());
      StreamOutputs.awaitLines(out, "articles", 2);
      assertEquals(List.of("incendie-1.txt", "incendie-2.txt"),
          StreamOutputs.lines(out, "articles").stream().map(a -> a.get("article").asText()).sorted().toList());
    } finally {
      result.cancel();
    }
  }
}
