package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the pipeline (SIGKILL, a separate JVM reading a real broker) while messages are in
 * flight, starts it again on the same topic, group and output folder, and checks that every
 * message ends exactly once as an article or a reject, that the group's offsets reach the end of
 * the topic, and that a window is judged on the articles of both runs.
 */
class KafkaRestartTest {

  private static final long TIMEOUT_MILLIS = 240_000;

  @TempDir Path tmp;

  private Process launch(String bootstrap, String topic, String group, Path out, String log) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx700m",
        "-cp", System.getProperty("java.class.path"), "org.newsclaims.ConsistencyPipeline",
        "--kafkaBootstrap=" + bootstrap, "--kafkaTopic=" + topic, "--kafkaGroupId=" + group,
        "--output=" + out, "--pollInterval=1");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve(log).toFile()).start();
  }

  private static String dispatch(int i) {
    String[] towns = {"Arlon", "Bastogne", "Ciney", "Dinant", "Eupen", "Florenville"};
    return KafkaStreamingTest.record(String.format("depeche-%02d", i), "agence" + (i % 3) + ".be",
        "Conseil communal de " + towns[i % towns.length] + " (" + i + ")",
        "À " + towns[i % towns.length] + ", le conseil communal a voté " + (10 + i)
            + " délibérations mardi soir, selon le procès-verbal numéro " + (1000 + i) + ".");
  }

  @Test
  void killingAndRestartingThePipelineMidStreamLosesAndRepeatsNothing() throws Exception {
    String bootstrap = KafkaBroker.bootstrap();
    String topic = "articles-" + System.nanoTime();
    String group = "restart-" + topic;
    KafkaBroker.createTopic(bootstrap, topic, 2);
    Path out = tmp.resolve("out");
    List<String> first = new ArrayList<>();
    first.add(KafkaStreamingTest.record("crue-avant", "lesoir.be", "Crue de la Lesse",
        "À Houyet, la crue de la Lesse a fait deux morts, selon le bourgmestre."));
    IntStream.range(0, 10).forEach(i -> first.add(dispatch(i)));
    first.add("{\"id\":\"sans-texte\",\"title\":\"Brève\"}");
    List<String> second = new ArrayList<>();
    IntStream.range(10, 22).forEach(i -> second.add(dispatch(i)));
    second.add(KafkaStreamingTest.record("crue-apres", "rtbf.be", "La Lesse en crue",
        "À Houyet, la crue de la Lesse a fait quatre morts, a indiqué la police."));
    second.add("pas du JSON");

    Process run = launch(bootstrap, topic, group, out, "run-1.log");
    try {
      KafkaBroker.produceText(bootstrap, topic, first);
      awaitIds(out, "articles", "article", List.of("crue-avant"));
      KafkaBroker.produceText(bootstrap, topic, second);
      run.destroyForcibly(); // SIGKILL while the second batch is read and processed
      assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the first run did not die");
      List<String> before = ids(out, "articles", "article");
      System.out.println("KafkaRestartTest: " + before.size() + " articles written before the kill");

      run = launch(bootstrap, topic, group, out, "run-2.log");
      List<String> expected = new ArrayList<>(List.of("crue-apres", "crue-avant"));
      IntStream.range(0, 22).forEach(i -> expected.add(String.format("depeche-%02d", i)));
      awaitIds(out, "articles", "article", expected);
      StreamOutputs.awaitLines(out, "rejects", 2);
      // every message exactly once: no id lost, none written by both runs
      assertEquals(expected.stream().sorted().toList(), ids(out, "articles", "article").stream().sorted().toList());
      List<String> rejects = ids(out, "rejects", "input");
      assertEquals(2, rejects.size(), rejects.toString());
      assertTrue(rejects.contains("sans-texte") && rejects.stream().anyMatch(r -> r.startsWith(topic + "-")), rejects.toString());
      // the group has committed every message: a third start would read nothing
      awaitCommitted(bootstrap, group, first.size() + second.size());
      // the window judged after the restart holds the article read before it
      JsonNode conflict = StreamOutputs.await(out, f -> f.get("finding").get("verdict").asText().equals("conflict")
          && f.get("finding").get("claims").findValuesAsText("article").containsAll(List.of("crue-avant", "crue-apres")));
      assertEquals("deaths:count", conflict.get("finding").get("property").asText());
    } finally {
      run.destroyForcibly();
      run.waitFor(60, TimeUnit.SECONDS);
    }
  }

  /** Every id of a log's batches, repeats kept. */
  private static List<String> ids(Path out, String log, String field) {
    return StreamOutputs.lines(out, log).stream().map(l -> l.get(field).asText()).toList();
  }

  private static void awaitIds(Path out, String log, String field, List<String> wanted) throws InterruptedException {
    long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    while (!ids(out, log, field).containsAll(wanted)) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(log + " lacks some of " + wanted + " after " + TIMEOUT_MILLIS + " ms: "
            + ids(out, log, field));
      }
      Thread.sleep(250);
    }
  }

  private static void awaitCommitted(String bootstrap, String group, long messages) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    Map<String, Long> committed = new TreeMap<>();
    while (System.currentTimeMillis() < deadline) {
      committed.clear();
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : KafkaBroker.committed(bootstrap, group).entrySet()) {
        committed.put(e.getKey().toString(), e.getValue().offset());
      }
      if (committed.values().stream().mapToLong(Long::longValue).sum() == messages) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("committed offsets " + committed + " do not add up to the " + messages + " messages");
  }
}
