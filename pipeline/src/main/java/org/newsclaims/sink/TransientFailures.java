package org.newsclaims.sink;

import java.sql.SQLException;

/**
 * Which database errors are worth retrying: the server is unreachable, restarting or shutting
 * down, or the transaction lost a race, as opposed to an error in the statement or the data.
 *
 * <p>By SQLSTATE: class {@code 08} (connection exception: refused, broken, closed),
 * {@code 57P01}–{@code 57P03} (administrator or crash shutdown, cannot connect now: the server is
 * starting), {@code 53300} (too many connections), {@code 40001} and {@code 40P01}
 * (serialization failure, deadlock). Example: pgjdbc's «Connection to 127.0.0.1:55432 refused»
 * has SQLSTATE {@code 08001} and is transient; {@code 23502} (a null in a NOT NULL column) is not.
 */
public final class TransientFailures {

  private TransientFailures() {}

  public static boolean isTransient(SQLException e) {
    if (e instanceof DatabaseUnreachableException) {
      return false; // the outage already outlasted the retries
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && transientState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static boolean transientState(String state) {
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03") || state.equals("53300") || state.equals("40001") || state.equals("40P01"));
  }

  /** The database stayed unreachable longer than the sink waits: a clear, final error. */
  public static final class DatabaseUnreachableException extends SQLException {
    public DatabaseUnreachableException(String message) {
      super(message, "08001");
    }
  }
}
