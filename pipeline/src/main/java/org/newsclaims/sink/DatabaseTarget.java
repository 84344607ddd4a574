package org.newsclaims.sink;

import java.io.Serializable;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the sink writes: a PostgreSQL JDBC URL and its credentials, and how long an outage the
 * writes wait out ({@link ReconnectingDataSource}).
 *
 * <p>The password is never shown: {@link #toString()} and {@link #describe()} name the server
 * and user only, and a {@code password=} parameter of the URL is masked. Example:
 * {@code DatabaseTarget.resolve("jdbc:postgresql://127.0.0.1:55432/newsclaims", null, null, 300,
 * System.getenv())} takes the user from {@code PGUSER} and the password from
 * {@code NEWSCLAIMS_JDBC_PASSWORD}, else {@code PGPASSWORD}.
 */
public final class DatabaseTarget implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String url;
  private final String user;
  private final String password;
  private final int maxOutageSeconds;

  private DatabaseTarget(String url, String user, String password, int maxOutageSeconds) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.maxOutageSeconds = maxOutageSeconds;
  }

  /**
   * The target of {@code --jdbcUrl}: options first, then the environment ({@code PGUSER};
   * {@code NEWSCLAIMS_JDBC_PASSWORD}, then {@code PGPASSWORD}); a user or password left null
   * may still come from the URL's own parameters.
   */
  public static DatabaseTarget resolve(String url, String user, String password, int maxOutageSeconds,
      Map<String, String> env) {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--jdbcUrl must be a PostgreSQL JDBC URL such as "
          + "jdbc:postgresql://localhost:5432/newsclaims, not " + masked(String.valueOf(url)));
    }
    if (maxOutageSeconds < 1) {
      throw new IllegalArgumentException("--jdbcMaxOutageSeconds must be 1 or more, not " + maxOutageSeconds);
    }
    String u = blank(user) ? env.get("PGUSER") : user;
    String p = !blank(password) ? password
        : !blank(env.get("NEWSCLAIMS_JDBC_PASSWORD")) ? env.get("NEWSCLAIMS_JDBC_PASSWORD") : env.get("PGPASSWORD");
    return new DatabaseTarget(url, blank(u) ? null : u, blank(p) ? null : p, maxOutageSeconds);
  }

  public String url() {
    return url;
  }

  public int maxOutageSeconds() {
    return maxOutageSeconds;
  }

  /** True when a password was given (by option or environment); the password itself stays here. */
  public boolean hasPassword() {
    return password != null;
  }

  /** A fresh pgjdbc data source for this target (no pooling: the sink holds one connection per writer). */
  PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    if (user != null) {
      ds.setUser(user);
    }
    if (password != null) {
      ds.setPassword(password);
    }
    ds.setApplicationName("newsclaims");
    ds.setConnectTimeout(10);
    ds.setSocketTimeout(300); // a statement that hangs longer is treated as a broken connection
    ds.setTcpKeepAlive(true);
    return ds;
  }

  /** The server and user, for messages: {@code jdbc:postgresql://127.0.0.1:55432/newsclaims as newsclaims}. */
  public String describe() {
    return masked(url) + (user == null ? "" : " as " + user);
  }

  @Override
  public String toString() {
    return "DatabaseTarget{" + describe() + "}";
  }

  /** The URL with the value of a {@code password} parameter replaced by {@code ***}. */
  static String masked(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
