package org.newsclaims.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes, read once from {@code word-classes.tsv} (one {@code class<TAB>word}
 * row per member, documented in the file's header): the grammatical classes of French listed
 * once for every package (definite articles, elided forms, name particles, ...) and the small
 * lists the tokenizer, the sentence splitter and the number readers test words against.
 *
 * <p>A package whose rules need a list of its own (the speaker attributor's "role-stop") keeps
 * it in a file beside it, read by {@link #read(Class, String)}; a member written {@code @name}
 * stands for every word of class {@code name}, of that file or else of the shared file, so a
 * grammatical class is never written out again: {@code article<TAB>@definite-article}.
 *
 * <p>Example: {@code WordClasses.of("elision").contains("jusqu")} is true. Immutable and
 * thread-safe.
 */
public final class WordClasses {

  private WordClasses() {}

  private static final class Holder {
    static final Map<String, Set<String>> CLASSES = resolve(
        ResourceTable.read(WordClasses.class, "word-classes.tsv", 2), Map.of(), "word-classes.tsv");
  }

  /** The members of shared class {@code name}; fails on a class the file does not define. */
  public static Set<String> of(String name) {
    Set<String> members = Holder.CLASSES.get(name);
    if (members == null) {
      throw new IllegalArgumentException("word-classes.tsv has no class " + name);
    }
    return members;
  }

  /**
   * The classes of a package's own {@code class<TAB>word} file ({@code resource} next to
   * {@code owner}), with each {@code @name} member replaced by the words of that class.
   */
  public static Map<String, Set<String>> read(Class<?> owner, String resource) {
    return resolve(ResourceTable.read(owner, resource, 2), Holder.CLASSES, resource);
  }

  private static Map<String, Set<String>> resolve(List<String[]> rows,
      Map<String, Set<String>> shared, String resource) {
    Map<String, List<String>> written = new HashMap<>();
    for (String[] row : rows) {
      written.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    Map<String, Set<String>> out = new HashMap<>();
    for (String name : written.keySet()) {
      out.put(name, Lookup.set(members(name, written, shared, resource, new LinkedHashSet<>())));
    }
    return Lookup.map(out);
  }

  private static Set<String> members(String name, Map<String, List<String>> written,
      Map<String, Set<String>> shared, String resource, Set<String> open) {
    if (!open.add(name)) {
      throw new IllegalStateException(resource + ": class " + name + " includes itself");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String word : written.get(name)) {
      if (!word.startsWith("@")) {
        out.add(word);
        continue;
      }
      String ref = word.substring(1);
      if (written.containsKey(ref)) {
        out.addAll(members(ref, written, shared, resource, open));
      } else if (shared.containsKey(ref)) {
        out.addAll(shared.get(ref));
      } else {
        throw new IllegalStateException(resource + ": class " + name + " includes unknown " + word);
      }
    }
    open.remove(name);
    return out;
  }
}
