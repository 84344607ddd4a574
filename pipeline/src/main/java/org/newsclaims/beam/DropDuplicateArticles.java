package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.commons.codec.digest.DigestUtils;
import org.newsclaims.model.Article;
import org.newsclaims.model.Reject;
import org.newsclaims.text.TextNormaliser;

/**
 * Keeps one copy of articles whose normalised body is identical (the same file saved under two
 * names, the same crawler record twice): the copy with the smallest article name stays, the
 * others go to {@link #DUPLICATES} as rejects "duplicate of X", so that a figure is not counted
 * twice as two sources agreeing.
 *
 * <p>Bodies are compared by the SHA-256 of their normalised text ({@link TextNormaliser});
 * titles, dates and outlets are not compared.
 *
 * <pre>{@code
 * PCollectionTuple deduped = articles.apply(new DropDuplicateArticles());
 * PCollection<Article> unique = deduped.get(DropDuplicateArticles.UNIQUE);
 * }</pre>
 */
public final class DropDuplicateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles
        .apply("KeyByBody", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(Article.class)))
            .via((Article a) -> KV.of(bodyKey(a), a)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Article.class)))
        .apply("GroupByBody", BucketedGroupByKey.create())
        .apply("KeepFirst", ParDo.of(new KeepFirstFn())
            .withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    out.get(UNIQUE).setCoder(JsonCoder.of(Article.class));
    out.get(DUPLICATES).setCoder(JsonCoder.of(Reject.class));
    return out;
  }

  /** The SHA-256 of the normalised body. */
  static String bodyKey(Article a) {
    return DigestUtils.sha256Hex(TextNormaliser.normalise(a.text() == null ? "" : a.text()));
  }

  /** Outputs the copy with the smallest name; the others become rejects naming it. */
  static final class KeepFirstFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private final Counter duplicates = Metrics.counter(DropDuplicateArticles.class, "duplicates");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> group, MultiOutputReceiver out) {
      List<Article> copies = new ArrayList<>();
      group.getValue().forEach(copies::add);
      copies.sort(Comparator.comparing(Article::article));
      Article kept = copies.get(0);
      out.get(UNIQUE).output(kept);
      for (Article copy : copies.subList(1, copies.size())) {
        duplicates.inc();
        out.get(DUPLICATES).output(new Reject(copy.article(), "duplicate",
            "duplicate of " + kept.article(), null));
      }
    }
  }
}
