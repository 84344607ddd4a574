package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.state.BagState;
import org.apache.beam.sdk.state.MapState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.DefaultTrigger;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.joda.time.Duration;
import org.newsclaims.beam.KafkaArticles.MessageRef;

/**
 * Commits a Kafka consumer group's offsets once the messages' outcomes are on disk: a message
 * counts as processed when the streaming writer has put its article or its reject in place
 * ({@link WriteStreamingOutputs} lists the ids it wrote), or when an earlier run had (a replay).
 * Per partition, the committed offset is the first one not yet processed, so a pipeline killed at
 * any moment resumes at or before every message whose outcome it had not written, and a replayed
 * message is recognised by its id ({@link KafkaArticles}): nothing is lost, nothing written twice.
 *
 * <p>Beam's {@code commitOffsetsInFinalize} commits earlier: when the runner has taken the
 * messages in, before the batches holding them are written (and on the DirectRunner's default
 * read, never). This transform waits for the files.
 *
 * <pre>{@code
 * written.apply(CommitProcessedOffsets.of(received, replayed, "127.0.0.1:19092", "newsclaims"));
 * }</pre>
 */
public final class CommitProcessedOffsets extends PTransform<PCollection<String>, PDone> {

  /** The longest wait between an outcome written and its offset committed. */
  static final Duration COMMIT_EVERY = Duration.standardSeconds(1);

  private final PCollection<MessageRef> received;
  private final PCollection<MessageRef> replayed;
  private final String bootstrap;
  private final String groupId;

  private CommitProcessedOffsets(PCollection<MessageRef> received, PCollection<MessageRef> replayed,
      String bootstrap, String groupId) {
    this.received = received;
    this.replayed = replayed;
    this.bootstrap = bootstrap;
    this.groupId = groupId;
  }

  /**
   * Commits for {@code groupId} the messages {@code received} once their ids are written, and the
   * {@code replayed} ones (written by an earlier run) at once.
   */
  public static CommitProcessedOffsets of(PCollection<MessageRef> received, PCollection<MessageRef> replayed,
      String bootstrap, String groupId) {
    return new CommitProcessedOffsets(received, replayed, bootstrap, groupId);
  }

