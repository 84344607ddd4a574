package org.newsclaims.beam;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.beam.sdk.io.kafka.CustomTimestampPolicyWithLimitedDelay;
import org.apache.beam.sdk.io.kafka.KafkaIO;
import org.apache.beam.sdk.io.kafka.KafkaRecord;
import org.apache.beam.sdk.io.kafka.TimestampPolicy;
import org.apache.beam.sdk.io.kafka.TimestampPolicyFactory;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.newsclaims.ingest.CrawlerRecordParser;
import org.newsclaims.ingest.LanguageGuess;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;

/**
 * Streaming input from Kafka: reads a topic whose messages are crawler JSON records
 * (docs/crawler-jsonl.md, one article per message) with Beam's {@link KafkaIO}, parses each one
 * with the crawler parser batch mode uses, and hands the articles to the same steps as the folder
 * watch ({@link WatchArticles#arrive}: normalising, duplicates, publication date as event time,
 * {@code late}), so windows, panes, lateness and rejects are those of {@code --watch}.
 *
 * <p>Every message ends in {@link #ARTICLES} or {@link #REJECTS}: besides the crawler parser's
 * reasons, a message that is not UTF-8 text (binary), empty or over 1 MiB is a reject at stage
 * {@code parse}. A record without an id of its own is named after its place in the topic,
 * {@code articles-0#17} (partition 0, offset 17). Event time is the publication date; a record
 * without one keeps the message's timestamp. {@link #RECEIVED} lists every message read with the
 * id of its outcome, for {@link CommitProcessedOffsets} to commit the consumer group's offsets once
 * the outcomes are written; a restarted pipeline resumes from them, and the messages whose
 * outcome an earlier run wrote ({@link #skipping}) go to {@link #REPLAYED}, not downstream.
 *
 * <pre>{@code
 * PCollectionTuple read = p.apply(KafkaArticles.from("127.0.0.1:19092", "articles", "newsclaims", windowing));
 * }</pre>
 */
