package org.newsclaims.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The French number vocabulary ({@code number-words.txt}): each word's type ({@code unit},
 * {@code weak}, {@code hundred}, {@code thousand}, {@code mult}, {@code approx},
 * {@code fraction}, {@code vaguedet}) and value, and the arithmetic of a run of number words
 * ("quatre-vingt-six" is 86, "trois millions deux cent mille" 3 200 000).
 *
 * <p>Example: {@code words.parseWords("cent vingt et un")} gives 121. Immutable and
 * thread-safe.
 */
final class NumberWords {

  private final Map<String, String> types;
  private final Map<String, Double> values;
  final double approxLow;
  final double approxHigh;
  final double vagueLow;
  final double vagueHigh;

  private NumberWords(Map<String, String> types, Map<String, Double> values) {
    this.types = Lookup.map(types);
    this.values = Lookup.map(values);
    this.approxLow = values.getOrDefault("approx.low", 0.8);
    this.approxHigh = values.getOrDefault("approx.high", 1.2);
    this.vagueLow = values.getOrDefault("vague.low", 2.0);
    this.vagueHigh = values.getOrDefault("vague.high", 9.0);
  }

  static NumberWords fromResources() {
    Map<String, String> types = new HashMap<>();
    Map<String, Double> values = new HashMap<>();
    for (String[] row : ResourceTable.read(NumberWords.class, "number-words.txt")) {
      if (row.length < 3) {
        continue;
      }
      types.put(row[0], row[1]);
      values.put(row[0], Double.parseDouble(row[2]));
    }
    return new NumberWords(types, values);
  }

  /** The type of a word, or null when it is no number word. */
  String type(String lower) {
    return types.get(lower);
  }

  /** The value of a word of the vocabulary (a fraction's in percent). */
  double value(String lower) {
    return values.get(lower);
  }

  boolean has(String lower) {
    return types.containsKey(lower);
  }

  /** True for a number word or a hyphenated compound made only of number words. */
  boolean isNumberWord(String lower) {
    String type = types.get(lower);
    if (type != null) {
      return isCountingType(type);
    }
    if (lower.indexOf('-') < 0) {
      return false;
    }
    for (String part : lower.split("-")) {
      if (part.equals("et")) {
        continue;
      }
      String pt = types.get(part);
      if (pt == null || !isCountingType(pt)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCountingType(String type) {
    return type.equals("unit") || type.equals("weak") || type.equals("hundred")
        || type.equals("thousand") || type.equals("mult");
  }

  /** A number written only in words ("cent vingt et un"), or empty. */
  OptionalDouble parseWords(String words) {
    List<Token> tokens = FrenchTokenizer.tokenize(words.strip());
    if (tokens.isEmpty()) {
      return OptionalDouble.empty();
    }
    WordNumber n = new WordNumber();
    for (Token t : tokens) {
      if (t.is("et")) {
        continue;
      }
      if (!t.isWord() || !isNumberWord(t.lower())) {
        return OptionalDouble.empty();
      }
      n.addWord(t.lower());
    }
    return OptionalDouble.of(n.value());
  }

  /** "de milliers", "de millions" after an approximate noun: the factor, and what it consumed. */
  double trailingMultiplier(List<Token> tk, int j, int to, int[] consumed) {
    if (j + 1 < to && (tk.get(j).is("de") || tk.get(j).is("d'"))) {
      String w = tk.get(j + 1).lower();
      if (w.equals("milliers")) {
        consumed[0] = j + 2;
        return 1000;
      }
      if (w.equals("millions") || w.equals("milliards")) {
        consumed[0] = j + 2;
        return values.get(w);
      }
    }
    consumed[0] = j;
    return 1;
  }

  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  /**
   * The value of a run of French number words, read left to right: units and tens add up
   * ("vingt-quatre"), "quatre-vingt" multiplies, "cent" multiplies what precedes it, "mille"
   * and the big multipliers close a group ("trois millions deux cent mille"). One instance
   * per run; not shared.
   */
  final class WordNumber {
    double total;
    double current;
    boolean onlyWeak = true;
    boolean multiplied;

    /** Adds one word, hyphenated parts included ("soixante-et-onze"). */
    void addWord(String word) {
      for (String part : word.split("-")) {
        if (!part.equals("et")) {
          addPart(part);
        }
      }
    }

    private void addPart(String part) {
      String type = types.get(part);
      double v = values.get(part);
      switch (type) {
        case "unit", "weak" -> {
          if ((part.equals("vingt") || part.equals("vingts")) && current % 100 == 4) {
            current = current - 4 + 80;
          } else {
            current += v;
          }
          onlyWeak &= type.equals("weak");
        }
        case "hundred" -> {
          current = (current == 0 ? 1 : current) * 100;
          onlyWeak = false;
        }
        default -> { // "mille" and the multipliers
          total += (current == 0 ? 1 : current) * (type.equals("thousand") ? 1000 : v);
          current = 0;
          onlyWeak = false;
          multiplied = true;
        }
      }
    }

    double value() {
      return total + current;
    }
  }
}
