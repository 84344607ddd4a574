package org.newsclaims.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the documented resource files of this package (UTF-8, '#' comment lines). */
final class Lexicon {

  private Lexicon() {}

  /** The non-comment, non-blank lines of a resource, split on tabs (trailing empty columns kept). */
  static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      out.add(line.split("\t", -1));
    }
    return out;
  }

  /** One lower-case entry per line. */
  static Set<String> words(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(resource)) {
      out.add(line.trim().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.strip().equals(line) ? line : stripRight(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }

  private static String stripRight(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }
}
