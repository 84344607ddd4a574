package org.newsclaims;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.options.StreamingOptions;
import org.joda.time.Duration;
import org.newsclaims.beam.AssignStories;
import org.newsclaims.beam.BucketedCombine;
import org.newsclaims.beam.Buckets;
import org.newsclaims.beam.CompareQuotes;
import org.newsclaims.beam.ExtractFromArticles;
import org.newsclaims.beam.FlinkLocalMemory;
import org.newsclaims.beam.JudgeConsistency;
import org.newsclaims.beam.NormaliseArticles;
import org.newsclaims.beam.ReadArticles;
import org.newsclaims.beam.ResolveEntities;
import org.newsclaims.beam.JudgeWindows;
import org.newsclaims.beam.CommitProcessedOffsets;
import org.newsclaims.beam.KafkaArticles;
import org.newsclaims.beam.StreamHistory;
import org.newsclaims.beam.StreamWindowing;
import org.newsclaims.beam.WatchArticles;
import org.newsclaims.beam.WriteStreamingOutputs;
import org.newsclaims.beam.WriteReports;
import org.newsclaims.beam.WriteToDatabase;
import org.newsclaims.model.Article;
import org.newsclaims.model.Entity;
import org.newsclaims.model.Finding;

/**
 * Reads news articles, extracts their numeric claims and quotations, groups them by entity and
 * writes where the outlets agree and disagree.
 *
 * <pre>
 * mvn compile exec:java -Dexec.args="--input=seeds/*.txt --output=output"
 * java -jar pipeline/target/pipeline-bundled.jar --input='seeds/*.txt' --output=output
 * </pre>
 */
public final class ConsistencyPipeline {

  private ConsistencyPipeline() {}

  /** Exit codes of {@link #main}: success, a failed run, invalid options. */
  static final int EXIT_OK = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    int code = runMain(args, System.out, System.err, null);
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /**
   * {@link #main} without {@code System.exit}: runs the pipeline and returns the exit code; on
   * failure prints one line on {@code err} saying where and why, the previous outputs untouched.
   * {@code articleStep} (null in production) is inserted after reading, see {@link #build}.
   */
  static int runMain(String[] args, PrintStream out, PrintStream err,
      PTransform<PCollection<Article>, PCollection<Article>> articleStep) {
    PipelineOptionsFactory.register(Options.class);
    if (java.util.Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(out, Options.class);
      return EXIT_OK;
    }
    Options options;
    try {
      options = PipelineOptionsFactory.fromArgs(withDefaults(args)).withValidation().as(Options.class);
      validate(options);
    } catch (IllegalArgumentException e) {
      err.println("newsclaims: invalid options: " + oneLine(e.getMessage()));
      return EXIT_USAGE;
    }
    try {
      PipelineResult.State state = run(options, articleStep);
      if (!state.isTerminal() && !options.getStageOutputs()) {
        out.println("newsclaims: job submitted (state " + state + "); it writes into " + options.getOutput());
        return EXIT_OK;
      }
      if (state != PipelineResult.State.DONE) {
        err.println("newsclaims: run failed: the pipeline ended in state " + state + "; " + untouched(options)
            + (state.isTerminal() ? "" : " (the runner did not wait for the job: pass --stageOutputs=false)"));
        return EXIT_FAILED;
      }
      return EXIT_OK;
    } catch (RunFailedException e) {
      Throwable cause = e.getCause();
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      err.println("newsclaims: run failed in " + e.stage + ": " + cause.getClass().getName() + ": "
          + oneLine(String.valueOf(cause.getMessage())) + "; " + (e.stage.startsWith("publishing")
              ? "some outputs may have been replaced; latest.txt still names the previous run"
              : untouched(options)));
      return EXIT_FAILED;
    }
  }

  /** Checks what the options' types cannot: rejects them with a message naming the option. */
  static void validate(Options options) {
    if (options.getShards() < 0) {
      throw new IllegalArgumentException("--shards must be 0 (runner decides) or more, not " + options.getShards());
    }
    if (options.getInput() == null || options.getInput().isEmpty()) {
      throw new IllegalArgumentException("--input needs at least one file or pattern");
    }
    RunOutputs.runName(options.getRunName(), java.time.Instant.EPOCH);
    if (streaming(options) && options.getRunName() != null) {
      throw new IllegalArgumentException("--runName is for batch runs; a streaming run writes under <output>/stream/");
    }
    if (WriteToDatabase.wanted(options)) {
      WriteToDatabase.target(options);
    }
  }

