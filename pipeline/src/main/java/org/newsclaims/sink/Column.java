package org.newsclaims.sink;

/**
 * One column of a sink table: its name and PostgreSQL type, as in {@code schema.sql}.
 *
 * <p>Example: {@code new Column("published_day", "date")}; its statement parameter is
 * {@code ?::date}, so that a null or a string reaches the column with the right type.
 */
public record Column(String name, String type) {

  /** The parameter placeholder, cast to the column's type. */
  public String placeholder() {
    return "?::" + type;
  }
}
