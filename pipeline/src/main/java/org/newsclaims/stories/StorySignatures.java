package org.newsclaims.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.ingest.DateHeader;
import org.newsclaims.model.Article;
import org.newsclaims.text.Folding;

/**
 * Builds an article's {@link ArticleSignature}: its content words and names weighted by where
 * they stand, and a sample of its 8-word shingles.
 *
 * <p>Weights: a headline word counts {@value #TITLE_WEIGHT}, a word of the lede (first
 * {@value #LEDE_WORDS} words) {@value #LEDE_WEIGHT}, a word of the rest of the first half 1,
 * and a word of the second half {@value #SECOND_HALF_WEIGHT}, so that an unrelated piece
 * appended after the article («Lire aussi», a second story) does not pull it into another
 * story. Names (words written with a capital inside a sentence more often than without) count
 * {@value #NAME_WEIGHT} times. General words ({@link StoryLexicon}) and words of fewer than
 * three letters are left out. A term's weight is {@code ln(1 + sum of its weights)}.
 *
 * <p>Example: {@code StorySignatures.fromResources().of(article)}. Linear in the article's
 * length; thread-safe.
 */
public final class StorySignatures {

  static final double TITLE_WEIGHT = 3.0;
  static final double LEDE_WEIGHT = 2.0;
  static final int LEDE_WORDS = 50;
  static final double SECOND_HALF_WEIGHT = 0.4;
  static final double NAME_WEIGHT = 1.5;
  /** Terms kept per article: enough for cosine similarity, small enough to gather 1M of them. */
  static final int MAX_TERMS = 60;
  static final int MAX_NAMES = 12;
  /** All-capital words up to this length may be names (CGT, UMP, Farc as FARC). */
  static final int MAX_ACRONYM = 5;
  /** Shingle length in words: a run of 8 words in common is rarely a coincidence. */
  public static final int SHINGLE_WORDS = 8;
  /** One shingle in this many is kept (those whose hash is a multiple of it). */
  public static final int SAMPLE_EVERY = 4;
  static final int MAX_SHINGLES = 256;

  private static final StorySignatures INSTANCE = new StorySignatures(StoryLexicon.fromResources());

  private final StoryLexicon lexicon;

  private StorySignatures(StoryLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static StorySignatures fromResources() {
    return INSTANCE;
  }

  /** A word of the text: where it starts, and whether it opens a sentence. */
  private record Word(String text, boolean sentenceStart) {}

  public ArticleSignature of(Article article) {
    List<Word> title = words(article.title() == null ? "" : article.title());
    List<Word> body = words(article.text() == null ? "" : article.text());
    Map<String, double[]> weights = new HashMap<>(); // term -> {weight, capitalised mid-sentence, lower case}
    Map<String, String> display = new HashMap<>();
    add(title, 0, title.size(), i -> TITLE_WEIGHT, weights, display);
    int n = body.size();
    add(body, 0, n, i -> i < LEDE_WORDS ? LEDE_WEIGHT : i < n / 2 ? 1.0 : SECOND_HALF_WEIGHT, weights, display);
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    List<Map.Entry<String, Double>> names = new ArrayList<>();
    for (Map.Entry<String, double[]> e : weights.entrySet()) {
      double[] w = e.getValue();
      boolean name = w[1] > w[2];
      double score = Math.log1p(w[0] * (name ? NAME_WEIGHT : 1.0));
      scored.add(Map.entry(e.getKey(), score));
      if (name) {
        names.add(Map.entry(display.get(e.getKey()), score));
      }
    }
    Comparator<Map.Entry<String, Double>> best = Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey());
    scored.sort(best);
    names.sort(best);
    List<String> terms = new ArrayList<>();
    List<Double> termWeights = new ArrayList<>();
    for (Map.Entry<String, Double> e : scored.subList(0, Math.min(MAX_TERMS, scored.size()))) {
      terms.add(e.getKey());
      termWeights.add(Math.round(e.getValue() * 1000) / 1000.0);
    }
    List<String> nameList = new ArrayList<>();
    for (Map.Entry<String, Double> e : names.subList(0, Math.min(MAX_NAMES, names.size()))) {
      nameList.add(e.getKey());
    }
    return new ArticleSignature(article.article(), article.published(), article.outlet(), article.title(),
        List.copyOf(terms), List.copyOf(termWeights), List.copyOf(nameList), shingles(body), n, dateline(article));
  }

