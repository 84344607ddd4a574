package org.newsclaims.beam;

import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Duration;
import org.newsclaims.model.Reject;
import org.newsclaims.sink.DatabaseRows;
import org.newsclaims.sink.DatabaseTarget;
import org.newsclaims.sink.ReconnectingDataSource;
import org.newsclaims.sink.Table;
import org.newsclaims.sink.TransientFailures;

/**
 * Writes a run's records into PostgreSQL through Beam's {@link JdbcIO} (tables and columns:
 * docs/database.md; rows: {@link DatabaseRows}). Every write is an upsert by a stable id, so a
 * rerun, a retried bundle or a replayed message never duplicates a row; a batch that fails on a
 * transient error (the server stopped, restarting, unreachable) is retried on a new connection
 * for up to the target's {@code maxOutageSeconds} ({@link ReconnectingDataSource}).
 *
 * <p>Batch: the same tuple as {@link WriteReports} (articles, claims, quotes, stories, findings,
 * rejects and stage failures). Streaming: the same tuple as {@link WriteStreamingOutputs}
 * (articles, rejects, and each window's panes of findings, a newer pane replacing the older
 * one), from any source ({@code --watch}, a message broker).
 *
 * <pre>{@code
 * outputs.apply(WriteReports.to(dir, 1, runner));
 * outputs.apply(WriteToDatabase.batch(target));
 * streamOutputs.apply(WriteToDatabase.streaming(target, java.time.Instant.now()));
 * }</pre>
 */
public final class WriteToDatabase extends PTransform<PCollectionTuple, PDone> {

  /** Rows per JDBC batch (one transaction): small enough for a retry to be cheap. */
  static final int BATCH_SIZE = 500;
  /** JdbcIO's own attempts at a failed batch; each may wait out an outage on reconnecting. */
  static final int ATTEMPTS = 10;

  private final DatabaseTarget target;
  private final java.time.Instant streamRunStarted;

  private WriteToDatabase(DatabaseTarget target, java.time.Instant streamRunStarted) {
    this.target = target;
    this.streamRunStarted = streamRunStarted;
  }

  /** Writes the outputs of a batch run, tagged as for {@link WriteReports}. */
  public static WriteToDatabase batch(DatabaseTarget target) {
    return new WriteToDatabase(target, null);
  }

  /**
   * Writes the outputs of a streaming run, tagged as for {@link WriteStreamingOutputs};
   * {@code runStarted} orders this run's panes after those of earlier runs into the same tables.
   */
  public static WriteToDatabase streaming(DatabaseTarget target, java.time.Instant runStarted) {
    return new WriteToDatabase(target, runStarted);
  }

  /** True when {@code --jdbcUrl} is set: the run also writes into PostgreSQL. */
  public static boolean wanted(org.newsclaims.Options options) {
    return options.getJdbcUrl() != null && !options.getJdbcUrl().isBlank();
  }

  /**
   * The database of {@code --jdbcUrl}, its credentials from the options or the environment
   * ({@link DatabaseTarget#resolve}); an invalid URL or outage bound throws
   * {@link IllegalArgumentException} naming the option.
   */
  public static DatabaseTarget target(org.newsclaims.Options options) {
    return DatabaseTarget.resolve(options.getJdbcUrl(), options.getJdbcUser(), options.getJdbcPassword(),
        options.getJdbcMaxOutageSeconds(), System.getenv());
  }

  @Override
  public PDone expand(PCollectionTuple outputs) {
    if (streamRunStarted == null) {
      write(outputs.get(WriteReports.ARTICLES), "Articles", DatabaseRows.ARTICLES, DatabaseRows::article);
      write(outputs.get(WriteReports.CLAIMS), "Claims", DatabaseRows.CLAIMS, DatabaseRows::claim);
      write(outputs.get(WriteReports.QUOTES), "Quotes", DatabaseRows.QUOTES, DatabaseRows::quote);
      if (outputs.has(WriteReports.STORIES)) {
        write(outputs.get(WriteReports.STORIES), "Stories", DatabaseRows.STORIES, DatabaseRows::story);
      }
      write(outputs.get(WriteReports.FINDINGS), "Findings", DatabaseRows.FINDINGS, DatabaseRows::finding);
      writeRejects(outputs, WriteReports.REJECTS, WriteReports.FAILURES);
    } else {
      write(outputs.get(WriteStreamingOutputs.ARTICLES), "Articles", DatabaseRows.ARTICLES, DatabaseRows::article);
      writeRejects(outputs, WriteStreamingOutputs.REJECTS, null);
      java.time.Instant started = streamRunStarted;
      outputs.get(WriteStreamingOutputs.PANES).apply("WritePanes", this.<JudgeWindows.Pane>jdbc()
          .withStatement(DatabaseRows.paneStatement())
          .withPreparedStatementSetter(new RowSetter<>("stream_windows", (JudgeWindows.Pane p) -> DatabaseRows.pane(
              p.windowStart(), p.windowEnd(), started, p.index(), p.timing(), p.last(), p.findings()))));
    }
    return PDone.in(outputs.getPipeline());
  }

  private void writeRejects(PCollectionTuple outputs, TupleTag<Reject> rejects, TupleTag<Reject> failures) {
    PCollectionList<Reject> all = PCollectionList.of(outputs.get(rejects));
    if (failures != null && outputs.has(failures)) {
      all = all.and(outputs.get(failures));
    }
    write(all.apply("AllRejectsForDatabase", Flatten.pCollections()), "Rejects", DatabaseRows.REJECTS,
        DatabaseRows::reject);
  }

  private <T> void write(PCollection<T> records, String name, Table table,
      SerializableFunction<T, List<Object>> row) {
    records.apply("Write" + name + "ToDatabase", this.<T>jdbc()
        .withStatement(table.upsert())
        .withPreparedStatementSetter(new RowSetter<>(table.name(), row)));
  }

  private <T> JdbcIO.Write<T> jdbc() {
    return JdbcIO.<T>write()
        .withDataSourceProviderFn(new DataSourceFn(target))
        .withBatchSize(BATCH_SIZE)
        .withRetryStrategy(TransientFailures::isTransient)
        .withRetryConfiguration(JdbcIO.RetryConfiguration.create(ATTEMPTS,
            Duration.standardSeconds(target.maxOutageSeconds()), Duration.standardSeconds(1)));
  }

  /** The data source of every writer: survives outages, applies the schema on first connecting. */
  static final class DataSourceFn implements SerializableFunction<Void, DataSource> {
    private final DatabaseTarget target;

    DataSourceFn(DatabaseTarget target) {
      this.target = target;
    }

    @Override
    public DataSource apply(Void input) {
      return new ReconnectingDataSource(target);
    }
  }

  /** Sets a statement's parameters from a record's row, in column order. */
  static final class RowSetter<T> implements JdbcIO.PreparedStatementSetter<T> {
    private final Counter rows;
    private final SerializableFunction<T, List<Object>> row;

    RowSetter(String table, SerializableFunction<T, List<Object>> row) {
      this.rows = Metrics.counter(WriteToDatabase.class, table + "RowsSent");
      this.row = row;
    }

    @Override
    public void setParameters(T element, PreparedStatement statement) throws Exception {
      List<Object> values = row.apply(element);
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      rows.inc();
    }
  }
}
