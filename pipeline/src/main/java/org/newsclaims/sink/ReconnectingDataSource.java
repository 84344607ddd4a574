package org.newsclaims.sink;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source whose connections survive a database outage: while PostgreSQL is stopped,
 * restarting or unreachable, a connection waits for it (retrying with a backoff from 0.5 s up to
 * 5 s) instead of failing, for at most the target's {@code maxOutageSeconds}; then it fails with a
 * {@link TransientFailures.DatabaseUnreachableException} saying so.
 *
 * <p>Why: Beam's JdbcIO retries a failed batch (on the {@link TransientFailures} its retry
 * strategy accepts), but on the connection it already holds. When the server went away, that
 * connection is dead: its rollback, its next statement and even opening the first connection
 * fail at once, and the bundle fails. Here the connection JdbcIO holds is a handle: after a
 * transient failure it drops the dead connection, its rollback is a no-op (the server has
 * already rolled the transaction back), and its next statement opens a new connection. Since the
 * sink's statements are idempotent upserts, replaying a batch whose commit went unanswered is
 * safe.
 *
 * <p>The first connection a JVM makes to a target also applies the schema ({@link SchemaSql}).
 */
public final class ReconnectingDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ReconnectingDataSource.class.getName());
  private static final Set<String> SCHEMA_APPLIED = ConcurrentHashMap.newKeySet();
  private static final long FIRST_WAIT_MILLIS = 500;
  private static final long LONGEST_WAIT_MILLIS = 5_000;

  private final DatabaseTarget target;
  private final PGSimpleDataSource physical;

  public ReconnectingDataSource(DatabaseTarget target) {
    this.target = target;
    this.physical = target.dataSource();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Handle handle = new Handle();
    handle.reconnect();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handle);
  }

  /**
   * Opens a connection, waiting out an outage of at most the target's {@code maxOutageSeconds};
   * applies the schema once per JVM and target.
   */
  Connection connect() throws SQLException {
    long deadline = System.nanoTime() + target.maxOutageSeconds() * 1_000_000_000L;
    long wait = FIRST_WAIT_MILLIS;
    int attempts = 0;
    while (true) {
      attempts++;
      Connection c = null;
      try {
        c = physical.getConnection();
        if (!SCHEMA_APPLIED.contains(target.describe())) {
          // the other writers of this JVM wait until the tables exist: marked applied only once
          // done (on Flink, two writers' first inserts came before the CREATE TABLEs and failed)
          synchronized (SCHEMA_APPLIED) {
            if (!SCHEMA_APPLIED.contains(target.describe())) {
              SchemaSql.apply(c);
              SCHEMA_APPLIED.add(target.describe());
            }
          }
        }
        if (attempts > 1) {
          LOG.info("PostgreSQL at " + target.describe() + " reachable again after " + attempts + " attempts");
        }
        return c;
      } catch (SQLException e) {
        closeQuietly(c);
        if (!TransientFailures.isTransient(e)) {
          throw e;
        }
        if (System.nanoTime() + wait * 1_000_000L > deadline) {
          throw new TransientFailures.DatabaseUnreachableException("PostgreSQL at " + target.describe()
              + " still unreachable after " + target.maxOutageSeconds() + " s (--jdbcMaxOutageSeconds), "
              + attempts + " attempts; last error: " + e.getMessage());
        }
        if (attempts == 1) {
          LOG.warning("PostgreSQL at " + target.describe() + " unreachable (" + e.getMessage()
              + "); retrying for up to " + target.maxOutageSeconds() + " s");
        }
        sleep(wait);
        wait = Math.min(wait * 2, LONGEST_WAIT_MILLIS);
      }
    }
  }

  /**
   * The connection JdbcIO holds: delegates to a real connection, replaced after a transient
   * failure. The statements it prepares report their failures back to it.
   */
  private final class Handle implements InvocationHandler {
    private Connection current;
    private boolean broken;
    private boolean closed;
    private Boolean autoCommit;

    void reconnect() throws SQLException {
      closeQuietly(current);
      current = null;
      current = connect();
      broken = false;
      if (autoCommit != null) {
        current.setAutoCommit(autoCommit);
      }
    }

    void failed(SQLException e) {
      if (TransientFailures.isTransient(e)) {
        broken = true;
      }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "close":
          closed = true;
          closeQuietly(current);
          current = null;
          return null;
        case "isClosed":
          return closed;
        case "rollback":
          if (broken || current == null) {
            return null; // the server rolled the transaction back when the connection died
          }
          break;
        case "setAutoCommit":
          autoCommit = (Boolean) args[0];
          break;
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "connection to " + target.describe();
        default:
          break;
      }
      if (closed) {
        throw new SQLException("connection closed", "08003");
      }
      if (broken || current == null) {
        reconnect();
      }
      try {
        Object result = method.invoke(current, args);
        if (result instanceof PreparedStatement statement) {
          return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
              new Class<?>[] {PreparedStatement.class}, new StatementHandle(statement, this));
        }
        return result;
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql) {
          failed(sql);
          if (broken && method.getName().equals("rollback")) {
            return null;
          }
        }
        throw cause;
      }
    }
  }

  /** A statement of a {@link Handle}: a transient failure marks the connection for replacement. */
  private static final class StatementHandle implements InvocationHandler {
    private final PreparedStatement statement;
    private final Handle connection;

    StatementHandle(PreparedStatement statement, Handle connection) {
      this.statement = statement;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(statement, args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql) {
          connection.failed(sql);
          if (method.getName().equals("close") && connection.broken) {
            return null; // closing a statement of a dead connection: nothing left to release
          }
        }
        throw cause;
      }
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException | RuntimeException e) {
        // a dead connection: nothing to release
      }
    }
  }

  private static void sleep(long millis) throws SQLException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for PostgreSQL", "08001", e);
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the sink's credentials come from --jdbcUser and --jdbcPassword");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
