package org.newsclaims.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsclaims.model.Claim;

/**
 * Who gives which figure, when sources disagree: «the police say 7 000; the organisers say
 * 20 000» is what a fact-checker needs first. A source is the claim's attributed speaker or
 * body; claims with none are left out of this sentence (they still appear as evidence).
 *
 * <p>Example: {@code Sources.sayWho(groups, "count", judge::commonRange)} is
 * {@code " La police says «7 000»; les organisateurs says «12 000»."}.
 */
final class Sources {

  /** The common range of a group of claims in a dimension. */
  interface Range {
    Interval of(List<Claim> claims, String dimension);
  }

  private Sources() {}

  /**
   * One clause per value group naming its sources, when at least two groups have a named source
   * and no source is on two sides; else the empty string.
   */
  static String sayWho(List<List<Claim>> groups, String dimension, Range range) {
    Map<String, TreeSet<String>> sourcesOf = new LinkedHashMap<>();
    TreeSet<String> seen = new TreeSet<>();
    int named = 0;
    for (List<Claim> g : groups) {
      TreeSet<String> own = new TreeSet<>();
      for (Claim c : g) {
        if (c.speaker() != null && !c.speaker().isBlank()) {
          own.add(c.speaker());
        }
      }
      for (String s : own) {
        if (!seen.add(s)) {
          return ""; // one source on two sides: its own figure changed, not a dispute between sources
        }
      }
      named += own.isEmpty() ? 0 : 1;
      // the figure as the source words it («7 000»), its range when it gives none of its own
      String stated = g.stream().filter(c -> c.speaker() != null && !c.speaker().isBlank())
          .map(c -> "«" + c.text() + "»").findFirst().orElse(FindingText.range(range.of(g, dimension), dimension));
      sourcesOf.put(stated, own);
    }
    if (named < 2) {
      return "";
    }
    List<String> clauses = new ArrayList<>();
    sourcesOf.forEach((value, sources) -> {
      if (!sources.isEmpty()) {
        clauses.add(String.join(" and ", sources) + (sources.size() == 1 ? " says " : " say ") + value);
      }
    });
    String sentence = String.join("; ", clauses);
    return " " + Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
  }
}