  /**
   * The month-day of a dateline (or a deictic lede date, «ce mardi 12 mars») without a year, for
   * an article the metadata does not date to the day.
   */
  private static String dateline(Article article) {
    if (article.published() != null && article.published().length() >= 10) {
      return null;
    }
    DateHeader dates = DateHeader.fromResources();
    DateHeader.Dateline d = dates.readDateline(article.text());
    if (d == null) {
      d = dates.readLedeDate(article.text());
    }
    return d == null || d.hasYear() ? null : d.iso();
  }

  private interface Position {
    double weight(int index);
  }

  private void add(List<Word> words, int from, int to, Position position, Map<String, double[]> weights,
      Map<String, String> display) {
    for (int i = from; i < to; i++) {
      Word w = words.get(i);
      String text = w.text();
      if (text.length() < 3 || !Character.isLetter(text.charAt(0))) {
        continue;
      }
      String term = StoryLexicon.term(text);
      if (lexicon.isGeneral(term)) {
        continue;
      }
      double[] acc = weights.computeIfAbsent(term, k -> new double[3]);
      acc[0] += position.weight(i);
      boolean capital = Character.isUpperCase(text.charAt(0));
      if (!capital || (text.length() > MAX_ACRONYM && text.equals(text.toUpperCase(java.util.Locale.ROOT)))) {
        // an all-capitals word longer than an acronym is a shouted heading («MISSION»)
        acc[2]++;
      } else if (!w.sentenceStart()) {
        acc[1]++;
        display.putIfAbsent(term, text);
      }
    }
  }

  /**
   * The sampled shingle hashes of the body: every run of {@value #SHINGLE_WORDS} words
   * (folded, numbers included) hashed; those that are a multiple of {@value #SAMPLE_EVERY}
   * kept, at most {@value #MAX_SHINGLES} (the smallest), sorted.
   */
  static List<Long> shingles(List<Word> body) {
    int n = body.size();
    if (n < SHINGLE_WORDS) {
      return List.of();
    }
    long[] wordHashes = new long[n];
    for (int i = 0; i < n; i++) {
      wordHashes[i] = mix(Folding.fold(body.get(i).text()).hashCode());
    }
    List<Long> kept = new ArrayList<>();
    for (int i = 0; i + SHINGLE_WORDS <= n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE_WORDS; j++) {
        h = mix(h * 31 + wordHashes[j]);
      }
      if (Math.floorMod(h, SAMPLE_EVERY) == 0) {
        kept.add(h);
      }
    }
    List<Long> sorted = kept.stream().distinct().sorted().toList();
    return sorted.size() > MAX_SHINGLES ? sorted.subList(0, MAX_SHINGLES) : sorted;
  }

  /** A 64-bit finaliser (MurmurHash3's fmix64): spreads the bits of a string hash. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb93fe53a4ec3L;
    k ^= k >>> 33;
    return k;
  }

  /**
   * Splits a text into words (letters, digits and inner hyphens; an apostrophe ends a word, so
   * «l'armée» gives «l» and «armée»), marking the words that open a sentence, a line or a
   * quotation (their capital says nothing about being a name).
   */
  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    boolean start = true;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j))
            || (text.charAt(j) == '-' && j + 1 < n && Character.isLetter(text.charAt(j + 1))))) {
          j++;
        }
        out.add(new Word(text.substring(i, j), start));
        start = false;
        i = j;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '\n' || c == '«' || c == '"'
          || c == '“' || c == '(' || c == '-' && i + 1 < n && text.charAt(i + 1) == ' ') {
        start = true;
      }
      i++;
    }
    return out;
  }
}
