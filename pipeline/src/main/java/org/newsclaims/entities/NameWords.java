package org.newsclaims.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsclaims.text.Folding;
import org.newsclaims.text.TokenStream;
import org.newsclaims.text.WordTable;

/**
 * The words of one article as the name rules see them: letters and digits with inner hyphens,
 * each with its fold ({@link Folding}), its capitalisation, whether it stands at a weak position
 * (sentence or quote opening, Title Case headline) and whether a dot follows it; and the
 * phrases built from them. The words are cut by the name rules (an elided article is a word of
 * its own without its apostrophe, "40km" one word), not as the article's {@link TokenStream}
 * cuts its tokens, but their strings and folds come from the stream's {@link WordTable}, which
 * the other readers of the article share.
 *
 * <p>Example: in "Le général Valéri Guérassimov", {@code phrase(1, 2)} is "general" and the
 * word "Valéri" is capitalised and not weak. One per article and thread (the country of each
 * word is looked up on first use).
 */
final class NameWords {

  /** Longest phrase of a word list (titles, roles, place triggers) tried, in words. */
  static final int MAX_PHRASE = 6;
  /** "M. Dupont", "Dr. House": a civility's dot joins it to the name. */
  private static final Set<String> CIVILITIES = org.newsclaims.text.WordClasses.of("civility");

  /** One word of the text. */
  record Tok(int start, int end, String text, String fold, boolean cap, boolean allCaps,
      boolean weak, boolean dot) {}

  /** {@link #countries} of a word not yet looked up. */
  private static final String UNKNOWN = new String("?");

  final String text;
  final List<Tok> toks;
  /** Per word: the country of its fold as a demonym, null for none, {@link #UNKNOWN} unread. */
  private final String[] countries;

  private NameWords(String text, List<Tok> toks) {
    this.text = text;
    this.toks = toks;
    this.countries = new String[toks.size()];
    java.util.Arrays.fill(countries, UNKNOWN);
  }

  /** {@link Gazetteer#country} of word {@code k}'s fold, read once per word. */
  String country(int k, Gazetteer gazetteer) {
    String c = countries[k];
    if (c == UNKNOWN) {
      c = gazetteer.country(toks.get(k).fold());
      countries[k] = c;
    }
    return c;
  }

  int size() {
    return toks.size();
  }

  Tok get(int k) {
    return toks.get(k);
  }

  /** Splits {@code text} into words. */
  static NameWords of(String text) {
    return of(TokenStream.of(text));
  }

  /** Splits the stream's text into words, folded through the stream. */
  static NameWords of(TokenStream stream) {
    String text = stream.text();
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n) {
        char c = text.charAt(i);
        if (isLetterOrDigit(c) || c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK) {
          i++;
        } else if ((c == '-' || c == '‑') && i + 1 < n
            && isLetterOrDigit(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      spans.add(new int[] {s, i});
    }
    boolean[] titleLine = titleCaseLines(text, spans);
    List<Tok> out = new ArrayList<>(spans.size());
    WordTable forms = stream.words();
    for (int k = 0; k < spans.size(); k++) {
      int s = spans.get(k)[0];
      int e = spans.get(k)[1];
      int id = forms.id(s, e);
      String w = forms.word(id);
      boolean cap = Character.isUpperCase(w.charAt(0));
      boolean allCaps = w.length() >= 2 && allLettersUpper(w);
      boolean dot = e < n && text.charAt(e) == '.';
      out.add(new Tok(s, e, w, forms.fold(id), cap, allCaps,
          titleLine[k] || weakPosition(text, s), dot));
    }
    return new NameWords(text, out);
  }

  /** {@link Character#isLetterOrDigit}, without its table look-up for ASCII (most of the text). */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' ? c <= 'z' : c >= 'A' ? c <= 'Z' : c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean allLettersUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word starts a sentence, a line, a quotation or follows a colon or a bracket. */
  private static boolean weakPosition(String text, int start) {
    int p = start - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p < 0) {
      return true;
    }
    char c = text.charAt(p);
    switch (c) {
      case '\n', '.', '!', '?', '…', ':', '«', '"', '“', '(', '—', '–', '[':
        return true;
      default:
        break;
    }
    return c == '-' && (p == 0 || Character.isWhitespace(text.charAt(p - 1)));
  }

