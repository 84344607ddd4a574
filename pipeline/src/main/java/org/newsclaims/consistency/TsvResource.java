package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.text.ResourceTable;

/** Reads the documented resource files of this package (tab-separated, {@code #} comments). */
final class TsvResource {

  private TsvResource() {}

  /** The rows of a table, each with at least {@code columns} cells. */
  static List<String[]> rows(String name, int columns) {
    List<String[]> rows = ResourceTable.read(TsvResource.class, name);
    for (String[] row : rows) {
      if (row.length < columns) {
        throw new IllegalStateException(name + ": expected " + columns + " columns in '" + String.join("\t", row) + "'");
      }
    }
    return rows;
  }

  /** The entries of a one-per-line word list. */
  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String[] row : rows(name, 1)) {
      out.add(row[0]);
    }
    return out;
  }
}
