package org.newsclaims.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a TAB-separated resource next to a class, skipping blank and {@code #} lines. */
public final class ResourceTable {

  private ResourceTable() {}

  /** The rows of resource {@code name} next to {@code owner}, cells stripped. */
  public static List<String[]> read(Class<?> owner, String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + owner);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
