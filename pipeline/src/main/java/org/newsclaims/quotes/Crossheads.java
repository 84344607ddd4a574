package org.newsclaims.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsclaims.model.Quote;
import org.newsclaims.text.Folding;

/**
 * Quoted crossheads: a line that is nothing but a short quotation ({@code «Hypocrites»}
 * between two paragraphs) heads the section below it and repeats words of a statement quoted
 * there. Its speaker is the speaker of the quote below, before the next crosshead, that shares
 * most content words with it (compared on their first {@value #PREFIX} letters, so "ficher"
 * meets "fiche" and "hypocrites" meets "hypocrisie"); with no such quote it stays unattributed.
 * Method {@code heading}. A crosshead whose speaker a cue of its own gave keeps it.
 *
 * <p>Example: {@code «Pas question de ficher les homosexuels»↵ … il «n'a jamais été question
 * … d'écrire sur une fiche que quelqu'un est homosexuel», précise Paul Roux} gives the heading
 * to Paul Roux.
 */
final class Crossheads {

  static final String HEADING = "heading";
  /** Longest crosshead, in words. */
  private static final int MAX_WORDS = 12;
  /** How far below the crosshead (characters) its quote may be. */
  private static final int REACH = 3_000;
  private static final int PREFIX = 5;
  private static final int MIN_WORD = 4;
  private static final double FACTOR = 0.8;

  private Crossheads() {}

  /** The quotes with their crossheads attributed, in the same order. */
  static List<Quote> attribute(String text, List<Quote> quotes) {
    List<Integer> heads = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      if (isCrosshead(text, quotes.get(i))) {
        heads.add(i);
      }
    }
    if (heads.isEmpty()) {
      return quotes;
    }
    List<Quote> out = new ArrayList<>(quotes);
    for (int h = 0; h < heads.size(); h++) {
      Quote head = quotes.get(heads.get(h));
      if (!decidedByNoCue(head)) {
        continue;
      }
      int until = h + 1 < heads.size() ? quotes.get(heads.get(h + 1)).start()
          : Integer.MAX_VALUE;
      Set<String> words = contentWords(head.text());
      Quote best = null;
      int bestShared = 0;
      for (Quote q : quotes) {
        if (q.start() <= head.end() || q.start() >= until || q.start() - head.end() > REACH
            || q.inTitle() || q.speaker() == null || q.confidence() < 0.5) {
          continue;
        }
        int shared = shared(words, contentWords(q.text()));
        if (shared > bestShared || shared == bestShared && shared > 0 && q.start() < best.start()) {
          best = q;
          bestShared = shared;
        }
      }
      if (best != null) {
        out.set(heads.get(h), new Quote(head.article(), head.text(), best.speaker(),
            best.speakerMention(), null, HEADING, Math.round(best.confidence() * FACTOR * 100.0)
            / 100.0, head.partial(), head.unclosed(), head.sentence(), head.start(), head.end(),
            best.speakerId(), false, best.speakerType()));
      }
    }
    return List.copyOf(out);
  }

  /** True when no cue of the quote's own gave its speaker (a continuation is re-read). */
  private static boolean decidedByNoCue(Quote q) {
    return q.speaker() == null || q.cue() == null && "continuation".equals(q.method());
  }

  /**
   * A short quote alone on its line, between two lines, not ending its words with a full stop
   * (a paragraph quoting one full sentence is a statement, not a heading).
   */
  static boolean isCrosshead(String text, Quote q) {
    if (q.inTitle() || q.start() < 0 || q.end() > text.length() || q.start() >= q.end()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
    int lineEnd = text.indexOf('\n', q.end());
    if (lineStart == 0 || lineEnd < 0 || text.substring(lineEnd).isBlank()) {
      return false;
    }
    if (!onlyMarks(text, lineStart, q.start()) || !onlyMarks(text, q.end(), lineEnd)) {
      return false;
    }
    String words = q.text().strip();
    if (words.isEmpty() || words.endsWith(".") || words.split("\\s+").length > MAX_WORDS) {
      return false;
    }
    return true;
  }

  /** Only blanks and quotation marks in [from, to). */
  private static boolean onlyMarks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '«' && c != '»' && c != '"' && c != '“'
          && c != '”' && c != '\u00a0' && c != '\u202f') {
        return false;
      }
    }
    return true;
  }

  private static Set<String> contentWords(String s) {
    Set<String> out = new HashSet<>();
    for (String w : Folding.fold(s).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= MIN_WORD && !QuoteComparer.Stopwords.WORDS.contains(w)) {
        out.add(w.length() > PREFIX ? w.substring(0, PREFIX) : w);
      }
    }
    return out;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      n += b.contains(w) ? 1 : 0;
    }
    return n;
  }
}
