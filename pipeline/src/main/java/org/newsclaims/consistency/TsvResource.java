package org.newsclaims.consistency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated resource file of this package, skipping {@code #} comments and blank lines. */
final class TsvResource {

  private TsvResource() {}

  static List<String[]> rows(String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < columns) {
          throw new IllegalStateException(name + ":" + number + ": expected " + columns + " columns");
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
