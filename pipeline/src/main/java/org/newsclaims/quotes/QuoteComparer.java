package org.newsclaims.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.newsclaims.attribution.SpeechLexicon;
import org.newsclaims.model.Quote;
import org.newsclaims.text.Folding;

/**
 * Aligns the quotes of one speaker across articles and describes how their wording differs.
 *
 * <p>Words are compared folded (lower case, no accents, œ as oe), and two words also count as
 * the same when their Jaro-Winkler similarity reaches {@value #WORD_SIMILARITY} and their lengths
 * differ by at most {@value #MAX_VARIANT_LENGTH_GAP} letters (spelling variants such as
 * "Oleksandr"/"Oleksandre", not "nation"/"nationale"). The similarity of two quotes is the share of the
 * shorter one's content words found, in order, in the longer one. A short partial quote
 * (« positions moins chères ») that shares fewer words is still aligned when it shares at least
 * one content word and its sentence shares several more with the other quote: outlets often
 * paraphrase around a short quoted fragment. A fragment of a single content word («économique») in
 * another story than the quote it is compared with is aligned only on that support: its sentence must share at least three of
 * {@value #CONTEXT_WORDS} more content words with the other quote's sentence. Pairs reaching
 * {@value #THRESHOLD} are kept.
 *
 * <p>Example: {@code new QuoteComparer().align(quotesOfSyrsky)} pairs "… vers des positions
 * plus favorables" (one article) with "positions moins chères" (another) and lists
 * {@code [plus, favorables]} against {@code [moins, chères]}. Stateless and thread-safe.
 */
public final class QuoteComparer {

  /** Minimum similarity for two quotes to render the same statement. */
  public static final double THRESHOLD = 0.6;

  static final double WORD_SIMILARITY = 0.92;

  /**
   * Spelling variants differ by a letter or two («Oleksandr»/«Oleksandre», «importants»/
   * «importantes»); a word that extends another by a suffix is another word («nation»/«nationale»,
   * whose Jaro-Winkler similarity, 0.93, rewards the shared prefix).
   */
  static final int MAX_VARIANT_LENGTH_GAP = 2;

  /** Quotes longer than this (in words) are compared on their first words only. */
  private static final int MAX_WORDS = 400;

  /** Longer short quotes are compared against the whole other quote (bounds the cost). */
  private static final int MAX_WINDOW_WORDS = 40;

