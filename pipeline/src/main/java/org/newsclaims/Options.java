package org.newsclaims;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * Options of the consistency pipeline; {@code --help=org.newsclaims.Options} lists them.
 *
 * <p>Example: {@code --input='seeds/*.txt' --input=crawl/day.jsonl --output=output}.
 */
public interface Options extends PipelineOptions {

  @Description("Input articles: a file or a glob such as 'seeds/*.txt'. Repeat --input (or separate "
      + "with commas) for several. Files ending in .jsonl, .ndjson or .json are read as crawler JSON "
      + "Lines, one article per line (docs/crawler-jsonl.md); any other file is one article (plain "
      + "text or HTML).")
  @Default.InstanceFactory(DefaultInput.class)
  @Validation.Required
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Directory the outputs are written to (articles.jsonl, claims.jsonl, quotes.jsonl, "
      + "entities.jsonl, findings.jsonl, rejects.jsonl, report.md, report.html, summary.json; see "
      + "docs/output-format.md).")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Number of shards per JSON Lines output. 1 (the default) writes single, sorted files "
      + "such as claims.jsonl; 0 lets the runner choose, writing claims-00000-of-0000N.jsonl, "
      + "unsorted, for large runs.")
  @Default.Integer(1)
  int getShards();

  void setShards(int value);

  @Description("Name of a run folder under --output: the outputs go to <output>/<runName>/ and, once "
      + "the run succeeded, <output>/latest.txt (and, on a local disk, the symbolic link "
      + "<output>/latest) names it. 'auto' names it after the UTC start time, such as "
      + "2026-11-23T063000Z. Letters, digits, '.', '_' and '-', starting with a letter or digit. "
      + "Unset (the default): the outputs go to --output itself.")
  String getRunName();

  void setRunName(String value);

  @Description("Write the outputs into a hidden staging folder <output>/.staging-<id>/, wait for the "
      + "job, and move them into place only when it finished successfully, so that a failed run "
      + "leaves the previous outputs as they were (true, the default). false writes into the final "
      + "folder directly and does not wait for a job the runner runs elsewhere: for launchers that "
      + "must return once the job is submitted (a Dataflow Flex Template).")
  @Default.Boolean(true)
  boolean getStageOutputs();

  void setStageOutputs(boolean value);

  @Description("Streaming mode: a directory (every file in it) or a glob to watch for new article "
      + "files, names starting with '.' left out; implies --streaming and replaces --input. Files are read once, "
      + "when they first appear; write them elsewhere and move them in. See docs/streaming.md.")
  String getWatch();

  void setWatch(String value);

  @Description("Streaming mode from Kafka: the brokers to read article records from (host:port, "
      + "comma-separated for several), with --kafkaTopic; implies --streaming and replaces --input and --watch. "
      + "Each message is one crawler JSON record (docs/crawler-jsonl.md). See docs/streaming.md, \"Kafka\".")
  String getKafkaBootstrap();

  void setKafkaBootstrap(String value);

  @Description("Streaming mode from Kafka: the topic holding the article records.")
  @Default.String("articles")
  String getKafkaTopic();

  void setKafkaTopic(String value);

  @Description("Streaming mode from Kafka: the consumer group whose committed offsets say where a "
      + "restarted pipeline resumes; offsets are committed once the messages are processed.")
  @Default.String("newsclaims")
  String getKafkaGroupId();

  void setKafkaGroupId(String value);

  @Description("Streaming mode: seconds between two looks at --watch; also the longest wait before a "
      + "window's findings are re-judged after a new article.")
  @Default.Integer(10)
  int getPollInterval();

  void setPollInterval(int value);

  @Description("Streaming mode: stop watching after this many seconds without a new file, then "
      + "write the final findings and end (0, the default: watch until cancelled).")
  @Default.Integer(0)
  int getWatchTimeout();

  void setWatchTimeout(int value);

  @Description("Streaming mode: length in days of the event-time windows (by publication date) "
      + "whose articles are compared with each other.")
  @Default.Integer(28)
  int getWindowDays();

  void setWindowDays(int value);

  @Description("Streaming mode: a new window starts every this many days (on Mondays, UTC); "
      + "articles published less than windowDays - windowEveryDays apart always share a window.")
  @Default.Integer(7)
  int getWindowEveryDays();

  void setWindowEveryDays(int value);

  @Description("Streaming mode: days after a window's end during which a late article still "
      + "updates its findings; an article later than that for all its windows is rejected (stage late).")
  @Default.Integer(7)
  int getAllowedLatenessDays();

  void setAllowedLatenessDays(int value);

  @Description("Hash buckets of every keyed step (entities, speakers, claims by entity, sorted files): "
      + "keys are grouped by bucket, so each step runs as this many bundles. 0 (the default): one bucket "
      + "per 4 MB of input, at least 6 and at most 4096 (few bundles for the DirectRunner's per-bundle "
      + "cost on small runs, small groups on large ones). Outputs do not depend on it.")
  @Default.Integer(0)
  int getKeyBuckets();

  void setKeyBuckets(int value);

  @Description("PostgreSQL sink: a JDBC URL such as jdbc:postgresql://localhost:5432/newsclaims. The "
      + "records are also upserted into its tables (created when missing; docs/database.md), in batch "
      + "and in streaming mode. Empty (the default): files only.")
  @Default.String("")
  String getJdbcUrl();

  void setJdbcUrl(String value);

  @Description("PostgreSQL sink: the user to connect as; empty (the default): the PGUSER environment "
      + "variable, else the URL's user parameter.")
  @Default.String("")
  String getJdbcUser();

  void setJdbcUser(String value);

  @Description("PostgreSQL sink: the password; empty (the default): the NEWSCLAIMS_JDBC_PASSWORD "
      + "environment variable, else PGPASSWORD. Prefer the environment: it is never logged, and this "
      + "option is not serialised with the others.")
  @Default.String("")
  @com.fasterxml.jackson.annotation.JsonIgnore
  String getJdbcPassword();

  void setJdbcPassword(String value);

  @Description("PostgreSQL sink: how long writes wait for an unreachable or restarting server, in "
      + "seconds, before the run fails saying so; nothing is lost while they wait.")
  @Default.Integer(300)
  int getJdbcMaxOutageSeconds();

  void setJdbcMaxOutageSeconds(int value);

  /** Default input: the sample articles shipped with the repository. */
  class DefaultInput implements DefaultValueFactory<List<String>> {
    @Override
    public List<String> create(PipelineOptions options) {
      return List.of("seeds/*.txt");
    }
  }
}
