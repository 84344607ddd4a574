package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsclaims.text.Lookup;
import org.newsclaims.text.ResourceTable;

/**
 * Recognises the credits of a news page: agency credit lines ("Keystone-SDA ATS", "(AFP)"),
 * reportage lines and bylines, agency datelines at the start of a paragraph and photo or text
 * credits at the end of a caption or paragraph.
 *
 * <p>The words live in {@code credits.txt} (format documented there). Example:
 * {@code fromResources().stripCredits("Le président à Moscou, le 26 avril. KEYSTONE")} gives
 * {@code "Le président à Moscou, le 26 avril."}; {@code creditLine("(AFP)")} is {@code "AFP"}.
 * Works line by line on normalised text ({@link org.newsclaims.text.TextNormaliser}); every
 * method is linear in the line length. Immutable and thread-safe.
 */
public final class CreditLines {

  /** A line with its credits removed, and the outlet named by a text credit (or null). */
  public record Stripped(String text, String outlet) {}

  private static final Pattern NAME_SEPARATORS = Pattern.compile("[ /]+");
  private static final int MAX_CREDIT_TAIL = 80;
  private static final int MAX_CREDIT_TOKENS = 8;

  private static final class Holder {
    static final CreditLines INSTANCE = load();
  }

  private final Set<String> agencies;
  private final List<String> photoWords; // longest first
  private final Set<String> fillers;
  private final Set<String> withWords;
  private final List<String> reportage; // longest first
  private final List<String> bylines; // longest first
  private final Set<String> bylineWords;

  private CreditLines(List<List<String>> f) {
    agencies = Lookup.set(f.get(0));
    photoWords = longestFirst(f.get(1));
    fillers = Lookup.set(f.get(2));
    withWords = Lookup.set(f.get(3));
    reportage = longestFirst(f.get(4));
    bylines = longestFirst(f.get(5));
    bylineWords = Lookup.set(f.get(6));
  }

  /** The shared instance built from the package's {@code credits.txt}. */
  public static CreditLines fromResources() {
    return Holder.INSTANCE;
  }

  private static CreditLines load() {
    List<List<String>> f = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      f.add(new ArrayList<>());
    }
    for (String[] row : ResourceTable.read(CreditLines.class, "credits.txt", 2)) {
      String text = row[1].strip().toLowerCase(Locale.ROOT);
      int slot = switch (row[0]) {
        case "agency" -> 0;
        case "photo" -> 1;
        case "filler" -> 2;
        case "with" -> 3;
        case "reportage" -> 4;
        case "byline" -> 5;
        case "byline-word" -> 6;
        default -> throw new IllegalStateException("credits.txt: unknown kind " + row[0]);
      };
      f.get(slot).add(text);
    }
    return new CreditLines(f);
  }

  private static List<String> longestFirst(List<String> xs) {
    List<String> copy = new ArrayList<>(xs);
    copy.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(copy);
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
        boolean filler = fillers.contains(n.toLowerCase(Locale.ROOT)) || bylineWords.contains(n);
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
}
