package org.newsclaims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits normalised French text into sentences.
 *
 * <p>A sentence ends at a line break, or at {@code . ! ? …} followed by a space and something
 * that can start a sentence (an upper-case letter, a digit, an opening quote or a dash), with
 * closing quotes and brackets kept in the sentence. It does not end after common
 * abbreviations ({@code M.}, {@code Mme.}, {@code Dr.}, {@code av.}, {@code etc.} followed by a
 * lower-case word), after a single initial ({@code J. Biden}), inside numbers ({@code 1.100},
 * {@code 1,5}) or at the {@code (...)} that marks a cut in a quotation.
 *
 * <p>Example: {@code split("M. Poutine a parlé. Il a dit « oui ». Fin")} gives three spans.
 * Linear in the length of the text.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = WordClasses.of("abbreviation");

  private SentenceSplitter() {}

  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        // keep runs of terminators and "..." together
        while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!'
            || text.charAt(end) == '?' || text.charAt(end) == '…')) {
          end++;
        }
        // closing quotes / brackets belong to the sentence
        while (end < n && isCloser(text.charAt(end))) {
          end++;
        }
        // a space before a closing French quote: ". »"
        if (end + 1 < n && text.charAt(end) == ' ' && text.charAt(end + 1) == '»') {
          end += 2;
        }
        if (end >= n) {
          i = end;
          continue;
        }
        if (text.charAt(end) == ' ' && isBoundary(text, start, i, end)) {
          add(out, text, start, end);
          start = end + 1;
          i = end + 1;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isCloser(char c) {
    return c == '»' || c == '"' || c == '”' || c == ')' || c == ']' || c == '›' || c == '\'';
  }

  /** Decides whether the terminator at {@code dot} (text resumes after {@code space}) ends a sentence. */
  private static boolean isBoundary(String text, int sentenceStart, int dot, int space) {
    int next = space + 1;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    if (dot > sentenceStart && (text.charAt(dot - 1) == '(' || text.charAt(dot - 1) == '[')) {
      return false; // "(...)" or "[...]": a cut in a quotation, the quotation goes on
    }
    char after = text.charAt(next);
    boolean startsSentence = Character.isUpperCase(after) || Character.isDigit(after)
        || after == '«' || after == '"' || after == '“' || after == '-' || after == '—'
        || after == '–' || after == '(' || after == '[';
    if (!startsSentence) {
      return false;
    }
    if (text.charAt(dot) != '.') {
      return true;
    }
    // the word just before the dot
    int w = dot;
    while (w > sentenceStart && Character.isLetterOrDigit(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. Biden", "M. Poutine"
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
