package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsclaims.model.EntityMention;
import org.newsclaims.text.Folding;
import org.newsclaims.text.ResourceTable;
import org.newsclaims.text.WordClasses;

/**
 * The blocking key of a name: spellings of one entity across outlets share it.
 *
 * <p>The name is first replaced by its gazetteer canonical when it is a known alias (Kyiv,
 * Kyïv and Kiev all key as Kiev), then accent- and case-folded and passed through the
 * transliteration rules of {@code transliteration.tsv}. Persons are keyed by their surname
 * (the last word), places and organisations by the whole name, so "région de Moscou" and
 * "Moscou" differ. Example: {@code of("Valéri Guérassimov", "person") = of("Gerasimov",
 * "person") = "person:gerasimov"}; {@code of("Koursk", "place") = "place:kursk"}.
 * Different people sharing a surname share a key: the clusterer separates them.
 */
public final class NameKey {

  private record Rule(String from, String to, String where) {}

  /** "Jr", "Sr", "II", "III": after the surname (folded). */
  private static final java.util.Set<String> SUFFIXES = WordClasses.of("generational-suffix");

  private static final class Rules {
    static final List<Rule> ALL = load();

    private static List<Rule> load() {
      List<Rule> out = new ArrayList<>();
      for (String[] row : ResourceTable.read(NameKey.class, "transliteration.tsv")) {
        if (row.length >= 3 && !row[0].isEmpty()) {
          out.add(new Rule(row[0], row[1], row[2].strip()));
        }
      }
      return List.copyOf(out);
    }
  }

  private NameKey() {}

  public static String of(String name, String type) {
    if (name == null) {
      name = "";
    }
    Gazetteer.Entry known = Gazetteer.get().lookup(name, type);
    String folded = Folding.fold(known != null ? known.canonical() : name);
    if (EntityMention.PERSON.equals(type)) {
      return type + ":" + word(surname(folded), false);
    }
    StringBuilder key = new StringBuilder();
    for (String w : words(folded)) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word(w, false));
    }
    return type + ":" + key;
  }

  /** The last word of a folded person name, ignoring generational suffixes. */
  static String surname(String folded) {
    List<String> ws = words(folded.replace("-", ""));
    for (int i = ws.size() - 1; i >= 0; i--) {
      String w = ws.get(i);
      if (!SUFFIXES.contains(w)) {
        return w;
      }
    }
    return ws.isEmpty() ? "" : ws.get(ws.size() - 1);
  }

  /** Lower-case letter runs of a folded name (hyphens and apostrophes split words). */
  static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Transliteration key of one folded word; {@code given} also applies given-name rules. */
  static String word(String w, boolean given) {
    String s = w;
    for (Rule r : Rules.ALL) {
      switch (r.where()) {
        case "any" -> s = s.replace(r.from(), r.to());
        case "end" -> s = s.endsWith(r.from())
            ? s.substring(0, s.length() - r.from().length()) + r.to() : s;
        case "start" -> s = s.startsWith(r.from()) ? r.to() + s.substring(r.from().length()) : s;
        case "vowels" -> s = betweenVowels(s, r.from(), r.to());
        case "surname-end" -> s = !given && s.endsWith(r.from()) && s.length() > r.from().length() + 2
            ? s.substring(0, s.length() - r.from().length()) + r.to() : s;
        case "given-end" -> {
          if (given && s.length() > 3 && s.endsWith(r.from())
              && !isVowel(s.charAt(s.length() - r.from().length() - 1))) {
            s = s.substring(0, s.length() - r.from().length()) + r.to();
          }
        }
        default -> { }
      }
    }
    return s;
  }

  /** Transliteration key of a given name or of several ("Oleksandre" and "Oleksandr" agree). */
  static String given(String folded) {
    StringBuilder out = new StringBuilder();
    for (String w : words(folded)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word(w, true));
    }
    return out.toString();
  }

  private static String betweenVowels(String s, String from, String to) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith(from, i) && i > 0 && isVowel(s.charAt(i - 1))
          && i + from.length() < s.length() && isVowel(s.charAt(i + from.length()))) {
        out.append(to);
        i += from.length();
      } else {
        out.append(s.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }
}
