package org.newsclaims.consistency;

import java.util.List;
import org.newsclaims.text.ResourceTable;

/**
 * Readable names for properties, from {@code properties.tsv}.
 *
 * <p>Example: {@code names.label("retake", "share")} is {@code "share of the area retaken"}.
 */
public final class PropertyNames {

  private final List<String[]> rows;

  private PropertyNames(List<String[]> rows) {
    this.rows = List.copyOf(rows);
  }

  public static PropertyNames fromResources() {
    return new PropertyNames(ResourceTable.read(PropertyNames.class, "properties.tsv", 3));
  }

  public String label(String frame, String dimension) {
    String f = frame == null ? "unspecified" : frame;
    for (String[] row : rows) {
      if ((row[0].equals("*") || row[0].equals(f)) && (row[1].equals("*") || row[1].equals(dimension))) {
        return row[2].replace("{frame}", f).replace("{dimension}", dimension);
      }
    }
    return dimension + " (" + f + ")";
  }
}
