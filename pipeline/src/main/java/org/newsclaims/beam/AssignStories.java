package org.newsclaims.beam;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsclaims.model.Article;
import org.newsclaims.model.Story;
import org.newsclaims.stories.ArticleSignature;
import org.newsclaims.stories.StoryAssignment;
import org.newsclaims.stories.StoryClusterer;
import org.newsclaims.stories.StorySignatures;

/**
 * Groups the articles into stories ({@link StoryClusterer}) and puts each article's story,
 * event and wire-copy origin on it; an article without a publication date of its own takes
 * its story's (with {@code dateSource=story} and the span).
 *
 * <p>Each article is reduced to its {@link ArticleSignature} (its 60 heaviest terms, names,
 * date and at most 256 shingle hashes: about 2–4 KB as JSON), the signatures reach one
 * clustering step as a list side input ({@code View.asList}: a broadcast on Flink, never a
 * combine, whose accumulator of all signatures exceeded Flink's sort buffer on 10k articles and
 * which the DirectRunner copied once per bundle) and are clustered on one worker (the clustering needs the corpus IDF and is
 * incremental), and the assignments come back to the articles as a map side input. At 1M
 * articles that list is 2–4 GB on one worker and the clustering, blocked by an inverted index,
 * stays near linear (see docs/stories.md). In a windowed collection (streaming) each window
 * is clustered on its own.
 *
 * <pre>{@code
 * PCollectionTuple placed = articles.apply(AssignStories.withDefaults());
 * PCollection<Article> articles = placed.get(AssignStories.ARTICLES);
 * PCollection<Story> stories = placed.get(AssignStories.STORIES);
 * }</pre>
 */
public final class AssignStories extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Story> STORIES = new TupleTag<>() {};
  private static final TupleTag<KV<String, StoryAssignment>> ASSIGNMENTS = new TupleTag<>() {};

  private final StoryClusterer.Settings settings;

  private AssignStories(StoryClusterer.Settings settings) {
    this.settings = settings;
  }

  public static AssignStories withDefaults() {
    return new AssignStories(StoryClusterer.Settings.defaults());
  }

  /** The same transform with other clustering settings. */
  public AssignStories withSettings(StoryClusterer.Settings newSettings) {
    if (newSettings == null) {
      throw new IllegalArgumentException("AssignStories needs clustering settings, got null");
    }
    return new AssignStories(newSettings);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    // encoded signatures: the DirectRunner builds a list view in a group state it copies through
    // the element coder at each bundle, and bytes copy without a Smile write and parse
    PCollectionView<List<byte[]>> signatures = articles
        .apply("Sign", ParDo.of(new SignFn()))
        .setCoder(ByteArrayCoder.of())
        .apply("SignatureView", View.asList());
    PCollectionTuple clustered = articles.getPipeline()
        .apply("ClusterOnce", Impulse.create())
        .apply("Cluster", ParDo.of(new ClusterFn(settings, signatures)).withSideInputs(signatures)
            .withOutputTags(ASSIGNMENTS, TupleTagList.of(STORIES)));
    clustered.get(STORIES).setCoder(JsonCoder.of(Story.class));
    PCollectionView<Map<String, StoryAssignment>> byArticle = clustered.get(ASSIGNMENTS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(StoryAssignment.class)))
        .apply("AssignmentView", View.asMap());
    PCollection<Article> placed = articles
        .apply("HoldForStories", HoldForSideInputs.until(clustered.get(ASSIGNMENTS)))
        .apply("PlaceInStory", ParDo.of(new PlaceFn(byArticle)).withSideInputs(byArticle))
        .setCoder(JsonCoder.of(Article.class));
    return PCollectionTuple.of(ARTICLES, placed).and(STORIES, clustered.get(STORIES));
  }

  /** The coder of the signatures in the side input. */
  private static final JsonCoder<ArticleSignature> SIGNATURE_CODER = JsonCoder.of(ArticleSignature.class);

  /** An article's signature, encoded. */
  static final class SignFn extends DoFn<Article, byte[]> {
    @ProcessElement
    public void process(@Element Article article, OutputReceiver<byte[]> out) throws CoderException {
      out.output(CoderUtils.encodeToByteArray(SIGNATURE_CODER, StorySignatures.fromResources().of(article)));
    }
  }

  /** Clusters all signatures of a window: assignments by article id, and the stories. */
  static final class ClusterFn extends DoFn<byte[], KV<String, StoryAssignment>> {
    private final Counter stories = Metrics.counter(AssignStories.class, "stories");
    private final Counter datedByStory = Metrics.counter(AssignStories.class, "articlesDatedByStory");
    private final StoryClusterer.Settings settings;
    private final PCollectionView<List<byte[]>> signatures;

    ClusterFn(StoryClusterer.Settings settings, PCollectionView<List<byte[]>> signatures) {
      this.settings = settings;
      this.signatures = signatures;
    }

    @ProcessElement
    public void process(ProcessContext c, MultiOutputReceiver out) throws CoderException {
      List<byte[]> encoded = c.sideInput(signatures);
      List<ArticleSignature> all = new java.util.ArrayList<>(encoded.size());
      for (byte[] bytes : encoded) {
        all.add(CoderUtils.decodeFromByteArray(SIGNATURE_CODER, bytes));
      }
      if (all.isEmpty()) {
        return; // no articles: no stories (as the gathering combine, without defaults, gave)
      }
      StoryClusterer.Result result = StoryClusterer.with(settings).cluster(all);
      for (StoryAssignment a : result.assignments().values()) {
        if (a.published() != null) {
          datedByStory.inc();
        }
        out.get(ASSIGNMENTS).output(KV.of(a.article(), a));
      }
      stories.inc(result.stories().size());
      result.stories().forEach(out.get(STORIES)::output);
    }
  }

  /** Puts an article's story, event and origin (and, when it had none, its story's date) on it. */
  static final class PlaceFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, StoryAssignment>> byArticle;
    private transient BundleSideInput<Map<String, StoryAssignment>> cache;

    PlaceFn(PCollectionView<Map<String, StoryAssignment>> byArticle) {
      this.byArticle = byArticle;
    }

    @StartBundle
    public void startBundle() {
      cache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out, ProcessContext c, BoundedWindow window) {
      StoryAssignment a = cache.get(window, () -> c.sideInput(byArticle)).get(article.article());
      out.output(place(article, a));
    }
  }

  /** The article with its assignment applied (unchanged when there is none). */
  public static Article place(Article article, StoryAssignment a) {
    if (a == null) {
      return article;
    }
    Article placed = article.withStory(a.story(), a.event(), a.origin());
    return a.published() == null ? placed : placed.withPublished(a.published(), a.dateSource(), a.publishedSpan());
  }
}
