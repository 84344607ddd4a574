package org.newsclaims.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.entities.EntityRecogniser;
import org.newsclaims.ingest.ArticleDecoder;
import org.newsclaims.ingest.ArticleParser;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.quotes.QuoteExtractor;
import org.newsclaims.text.FrenchNumberFormat;
import org.newsclaims.text.TextNormaliser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH microbenchmarks of the hot extractors, one operation = one article (the first
 * {@value #ARTICLES} articles of the generated corpus, decoded, parsed and normalised in set-up;
 * each extractor gets the inputs the pipeline gives it). Not part of {@code mvn verify}: the
 * {@code jmh} profile adds {@code src/jmh/java} as test sources. Run (see docs/benchmark.md):
 *
 * <pre>{@code
 * mvn -B -q -Pjmh test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.openjdk.jmh.Main -Dexec.args="-f 0 -wi 2 -i 3 -w 2s -r 2s"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractorBenchmarks {

  static final int ARTICLES = 64;

  private final EntityRecogniser recogniser = EntityRecogniser.fromResources();
  private final QuoteExtractor quoteExtractor = QuoteExtractor.fromResources();
  private final ClaimExtractor claimExtractor = ClaimExtractor.fromResources();
  private final FrenchNumberFormat numbers = FrenchNumberFormat.fromResources();

  private final List<String> rawTexts = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private final List<List<EntityMention>> mentions = new ArrayList<>();
  private final List<List<Quote>> quotes = new ArrayList<>();

  @Setup
  public void setup() {
    CorpusGenerator generator = CorpusGenerator.fromResources();
    for (int i = 0; articles.size() < ARTICLES; i++) {
      String name = CorpusGenerator.fileName(i);
      ArticleDecoder.Decoded decoded = ArticleDecoder.decode(name, generator.file(i));
      Article a = decoded.ok() ? ArticleParser.parse(name, decoded.text()) : null;
      if (a == null) {
        continue; // the corpus's bad files
      }
      rawTexts.add(a.text());
      Article normal = a.withText(TextNormaliser.normalise(a.title()), TextNormaliser.normalise(a.text()));
      articles.add(normal);
      List<EntityMention> m = recogniser.find(normal);
      mentions.add(m);
      quotes.add(quoteExtractor.extract(normal, m));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void textNormaliser(Blackhole bh) {
    for (String t : rawTexts) {
      bh.consume(TextNormaliser.normalise(t));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void frenchNumberFormat(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(numbers.scan(a.text()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void entityRecogniser(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(recogniser.find(a));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void quoteExtractor(Blackhole bh) {
    for (int k = 0; k < ARTICLES; k++) {
      bh.consume(quoteExtractor.extract(articles.get(k), mentions.get(k)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void claimExtractor(Blackhole bh) {
    for (int k = 0; k < ARTICLES; k++) {
      bh.consume(claimExtractor.extract(articles.get(k), quotes.get(k), mentions.get(k)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void publicationDate(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(claimExtractor.inferPublicationDate(a.withPublished(null, null)));
    }
  }
}
