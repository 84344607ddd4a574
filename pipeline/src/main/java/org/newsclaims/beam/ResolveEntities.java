package org.newsclaims.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclaims.entities.AliasTable;
import org.newsclaims.entities.EntityClusterer;
import org.newsclaims.entities.NameKey;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Entity;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;

/**
 * Merges entity mentions across articles into entities, then keys every claim and quote by
 * entity id and gives speakers their canonical names.
 *
 * <p>Mentions are grouped by {@link NameKey} (spellings of one entity share a key, so no step
 * compares all mentions pairwise) and pre-aggregated by a combiner into per-name counts, article
 * and text sets ({@link EntityClusterer.Summary}), so a name in every article is not shuffled as
 * one element per mention; each block is clustered by {@link EntityClusterer}. The
 * resulting alias table (mention name → entity id) and the entity names reach the claims and
 * quotes as side inputs.
 *
 * <pre>{@code
 * PCollectionTuple resolved = ResolveEntities.of(mentions, claims, quotes).resolve();
 * }</pre>
 */
public final class ResolveEntities extends PTransform<PCollection<EntityMention>, PCollectionTuple> {

  public static final TupleTag<Entity> ENTITIES = new TupleTag<>() {};
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<Quote> QUOTES = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> ALIASES = new TupleTag<>() {};

  private final PCollection<Claim> claims;
  private final PCollection<Quote> quotes;

  private ResolveEntities(PCollection<Claim> claims, PCollection<Quote> quotes) {
    this.claims = claims;
    this.quotes = quotes;
  }

  /** Resolves the given claims and quotes against the entities built from the mentions. */
  public static ResolveEntities keying(PCollection<Claim> claims, PCollection<Quote> quotes) {
    return new ResolveEntities(claims, quotes);
  }

  @Override
  public PCollectionTuple expand(PCollection<EntityMention> mentions) {
    PCollectionTuple clustered = mentions
        .apply("KeyByName", WithKeys.of((EntityMention m) -> NameKey.of(m.name(), m.type()))
            .withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(EntityMention.class)))
        .apply("SummariseSpellings", BucketedCombine.perKey(new SummariseFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SummaryCoder.INSTANCE))
        .apply("ClusterBlocks", ParDo.of(new ClusterFn())
            .withOutputTags(ENTITIES, TupleTagList.of(ALIASES)));

