package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.text.Folding;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;

/**
 * Well-known entities ({@code gazetteer.tsv}) and demonyms ({@code demonyms.tsv}).
 *
 * <p>Example: {@code get().lookup("Kyiv", "place").canonical() = "Kiev"}, {@code
 * get().country("ukrainiennes") = "Ukraine"}, {@code get().holder("président", "Russie",
 * "2025-03-12") = "Vladimir Poutine"}. Immutable after loading; one shared instance.
 */
final class Gazetteer {

  /** One gazetteer line. */
  record Entry(String canonical, String type, List<String> aliases) {}

  /** One role with its validity interval (ISO dates, empty = open). */
  record Role(String holder, String from, String to) {}

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private final Map<String, Entry> byTypedAlias;
  private final Map<String, List<Entry>> byAlias;
  private final Map<String, List<Role>> roles;
  private final Map<String, String> demonyms;
  private final Map<String, String> feminine;

  private Gazetteer(Map<String, Entry> byTypedAlias, Map<String, List<Entry>> byAlias,
      Map<String, List<Role>> roles, Map<String, String> demonyms, Map<String, String> feminine) {
    this.byTypedAlias = Lookup.map(byTypedAlias);
    this.byAlias = Lookup.map(byAlias);
    this.roles = Lookup.map(roles);
    this.demonyms = Lookup.map(demonyms);
    this.feminine = Lookup.map(feminine);
  }

  static Gazetteer get() {
    return Holder.INSTANCE;
  }

  private static Gazetteer load() {
    Map<String, Entry> typed = new HashMap<>();
    Map<String, List<Entry>> any = new HashMap<>();
    Map<String, List<Role>> roles = new HashMap<>();
    for (String[] row : ResourceTable.read(Gazetteer.class, "gazetteer.tsv")) {
      if (row.length < 2) {
        continue;
      }
      String canonical = row[0].strip();
      String type = row[1].strip();
      List<String> aliases = new ArrayList<>();
      aliases.add(canonical);
      if (row.length > 2) {
        for (String a : row[2].split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
      }
      Entry entry = new Entry(canonical, type, List.copyOf(aliases));
      for (String a : aliases) {
        String key = Folding.fold(a);
        typed.putIfAbsent(type + "|" + key, entry);
        List<Entry> list = any.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entry)) {
          list.add(entry);
        }
      }
      if (row.length > 3) {
        for (String r : row[3].split(";")) {
          String[] p = r.split("@", -1);
          if (p.length == 4 && !p[0].isBlank()) {
            roles.computeIfAbsent(roleKey(p[0], p[1]), k -> new ArrayList<>())
                .add(new Role(canonical, p[2].strip(), p[3].strip()));
          }
        }
      }
    }
    Map<String, String> demonyms = new HashMap<>();
    Map<String, String> feminine = new HashMap<>();
    for (String[] row : ResourceTable.read(Gazetteer.class, "demonyms.tsv")) {
      if (row.length < 2) {
        continue;
      }
      String[] forms = row[1].split("\\|");
      for (String f : forms) {
        demonyms.putIfAbsent(Folding.fold(f.strip()), row[0].strip());
      }
      feminine.put(row[0].strip(), forms.length > 1 ? forms[1].strip() : forms[0].strip());
    }
    return new Gazetteer(typed, any, roles, demonyms, feminine);
  }

  static String roleKey(String role, String country) {
    return Folding.fold(role.strip()) + "@" + Folding.fold(country == null ? "" : country.strip());
  }

  /** The entry whose alias (any case and accents) is {@code name} with this type, or null. */
  Entry lookup(String name, String type) {
    return byTypedAlias.get(type + "|" + Folding.fold(name));
  }

  /** Entries of any type with this alias, in file order. */
  List<Entry> lookup(String name) {
    return byAlias.getOrDefault(Folding.fold(name), List.of());
  }

  /** The country of a lower-case demonym form ("nord-coréens" gives "Corée du Nord"), or null. */
  String country(String demonym) {
    return demonyms.get(Folding.fold(demonym));
  }

  /** Feminine singular adjective of a country ("Russie" gives "russe"), or null. */
  String feminineAdjective(String country) {
    return feminine.get(country);
  }

  /** Whether any holder is known for the role. */
  boolean hasRole(String role, String country) {
    return roles.containsKey(roleKey(role, country));
  }

  /**
   * The holder of a role at a date ({@code 2025}, {@code 2025-03} or {@code 2025-03-12}); with
   * no date, the holder whose term started last. Null when unknown.
   */
  String holder(String role, String country, String date) {
    List<Role> list = roles.get(roleKey(role, country));
    if (list == null) {
      return null;
    }
    if (date == null || date.isBlank()) {
      return list.stream().max(Comparator.comparing(Role::from).thenComparing(Role::holder))
          .map(Role::holder).orElse(null);
    }
    String day = date.length() == 4 ? date + "-07-01" : date.length() == 7 ? date + "-15" : date;
    for (Role r : list) {
      if ((r.from().isEmpty() || r.from().compareTo(day) <= 0)
          && (r.to().isEmpty() || day.compareTo(r.to()) < 0)) {
        return r.holder();
      }
    }
    return null;
  }
}