  /** Shared sentence words that fully support a partial quote's single shared word. */
  private static final int CONTEXT_WORDS = 4;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** Function words ignored when measuring overlap ({@code stopwords.txt}, folded). */
  static final class Stopwords {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> out = new HashSet<>();
      for (String[] row : org.newsclaims.text.ResourceTable.read(QuoteComparer.class,
          "stopwords.txt")) {
        out.add(Folding.fold(row[0]));
      }
      return Set.copyOf(out);
    }
  }

  private final Set<String> stopwords;

  public QuoteComparer() {
    this.stopwords = Stopwords.WORDS;
  }

  /**
   * @param quotesOfOneSpeaker quotes already grouped by (canonical) speaker
   * @return one alignment per pair of quotes from different articles that render the same
   *     statement, in the order of the input
   */
  public List<QuoteAlignment> align(List<Quote> quotesOfOneSpeaker) {
    List<Words> words = new ArrayList<>();
    for (Quote q : quotesOfOneSpeaker) {
      words.add(Words.of(q.text()));
    }
    List<QuoteAlignment> out = new ArrayList<>();
    for (int i = 0; i < quotesOfOneSpeaker.size(); i++) {
      for (int j = i + 1; j < quotesOfOneSpeaker.size(); j++) {
        Quote a = quotesOfOneSpeaker.get(i);
        Quote b = quotesOfOneSpeaker.get(j);
        if (Objects.equals(a.article(), b.article())) {
          continue;
        }
        QuoteAlignment al = compare(a, words.get(i), b, words.get(j));
        if (al != null) {
          out.add(al);
        }
      }
    }
    return List.copyOf(out);
  }

  private QuoteAlignment compare(Quote a, Words wa, Quote b, Words wb) {
    if (wa.size() == 0 || wb.size() == 0) {
      return null;
    }
    boolean aShorter = contentCount(wa) <= contentCount(wb);
    Quote sq = aShorter ? a : b;
    Words s = aShorter ? wa : wb;
    Words l = aShorter ? wb : wa;
    // where in the longer quote the shorter one sits
    int from = 0;
    int to = l.size();
    if ((sq.partial() || (aShorter ? b : a).partial()) && s.size() <= MAX_WINDOW_WORDS) {
      int[] w = bestWindow(s, l);
      from = w[0];
      to = w[1];
    }
    boolean[][] matched = lcs(s, 0, s.size(), l, from, to);
    boolean[] sMatched = matched[0];
    boolean[] lMatched = matched[1];
    int content = 0;
    int contentMatched = 0;
    for (int k = 0; k < s.size(); k++) {
      if (!stopwords.contains(s.folded.get(k))) {
        content++;
        if (sMatched[k]) {
          contentMatched++;
        }
      }
    }
    double similarity;
    if (content == 0) {
      int m = 0;
      for (boolean x : sMatched) {
        m += x ? 1 : 0;
      }
      similarity = (double) m / s.size();
    } else {
      similarity = (double) contentMatched / content;
    }
    Quote lq = aShorter ? b : a;
    if (content <= 1 && sq.partial() && sq.sentence() != null && !sameStory(sq, lq)) {
      // «économique» in quotation marks in another story: one word is the same statement only
      // where the sentences around it say the same thing too
      Words around = lq.sentence() == null ? l : Words.of(lq.sentence());
      similarity = Math.min(similarity,
          Math.min(1.0, sharedContext(sq, s, around) / (double) CONTEXT_WORDS));
    } else if (similarity < THRESHOLD && sq.partial() && contentMatched > 0 && sq.sentence() != null) {
      double context = Math.min(1.0, sharedContext(sq, s, l) / (double) CONTEXT_WORDS);
      similarity = Math.max(similarity, 0.5 * similarity + 0.5 * context);
    }
    if (similarity < THRESHOLD) {
      return null;
    }
    List<String> sOnly = new ArrayList<>();
    for (int k = 0; k < s.size(); k++) {
      if (!sMatched[k]) {
        sOnly.add(s.original.get(k));
      }
    }
    List<String> lOnly = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!lMatched[k - from]) {
        lOnly.add(l.original.get(k));
      }
    }
    String sPassage = String.join(" ", s.original);
    String lPassage = String.join(" ", l.original.subList(from, to));
    double rounded = Math.round(similarity * 100.0) / 100.0;
    return aShorter
        ? new QuoteAlignment(a, b, rounded, sPassage, lPassage, sOnly, lOnly)
        : new QuoteAlignment(a, b, rounded, lPassage, sPassage, lOnly, sOnly);
  }

  private static boolean sameStory(Quote a, Quote b) {
    return a.story() != null && a.story().equals(b.story());
  }

  private int contentCount(Words w) {
    int n = 0;
    for (String f : w.folded) {
      if (!stopwords.contains(f)) {
        n++;
      }
    }
    return n;
  }

  /** Distinct content words of the partial quote's sentence, outside it, found in the other. */
  private int sharedContext(Quote partial, Words s, Words other) {
    Set<String> own = new HashSet<>(s.folded);
    Set<String> otherWords = new HashSet<>(other.folded);
    Set<String> shared = new HashSet<>();
    for (String f : Words.of(partial.sentence()).folded) {
      if (!own.contains(f) && !stopwords.contains(f) && otherWords.contains(f)) {
        shared.add(f);
      }
    }
    return shared.size();
  }

  /**
   * The stretch of {@code l}, as long as {@code s}, sharing most content words with it,
   * preferring a stretch that starts on a shared word; {@code [from, to)}.
   */
  private int[] bestWindow(Words s, Words l) {
    int len = Math.min(s.size(), l.size());
    int bestStart = 0;
    int bestScore = -1;
    for (int j = 0; j + len <= l.size(); j++) {
      int score = 0;
      for (int k = 0; k < s.size(); k++) {
        if (stopwords.contains(s.folded.get(k))) {
          continue;
        }
        for (int m = j; m < j + len; m++) {
          if (same(s.folded.get(k), l.folded.get(m))) {
            score += 2;
            break;
          }
        }
      }
      if (same(s.folded.get(0), l.folded.get(j))) {
        score++;
      }
      if (score > bestScore) {
        bestScore = score;
        bestStart = j;
      }
    }
    return new int[] {bestStart, bestStart + len};
  }

  /** Longest common subsequence of words; returns which words of each side it uses. */
  private static boolean[][] lcs(Words s, int sFrom, int sTo, Words l, int lFrom, int lTo) {
    int n = sTo - sFrom;
    int m = lTo - lFrom;
    int[][] dp = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        dp[i][j] = same(s.folded.get(sFrom + i), l.folded.get(lFrom + j))
            ? dp[i + 1][j + 1] + 1
            : Math.max(dp[i + 1][j], dp[i][j + 1]);
      }
    }
    boolean[] sm = new boolean[n];
    boolean[] lm = new boolean[m];
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (same(s.folded.get(sFrom + i), l.folded.get(lFrom + j))) {
        sm[i++] = true;
        lm[j++] = true;
      } else if (dp[i + 1][j] >= dp[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return new boolean[][] {sm, lm};
  }

  static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return a.length() >= 5 && b.length() >= 5
        && Math.abs(a.length() - b.length()) <= MAX_VARIANT_LENGTH_GAP
        && JARO_WINKLER.apply(a, b) >= WORD_SIMILARITY;
  }

  /** The words of a text, as written and folded. */
  private record Words(List<String> original, List<String> folded) {

    static Words of(String text) {
      List<String> orig = new ArrayList<>();
      List<String> fold = new ArrayList<>();
      int i = 0;
      int n = text.length();
      while (i < n && orig.size() < MAX_WORDS) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j))
            || (text.charAt(j) == '-' && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))))) {
          j++;
        }
        String w = text.substring(i, j);
        orig.add(w);
        fold.add(Folding.fold(w));
        i = j;
      }
      return new Words(orig, fold);
    }

    int size() {
      return original.size();
    }
  }
}
