package org.newsclaims.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated rule files of this package ({@code KIND<TAB>TEXT[<TAB>VALUE]}, with
 * {@code #} comment lines), as documented at the top of each file.
 */
final class RuleFile {

  private RuleFile() {}

  /** Returns the rows of a resource next to this class, each split on tabs. */
  static List<String[]> read(String resourceName) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RuleFile.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resourceName);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IllegalStateException(resourceName + ": expected KIND<TAB>TEXT in: " + line);
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
