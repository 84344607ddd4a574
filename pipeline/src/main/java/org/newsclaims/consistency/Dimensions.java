package org.newsclaims.consistency;

import java.util.HashMap;
import java.util.Map;
import org.newsclaims.text.ResourceTable;

/**
 * Which units measure the same thing and how to convert them (from {@code dimensions.tsv}).
 *
 * <p>Example: {@code dimensions.toBase("hectare", 50)} is {@code 0.5} (km²).
 */
public final class Dimensions {

  /** One unit's dimension and conversion factor to the dimension's base unit. */
  public record UnitInfo(String unit, String dimension, double factor, String baseLabel) {}

  private final Map<String, UnitInfo> units;

  private Dimensions(Map<String, UnitInfo> units) {
    this.units = Map.copyOf(units);
  }

  public static Dimensions fromResources() {
    Map<String, UnitInfo> units = new HashMap<>();
    for (String[] row : ResourceTable.read(Dimensions.class, "dimensions.tsv", 3)) {
      String label = row.length > 3 ? row[3] : ""; // counts show no unit
      units.put(row[0], new UnitInfo(row[0], row[1], Double.parseDouble(row[2]), label));
    }
    return new Dimensions(units);
  }

  /** The unit's dimension; a unit missing from the table is its own dimension. */
  public String dimension(String unit) {
    UnitInfo info = units.get(unit);
    return info != null ? info.dimension() : unit;
  }

  public Double toBase(String unit, Double amount) {
    if (amount == null) {
      return null;
    }
    UnitInfo info = units.get(unit);
    return info != null ? amount * info.factor() : amount;
  }

  public String baseLabel(String unit) {
    UnitInfo info = units.get(unit);
    return info != null ? info.baseLabel() : unit;
  }
}
