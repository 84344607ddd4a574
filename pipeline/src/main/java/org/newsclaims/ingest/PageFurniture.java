package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsclaims.text.ResourceTable;

/**
 * Recognises the parts of a news web page that are not the article: navigation, sharing
 * buttons, "Lire aussi" links, end-of-page blocks, newsletter and cookie notices, agency credit
 * lines, bylines and photo credits at the end of captions.
 *
 * <p>The patterns live in {@code furniture.txt} and {@code credits.txt} (formats documented
 * there). Example: {@code fromResources().classify("Lire aussi : un autre sujet", true)} is
 * {@link LineKind#DROP}; {@code stripCredits("Le président à Moscou, le 26 avril. KEYSTONE")}
 * gives {@code "Le président à Moscou, le 26 avril."}. Works line by line on normalised text
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

  /** A line with its credits removed, and the outlet named by a text credit (or null). */
  public record Stripped(String text, String outlet) {}

  private static final Pattern BREADCRUMB_SEPARATORS = Pattern.compile("[ >›»/|·,&]+");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[ /]+");
  private static final int MAX_PREFIX_LINE = 300;
  private static final int MAX_CREDIT_TAIL = 80;
  private static final int MAX_CREDIT_TOKENS = 8;

  private static final class Holder {
    static final PageFurniture INSTANCE = load();
  }

  private final Set<String> endMarkers;
  private final Set<String> dropLines;
  private final List<String> prefixes;
  private final List<String> links;
  private final Set<String> counters;
  private final Set<String> sections;
  private final Set<String> agencies;
  private final List<String> photoWords; // longest first
  private final Set<String> fillers;
  private final Set<String> withWords;
  private final List<String> reportage; // longest first
  private final List<String> bylines; // longest first

  private PageFurniture(List<List<String>> f) {
    endMarkers = Set.copyOf(f.get(0));
    dropLines = Set.copyOf(f.get(1));
    prefixes = List.copyOf(f.get(2));
    counters = Set.copyOf(f.get(3));
    sections = Set.copyOf(f.get(4));
    agencies = Set.copyOf(f.get(5));
    photoWords = longestFirst(f.get(6));
    fillers = Set.copyOf(f.get(7));
    withWords = Set.copyOf(f.get(8));
    reportage = longestFirst(f.get(9));
    bylines = longestFirst(f.get(10));
    links = List.copyOf(f.get(11));
  }

  /** The shared instance built from the package's resource files. */
  public static PageFurniture fromResources() {
    return Holder.INSTANCE;
  }

  private static PageFurniture load() {
    List<List<String>> f = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
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
        case "link" -> 11;
        default -> throw new IllegalStateException("furniture.txt: unknown kind " + row[0]);
      };
      f.get(slot).add(text);
    }
    for (String[] row : ResourceTable.read(PageFurniture.class, "credits.txt", 2)) {
      String text = row[1].strip().toLowerCase(Locale.ROOT);
      int slot = switch (row[0]) {
        case "agency" -> 5;
        case "photo" -> 6;
        case "filler" -> 7;
        case "with" -> 8;
        case "reportage" -> 9;
        case "byline" -> 10;
        default -> throw new IllegalStateException("credits.txt: unknown kind " + row[0]);
      };
      f.get(slot).add(text);
    }
    return new PageFurniture(f);
  }

  private static List<String> longestFirst(List<String> xs) {
    List<String> copy = new ArrayList<>(xs);
    copy.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(copy);
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

  /**
   * Reads a whole-line credit: agency lines ("Keystone-SDA ATS", "(AFP)", "Avec AFP et Reuters"),
   * reportage lines ("Reportage de CNN: noms") and bylines ("Par Jeanne Dupont"). Returns null
   * when the line is not a credit, else the outlet it names ("" when it names none).
   */
  public String creditLine(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String r : reportage) {
      if (lower.startsWith(r + " ")) {
        String rest = s.substring(r.length()).strip();
        int colon = rest.indexOf(':');
        String outlet = (colon >= 0 ? rest.substring(0, colon) : rest).strip();
        if (!outlet.isEmpty() && outlet.split(" ").length <= 5) {
          return outlet;
        }
      }
    }
    String inner = s;
    if (inner.startsWith("(") && inner.endsWith(")")) {
      inner = inner.substring(1, inner.length() - 1).strip();
    }
    String innerLower = inner.toLowerCase(Locale.ROOT);
    int w = 0;
    while (w < inner.length() && (Character.isLetter(inner.charAt(w)) || inner.charAt(w) == '\'')) {
      w++;
    }
    if (w > 0 && withWords.contains(innerLower.substring(0, w))) {
      int j = w;
      while (j < inner.length() && (inner.charAt(j) == ' ' || inner.charAt(j) == ':')) {
        j++;
      }
      if (j > w) {
        inner = inner.substring(j);
      }
    }
    if (isAgencyList(inner)) {
      return inner.strip();
    }
    if (isByline(s, lower)) {
      return "";
    }
    return null;
  }

  /** True when {@code s} is made only of agency names and fillers, with at least one agency. */
  private boolean isAgencyList(String s) {
    // the words between runs of [ /,], read without a regular expression
    String lower = s.toLowerCase(Locale.ROOT);
    int agencyCount = 0;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && isCreditSeparator(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isCreditSeparator(lower.charAt(i))) {
        i++;
      }
      if (i == start) {
        continue;
      }
      String tok = lower.substring(start, i);
      if (agencies.contains(tok)) {
        agencyCount++;
      } else if (!fillers.contains(tok)) {
        return false;
      }
    }
    return agencyCount > 0;
  }

  /** Separators of the words of a credit line: space, slash, comma. */
  private static boolean isCreditSeparator(char c) {
    return c == ' ' || c == '/' || c == ',';
  }

  private boolean isByline(String s, String lower) {
    if (s.endsWith(".") || s.endsWith("!") || s.endsWith("?")) {
      return false;
    }
    for (String b : bylines) {
      if (!lower.startsWith(b + " ")) {
        continue;
      }
      String[] names = s.substring(b.length()).strip().split(" ");
      if (names.length == 0 || names.length > 8) {
        return false;
      }
      for (String n : names) {
        if (n.isEmpty()) {
          continue;
        }
        boolean filler = fillers.contains(n.toLowerCase(Locale.ROOT)) || n.equals("à") || n.equals("de")
            || n.equals("et") || n.equals("avec");
        if (!filler && !Character.isUpperCase(n.codePointAt(0))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Removes credits that end or start a line and keeps its words: a photo credit after the last
   * sentence of a caption ("... le 26 avril 2025. KEYSTONE", "(Photo AFP)", "© Belga",
   * "Photo : Reuters"), a text credit at the end of a paragraph ("... a-t-il dit. (AFP)") and an
   * agency dateline at its start ("PÉKIN (AFP) - "). Text credits give the outlet; photo
   * credits do not (a photo from an agency does not make the article the agency's).
   */
  public Stripped stripCredits(String line) {
    String s = line.strip();
    String outlet = null;
    // leading dateline: "PARIS (AFP) - "
    int open = s.indexOf(" (");
    if (open > 0 && open < 40 && isUpperWords(s.substring(0, open))) {
      int close = s.indexOf(')', open);
      if (close > 0) {
        String agency = s.substring(open + 2, close).strip();
        int j = close + 1;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '-' || s.charAt(j) == '–'
            || s.charAt(j) == '—')) {
          j++;
        }
        if (isAgencyList(agency) && (j == s.length() || j > close + 2)) {
          outlet = agency;
          s = s.substring(j).strip();
        }
      }
    }
    for (int round = 0; round < 3 && !s.isEmpty(); round++) {
      int cut = -1;
      if (s.endsWith(")")) {
        int p = s.lastIndexOf('(');
        if (p >= 0 && s.length() - p <= MAX_CREDIT_TAIL) {
          String inside = s.substring(p + 1, s.length() - 1).strip();
          if (startsWithPhotoWord(inside)) {
            cut = p;
          } else if (isAgencyList(inside)) {
            cut = p;
            if (outlet == null) {
              outlet = inside;
            }
          }
        }
      }
      if (cut < 0) {
        cut = photoTail(s);
      }
      if (cut < 0) {
        break;
      }
      s = s.substring(0, cut).strip();
    }
    return new Stripped(s, outlet);
  }

  /** Start of a photo credit ending {@code s}, or -1. */
  private int photoTail(String s) {
    int tail = tailStart(s);
    if (s.length() - tail > MAX_CREDIT_TAIL) {
      return -1;
    }
    String t = s.substring(tail);
    // "© AFP", "Photo : Reuters / John Doe": anything short after a photo word
    int copy = t.indexOf('©');
    if (copy >= 0) {
      return tail + copy;
    }
    if (isPhotoCredit(t)) {
      return tail;
    }
    // "KEYSTONE", "AFP PHOTO / JOHN DOE": upper-case tokens with an agency among them
    String[] toks = NAME_SEPARATORS.split(t);
    if (toks.length == 0 || toks.length > MAX_CREDIT_TOKENS) {
      return -1;
    }
    boolean agency = false;
    for (String tok : toks) {
      if (tok.isEmpty()) {
        continue;
      }
      String lower = tok.toLowerCase(Locale.ROOT);
      if (agencies.contains(lower)) {
        agency = true;
      } else if (!isUpperToken(tok) && !photoWords.contains(lower) && !fillers.contains(lower)) {
        return -1;
      }
    }
    return agency ? tail : -1;
  }

  /** Index after the last sentence end (". ", "» ", ") " ...) of {@code s}, or 0. */
  private static int tailStart(String s) {
    for (int i = s.length() - 2; i >= 0; i--) {
      char c = s.charAt(i);
      if (s.charAt(i + 1) == ' ' && (c == '.' || c == '!' || c == '?' || c == '»' || c == '"'
          || c == '…' || c == ')')) {
        return i + 2;
      }
      if (s.length() - i > MAX_CREDIT_TAIL + 2) {
        break;
      }
    }
    return 0;
  }

  /**
   * "Photo : Reuters", "Photo AFP", "Crédit photo: Jeanne Dupont/Belga": a photo word then a
   * colon or slash, or only capitalised names. "Image de marque" is not a credit.
   */
  private boolean isPhotoCredit(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (String p : photoWords) {
      if (!lower.startsWith(p) || lower.length() > p.length() && Character.isLetter(lower.charAt(p.length()))) {
        continue;
      }
      String rest = t.substring(p.length()).strip();
      if (rest.isEmpty()) {
        return false;
      }
      if (rest.charAt(0) == ':' || rest.charAt(0) == '/') {
        return true;
      }
      String[] toks = NAME_SEPARATORS.split(rest);
      if (toks.length > MAX_CREDIT_TOKENS) {
        return false;
      }
      for (String tok : toks) {
        if (!tok.isEmpty() && !Character.isUpperCase(tok.codePointAt(0))
            && !fillers.contains(tok.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private boolean startsWithPhotoWord(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (String p : photoWords) {
      if (lower.startsWith(p) && (lower.length() == p.length()
          || !Character.isLetter(lower.charAt(p.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUpperToken(String tok) {
    boolean letter = false;
    for (int i = 0; i < tok.length(); i++) {
      char c = tok.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letter = true;
      } else if (c != '-' && c != '.' && c != '\'' && c != ':' && c != ',') {
        return false;
      }
    }
    return letter;
  }

  private static boolean isUpperWords(String s) {
    for (String tok : s.split(" ")) {
      if (!isUpperToken(tok)) {
        return false;
      }
    }
    return true;
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
