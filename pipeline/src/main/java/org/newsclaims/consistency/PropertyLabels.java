package org.newsclaims.consistency;

/**
 * Readable names of {@link ComparableProperty properties}: a quantity class or frame is named by
 * {@code properties.tsv}; an unlisted counted noun by the noun itself («number (délégations)»);
 * a scope other than the event's own figure is said («usual figure», «forecast»).
 *
 * <p>Example: {@code labels.label(new ComparableProperty("count", "deaths", "", null, "event"))} is
 * {@code "people killed"}.
 */
final class PropertyLabels {

  private final PropertyNames names;

  PropertyLabels(PropertyNames names) {
    this.names = names;
  }

  String label(ComparableProperty p) {
    return label(p, null);
  }

  /**
   * The label, naming a quantity known only by its stem, its frame code or nothing with the
   * words of its claims («number (pompiers)» rather than «number (pompi)», «number (occupé)»
   * rather than «number (occupy)»), or with the dimension alone when they give none.
   */
  String label(ComparableProperty p, String what) {
    String quantity = p.quantity().startsWith("frame:") ? p.quantity().substring(6) : p.quantity();
    String label = names.label(quantity, p.dimension());
    if (label.endsWith("(" + quantity + ")")) {
      // a stem («mineu»), a frame code («occupy») or «unnamed» is no name for a reader: the
      // claims' own words are («mineurs», «occupé»); without them, the dimension alone
      String words = what == null || what.isBlank() ? null : what.strip();
      String head = label.substring(0, label.length() - quantity.length() - 2).strip();
      label = words != null ? head + " (" + words + ")" : head;
    }
    if (!p.modifiers().isEmpty()) {
      label += " (" + p.modifiers().replace("+", ", ") + ")";
    }
    if (p.period() != null) {
      label += " (" + periodText(p.period()) + ")";
    }
    return switch (p.scope()) {
      case PropertyReader.GENERIC -> label + ", usual figure";
      case PropertyReader.FORECAST -> label + ", forecast";
      case PropertyReader.OTHER -> label + ", another event";
      default -> label;
    };
  }

  static String periodText(String period) {
    String[] parts = period.split(":");
    if (parts.length == 3 && parts[0].equals("last")) {
      return "in the last " + parts[1] + " " + parts[2] + (parts[1].equals("1") ? "" : "s");
    }
    return period.replace(':', ' ');
  }
}
