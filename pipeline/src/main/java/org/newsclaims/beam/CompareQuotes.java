package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclaims.consistency.QuoteFindings;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;
import org.newsclaims.quotes.QuoteBlocks;
import org.newsclaims.quotes.QuoteComparer;

/**
 * Groups quotations by speaker and compares how outlets quote the same statement.
 *
 * <pre>{@code
 * PCollection<Finding> findings = quotes.apply(CompareQuotes.identifying(speakerIds));
 * }</pre>
 */
public final class CompareQuotes extends PTransform<PCollection<Quote>, PCollection<Finding>> {

  private final PCollectionView<Map<String, String>> speakerIds;

  private CompareQuotes(PCollectionView<Map<String, String>> speakerIds) {
    this.speakerIds = speakerIds;
  }

  /** Compares quotes; a speaker's entity id comes from the given name → id side input. */
  public static CompareQuotes identifying(PCollectionView<Map<String, String>> speakerIds) {
    return new CompareQuotes(speakerIds);
  }

  @Override
  public PCollection<Finding> expand(PCollection<Quote> quotes) {
    return quotes
        .apply("WithSpeaker", Filter.by((Quote q) -> q.speaker() != null))
        .apply("KeyBySpeaker", WithKeys.of(Quote::speaker).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Quote.class)))
        .apply("GroupBySpeaker", BucketedGroupByKey.create())
        .apply("AlignQuotes", ParDo.of(new AlignFn(speakerIds)).withSideInputs(speakerIds))
        .setCoder(JsonCoder.of(Finding.class));
  }

  static final class AlignFn extends DoFn<KV<String, Iterable<Quote>>, Finding> {
    private final Counter compared = Metrics.counter(CompareQuotes.class, "statementsCompared");
    private final PCollectionView<Map<String, String>> speakerIds;
    private transient QuoteComparer comparer;
    private transient BundleSideInput<Map<String, String>> idCache;

    AlignFn(PCollectionView<Map<String, String>> speakerIds) {
      this.speakerIds = speakerIds;
    }

    @Setup
    public void setup() {
      comparer = new QuoteComparer();
    }

    @StartBundle
    public void startBundle() {
      idCache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Quote>> group, OutputReceiver<Finding> out, ProcessContext c,
        BoundedWindow window) {
      List<Quote> quotes = new ArrayList<>();
      group.getValue().forEach(quotes::add);
      String speaker = group.getKey();
      String id = idCache.get(window, () -> c.sideInput(speakerIds)).getOrDefault(speaker, speaker);
      for (Finding f : compare(id, speaker, quotes, comparer)) {
        compared.inc();
        out.output(f);
      }
    }
  }

  /** The findings for one speaker's quotes (sorted in place first); also used by streaming. */
  static List<Finding> compare(String id, String speaker, List<Quote> quotes, QuoteComparer comparer) {
    quotes.sort(java.util.Comparator.comparing(Quote::article).thenComparingInt(Quote::start));
    List<Finding> findings = new ArrayList<>();
    for (List<Quote> block : QuoteBlocks.of(quotes)) {
      findings.addAll(QuoteFindings.judge(id, speaker, block, comparer.align(block)));
    }
    return findings;
  }
}
