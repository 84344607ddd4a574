package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.sink.TestDatabase;

/**
 * The live newsroom deployment of the README, end to end on real servers: crawler records
 * produced to a Kafka topic (scripts/kafka.sh), the pipeline on the FlinkRunner (in-process
 * MiniCluster, its own JVM) reading the topic, and the findings as rows in PostgreSQL
 * (scripts/postgres.sh). Skipped, saying why, without either server.
 */
class KafkaToDatabaseOnFlinkTest {

  private static final long TIMEOUT_MILLIS = 240_000;

  @TempDir Path tmp;

  @Test
  void articlesProducedToTheTopicBecomeFindingsRowsInPostgresqlOnFlink() throws Exception {
    String bootstrap = KafkaBroker.bootstrap();
    try (TestDatabase db = TestDatabase.open("kafka")) {
      String topic = "articles-" + System.nanoTime();
      KafkaBroker.createTopic(bootstrap, topic, 2);
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.newsclaims.ConsistencyPipeline",
          "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
          "--kafkaBootstrap=" + bootstrap, "--kafkaTopic=" + topic, "--kafkaGroupId=flink-" + topic,
          "--output=" + tmp.resolve("out"), "--pollInterval=1"));
      command.addAll(db.options());
      Process run = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(tmp.resolve("flink.log").toFile()).start();
      try {
        KafkaBroker.produceText(bootstrap, topic, List.of(
            KafkaStreamingTest.record("ourthe-1", "lavenir.net", "Crue de l'Ourthe",
                "À Durbuy, la crue de l'Ourthe a fait trois morts, selon le gouverneur."),
            KafkaStreamingTest.record("ourthe-2", "sudinfo.be", "L'Ourthe sort de son lit",
                "À Durbuy, la crue de l'Ourthe a fait six morts, a indiqué la protection civile."),
            "{\"id\":\"ourthe-3\",\"title\":\"Sans corps\"}"));
        long produced = System.currentTimeMillis();
        String conflict = "SELECT verdict FROM current_stream_findings WHERE property = 'deaths:count'"
            + " AND verdict = 'conflict'";
        while (db.rowsIfUp(conflict).isEmpty()) {
          assertTrue(run.isAlive(), "the Flink pipeline ended; see " + tmp.resolve("flink.log"));
          assertTrue(System.currentTimeMillis() - produced < TIMEOUT_MILLIS, "no conflict row within "
              + TIMEOUT_MILLIS + " ms; see " + tmp.resolve("flink.log"));
          Thread.sleep(500);
        }
        System.out.println("KafkaToDatabaseOnFlinkTest: conflict row in PostgreSQL "
            + (System.currentTimeMillis() - produced) + " ms after producing (Flink start-up included)");
        assertEquals(List.of("ourthe-1", "ourthe-2"), db.rows("SELECT id FROM articles ORDER BY id"));
        // the record without text is a reject row, and the job goes on
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (db.rowsIfUp("SELECT input FROM rejects").isEmpty()) {
          assertTrue(run.isAlive(), "the Flink pipeline ended; see " + tmp.resolve("flink.log"));
          assertTrue(System.currentTimeMillis() < deadline, "no reject row within " + TIMEOUT_MILLIS + " ms");
          Thread.sleep(500);
        }
        assertEquals(List.of("ourthe-3 parse"), db.rows("SELECT input || ' ' || stage FROM rejects"));
        assertTrue(run.isAlive(), "the Flink pipeline ended; see " + tmp.resolve("flink.log"));
        // the desk's query lists it
        String id = db.rows("SELECT id FROM current_stream_findings WHERE verdict = 'conflict'").get(0);
        assertTrue(db.rows("SELECT id FROM current_disagreements").contains(id),
            db.rows("SELECT * FROM current_disagreements").toString());
      } finally {
        run.destroyForcibly();
        run.waitFor(60, TimeUnit.SECONDS);
      }
    }
  }
}
