package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/** Quotations in headlines are extracted from the title, with offsets into it. */
class HeadlineQuotesTest {

  @Test
  void aSpeakerNamedBeforeAColonInTheHeadlineIsAttributed(@TempDir Path in, @TempDir Path out) throws IOException {
    Files.writeString(in.resolve("a.txt"), "Anne Hidalgo : « Les berges de la Seine rouvriront en juin »\n"
        + "La maire de Paris a présenté mardi son plan pour les quais. Les travaux dureront trois mois.\n",
        StandardCharsets.UTF_8);
    Options options = PipelineOptionsFactory.fromArgs("--input=" + in.resolve("*.txt"), "--output=" + out,
        "--enforceImmutability=false").as(Options.class);
    ConsistencyPipeline.run(options);
    List<JsonNode> quotes = SeedRun.at(out).lines("quotes.jsonl");
    JsonNode q = quotes.stream().filter(x -> x.get("inTitle").asBoolean()).findFirst()
        .orElseThrow(() -> new AssertionError(quotes.toString()));
    assertEquals("Les berges de la Seine rouvriront en juin", q.get("text").asText());
    assertTrue(q.get("speaker").asText("").contains("Hidalgo"), q.toString());
  }
}
