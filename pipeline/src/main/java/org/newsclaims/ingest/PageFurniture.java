package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;

/**
 * Recognises the lines of a news web page that are not the article: navigation, sharing
 * buttons, "Lire aussi" links, end-of-page blocks, newsletter and cookie notices (credits and
 * bylines: {@link CreditLines}).
 *
 * <p>The patterns live in {@code furniture.txt} (format documented there). Example:
 * {@code fromResources().classify("Lire aussi : un autre sujet", true)} is
 * {@link LineKind#DROP}. Works line by line on normalised text
 * ({@link org.newsclaims.text.TextNormaliser}); every method is linear in the line length.
 * Immutable and thread-safe.
 */
public final class PageFurniture {

  /** What to do with a line. */
  public enum LineKind {
    /** Part of the article. */
    KEEP,
    /** Furniture: drop this line only. */
    DROP,
    /** A bare link heading ("Lire aussi"): drop it and the linked headline on the next line. */
    DROP_WITH_NEXT,
    /** End-of-page marker: drop this line and everything after it. */
    END
  }

  private static final Pattern BREADCRUMB_SEPARATORS = Pattern.compile("[ >›»/|·,&]+");
  private static final int MAX_PREFIX_LINE = 300;

  private static final class Holder {
    static final PageFurniture INSTANCE = load();
  }

  private final Set<String> endMarkers;
  private final Set<String> dropLines;
  private final List<String> prefixes;
  private final List<String> links;
  private final Set<String> counters;
  private final Set<String> sections;

  private PageFurniture(List<List<String>> f) {
    endMarkers = Lookup.set(f.get(0));
    dropLines = Lookup.set(f.get(1));
    prefixes = List.copyOf(f.get(2));
    counters = Lookup.set(f.get(3));
    sections = Lookup.set(f.get(4));
    links = List.copyOf(f.get(5));
  }

  /** The shared instance built from the package's resource files. */
  public static PageFurniture fromResources() {
    return Holder.INSTANCE;
  }

  private static PageFurniture load() {
    List<List<String>> f = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      f.add(new ArrayList<>());
    }
    for (String[] row : ResourceTable.read(PageFurniture.class, "furniture.txt", 2)) {
      String text = key(row[1]);
      int slot = switch (row[0]) {
        case "end" -> 0;
        case "line" -> 1;
        case "prefix" -> 2;
        case "counter" -> 3;
        case "section" -> 4;
        case "link" -> 5;
        default -> throw new IllegalStateException("furniture.txt: unknown kind " + row[0]);
      };
      f.get(slot).add(text);
    }
    return new PageFurniture(f);
  }

  /**
   * Classifies one line. {@code bodyStarted} says whether article text was already seen: end
   * markers only end the article after some of it (a "À la une" above the headline is just
   * dropped), and a lone section word is only a breadcrumb above the headline.
   */
  public LineKind classify(String line, boolean bodyStarted) {
    String k = key(line);
    if (k.isEmpty()) {
      return LineKind.KEEP;
    }
    if (endMarkers.contains(k)) {
      return bodyStarted ? LineKind.END : LineKind.DROP;
    }
    if (isCounter(k)) {
      return bodyStarted ? LineKind.END : LineKind.DROP;
    }
    if (dropLines.contains(k)) {
      return LineKind.DROP;
    }
    if (line.length() < MAX_PREFIX_LINE) {
      for (String p : links) {
        if (k.equals(p)) {
          return LineKind.DROP_WITH_NEXT;
        }
        if (k.startsWith(p) && !Character.isLetter(k.charAt(p.length()))) {
          return LineKind.DROP;
        }
      }
      for (String p : prefixes) {
        if (k.startsWith(p) && (k.length() == p.length() || !Character.isLetter(k.charAt(p.length())))) {
          return LineKind.DROP;
        }
      }
    }
    if (isBreadcrumb(k, bodyStarted)) {
      return LineKind.DROP;
    }
    return LineKind.KEEP;
  }

  /** "Commentaires (12)", "12 commentaires", "Kommentare (0)". */
  private boolean isCounter(String k) {
    String t = k;
    int paren = t.lastIndexOf('(');
    if (paren > 0 && t.endsWith(")") && isDigits(t.substring(paren + 1, t.length() - 1))) {
      t = t.substring(0, paren).strip();
    } else {
      int sp = t.indexOf(' ');
      if (sp > 0 && isDigits(t.substring(0, sp))) {
        t = t.substring(sp + 1).strip();
      } else {
        return false; // a bare "commentaires" is left to the line rules
      }
    }
    return counters.contains(t);
  }

  private boolean isBreadcrumb(String k, boolean bodyStarted) {
    if (k.length() > 80) {
      return false;
    }
    int words = 0;
    for (String tok : BREADCRUMB_SEPARATORS.split(k)) {
      if (tok.isEmpty() || tok.equals("-") || tok.equals("–")) {
        continue;
      }
      if (!sections.contains(tok)) {
        return false;
      }
      words++;
    }
    return words >= 2 && words <= 8 || words == 1 && !bodyStarted;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The comparison key of a line: lower case, single spaces, no bullets or final colon/dots. */
  static String key(String line) {
    // one pass over the lower-cased line: ’ read as ', no-break space as space, the ends trimmed
    // of spaces, bullets and arrows (start) and of spaces and stops (end), inner runs of white
    // space made one space
    String s = line.toLowerCase(Locale.ROOT);
    int start = 0;
    int end = s.length();
    while (start < end && (Character.isWhitespace(keyChar(s.charAt(start)))
        || "•->*■►▶→".indexOf(keyChar(s.charAt(start))) >= 0)) {
      start++;
    }
    while (end > start && (Character.isWhitespace(keyChar(s.charAt(end - 1)))
        || ":.…".indexOf(keyChar(s.charAt(end - 1))) >= 0)) {
      end--;
    }
    StringBuilder b = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = keyChar(s.charAt(i));
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(c);
    }
    return b.toString();
  }

  private static char keyChar(char c) {
    return c == '\u2019' ? '\'' : c == '\u00A0' ? ' ' : c;
  }
}
