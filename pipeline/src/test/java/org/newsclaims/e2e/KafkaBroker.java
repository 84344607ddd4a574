package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The real Kafka broker the Kafka tests talk to: {@code scripts/kafka.sh start} runs it and
 * {@code .ci/run} sets {@code NEWSCLAIMS_TEST_KAFKA=127.0.0.1:19092}; without it the tests are
 * skipped with that message. Each test uses a topic of its own.
 */
final class KafkaBroker {

  static final String ENV = "NEWSCLAIMS_TEST_KAFKA";

  private KafkaBroker() {}

  /** The broker's address; skips the calling test when none is configured. */
  static String bootstrap() {
    String bootstrap = System.getenv(ENV);
    assumeTrue(bootstrap != null && !bootstrap.isBlank(),
        ENV + " is not set: start a broker with scripts/kafka.sh start and set " + ENV + "=127.0.0.1:19092");
    return bootstrap;
  }

  /** Creates {@code topic} with {@code partitions} partitions. */
  static void createTopic(String bootstrap, String topic, int partitions) throws Exception {
    try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(60, TimeUnit.SECONDS);
    }
  }

  /** Sends each value as one message (no key: the producer spreads them over the partitions). */
  static void produce(String bootstrap, String topic, List<byte[]> values) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      for (byte[] value : values) {
        producer.send(new ProducerRecord<>(topic, value)).get(60, TimeUnit.SECONDS);
      }
    }
  }

  static void produceText(String bootstrap, String topic, List<String> values) throws Exception {
    produce(bootstrap, topic, values.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList());
  }

  /** The offsets the consumer group has committed on the topic, by partition. */
  static Map<TopicPartition, OffsetAndMetadata> committed(String bootstrap, String group) throws Exception {
    try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(60, TimeUnit.SECONDS);
    }
  }
}
