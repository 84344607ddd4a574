package org.newsclaims.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the quotation marks of a text into quoted spans, one line (paragraph) at a time.
 *
 * <p>Understands « » (with or without inner spaces), “ ” and „ “, straight {@code "} (paired
 * left to right; an unpaired one opens only where it looks like an opening mark), and ‹ › and
 * ‘ ’ (or ‘ ... ' since normalised text has straight apostrophes) nested inside others. An
 * opening mark that never closes is bounded at the end of its line and flagged unclosed; a
 * mark left open inside a closing outer quote is treated as a stray mark. Only the outer
 * quotes and the quotes directly nested in them are reported, so the output stays linear in
 * the text length however many marks it holds.
 *
 * <p>Example: {@code scan("Il a dit « oui “ non ” ».")} gives the outer span "oui “ non ”"
 * (depth 0) and the nested span "non" (depth 1).
 */
final class QuoteMarkScanner {

  /**
   * One quoted span.
   *
   * @param open offset of the opening mark
   * @param start first character of the quoted text (spaces inside the marks skipped)
   * @param end end of the quoted text (exclusive)
   * @param close offset just after the closing mark, or {@code end} when unclosed
   * @param depth 0 for an outer quote, 1 for a quote nested in it
   * @param unclosed true when the opening mark never closes within its line
   * @param runsOn true for a paragraph of a quotation that goes on in the next paragraph and
   *     closes there or later (the opening paragraph and the ones between have no closing
   *     mark; {@code open} is the line start for the paragraphs after the first)
   */
  record Span(int open, int start, int end, int close, int depth, boolean unclosed,
      boolean runsOn) {

    Span(int open, int start, int end, int close, int depth, boolean unclosed) {
      this(open, start, end, close, depth, unclosed, false);
    }
  }

  /** Paragraphs a quotation may run over before its closing mark («A ¶ B ¶ C», a conclu X). */
  private static final int MAX_RUN_LINES = 4;

  private QuoteMarkScanner() {}

  private static final int MAX_REPORTED_DEPTH = 1;

  // kinds of opening marks: « ; “ or „ ; " ; ‹ or ‘
  private static final int GUILLEMETS = 0;
  private static final int CURLY = 1;
  private static final int STRAIGHT = 2;
  private static final int SINGLE = 3;

  /** Kind of an open mark kept on the stack: the char that opened it. */
  private record Open(char mark, int pos, int depth) {}

  static List<Span> scan(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineEnd(text, lineStart);
      char open = scanLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
      if (open != 0) {
        lineStart = runOn(text, open, lineStart, out);
      }
    }
    out.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::depth));
    return out;
  }

  private static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }

  /**
   * A quotation left open at a paragraph's end that closes at the start of a later one, the
   * paragraphs between holding no mark at all: French news writes a long statement so, with
   * one opening and one closing mark («A ¶ B ¶ C», a conclu X). The open span just emitted and
   * the paragraphs up to the closing mark become spans that run on; scanning goes on after
   * that mark. Returns where scanning resumes ({@code from} when nothing runs on).
   */
  private static int runOn(String text, char opener, int from, List<Span> out) {
    int line = from;
    List<int[]> between = new ArrayList<>();
    for (int k = 0; k < MAX_RUN_LINES && line < text.length(); k++) {
      int end = lineEnd(text, line);
      int mark = firstMark(text, line, end);
      if (mark < 0) {
        if (text.substring(line, end).isBlank()) {
          return from;
        }
        between.add(new int[] {line, end});
        line = end + 1;
        continue;
      }
      if (!closes(opener, text, mark, line, end)) {
        return from;
      }
      Span first = out.remove(out.size() - 1);
      out.add(new Span(first.open(), first.start(), first.end(), first.end(), 0, false, true));
      for (int[] b : between) {
        paragraph(text, b[0], b[1], b[1], true, out);
      }
      paragraph(text, line, mark, mark + 1, false, out);
      char open = scanLine(text, mark + 1, end, out);
      return open != 0 ? runOn(text, open, end + 1, out) : end + 1;
    }
    return from;
  }

  /** A paragraph of a quotation that runs over several: no opening mark of its own. */
  private static void paragraph(String text, int from, int to, int close, boolean runsOn,
      List<Span> out) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Span(from, s, e, close, 0, false, runsOn));
    }
  }

  private static int firstMark(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '"') {
        return i;
      }
    }
    return -1;
  }

  private static boolean closes(char opener, String text, int mark, int from, int to) {
    char c = text.charAt(mark);
    return switch (opener) {
      case '«' -> c == '»';
      case '“', '„' -> c == '”' || opener == '„' && c == '“';
      case '"' -> c == '"' && !looksOpening(text, mark, from, to);
      default -> false;
    };
  }

  /** Scans one line; returns the mark of an outer quote left open at its end, else 0. */
  private static char scanLine(String text, int from, int to, List<Span> out) {
    // stack of open marks; the count of each kind on the stack (indexed by kind()) makes
    // "is there an open X" O(1)
    ArrayList<Open> stack = new ArrayList<>();
    int[] open = new int[4];
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '«', '„', '‹', '‘' -> push(stack, c, i, open);
        case '»' -> {
          if (open[GUILLEMETS] > 0) {
            closeTo(text, stack, '«', i, out, open);
          }
        }
        case '“' -> {
          if (open[CURLY] > 0 && top(stack) == '„') {
            closeTo(text, stack, '„', i, out, open);
          } else {
            push(stack, c, i, open);
          }
        }
        case '”' -> {
          if (open[CURLY] > 0) {
            closeTo(text, stack, '“', i, out, open);
          }
        }
        case '"' -> {
          if (open[STRAIGHT] > 0) {
            closeTo(text, stack, '"', i, out, open);
          } else if (looksOpening(text, i, from, to)) {
            push(stack, c, i, open);
          }
        }
        case '›', '’' -> {
          if (open[SINGLE] > 0) {
            closeTo(text, stack, c == '›' ? '‹' : '‘', i, out, open);
          }
        }
        case '\'' -> {
          // after normalisation ’ is ', so ‘...' closes at an apostrophe not followed by a letter
          if (open[SINGLE] > 0 && top(stack) == '‘' && i > from
              && !Character.isWhitespace(text.charAt(i - 1))
              && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)))) {
            closeTo(text, stack, '‘', i, out, open);
          }
        }
        default -> { }
      }
    }
    // whatever is still open runs to the end of the line; report only the outermost
    if (!stack.isEmpty()) {
      Open bottom = stack.get(0);
      int before = out.size();
      emit(text, bottom, to, to, true, false, out);
      return out.size() > before && stack.size() == 1 ? bottom.mark : 0;
    }
    return 0;
  }

  private static char top(ArrayList<Open> stack) {
    return stack.isEmpty() ? 0 : stack.get(stack.size() - 1).mark;
  }

  private static void push(ArrayList<Open> stack, char mark, int pos, int[] open) {
    stack.add(new Open(mark, pos, stack.size()));
    open[kind(mark)]++;
  }

  /**
   * Closes the innermost open mark of kind {@code opener} at {@code closePos}; marks opened
   * after it and still open are dropped as strays. Amortised O(1): each mark is popped once.
   */
  private static void closeTo(String text, ArrayList<Open> stack, char opener, int closePos,
      List<Span> out, int[] counts) {
    while (!stack.isEmpty()) {
      Open o = stack.remove(stack.size() - 1);
      counts[kind(o.mark)]--;
      boolean matches = o.mark == opener || (opener == '“' && o.mark == '„');
      if (matches) {
        emit(text, o, closePos, closePos + 1, false, false, out);
        return;
      }
    }
  }

  /** The kind of an opening mark, as an index into the counts of open marks. */
  private static int kind(char mark) {
    return switch (mark) {
      case '«' -> GUILLEMETS;
      case '“', '„' -> CURLY;
      case '"' -> STRAIGHT;
      default -> SINGLE;
    };
  }

  private static void emit(String text, Open o, int textEnd, int close, boolean unclosed,
      boolean runsOn, List<Span> out) {
    if (o.depth > MAX_REPORTED_DEPTH) {
      return;
    }
    int s = o.pos + 1;
    int e = textEnd;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s) {
      return;
    }
    out.add(new Span(o.pos, s, e, close, o.depth, unclosed, runsOn));
  }

  /** A straight quote opens where it follows a space, a line start or an opening sign. */
  private static boolean looksOpening(String text, int i, int from, int to) {
    if (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (i == from) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || p == '(' || p == '[' || p == ':' || p == '—'
        || p == '–' || p == '-' || p == '«' || p == '“' || p == '\'' || p == '/';
  }
}