    PCollection<Entity> entities = clustered.get(ENTITIES).setCoder(JsonCoder.of(Entity.class))
        .apply("KeyById", WithKeys.of(Entity::id).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JsonCoder.of(Entity.class)))
        .apply("MergeSameId", BucketedCombine.perKey(ResolveEntities::merge))
        .apply("Entities", Values.create());

    PCollection<KV<String, String>> aliases = clustered.get(ALIASES)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("OneIdPerAlias", BucketedCombine.perKey(ResolveEntities::smaller));
    PCollectionView<Map<String, String>> aliasToId = aliases.apply("AliasTable", View.asMap());
    PCollection<KV<String, String>> names = entities
        .apply("IdAndName", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Entity e) -> KV.of(e.id(), e.name())));
    PCollectionView<Map<String, String>> idToName = names.apply("NameTable", View.asMap());

    PCollection<Claim> keyedClaims = claims
        .apply("HoldClaims", HoldForSideInputs.until(aliases, names))
        .apply("KeyClaims", ParDo.of(new KeyClaimFn(aliasToId, idToName)).withSideInputs(aliasToId, idToName))
        .setCoder(JsonCoder.of(Claim.class));
    PCollection<Quote> keyedQuotes = quotes
        .apply("HoldQuotes", HoldForSideInputs.until(aliases, names))
        .apply("NameSpeakers", ParDo.of(new KeyQuoteFn(aliasToId, idToName)).withSideInputs(aliasToId, idToName))
        .setCoder(JsonCoder.of(Quote.class));
    return PCollectionTuple.of(ENTITIES, entities).and(CLAIMS, keyedClaims).and(QUOTES, keyedQuotes);
  }

  static String smaller(Iterable<String> ids) {
    String best = null;
    for (String id : ids) {
      if (best == null || id.compareTo(best) < 0) {
        best = id;
      }
    }
    return best;
  }

  static Entity merge(Iterable<Entity> parts) {
    Entity first = null;
    TreeSet<String> aliases = new TreeSet<>();
    TreeSet<String> articles = new TreeSet<>();
    long mentions = 0;
    for (Entity e : parts) {
      if (first == null || e.name().compareTo(first.name()) < 0) {
        first = e;
      }
      aliases.addAll(e.aliases());
      articles.addAll(e.articles());
      mentions += e.mentions();
    }
    return new Entity(first.id(), first.name(), first.type(), new ArrayList<>(aliases),
        new ArrayList<>(articles), mentions);
  }

  /**
   * Pre-aggregates a block's mentions into per-name counts, article and text sets before the
   * shuffle (runners that lift combiners do it per worker), so a name mentioned in every
   * article reaches the clusterer as one summary rather than as a group of all its mentions.
   */
  static final class SummariseFn extends Combine.CombineFn<EntityMention, EntityClusterer.Summary, EntityClusterer.Summary> {
    @Override
    public EntityClusterer.Summary createAccumulator() {
      return new EntityClusterer.Summary();
    }

    @Override
    public EntityClusterer.Summary addInput(EntityClusterer.Summary acc, EntityMention m) {
      return acc.add(m);
    }

    @Override
    public EntityClusterer.Summary mergeAccumulators(Iterable<EntityClusterer.Summary> accs) {
      EntityClusterer.Summary all = new EntityClusterer.Summary();
      accs.forEach(all::merge);
      return all;
    }

    @Override
    public EntityClusterer.Summary extractOutput(EntityClusterer.Summary acc) {
      return acc;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<EntityClusterer.Summary> getAccumulatorCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry,
        org.apache.beam.sdk.coders.Coder<EntityMention> inputCoder) {
      return SummaryCoder.INSTANCE;
    }

    @Override
    public org.apache.beam.sdk.coders.Coder<EntityClusterer.Summary> getDefaultOutputCoder(
        org.apache.beam.sdk.coders.CoderRegistry registry,
        org.apache.beam.sdk.coders.Coder<EntityMention> inputCoder) {
      return SummaryCoder.INSTANCE;
    }
  }

  /** Encodes a summary: its type, then per name the count, the articles and the texts. */
  static final class SummaryCoder extends org.apache.beam.sdk.coders.CustomCoder<EntityClusterer.Summary> {
    static final SummaryCoder INSTANCE = new SummaryCoder();
    private static final org.apache.beam.sdk.coders.Coder<String> TYPE =
        org.apache.beam.sdk.coders.NullableCoder.of(StringUtf8Coder.of());
    private static final org.apache.beam.sdk.coders.Coder<String> STRING = StringUtf8Coder.of();
    private static final org.apache.beam.sdk.coders.Coder<Long> LONG = org.apache.beam.sdk.coders.VarLongCoder.of();
    private static final org.apache.beam.sdk.coders.Coder<Iterable<String>> STRINGS =
        org.apache.beam.sdk.coders.IterableCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(EntityClusterer.Summary s, java.io.OutputStream out) throws java.io.IOException {
      TYPE.encode(s.type(), out);
      LONG.encode((long) s.names().size(), out);
      for (String name : s.names()) {
        STRING.encode(name, out);
        LONG.encode(s.count(name), out);
        STRINGS.encode(s.articles(name), out);
        STRINGS.encode(s.texts(name), out);
      }
    }

    @Override
    public EntityClusterer.Summary decode(java.io.InputStream in) throws java.io.IOException {
      EntityClusterer.Summary s = new EntityClusterer.Summary();
      String type = TYPE.decode(in);
      long names = LONG.decode(in);
      for (long k = 0; k < names; k++) {
        String name = STRING.decode(in);
        long count = LONG.decode(in);
        s.add(name, type, count, STRINGS.decode(in), STRINGS.decode(in));
      }
      return s;
    }

    @Override
    public void verifyDeterministic() {
      // sorted sets and a sorted map: equal summaries encode to equal bytes
    }
  }

  static final class ClusterFn extends DoFn<KV<String, EntityClusterer.Summary>, Entity> {
    private final Counter entityCount = Metrics.counter(ResolveEntities.class, "entities");
    private transient EntityClusterer clusterer;

    @Setup
    public void setup() {
      clusterer = EntityClusterer.fromResources();
    }

    @ProcessElement
    public void process(@Element KV<String, EntityClusterer.Summary> block, MultiOutputReceiver out) {
      EntityClusterer.Result result = clusterer.cluster(block.getKey(), block.getValue());
      for (Entity e : result.entities()) {
        entityCount.inc();
        out.get(ENTITIES).output(e);
      }
      result.aliasToId().forEach((alias, id) -> out.get(ALIASES).output(KV.of(alias, id)));
    }
  }

  /**
   * Rewrites a claim or quote through the alias and name tables (side inputs read once per
   * bundle): one DoFn shape for both, the rewriting itself in {@link AliasTable}.
   */
  abstract static class KeyFn<T> extends DoFn<T, T> {
    private final PCollectionView<Map<String, String>> aliasToId;
    private final PCollectionView<Map<String, String>> idToName;

    private transient BundleSideInput<Map<String, String>> aliasCache;
    private transient BundleSideInput<Map<String, String>> nameCache;

    KeyFn(PCollectionView<Map<String, String>> aliasToId, PCollectionView<Map<String, String>> idToName) {
      this.aliasToId = aliasToId;
      this.idToName = idToName;
    }

    abstract T key(T element, AliasTable table);

    @StartBundle
    public void startBundle() {
      aliasCache = new BundleSideInput<>();
      nameCache = new BundleSideInput<>();
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<T> out, ProcessContext c, BoundedWindow window) {
      out.output(key(element, new AliasTable(aliasCache.get(window, () -> c.sideInput(aliasToId)),
          nameCache.get(window, () -> c.sideInput(idToName)))));
    }
  }

  static final class KeyClaimFn extends KeyFn<Claim> {
    KeyClaimFn(PCollectionView<Map<String, String>> aliasToId, PCollectionView<Map<String, String>> idToName) {
      super(aliasToId, idToName);
    }

    @Override
    Claim key(Claim claim, AliasTable table) {
      return table.key(claim);
    }
  }

  static final class KeyQuoteFn extends KeyFn<Quote> {
    KeyQuoteFn(PCollectionView<Map<String, String>> aliasToId, PCollectionView<Map<String, String>> idToName) {
      super(aliasToId, idToName);
    }

    @Override
    Quote key(Quote quote, AliasTable table) {
      return table.key(quote);
    }
  }
}
