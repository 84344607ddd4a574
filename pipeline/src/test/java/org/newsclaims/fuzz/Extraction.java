package org.newsclaims.fuzz;

import java.util.List;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.consistency.ClaimSubjects;
import org.newsclaims.entities.EntityRecogniser;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.quotes.QuoteExtractor;
import org.newsclaims.text.SentenceSplitter;
import org.newsclaims.text.Span;
import org.newsclaims.text.TextNormaliser;

/**
 * Every stage a text goes through, from bytes to claims, with the invariants that must hold on
 * any input: no exception, offsets inside the text, sentences in order. Shared by the
 * property-based tests and the Jazzer fuzz targets; the extractors are built once.
 */
public final class Extraction {

  private static final class Holder {
    static final Extraction INSTANCE = new Extraction();
  }

  private final EntityRecogniser recogniser = EntityRecogniser.fromResources();
  private final QuoteExtractor quotes = QuoteExtractor.fromResources();
  private final ClaimExtractor claims = ClaimExtractor.fromResources();
  private final ClaimSubjects subjects = ClaimSubjects.fromResources();

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

  /** Parses a file's text as an article and runs every extractor on it. */
  public void fromText(String text) {
    normaliseAndSplit(text);
    Article article = ArticleParser.parse("fuzz.txt", text);
    if (article != null) {
      extract(article.withText(TextNormaliser.normalise(article.title()), TextNormaliser.normalise(article.text())));
    }
  }

  /** Runs the extractors on an article whose text is given as is. */
  public void extract(Article article) {
    int n = article.text().length();
    List<EntityMention> mentions = recogniser.find(article);
    for (EntityMention m : mentions) {
      check(0 <= m.start() && m.start() <= m.end() && m.end() <= n, "mention out of bounds: " + m);
    }
    List<Quote> found = quotes.extract(article, mentions);
    for (Quote q : found) {
      check(0 <= q.start() && q.start() <= q.end() && q.end() <= n, "quote out of bounds: " + q);
    }
    List<Claim> all = subjects.assign(article, claims.extract(article, found, mentions), mentions);
    for (Claim c : all) {
      check(0 <= c.start() && c.start() <= c.end() && c.end() <= n, "claim out of bounds: " + c);
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}