public final class KafkaArticles extends PTransform<PBegin, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = WatchArticles.ARTICLES;
  public static final TupleTag<Reject> REJECTS = WatchArticles.REJECTS;
  /** Every message read, with the id its article or reject will carry. */
  public static final TupleTag<MessageRef> RECEIVED = new TupleTag<>() {};
  /** Messages whose outcome an earlier run wrote: not processed again, only acknowledged. */
  public static final TupleTag<MessageRef> REPLAYED = new TupleTag<>() {};

  /** Where a message is in the topic, and the id of its outcome. */
  public record MessageRef(String topic, int partition, long offset, String id) {}

  /**
   * How far behind the newest message timestamp of a partition the watermark stays: producers'
   * clocks and batching deliver timestamps slightly out of order. An idle partition's watermark
   * follows the wall clock, less the same delay.
   */
  static final Duration MESSAGE_TIME_SKEW = Duration.standardSeconds(30);

  private final String bootstrap;
  private final String topic;
  private final String groupId;
  private final StreamWindowing windowing;
  private final Set<String> processed;

  private KafkaArticles(String bootstrap, String topic, String groupId, StreamWindowing windowing,
      Set<String> processed) {
    this.bootstrap = bootstrap;
    this.topic = topic;
    this.groupId = groupId;
    this.windowing = windowing;
    this.processed = processed;
  }

  /**
   * The same source, skipping the messages whose ids are in {@code processed} (the outcomes an
   * earlier run wrote, {@link StreamHistory}): they go to {@link #REPLAYED} instead.
   */
  public KafkaArticles skipping(Set<String> processed) {
    return new KafkaArticles(bootstrap, topic, groupId, windowing, Set.copyOf(processed));
  }

  public String bootstrap() {
    return bootstrap;
  }

  public String groupId() {
    return groupId;
  }

  /** Reads {@code topic} from the brokers {@code bootstrap} as consumer group {@code groupId}. */
  public static KafkaArticles from(String bootstrap, String topic, String groupId, StreamWindowing windowing) {
    if (bootstrap == null || !bootstrap.matches("[^\\s,:]+:\\d+(,[^\\s,:]+:\\d+)*")) {
      throw new IllegalArgumentException("--kafkaBootstrap must be host:port (comma-separated for several), not "
          + bootstrap);
    }
    if (topic == null || !topic.matches("[A-Za-z0-9._-]{1,249}")) {
      throw new IllegalArgumentException("--kafkaTopic must be a Kafka topic name (letters, digits, '.', '_', '-'), not "
          + topic);
    }
    if (groupId == null || groupId.isBlank()) {
      throw new IllegalArgumentException("--kafkaGroupId must not be empty: its committed offsets are where a restart resumes");
    }
    return new KafkaArticles(bootstrap, topic, groupId, windowing, Set.of());
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple read = begin
        .apply("ReadKafka", KafkaIO.<byte[], byte[]>read()
            .withBootstrapServers(bootstrap)
            .withTopic(topic)
            .withKeyDeserializer(ByteArrayDeserializer.class)
            .withValueDeserializer(ByteArrayDeserializer.class)
            .withConsumerConfigUpdates(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                // a group without committed offsets (the first run) reads the topic from its start
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // one article can be up to 1 MiB: fetch whole messages
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 << 20))
            .withReadCommitted()
            // offsets are committed once the outcomes are written (CommitProcessedOffsets), not
            // when the runner takes the messages in (commitOffsetsInFinalize)
            .withTimestampPolicyFactory(new MessageTimePolicy()))
        .apply("ParseMessages", ParDo.of(new ParseMessageFn(processed))
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTS).and(RECEIVED).and(REPLAYED)));
    read.get(RECEIVED).setCoder(JsonCoder.of(MessageRef.class));
    read.get(REPLAYED).setCoder(JsonCoder.of(MessageRef.class));
    PCollectionTuple arrived = WatchArticles.arrive(read.get(ARTICLES), read.get(REJECTS), windowing);
    return arrived.and(RECEIVED, read.get(RECEIVED)).and(REPLAYED, read.get(REPLAYED));
  }

  /**
   * Timestamps each message with its Kafka timestamp (create or log-append time, whichever the
   * topic keeps; the read time when it has none) and keeps the watermark {@link
   * #MESSAGE_TIME_SKEW} behind the newest one, advancing with the clock while a partition is idle.
   */
  static final class MessageTimePolicy implements TimestampPolicyFactory<byte[], byte[]> {
    @Override
    public TimestampPolicy<byte[], byte[]> createTimestampPolicy(TopicPartition partition,
        Optional<Instant> previousWatermark) {
      return new CustomTimestampPolicyWithLimitedDelay<>(MessageTimePolicy::messageTime, MESSAGE_TIME_SKEW,
          previousWatermark);
    }

    static Instant messageTime(KafkaRecord<byte[], byte[]> record) {
      return record.getTimestamp() > 0 ? new Instant(record.getTimestamp()) : Instant.now();
    }
  }

  /** One message as an article or a reject: UTF-8 check, then the crawler record parser. */
  static final class ParseMessageFn extends DoFn<KafkaRecord<byte[], byte[]>, Article> {
    private final Counter read = Metrics.counter(KafkaArticles.class, "messagesRead");
    private final Counter rejected = Metrics.counter(KafkaArticles.class, "messagesRejected");
    private final Counter replayed = Metrics.counter(KafkaArticles.class, "messagesProcessedBefore");
    private final Set<String> processed;
    private transient LanguageGuess language;

    ParseMessageFn(Set<String> processed) {
      this.processed = processed;
    }

    @Setup
    public void setup() {
      language = LanguageGuess.fromResources();
    }

    @ProcessElement
    public void process(@Element KafkaRecord<byte[], byte[]> record, MultiOutputReceiver out) {
      read.inc();
      String place = record.getTopic() + "-" + record.getPartition();
      Outcome outcome = outcome(record, place);
      MessageRef ref = new MessageRef(record.getTopic(), record.getPartition(), record.getOffset(),
          outcome.article() != null ? outcome.article().article() : outcome.reject().input());
      if (processed.contains(ref.id())) {
        replayed.inc();
        out.get(REPLAYED).output(ref);
        return;
      }
      out.get(RECEIVED).output(ref);
      if (outcome.article() != null) {
        out.get(ARTICLES).output(outcome.article());
      } else {
        rejected.inc();
        out.get(REJECTS).output(outcome.reject());
      }
    }

    private Outcome outcome(KafkaRecord<byte[], byte[]> record, String place) {
      Message message = decode(record.getKV().getValue());
      if (message.rejectReason() != null) {
        return Outcome.rejected(place + "#" + record.getOffset(), "parse", message.rejectReason(), null);
      }
      CrawlerRecordParser.Parsed parsed;
      try {
        parsed = CrawlerRecordParser.parse(message.text(), place, record.getOffset());
      } catch (RuntimeException e) {
        return Outcome.rejected(place + "#" + record.getOffset(), "parse", "could not parse the message", e);
      }
      if (!parsed.ok()) {
        return Outcome.rejected(parsed.id(), "parse", parsed.rejectReason(), null);
      }
      Article article = parsed.article();
      String other = language.notFrench(article.title() + "\n" + article.text());
      if (other != null) {
        return Outcome.rejected(article.article(), "language", "not French (looks like " + other + ")", null);
      }
      return new Outcome(ReadArticles.ReadFileFn.withContentLanguage(article), null);
    }
  }

  /** A message's article, or its reject. */
  record Outcome(Article article, Reject reject) {
    static Outcome rejected(String id, String stage, String reason, Exception e) {
      return new Outcome(null, new Reject(id, stage, reason, Failures.describe(e)));
    }
  }

  /** A message's text, or why it is not one. */
  record Message(String text, String rejectReason) {}

  /** Decodes a message value as strict UTF-8: a binary or oversized message is not an article. */
  static Message decode(byte[] value) {
    if (value == null || value.length == 0) {
      return new Message(null, "empty message");
    }
    if (value.length > ReadArticles.MAX_ARTICLE_BYTES) {
      return new Message(null, "message too large for one article (" + value.length + " bytes, over "
          + ReadArticles.MAX_ARTICLE_BYTES + ")");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value)).toString();
      if (text.indexOf('\0') >= 0) {
        return new Message(null, "binary message (NUL bytes), not a JSON record");
      }
      return new Message(text, null);
    } catch (CharacterCodingException e) {
      return new Message(null, "binary message (not UTF-8 text), not a JSON record");
    }
  }
}
