package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/**
 * Streaming from a real Kafka broker (scripts/kafka.sh, {@link KafkaBroker}): the pipeline runs on
 * the DirectRunner, reading a topic of its own, while the test produces crawler JSON records to
 * it; the outputs on disk follow. Articles are dated today, so their windows are open.
 */
class KafkaStreamingTest {

  @TempDir Path tmp;

  static String record(String id, String outlet, String title, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"date_publish\":\"" + LocalDate.now(ZoneOffset.UTC)
        + " 08:30:00\",\"source_domain\":\"" + outlet + "\",\"maintext\":\"" + text + "\"}";
  }

  static PipelineResult start(String bootstrap, String topic, String group, Path out) {
    Options options = PipelineOptionsFactory.fromArgs("--kafkaBootstrap=" + bootstrap, "--kafkaTopic=" + topic,
        "--kafkaGroupId=" + group, "--output=" + out, "--pollInterval=1", "--streaming", "--blockOnRun=false",
        "--enforceImmutability=false").as(Options.class);
    Pipeline p = Pipeline.create(options);
    ConsistencyPipeline.buildStreaming(p, options);
    return p.run();
  }

  @Test
  void articlesProducedToTheTopicBecomeArticlesAndAConflictingFinding() throws Exception {
    String bootstrap = KafkaBroker.bootstrap();
    String topic = "articles-" + System.nanoTime();
    KafkaBroker.createTopic(bootstrap, topic, 2);
    Path out = tmp.resolve("out");
    PipelineResult result = start(bootstrap, topic, "test-" + topic, out);
    try {
      KafkaBroker.produceText(bootstrap, topic, List.of(
          record("crue-1", "lesoir.be", "Crue de la Semois", "À Bouillon, la crue de la Semois a fait deux morts, selon le bourgmestre."),
          record("crue-2", "rtbf.be", "La Semois déborde", "À Bouillon, la crue de la Semois a fait quatre morts, a indiqué la police.")));
      long produced = System.currentTimeMillis();
      JsonNode conflict = StreamOutputs.await(out, f -> f.get("finding").get("verdict").asText().equals("conflict"));
      System.out.println("KafkaStreamingTest: conflict finding on disk " + (System.currentTimeMillis() - produced)
          + " ms after the two messages were produced");
      assertEquals("deaths:count", conflict.get("finding").get("property").asText());
      assertEquals(List.of("crue-1", "crue-2"), conflict.get("finding").get("claims").findValuesAsText("article")
          .stream().sorted().toList());
      StreamOutputs.awaitLines(out, "articles", 2);
      assertEquals(List.of("crue-1 lesoir.be", "crue-2 rtbf.be"), StreamOutputs.lines(out, "articles").stream()
          .map(a -> a.get("article").asText() + " " + a.get("outlet").asText()).sorted().toList());
    } finally {
      result.cancel();
    }
  }

  @Test
  void malformedMessagesAreRejectsWithTheirReasonAndTheStreamGoesOn() throws Exception {
    String bootstrap = KafkaBroker.bootstrap();
    String topic = "articles-" + System.nanoTime();
    // one partition: the offsets in the fallback ids are the order of sending
    KafkaBroker.createTopic(bootstrap, topic, 1);
    Path out = tmp.resolve("out");
    PipelineResult result = start(bootstrap, topic, "test-" + topic, out);
    try {
      KafkaBroker.produce(bootstrap, topic, List.of(
          "ceci n'est pas du JSON".getBytes(StandardCharsets.UTF_8),
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d},
          "{\"id\":\"vide\",\"title\":\"Sans texte\"}".getBytes(StandardCharsets.UTF_8),
          record("gel-1", "lalibre.be", "Gel tardif en Gaume",
              "En Gaume, le gel tardif a détruit 40 % des vergers, selon les producteurs.").getBytes(StandardCharsets.UTF_8)));
      StreamOutputs.awaitLines(out, "rejects", 3);
      StreamOutputs.awaitLines(out, "articles", 1);
      assertEquals(List.of(
              topic + "-0#0 parse malformed JSON",
              topic + "-0#1 parse binary message (not UTF-8 text), not a JSON record",
              "vide parse no text (maintext, text, html and description missing or empty)"),
          StreamOutputs.lines(out, "rejects").stream().map(r -> r.get("input").asText() + " " + r.get("stage").asText()
              + " " + r.get("reason").asText().replaceFirst("^(malformed JSON).*", "$1")).sorted().toList());
      assertEquals(List.of("gel-1"), StreamOutputs.lines(out, "articles").stream().map(a -> a.get("article").asText()).toList());
    } finally {
      result.cancel();
    }
  }
}
