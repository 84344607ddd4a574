package org.newsclaims.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink's schema ({@code org/newsclaims/sink/schema.sql}, documented in docs/database.md) and
 * how it is applied: every statement, in one transaction holding an advisory lock, so that the
 * workers of a job starting together do not race on {@code CREATE TABLE IF NOT EXISTS}; then the
 * newest {@code schema_version} row is checked against {@link #VERSION}.
 *
 * <p>Example: {@code SchemaSql.apply(connection)} on a new database creates the tables and views
 * and the row {@code schema_version = 1}; on a database that has them it changes nothing.
 */
public final class SchemaSql {

  /** The schema version this build writes; the {@code schema_version} row of schema.sql. */
  public static final int VERSION = 1;

  /** The advisory lock key taken while the schema is applied ("newsclaims" in ASCII, truncated). */
  static final long LOCK_KEY = 0x6e657773636c61L;

  private static final String RESOURCE = "/org/newsclaims/sink/schema.sql";

  private SchemaSql() {}

  /** The statements of schema.sql, in order, without comments. */
  public static List<String> statements() {
    return split(resourceText());
  }

  /**
   * Splits SQL text into statements: comment lines (starting with {@code --}) are dropped and a
   * statement ends at a line ending with {@code ;} (schema.sql's convention).
   */
  static List<String> split(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(current.length() == 0 ? "" : "\n").append(line.stripTrailing());
      if (trimmed.endsWith(";")) {
        current.setLength(current.length() - 1);
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      throw new IllegalArgumentException("schema.sql ends inside a statement: " + current);
    }
    return out;
  }

  /**
   * Creates what is missing (tables, indexes, views, the version row) in one transaction, and
   * fails when the database holds a newer schema than this build knows.
   */
  public static void apply(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
      for (String statement : statements()) {
        s.execute(statement);
      }
      try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
        rs.next();
        int found = rs.getInt(1);
        if (found > VERSION) {
          throw new SQLException("the database's schema is version " + found + ", newer than this pipeline's ("
              + VERSION + "): update the pipeline, or write into another database");
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String resourceText() {
    try (InputStream in = SchemaSql.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