  /**
   * Per word: whether its line is a Title Case headline: 3/4 of its longer words capitalised
   * and no full stop at its end (a body sentence full of names ends with one).
   */
  private static boolean[] titleCaseLines(String text, List<int[]> spans) {
    boolean[] out = new boolean[spans.size()];
    int lineFirst = 0;
    for (int k = 0; k <= spans.size(); k++) {
      boolean newLine = k == spans.size()
          || k > lineFirst && gapHasNewline(text, spans.get(k - 1)[1], spans.get(k)[0]);
      if (!newLine) {
        continue;
      }
      int words = 0;
      int caps = 0;
      for (int j = lineFirst; j < k; j++) {
        int s = spans.get(j)[0];
        int e = spans.get(j)[1];
        if (e - s >= 4 && Character.isLetter(text.charAt(s))) {
          words++;
          if (Character.isUpperCase(text.charAt(s))) {
            caps++;
          }
        }
      }
      if (words >= 3 && caps * 4 >= words * 3 && k > lineFirst
          && !endsSentence(text, spans.get(k - 1)[1])) {
        for (int j = lineFirst; j < k; j++) {
          out[j] = true;
        }
      }
      lineFirst = k;
    }
    return out;
  }

  /** Whether a sentence terminator follows {@code end} before the line ends. */
  private static boolean endsSentence(String text, int end) {
    for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (".!?…".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean gapHasNewline(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * The folded text of words {@code [from, to)}: the same as folding the substring, built from
   * the words' folds and their (punctuation and space) gaps, which need no decomposition.
   */
  String phrase(int from, int to) {
    StringBuilder sb = new StringBuilder(toks.get(from).fold());
    for (int k = from + 1; k < to; k++) {
      appendGap(sb, k);
      sb.append(toks.get(k).fold());
    }
    return sb.toString();
  }

  /** The folded gap between word {@code k - 1} and word {@code k}, as {@link #phrase} writes it. */
  private void appendGap(StringBuilder sb, int k) {
    boolean space = false;
    for (int c = toks.get(k - 1).end(); c < toks.get(k).start(); c++) {
      char ch = text.charAt(c);
      if (Character.isWhitespace(ch)) {
        space = true;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(ch == '’' || ch == 'ʼ' ? '\'' : Character.toLowerCase(ch));
    }
    if (space) {
      sb.append(' ');
    }
  }

  /** The text between two words. */
  String separator(Tok a, Tok b) {
    return text.substring(a.end(), b.start());
  }

  /** Whether the text between two words is {@code sep} (compared in place). */
  boolean separatorIs(Tok a, Tok b, String sep) {
    return b.start() - a.end() == sep.length() && text.startsWith(sep, a.end());
  }

  /** Whether the text between word {@code k - 1} and word {@code k} is {@code sep}. */
  boolean separatorBeforeIs(int k, String sep) {
    return separatorIs(toks.get(k - 1), toks.get(k), sep);
  }

  /** The text of words {@code [a, to)} as written. */
  String span(int a, int to) {
    return text.substring(toks.get(a).start(), toks.get(to - 1).end());
  }

  /** Whether two capitalised words belong to one name: one space, or an initial's dot. */
  boolean joined(Tok a, Tok b) {
    if (separatorIs(a, b, " ")) {
      return true;
    }
    boolean initial = a.text().length() == 1 || a.allCaps() && a.text().length() <= 3
        || CIVILITIES.contains(a.fold());
    return initial && (separatorIs(a, b, ". ") || separatorIs(a, b, "."));
  }

  /**
   * Start index of the longest phrase of {@code set} that ends right before word {@code at},
   * or -1; {@code ends} holds the words a phrase of the set can end with.
   */
  int phraseBefore(int at, Set<String> set, Set<String> ends) {
    if (at < 1 || !ends.contains(toks.get(at - 1).fold())) {
      return -1; // no phrase of the set ends with this word
    }
    int best = -1;
    String phrase = "";
    StringBuilder sb = new StringBuilder();
    for (int j = at - 1; j >= 0 && j >= at - MAX_PHRASE; j--) {
      // phrase(j, at), grown leftwards from phrase(j + 1, at): word j's fold and the gap after it
      sb.setLength(0);
      sb.append(toks.get(j).fold());
      if (j + 1 < at) {
        appendGap(sb, j + 1);
      }
      phrase = sb.append(phrase).toString();
      if (set.contains(phrase)) {
        best = j;
      }
      if (phrase.indexOf(',') >= 0 || phrase.indexOf('.') >= 0 || phrase.indexOf('\n') >= 0) {
        break;
      }
    }
    if (best >= 0 && !separatorBeforeIs(at, " ") && !separatorBeforeIs(at, "'")) {
      return -1;
    }
    return best;
  }

  /**
   * Whether a name after "role, " is an apposition: it is closed by a comma, a full stop or a
   * bracket ("le ministre de l'Intérieur, Ihor Klymenko, a estimé"), unlike "allié à la
   * présidente de la région, Manuel Valls affirme".
   */
  boolean closesApposition(int end) {
    return end >= text.length() || ",.;)\n".indexOf(text.charAt(end)) >= 0;
  }
}
