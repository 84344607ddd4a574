package org.newsclaims.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes of the text layer, read once from {@code word-classes.tsv} (one
 * {@code class<TAB>word} row per member, documented in the file's header): elided forms,
 * abbreviations that do not end a sentence, ordinal suffixes, the determiners of a counted
 * noun phrase and the other small lists the tokenizer, the sentence splitter and the number
 * readers test words against.
 *
 * <p>Example: {@code WordClasses.of("elision").contains("jusqu")} is true. Immutable and
 * thread-safe.
 */
public final class WordClasses {

  private WordClasses() {}

  private static final class Holder {
    static final Map<String, Set<String>> CLASSES = load();
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> building = new HashMap<>();
    for (String[] row : ResourceTable.read(WordClasses.class, "word-classes.tsv", 2)) {
      building.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
    }
    Map<String, Set<String>> out = new HashMap<>();
    building.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Map.copyOf(out);
  }

  /** The members of class {@code name}; fails on a class the file does not define. */
  public static Set<String> of(String name) {
    Set<String> members = Holder.CLASSES.get(name);
    if (members == null) {
      throw new IllegalArgumentException("word-classes.tsv has no class " + name);
    }
    return members;
  }
}
