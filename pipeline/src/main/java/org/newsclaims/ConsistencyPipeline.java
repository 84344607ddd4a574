package org.newsclaims;

import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollectionList;
import org.newsclaims.beam.BucketedCombine;
import org.newsclaims.beam.CompareQuotes;
import org.newsclaims.beam.ExtractFromArticles;
import org.newsclaims.beam.JudgeConsistency;
import org.newsclaims.beam.NormaliseArticles;
import org.newsclaims.beam.ReadArticles;
import org.newsclaims.beam.ResolveEntities;
import org.newsclaims.beam.WriteReports;
import org.newsclaims.model.Article;
import org.newsclaims.model.Entity;
import org.newsclaims.model.Finding;

/**
 * Reads news articles, extracts their numeric claims and quotations, groups them by entity and
 * writes where the outlets agree and disagree.
 *
 * <pre>
 * mvn compile exec:java -Dexec.args="--input=seeds/*.txt --output=output"
 * java -jar pipeline/target/pipeline-bundled.jar --input='seeds/*.txt' --output=output
 * </pre>
 */
public final class ConsistencyPipeline {

  private ConsistencyPipeline() {}

  public static void main(String[] args) {
    PipelineOptionsFactory.register(Options.class);
    if (java.util.Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(System.out, Options.class);
      return;
    }
    Options options = PipelineOptionsFactory.fromArgs(withDefaults(args)).withValidation().as(Options.class);
    PipelineResult.State state = run(options);
    if (state != PipelineResult.State.DONE) {
      System.err.println("The pipeline ended in state " + state);
      System.exit(1);
    }
  }

  /**
   * Adds the DirectRunner settings this pipeline runs best with, unless the user chose them:
   * the DirectRunner's immutability check walks the whole graph for every bundle (cost grows
   * with bundles × transforms: minutes on a few hundred articles), and our elements are
   * immutable records anyway. {@code --enforceImmutability=true} turns it back on.
   */
  static String[] withDefaults(String[] args) {
    for (String a : args) {
      if (a.startsWith("--enforceImmutability")) {
        return args;
      }
    }
    String[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = "--enforceImmutability=false";
    return out;
  }

  public static PipelineResult.State run(Options options) {
    Pipeline p = Pipeline.create(options);
    build(p, options);
    PipelineResult.State state = p.run().waitUntilFinish();
    removeEmptyTempDirectory(options.getOutput());
    return state;
  }

  /** Beam's file sinks leave their (empty) temporary directory behind on local disks. */
  private static void removeEmptyTempDirectory(String output) {
    try {
      java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(output, ".temp-beam"));
    } catch (java.io.IOException | RuntimeException e) {
      // not empty, not local, or not ours to remove: leave it
    }
  }

  /** The whole graph: read, normalise, extract, resolve entities, judge claims and quotes, write. */
  public static void build(Pipeline p, Options options) {
    PCollectionTuple read = p.apply("ReadArticles", ReadArticles.from(options.getInput()));
    PCollection<Article> articles = read.get(ReadArticles.ARTICLES).apply("Normalise", new NormaliseArticles());
    PCollectionTuple extracted = articles.apply("Extract", new ExtractFromArticles());
    PCollectionTuple resolved = extracted.get(ExtractFromArticles.MENTIONS)
        .apply("ResolveEntities", ResolveEntities.keying(
            extracted.get(ExtractFromArticles.CLAIMS), extracted.get(ExtractFromArticles.QUOTES)));
    PCollection<Entity> entities = resolved.get(ResolveEntities.ENTITIES);
    PCollectionView<Map<String, String>> entityNames = entities
        .apply("EntityNames", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Entity e) -> KV.of(e.id(), e.name())))
        .apply("EntityNameView", View.asMap());
    PCollectionView<Map<String, String>> entityIds = entities
        .apply("EntityIds", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Entity e) -> KV.of(e.name(), e.id())))
        .apply("OneIdPerName", BucketedCombine.<String>perKey(ids -> {
          String min = null;
          for (String id : ids) {
            min = min == null || id.compareTo(min) < 0 ? id : min;
          }
          return min;
        }))
        .apply("EntityIdView", View.asMap());
    PCollection<Finding> claimFindings = resolved.get(ResolveEntities.CLAIMS)
        .apply("JudgeConsistency", JudgeConsistency.naming(entityNames));
    PCollection<Finding> quoteFindings = resolved.get(ResolveEntities.QUOTES)
        .apply("CompareQuotes", CompareQuotes.identifying(entityIds));
    PCollection<Finding> findings = PCollectionList.of(claimFindings).and(quoteFindings)
        .apply("AllFindings", Flatten.pCollections());

    PCollectionTuple.of(WriteReports.ARTICLES, articles)
        .and(WriteReports.CLAIMS, resolved.get(ResolveEntities.CLAIMS))
        .and(WriteReports.QUOTES, resolved.get(ResolveEntities.QUOTES))
        .and(WriteReports.ENTITIES, entities)
        .and(WriteReports.FINDINGS, findings)
        .and(WriteReports.REJECTS, read.get(ReadArticles.REJECTS))
        .and(WriteReports.FAILURES, extracted.get(ExtractFromArticles.FAILURES))
        .and(WriteReports.INPUTS, read.get(ReadArticles.INPUTS))
        .apply("WriteReports", WriteReports.to(options.getOutput(), options.getShards(),
            options.getRunner().getSimpleName()));
  }
}
