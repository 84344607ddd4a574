package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
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

  /** Articles that share their name and body with a kept copy (rare: the same file matched twice). */
  private static final TupleTag<KV<String, Article>> SAME_NAME = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> DROPS = new TupleTag<>() {};

  /**
   * Only (body key, name) pairs are shuffled, never the articles: the copies to drop are decided
   * per body, and the articles are filtered against that (small) decision, read as a side input
   * keyed by name. Shuffling whole articles cost a serialisation of every text on Flink and
   * repeated copies of every text on the DirectRunner.
   */
  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple decided = articles
        .apply("KeyByBody", ParDo.of(new BodyKeyFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("GroupByBody", BucketedGroupByKey.create())
        .apply("KeepFirst", ParDo.of(new KeepFirstFn()).withOutputTags(DROPS, TupleTagList.of(DUPLICATES)));
    decided.get(DUPLICATES).setCoder(JsonCoder.of(Reject.class));
    PCollectionView<Map<String, Iterable<String>>> drops = decided.get(DROPS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("DropsByName", View.asMultimap());
    PCollectionTuple filtered = articles
        .apply("HoldForDrops", HoldForSideInputs.until(decided.get(DROPS)))
        .apply("DropCopies", ParDo.of(new DropCopiesFn(drops)).withSideInputs(drops)
            .withOutputTags(UNIQUE, TupleTagList.of(SAME_NAME)));
    PCollection<Article> sameName = filtered.get(SAME_NAME)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Article.class)))
        .apply("GroupSameName", GroupByKey.create())
        .apply("KeepOneSameName", ParDo.of(new KeepOneFn()))
        .setCoder(JsonCoder.of(Article.class));
    PCollection<Article> unique = PCollectionList.of(filtered.get(UNIQUE).setCoder(JsonCoder.of(Article.class)))
        .and(sameName)
        .apply("AllUnique", Flatten.pCollections());
    return PCollectionTuple.of(UNIQUE, unique).and(DUPLICATES, decided.get(DUPLICATES));
  }

  /** The SHA-256 of the normalised body. */
  static String bodyKey(Article a) {
    return DigestUtils.sha256Hex(TextNormaliser.normalise(a.text() == null ? "" : a.text()));
  }

  /** (body key, article name). */
  static final class BodyKeyFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(bodyKey(article), article.article()));
    }
  }

  /**
   * For a body held by several articles: the copy with the smallest name is kept, the others
   * become rejects naming it; for each name of the group, a drop entry
   * {@code name -> "<copies to drop> <copies> <body key>"} tells {@link DropCopiesFn} what to drop.
   */
  static final class KeepFirstFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    private final Counter duplicates = Metrics.counter(DropDuplicateArticles.class, "duplicates");

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> group, MultiOutputReceiver out) {
      List<String> names = new ArrayList<>();
      group.getValue().forEach(names::add);
      if (names.size() < 2) {
        return;
      }
      Collections.sort(names);
      String kept = names.get(0);
      Map<String, int[]> copies = new TreeMap<>();
      for (String name : names) {
        copies.computeIfAbsent(name, k -> new int[1])[0]++;
      }
      for (String copy : names.subList(1, names.size())) {
        duplicates.inc();
        out.get(DUPLICATES).output(new Reject(copy, "duplicate", "duplicate of " + kept, null));
      }
      copies.forEach((name, n) -> out.get(DROPS).output(
          KV.of(name, (name.equals(kept) ? n[0] - 1 : n[0]) + " " + n[0] + " " + group.getKey())));
    }
  }

  /** Passes the articles no drop entry names; drops the copies; sends same-name copies to be thinned. */
  static final class DropCopiesFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, Iterable<String>>> drops;
    private transient BundleSideInput<Map<String, Iterable<String>>> dropCache;

    DropCopiesFn(PCollectionView<Map<String, Iterable<String>>> drops) {
      this.drops = drops;
    }

    @StartBundle
    public void startBundle() {
      dropCache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out, ProcessContext c, BoundedWindow window) {
      Iterable<String> entries = dropCache.get(window, () -> c.sideInput(drops)).get(article.article());
      if (entries != null) {
        String key = null;
        for (String entry : entries) {
          String[] f = entry.split(" ", 3);
          key = key == null ? bodyKey(article) : key;
          if (!f[2].equals(key)) {
            continue;
          }
          int drop = Integer.parseInt(f[0]);
          int total = Integer.parseInt(f[1]);
          if (drop == total) {
            return; // a duplicate: its reject is already out
          }
          if (drop > 0) {
            out.get(SAME_NAME).output(KV.of(article.article() + " " + key, article));
            return;
          }
          break;
        }
      }
      out.get(UNIQUE).output(article);
    }
  }

  /** Of several copies with the same name and body, keeps one (the first by its JSON form). */
  static final class KeepOneFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> group, OutputReceiver<Article> out) {
      Article best = null;
      String bestLine = null;
      for (Article a : group.getValue()) {
        String line = org.newsclaims.report.JsonLines.toLine(a);
        if (bestLine == null || line.compareTo(bestLine) < 0) {
          best = a;
          bestLine = line;
        }
      }
      out.output(best);
    }
  }
}
