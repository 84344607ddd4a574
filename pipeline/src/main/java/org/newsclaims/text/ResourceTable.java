package org.newsclaims.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the language-data resources under {@code src/main/resources}, with one
 * format for every table and word list:
 *
 * <ul>
 *   <li>UTF-8; each line is NFC-normalised before anything else;</li>
 *   <li>a line whose first non-blank character is {@code #} is a comment; blank lines (white
 *       space only, tabs included) are skipped;</li>
 *   <li>a line is a row of cells separated by TAB; each cell is stripped of surrounding white
 *       space; empty cells, trailing ones included, are kept, so a column keeps its position
 *       ({@code "a<TAB><TAB>c<TAB>"} has the four cells {@code a, "", c, ""}).</li>
 * </ul>
 *
 * <p>Each file's header comment says what its columns mean. The word-class files
 * ({@code class<TAB>word}) add one rule, read by {@link WordClasses}: a word {@code @name} stands
 * for the members of class {@code name}. Example:
 * {@code ResourceTable.read(UnitTable.class, "units.txt")} gives the rows of
 * {@code org/newsclaims/claims/units.txt}, such as {@code ["km2", "km2", "1"]}. A missing file
 * or a row with too few cells fails loudly at start-up.
 */
public final class ResourceTable {

  private ResourceTable() {}

  /** The rows of resource {@code name}, resolved next to {@code owner} (or absolute). */
  public static List<String[]> read(Class<?> owner, String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : rawLines(owner, name)) {
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The rows of a table whose every row must have at least {@code columns} cells. */
  public static List<String[]> read(Class<?> owner, String name, int columns) {
    List<String[]> rows = read(owner, name);
    for (String[] row : rows) {
      if (row.length < columns) {
        throw new IllegalStateException(name + ": expected " + columns + " columns in '"
            + String.join("\t", row) + "'");
      }
    }
    return rows;
  }

  /** The entries of a one-per-line word list: the first cell of each row, in file order. */
  public static List<String> words(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    for (String[] row : read(owner, name)) {
      out.add(row[0]);
    }
    return out;
  }

  /**
   * The non-comment lines of a resource, NFC-normalised and stripped, not split into cells:
   * for the few lists whose entries are phrases with their own inner syntax
   * ({@code role-synonyms.txt}: "a = b").
   */
  public static List<String> lines(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    for (String line : rawLines(owner, name)) {
      out.add(line.strip());
    }
    return out;
  }

  private static List<String> rawLines(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
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
        out.add(Normalizer.normalize(line, Normalizer.Form.NFC));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }
}
