package org.newsclaims.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Connections that outlive their server: what JdbcIO does with the connection it holds (prepare,
 * batch, commit; on a transient failure roll back and prepare again) goes on over a new
 * connection, and a server that stays away fails with a clear error. The second test needs the
 * test PostgreSQL server ({@link TestDatabase}); the first needs none.
 */
class ReconnectingDataSourceTest {

  @Test
  void aServerThatStaysAwayFailsWithAClearErrorOnceTheOutageBoundHasPassed() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort(); // free once closed: nothing listens there
    }
    DatabaseTarget target = DatabaseTarget.resolve("jdbc:postgresql://127.0.0.1:" + closedPort + "/desk", "desk",
        "s3cret", 2, Map.of());
    long started = System.nanoTime();
    SQLException e = assertThrows(SQLException.class, () -> new ReconnectingDataSource(target).getConnection());
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertTrue(e instanceof TransientFailures.DatabaseUnreachableException, e.toString());
    assertTrue(e.getMessage().startsWith("PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort
        + "/desk as desk still unreachable after 2 s (--jdbcMaxOutageSeconds), "), e.getMessage());
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
    assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
    assertTrue(seconds >= 1 && seconds < 10, seconds + " s");
  }

  @Test
  void aConnectionWhoseServerSessionWasKilledIsReplacedByTheNextStatement() throws Exception {
    try (TestDatabase db = TestDatabase.open("reconnect")) {
      DatabaseTarget target = DatabaseTarget.resolve(db.url(), TestDatabase.user(), TestDatabase.password(), 30,
          Map.of());
      try (Connection held = new ReconnectingDataSource(target).getConnection()) {
        held.setAutoCommit(false);
        String insert = DatabaseRows.REJECTS.upsert();
        write(held, insert, "vide.txt");
        long pid = backendPid(held);
        // what a server restart does to a session: its backend ends (SQLSTATE 57P01 on next use)
        db.rows("SELECT pg_terminate_backend(" + pid + ")");
        SQLException lost = assertThrows(SQLException.class, () -> write(held, insert, "illisible.html"));
        assertTrue(TransientFailures.isTransient(lost), lost.toString());
        held.rollback(); // JdbcIO's next step: must not fail on the dead session
        write(held, insert, "illisible.html"); // JdbcIO's retry: the same batch, on a new session
        assertTrue(backendPid(held) != pid);
        assertEquals(2, db.count("SELECT count(*) FROM rejects"));
      }
    }
  }

  /** One batch as JdbcIO writes it: prepare, add, execute, commit. */
  private static void write(Connection c, String upsert, String input) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(upsert)) {
      var row = DatabaseRows.reject(new org.newsclaims.model.Reject(input, "read", "unreadable file", null));
      for (int i = 0; i < row.size(); i++) {
        s.setObject(i + 1, row.get(i));
      }
      s.addBatch();
      s.executeBatch();
      c.commit();
    }
  }

  private static long backendPid(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      long pid = rs.getLong(1);
      c.commit();
      return pid;
    }
  }
}
