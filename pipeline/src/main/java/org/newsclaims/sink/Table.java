package org.newsclaims.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A sink table keyed by a stable id, and the upsert that writes one row of it.
 *
 * <p>Example: {@code new Table("articles", List.of(new Column("id", "text"), …)).upsert()} gives
 * {@code INSERT INTO articles AS t (id, …, doc) VALUES (?::text, …, ?::jsonb) ON CONFLICT (id)
 * DO UPDATE SET … WHERE t.doc IS DISTINCT FROM EXCLUDED.doc}: writing the same record again (a
 * rerun, a retried bundle, a replayed message) changes nothing, not even {@code written_at}.
 * The first column is the key; the last is {@code doc}, the record's whole JSON.
 */
public record Table(String name, List<Column> columns) {

  public Table {
    columns = List.copyOf(columns);
    if (!columns.get(0).name().equals("id") || !columns.get(columns.size() - 1).name().equals("doc")) {
      throw new IllegalArgumentException(name + ": the first column must be id and the last doc");
    }
  }

  /** The upsert statement of one row, parameters in {@link #columns()} order. */
  public String upsert() {
    StringJoiner names = new StringJoiner(", ");
    StringJoiner values = new StringJoiner(", ");
    StringJoiner updates = new StringJoiner(", ");
    for (Column c : columns) {
      names.add(c.name());
      values.add(c.placeholder());
      if (!c.name().equals("id")) {
        updates.add(c.name() + " = EXCLUDED." + c.name());
      }
    }
    updates.add("written_at = now()");
    return "INSERT INTO " + name + " AS t (" + names + ") VALUES (" + values + ")"
        + " ON CONFLICT (id) DO UPDATE SET " + updates
        + " WHERE t.doc IS DISTINCT FROM EXCLUDED.doc";
  }

  /** The column names, in order. */
  public List<String> columnNames() {
    List<String> out = new ArrayList<>();
    columns.forEach(c -> out.add(c.name()));
    return out;
  }
}