  private static String untouched(Options options) {
    return options.getStageOutputs()
        ? "the outputs in " + options.getOutput() + " were left as they were"
        : "the outputs in " + options.getOutput() + " may be partly rewritten (--stageOutputs=false)";
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** A run that failed, with the step it failed in: the pipeline, or publishing its outputs. */
  static final class RunFailedException extends RuntimeException {
    final String stage;

    RunFailedException(String stage, Throwable cause) {
      super(stage + " failed: " + cause, cause);
      this.stage = stage;
    }
  }

  /**
   * Adds the DirectRunner settings this pipeline runs best with, unless the user chose them:
   * the DirectRunner's immutability check walks the whole graph for every bundle (cost grows
   * with bundles × transforms: minutes on a few hundred articles), and our elements are
   * immutable records anyway. {@code --enforceImmutability=true} turns it back on.
   */
  static String[] withDefaults(String[] args) {
    for (String a : args) {
      if (a.startsWith("--enforceImmutability")) {
        return args;
      }
    }
    String[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = "--enforceImmutability=false";
    return out;
  }

  /**
   * Runs the pipeline, waits for it and publishes its outputs ({@link RunOutputs}); a failure
   * throws, leaving the previous outputs as they were.
   */
  public static PipelineResult.State run(Options options) {
    return run(options, null);
  }

  /**
   * Runs the pipeline into a staging folder and, once it has finished successfully, publishes the
   * outputs ({@link RunOutputs}): a run that fails leaves the previous outputs as they were and
   * throws {@link RunFailedException}.
   */
  static PipelineResult.State run(Options options,
      PTransform<PCollection<Article>, PCollection<Article>> articleStep) {
    if (streaming(options)) {
      return runStreaming(options);
    }
    java.time.Instant started = java.time.Instant.now();
    FileSystems.setDefaultPipelineOptions(options);
    RunOutputs outputs;
    Pipeline p;
    try {
      outputs = RunOutputs.plan(options, started);
      FlinkLocalMemory.applyDefaults(options);
      p = Pipeline.create(options);
      build(p, options, outputs.writeTo(), articleStep);
    } catch (RuntimeException e) {
      throw new RunFailedException("preparing the run", e);
    }
    PipelineResult.State state;
    try {
      PipelineResult result = p.run();
      // Unstaged outputs need nobody to move them: do not wait for a job the runner runs
      // elsewhere (a Dataflow Flex Template launcher must not call waitUntilFinish).
      state = outputs.staged() ? result.waitUntilFinish() : result.getState();
    } catch (RuntimeException e) {
      discard(outputs, e);
      throw new RunFailedException("the pipeline", e);
    }
    if (state == PipelineResult.State.DONE) {
      try {
        outputs.publish(java.time.Instant.now());
      } catch (IOException | RuntimeException e) {
        discard(outputs, e);
        throw new RunFailedException("publishing the outputs to " + outputs.target(), e);
      }
    } else if (state.isTerminal()) {
      discard(outputs, null);
    }
    removeEmptyTempDirectory(outputs.target());
    return state;
  }

  /**
   * Streaming mode writes its panes straight under {@code <output>/stream/} as it goes (each pane
   * file is written to a temporary name and renamed): there is no end of run to stage for.
   */
  private static PipelineResult.State runStreaming(Options options) {
    FlinkLocalMemory.applyDefaults(options);
    Pipeline p = Pipeline.create(options);
    try {
      buildStreaming(p, options);
    } catch (RuntimeException e) {
      throw new RunFailedException("preparing the run", e);
    }
    PipelineResult.State state;
    try {
      state = p.run().waitUntilFinish();
    } catch (RuntimeException e) {
      throw new RunFailedException("the pipeline", e);
    }
    removeEmptyTempDirectory(options.getOutput());
    return state;
  }

  private static void discard(RunOutputs outputs, Throwable failure) {
    try {
      outputs.discard();
    } catch (IOException | RuntimeException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  /**
   * True for streaming mode: {@code --watch} given (it turns Beam's {@code --streaming} on, which
   * runners such as Flink need); {@code --streaming} without {@code --watch} is an error.
   */
  static boolean streaming(Options options) {
    StreamingOptions streaming = options.as(StreamingOptions.class);
    if (options.getWatch() != null && options.getKafkaBootstrap() != null) {
      throw new IllegalArgumentException("--watch and --kafkaBootstrap are two streaming sources: give one");
    }
    if (options.getWatch() == null && options.getKafkaBootstrap() == null) {
      if (streaming.isStreaming()) {
        throw new IllegalArgumentException("--streaming needs --watch=DIR or a glob, or --kafkaBootstrap=host:port,"
            + " to read new articles from (docs/streaming.md)");
      }
      return false;
    }
    streaming.setStreaming(true);
    return true;
  }

  /**
   * Streaming mode (docs/streaming.md): watch for new article files, window them by publication
   * date, re-judge a window at each firing and write its findings as numbered panes.
   */
  public static void buildStreaming(Pipeline p, Options options) {
    String stream = WriteStreamingOutputs.streamDirectory(options.getOutput());
    boolean kafka = options.getKafkaBootstrap() != null;
    if (!kafka && hasFiles(stream)) {
      throw new IllegalArgumentException(stream + " is not empty: a streaming run rebuilds it from the watched"
          + " files; remove it or choose another --output");
    }
    Duration poll = Duration.standardSeconds(options.getPollInterval());
    StreamWindowing windowing = StreamWindowing.of(options.getWindowDays(), options.getWindowEveryDays(),
        options.getAllowedLatenessDays(), poll);
    // a Kafka stream resumes into its folder: what earlier runs wrote is skipped and judged again
    StreamHistory history = kafka ? StreamHistory.read(options.getOutput()) : StreamHistory.NONE;
    PCollectionTuple read = kafka
        ? p.apply("KafkaArticles", KafkaArticles.from(options.getKafkaBootstrap(), options.getKafkaTopic(),
            options.getKafkaGroupId(), windowing).skipping(history.processed()))
        : p.apply("WatchArticles", WatchArticles.in(options.getWatch(), poll,
            Duration.standardSeconds(options.getWatchTimeout()), windowing));
    PCollection<Article> articles = read.get(WatchArticles.ARTICLES);
    PCollectionTuple judged = history.withEarlierArticles(articles).apply("JudgeWindows", JudgeWindows.with(windowing));
    PCollectionTuple streamOutputs = PCollectionTuple.of(WriteStreamingOutputs.PANES, judged.get(JudgeWindows.PANES))
        .and(WriteStreamingOutputs.ARTICLES, articles)
        .and(WriteStreamingOutputs.REJECTS, PCollectionList.of(read.get(WatchArticles.REJECTS))
            .and(judged.get(JudgeWindows.FAILURES)).apply("AllStreamRejects", Flatten.pCollections()));
    PCollection<String> written = streamOutputs.apply("WriteStreamingOutputs", WriteStreamingOutputs.to(options.getOutput(), poll));
    if (kafka) {
      written.apply("CommitProcessedOffsets", CommitProcessedOffsets.of(read.get(KafkaArticles.RECEIVED),
          read.get(KafkaArticles.REPLAYED), options.getKafkaBootstrap(), options.getKafkaGroupId()));
    }
    if (WriteToDatabase.wanted(options)) {
      // a resumed Kafka run upserts the earlier runs' articles and rejects again: those written to
      // files just before a kill may not have reached the database (upserts: nothing doubles)
      history.withEarlierOutputs(streamOutputs).apply("WriteToDatabase", WriteToDatabase.streaming(
          WriteToDatabase.target(options), java.time.Instant.now()));
    }
  }

  private static boolean hasFiles(String directory) {
    java.nio.file.Path dir = java.nio.file.Path.of(directory);
    if (!java.nio.file.Files.isDirectory(dir)) {
      return false;
    }
    try (java.util.stream.Stream<java.nio.file.Path> entries = java.nio.file.Files.list(dir)) {
      return entries.findAny().isPresent();
    } catch (java.io.IOException e) {
      return true;
    }
  }

  /** Beam's file sinks leave their (empty) temporary directory behind on local disks. */
  private static void removeEmptyTempDirectory(String output) {
    try {
      java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(output.replaceFirst("^file:", ""), ".temp-beam"));
    } catch (java.io.IOException | RuntimeException e) {
      // not empty, not local, or not ours to remove: leave it
    }
  }

  /** The whole graph: read, normalise, extract, resolve entities, judge claims and quotes, write. */
  public static void build(Pipeline p, Options options) {
    build(p, options, options.getOutput(), null);
  }

  /**
   * The graph writing into {@code output}, with {@code articleStep} (when not null) applied to the
   * articles right after reading: the tests insert a step there that fails on purpose, to check
   * that a failed run leaves the previous outputs alone and that a retried one duplicates nothing.
   */
  static void build(Pipeline p, Options options, String output,
      PTransform<PCollection<Article>, PCollection<Article>> articleStep) {
    Buckets.deriveFromInput(options);
    PCollectionTuple read = p.apply("ReadArticles", ReadArticles.from(options.getInput()));
    PCollection<Article> readArticles = read.get(ReadArticles.ARTICLES);
    if (articleStep != null) {
      readArticles = readArticles.apply("ArticleStep", articleStep);
    }
    PCollectionTuple placed = readArticles.apply("Normalise", new NormaliseArticles())
        .apply("AssignStories", AssignStories.withDefaults());
    PCollection<Article> articles = placed.get(AssignStories.ARTICLES);
    PCollectionTuple extracted = articles.apply("Extract", new ExtractFromArticles());
    PCollectionTuple resolved = extracted.get(ExtractFromArticles.MENTIONS)
        .apply("ResolveEntities", ResolveEntities.keying(
            extracted.get(ExtractFromArticles.CLAIMS), extracted.get(ExtractFromArticles.QUOTES)));
    PCollection<Entity> entities = resolved.get(ResolveEntities.ENTITIES);
    PCollectionView<Map<String, String>> entityNames = entities
        .apply("EntityNames", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Entity e) -> KV.of(e.id(), e.name())))
        .apply("EntityNameView", View.asMap());
    PCollectionView<Map<String, String>> entityIds = entities
        .apply("EntityIds", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Entity e) -> KV.of(e.name(), e.id())))
        .apply("OneIdPerName", BucketedCombine.<String>perKey(ids -> {
          String min = null;
          for (String id : ids) {
            min = min == null || id.compareTo(min) < 0 ? id : min;
          }
          return min;
        }))
        .apply("EntityIdView", View.asMap());
    PCollection<Finding> claimFindings = resolved.get(ResolveEntities.CLAIMS)
        .apply("JudgeConsistency", JudgeConsistency.naming(entityNames));
    PCollection<Finding> quoteFindings = resolved.get(ResolveEntities.QUOTES)
        .apply("CompareQuotes", CompareQuotes.identifying(entityIds));
    PCollection<Finding> findings = PCollectionList.of(claimFindings).and(quoteFindings)
        .apply("AllFindings", Flatten.pCollections());

    PCollectionTuple outputs = PCollectionTuple.of(WriteReports.ARTICLES, articles)
        .and(WriteReports.CLAIMS, resolved.get(ResolveEntities.CLAIMS))
        .and(WriteReports.QUOTES, resolved.get(ResolveEntities.QUOTES))
        .and(WriteReports.ENTITIES, entities)
        .and(WriteReports.STORIES, placed.get(AssignStories.STORIES))
        .and(WriteReports.FINDINGS, findings)
        .and(WriteReports.REJECTS, read.get(ReadArticles.REJECTS))
        .and(WriteReports.FAILURES, extracted.get(ExtractFromArticles.FAILURES))
        .and(WriteReports.INPUTS, read.get(ReadArticles.INPUTS));
    outputs.apply("WriteReports", WriteReports.to(output, options.getShards(),
        options.getRunner().getSimpleName()));
    if (WriteToDatabase.wanted(options)) {
      outputs.apply("WriteToDatabase", WriteToDatabase.batch(WriteToDatabase.target(options)));
    }
  }
}