  @Override
  public PDone expand(PCollection<String> written) {
    KvCoder<String, Event> byId = KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Event.class));
    PCollection<KV<String, Event>> writes = written
        .apply("ById", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(Event.class)))
            .via((String id) -> KV.of(id, new Event(null))))
        .setCoder(byId)
        .apply("Rewindow", Window.<KV<String, Event>>into(new GlobalWindows()).triggering(DefaultTrigger.of())
            .withAllowedLateness(Duration.ZERO).discardingFiredPanes());
    PCollection<KV<String, Event>> reads = received
        .apply("ReceivedById", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(Event.class)))
            .via((MessageRef m) -> KV.of(m.id(), new Event(m))))
        .setCoder(byId);
    PCollection<MessageRef> processed = PCollectionList.of(reads).and(writes)
        .apply("ReadsAndWrites", Flatten.pCollections())
        .apply("MatchWritesToMessages", ParDo.of(new MatchFn()))
        .setCoder(JsonCoder.of(MessageRef.class));
    PCollectionList.of(processed).and(replayed.setCoder(JsonCoder.of(MessageRef.class)))
        .apply("AllProcessed", Flatten.pCollections())
        .apply("ByPartition", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((MessageRef m) -> KV.of(m.topic() + "-" + m.partition(), m.offset())))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("CommitOffsets", ParDo.of(new CommitFn(bootstrap, groupId)));
    return PDone.in(written.getPipeline());
  }

  /** A message read ({@code message} set) or one of its id's outcomes written ({@code message} null). */
  public record Event(MessageRef message) {}

  /**
   * Pairs, per id, each message read with one outcome written: several messages may carry one id
   * (a record sent twice is an article and a {@code duplicate} reject), and either side may come
   * first.
   */
  static final class MatchFn extends DoFn<KV<String, Event>, MessageRef> {
    @StateId("waiting")
    private final StateSpec<BagState<MessageRef>> waitingSpec = StateSpecs.bag(JsonCoder.of(MessageRef.class));

    @StateId("writes")
    private final StateSpec<ValueState<Long>> writesSpec = StateSpecs.value(VarLongCoder.of());

    @ProcessElement
    public void process(@Element KV<String, Event> event, @StateId("waiting") BagState<MessageRef> waiting,
        @StateId("writes") ValueState<Long> writes, OutputReceiver<MessageRef> out) {
      long unmatchedWrites = writes.read() == null ? 0 : writes.read();
      List<MessageRef> messages = new ArrayList<>();
      waiting.read().forEach(messages::add);
      if (event.getValue().message() != null) {
        messages.add(event.getValue().message());
      } else {
        unmatchedWrites++;
      }
      while (unmatchedWrites > 0 && !messages.isEmpty()) {
        out.output(messages.remove(0));
        unmatchedWrites--;
      }
      waiting.clear();
      messages.forEach(waiting::add);
      if (unmatchedWrites == 0) {
        writes.clear();
      } else {
        writes.write(unmatchedWrites);
      }
    }
  }

  /**
   * Keeps, per partition, the first offset not yet processed and the processed ones above it, and
   * commits that offset at most {@link #COMMIT_EVERY} after it moved. The first run's start is the
   * group's committed offset (or the partition's beginning), where the reader started.
   */
  static final class CommitFn extends DoFn<KV<String, Long>, Void> {
    private final Counter commits = Metrics.counter(CommitProcessedOffsets.class, "offsetCommits");
    private final Counter processedCount = Metrics.counter(CommitProcessedOffsets.class, "messagesProcessed");
    private final String bootstrap;
    private final String groupId;
    private transient KafkaConsumer<byte[], byte[]> consumer;

    @StateId("next")
    private final StateSpec<ValueState<Long>> nextSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("ahead")
    private final StateSpec<MapState<Long, Boolean>> aheadSpec =
        StateSpecs.map(VarLongCoder.of(), org.apache.beam.sdk.coders.BooleanCoder.of());

    @StateId("committed")
    private final StateSpec<ValueState<Long>> committedSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("key")
    private final StateSpec<ValueState<String>> keySpec = StateSpecs.value(StringUtf8Coder.of());

    @StateId("timerSet")
    private final StateSpec<ValueState<Boolean>> timerSetSpec = StateSpecs.value(org.apache.beam.sdk.coders.BooleanCoder.of());

    @TimerId("commit")
    private final TimerSpec commitSpec = TimerSpecs.timer(TimeDomain.PROCESSING_TIME);

    CommitFn(String bootstrap, String groupId) {
      this.bootstrap = bootstrap;
      this.groupId = groupId;
    }

    @Setup
    public void setup() {
      Properties props = new Properties();
      props.putAll(Map.of(
          ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
          ConsumerConfig.GROUP_ID_CONFIG, groupId,
          ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
          ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
          ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
      consumer = new KafkaConsumer<>(props);
    }

    @Teardown
    public void teardown() {
      if (consumer == null) {
        return;
      }
      try {
        consumer.close(java.time.Duration.ofSeconds(5));
      } catch (RuntimeException e) {
        // a cancelled pipeline interrupts its threads (Kafka's InterruptException) or tears down
        // from another thread: every commit made is already on the broker
      }
    }

    @ProcessElement
    public void process(@Element KV<String, Long> done, @StateId("next") ValueState<Long> nextState,
        @StateId("ahead") MapState<Long, Boolean> ahead, @StateId("key") ValueState<String> key,
        @StateId("timerSet") ValueState<Boolean> timerSet, @TimerId("commit") Timer commit) {
      processedCount.inc();
      key.write(done.getKey());
      Long next = nextState.read();
      if (next == null) {
        next = startOffset(partition(done.getKey()));
      }
      long offset = done.getValue();
      if (offset < next) {
        nextState.write(next);
        return; // processed before: a replay of an offset already committed
      }
      if (offset > next) {
        ahead.put(offset, true);
        nextState.write(next);
        return;
      }
      next++;
      while (Boolean.TRUE.equals(ahead.get(next).read())) {
        ahead.remove(next);
        next++;
      }
      nextState.write(next);
      if (timerSet.read() == null) {
        // not reset by later messages: under a steady flow the commit must still come
        commit.offset(COMMIT_EVERY).setRelative();
        timerSet.write(true);
      }
    }

    @OnTimer("commit")
    public void onCommit(@StateId("next") ValueState<Long> next, @StateId("committed") ValueState<Long> committed,
        @StateId("key") ValueState<String> key, @StateId("timerSet") ValueState<Boolean> timerSet) {
      timerSet.clear();
      Long offset = next.read();
      if (offset == null || offset.equals(committed.read())) {
        return;
      }
      consumer.commitSync(Map.of(partition(key.read()), new OffsetAndMetadata(offset)));
      committed.write(offset);
      commits.inc();
    }

    private long startOffset(TopicPartition partition) {
      OffsetAndMetadata committed = consumer.committed(java.util.Set.of(partition)).get(partition);
      return committed != null ? committed.offset() : consumer.beginningOffsets(List.of(partition)).get(partition);
    }

    static TopicPartition partition(String key) {
      int dash = key.lastIndexOf('-');
      return new TopicPartition(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1)));
    }
  }
}
