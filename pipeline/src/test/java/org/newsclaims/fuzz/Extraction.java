package org.newsclaims.fuzz;

import org.newsclaims.analysis.Analysis;
import org.newsclaims.analysis.ArticleAnalyser;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.text.SentenceSplitter;
import org.newsclaims.text.Span;
import org.newsclaims.text.TextNormaliser;

/**
 * Every stage a text goes through, from bytes to claims, with the invariants that must hold on
 * any input: no exception, offsets inside the text, sentences in order. Shared by the
 * property-based tests and the Jazzer fuzz targets; the analysis is the product's own
 * ({@link ArticleAnalyser}), built once.
 */
public final class Extraction {

  private static final class Holder {
    static final Extraction INSTANCE = new Extraction();
  }

  private final ArticleAnalyser analyser = ArticleAnalyser.fromResources();

  private Extraction() {}

  public static Extraction get() {
    return Holder.INSTANCE;
  }

  /** Normalises and splits; checks the normaliser is idempotent and the spans are ordered. */
  public static String normaliseAndSplit(String raw) {
    String normal = TextNormaliser.normalise(raw);
    check(TextNormaliser.normalise(normal).equals(normal), "normalise is not idempotent");
    int last = 0;
    for (Span s : SentenceSplitter.split(normal)) {
      check(s.start() >= last && s.start() <= s.end() && s.end() <= normal.length(),
          "sentence span " + s + " out of order or bounds (length " + normal.length() + ")");
      last = s.end();
    }
    return normal;
  }

  /** Decodes bytes as a file would be; when they decode, parses and extracts from them. */
  public void fromBytes(byte[] bytes) {
    ArticleDecoder.Decoded decoded = ArticleDecoder.decode("fuzz.txt", bytes);
    check(decoded.ok() == (decoded.text() != null), "decoded has both or neither text and reason");
    if (decoded.ok()) {
      fromText(decoded.text());
    }
  }

  /** Parses a file's text as an article, normalises it and analyses it as the pipeline does. */
  public void fromText(String text) {
    normaliseAndSplit(text);
    Article article = ArticleParser.parse("fuzz.txt", text);
    if (article != null) {
      extract(analyser.normalise(article));
    }
  }

  /** Runs the per-article analysis on an article whose text is given as is. */
  public void extract(Article article) {
    int n = article.text().length();
    int title = article.title() == null ? 0 : article.title().length();
    Analysis found = analyser.analyse(article);
    for (EntityMention m : found.mentions()) {
      check(0 <= m.start() && m.start() <= m.end() && m.end() <= n, "mention out of bounds: " + m);
    }
    for (Quote q : found.quotes()) {
      int limit = q.inTitle() ? title : n;
      check(0 <= q.start() && q.start() <= q.end() && q.end() <= limit, "quote out of bounds: " + q);
    }
    for (Claim c : found.claims()) {
      check(0 <= c.start() && c.start() <= c.end() && c.end() <= n, "claim out of bounds: " + c);
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}
