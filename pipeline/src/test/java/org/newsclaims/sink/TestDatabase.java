package org.newsclaims.sink;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A fresh database on the test PostgreSQL server, dropped by {@link #close()}: the server is the
 * one of {@code NEWSCLAIMS_TEST_JDBC_URL} ({@code .ci/run} starts it with scripts/postgres.sh),
 * user {@code NEWSCLAIMS_TEST_JDBC_USER} and password {@code NEWSCLAIMS_TEST_JDBC_PASSWORD}
 * (both {@code newsclaims} by default, as the script sets them). {@link #open} skips the test,
 * saying why, when the variable is unset or the server does not answer.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.open("batch")) {
 *   run("--jdbcUrl=" + db.url(), "--jdbcUser=" + db.user(), "--jdbcPassword=" + db.password());
 *   assertEquals(3, db.count("SELECT count(*) FROM articles"));
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

  private final String serverUrl;
  private final String name;

  private TestDatabase(String serverUrl, String name) {
    this.serverUrl = serverUrl;
    this.name = name;
  }

  /** Creates database {@code nc_<label>_<n>} on the test server, or skips the test. */
  public static TestDatabase open(String label) throws SQLException {
    String url = System.getenv("NEWSCLAIMS_TEST_JDBC_URL");
    assumeTrue(url != null && !url.isBlank(),
        "NEWSCLAIMS_TEST_JDBC_URL is not set: run scripts/postgres.sh start and export"
            + " NEWSCLAIMS_TEST_JDBC_URL=$(scripts/postgres.sh url) to run the PostgreSQL tests");
    String name = ("nc_" + label + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      assumeTrue(false, "the test PostgreSQL server at " + url + " does not answer: " + e.getMessage());
    }
    return new TestDatabase(url, name);
  }

  /** The JDBC URL of this test's database. */
  public String url() {
    return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
  }

  public static String user() {
    String u = System.getenv("NEWSCLAIMS_TEST_JDBC_USER");
    return u == null || u.isBlank() ? "newsclaims" : u;
  }

  public static String password() {
    String p = System.getenv("NEWSCLAIMS_TEST_JDBC_PASSWORD");
    return p == null || p.isBlank() ? "newsclaims" : p;
  }

  /** The pipeline options that write into this database. */
  public List<String> options() {
    return List.of("--jdbcUrl=" + url(), "--jdbcUser=" + user(), "--jdbcPassword=" + password());
  }

  /** The single number a query returns ({@code SELECT count(*) …}). */
  public long count(String sql) throws SQLException {
    try (Connection c = connect(url()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every row of a query, each row's columns joined by {@code |}. */
  public List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect(url()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  /** The rows of {@link #rows}, or an empty list while the server is down. */
  public List<String> rowsIfUp(String sql) {
    try {
      return rows(sql);
    } catch (SQLException e) {
      return List.of();
    }
  }

  /**
   * True when the test server is the one scripts/postgres.sh runs (so a test may stop and start
   * it): the script says it is running and its URL is the test URL's server.
   */
  public boolean controlledByScript() throws IOException, InterruptedException {
    return serverUrl.startsWith(script("url").strip()) && script("status") != null;
  }

  /** Stops the server (scripts/postgres.sh stop). */
  public void stopServer() throws IOException, InterruptedException {
    if (script("stop") == null) {
      throw new IOException("scripts/postgres.sh stop failed");
    }
  }

  /** Starts the server again (scripts/postgres.sh start). */
  public void startServer() throws IOException, InterruptedException {
    if (script("start") == null) {
      throw new IOException("scripts/postgres.sh start failed");
    }
  }

  /** Runs scripts/postgres.sh with one command; its output, or null when it failed. */
  private static String script(String command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("postgres-sh", ".log");
    try {
      Process p = new ProcessBuilder("bash", "scripts/postgres.sh", command)
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      return p.exitValue() == 0 ? out : null;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = connect(serverUrl); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static Connection connect(String url) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user());
    p.setProperty("password", password());
    p.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(url, p);
  }
}
