package org.newsclaims.beam;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes lines of text to one output file, or to runner-chosen shards for large runs; {@link
 * #each} writes several named outputs through one set of steps.
 *
 * <p>With {@code shards == 1} the lines are sorted and written to exactly
 * {@code <dir>/<name><suffix>} (an empty input gives an empty file), so reruns give identical
 * bytes. The sort is an external merge sort that scales with the output: lines are grouped by
 * output and hash bucket ({@link Buckets}), each group is sorted in memory and written as a
 * sorted run under {@code <dir>/.temp-beam/}, and one step per output merges its runs (one open
 * reader per run) into a temporary file that is renamed to the final name, then deletes the
 * runs. No worker ever holds a whole output: a bucket holds 1/{@link Buckets#count} of it. With
 * {@code shards == 0} every bundle writes its lines to a file of its own per output, and one step
 * per output renames those files to {@code <dir>/<name>-00000-of-00004<suffix>} (unsorted; an
 * output without lines gets one empty shard). Either way a killed run leaves no half-written file
 * under the final name.
 *
 * <p>Why one writer for all outputs: every step of a graph costs the runners something fixed
 * (the DirectRunner sets up each step once per bundle; Flink translates and schedules each
 * operator), and a Beam file sink is some 28 steps; with seven outputs the sinks were two thirds
 * of the graph's steps (docs/benchmark.md).
 *
 * <pre>{@code
 * lines.apply(WriteLines.to("output", "claims", ".jsonl", 1));
 * namedLines.apply(WriteLines.each("output", List.of("claims", "quotes"), ".jsonl", 1));
 * }</pre>
 */
public final class WriteLines extends PTransform<PCollection<String>, PDone> {

  private final String directory;
  private final String name;
  private final String suffix;
  private final int shards;

  private WriteLines(String directory, String name, String suffix, int shards) {
    this.directory = directory;
    this.name = name;
    this.suffix = suffix;
    this.shards = shards;
  }

  public static WriteLines to(String directory, String name, String suffix, int shards) {
    checkShards(shards);
    return new WriteLines(directory, name, suffix, shards);
  }

  /**
   * Writes {@code KV<output name, line>} elements: each name in {@code names} becomes
   * {@code <dir>/<name><suffix>} (or its shards), written as {@link #to} writes one output.
   */
  public static Each each(String directory, List<String> names, String suffix, int shards) {
    checkShards(shards);
    if (names.isEmpty() || new java.util.HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("WriteLines.each needs distinct output names, got " + names);
    }
    return new Each(directory, List.copyOf(names), suffix, shards);
  }

  private static void checkShards(int shards) {
    if (shards < 0) {
      throw new IllegalArgumentException("--shards must be 0 (runner decides) or more, not " + shards);
    }
  }

  @Override
  public PDone expand(PCollection<String> lines) {
    return lines.apply("Name", ParDo.of(new NameFn(name)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("Write", new Each(directory, List.of(name), suffix, shards));
  }

  /** Tags each line with its output's name. */
  static final class NameFn extends DoFn<String, KV<String, String>> {
    private final String name;

    NameFn(String name) {
      this.name = name;
    }

    @ProcessElement
    public void process(@Element String line, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(name, line));
    }
  }

  /** The writer of several named outputs: see {@link WriteLines#each}. */
  public static final class Each extends PTransform<PCollection<KV<String, String>>, PDone> {
    private final String directory;
    private final List<String> names;
    private final String suffix;
    private final int shards;

    private Each(String directory, List<String> names, String suffix, int shards) {
      this.directory = directory;
      this.names = names;
      this.suffix = suffix;
      this.shards = shards;
    }

    @Override
    public PDone expand(PCollection<KV<String, String>> lines) {
      Pipeline p = lines.getPipeline();
      KvCoder<String, String> pairs = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
      PCollectionView<Map<String, Iterable<String>>> parts;
      FinishOutputFn finish;
      if (shards == 1) {
        int buckets = Buckets.count(p.getOptions());
        parts = lines.apply("KeyByBucket", ParDo.of(new BucketLineFn(buckets)))
            .setCoder(KvCoder.of(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of()), ByteArrayCoder.of()))
            .apply("GroupBuckets", GroupByKey.create())
            .apply("SortRuns", ParDo.of(new SortRunFn(directory, suffix)))
            .setCoder(pairs)
            .apply("RunsByOutput", View.asMultimap());
        finish = new MergeRunsFn(directory, suffix, parts);
      } else {
        parts = lines.apply("WriteBundles", ParDo.of(new WriteBundleFn(directory, suffix)))
            .setCoder(pairs)
            .apply("FilesByOutput", View.asMultimap());
        finish = new NameShardsFn(directory, suffix, parts);
      }
      p.apply("Outputs", Create.of(names).withCoder(StringUtf8Coder.of()))
          .apply(shards == 1 ? "MergeRuns" : "NameShards", ParDo.of(finish).withSideInputs(parts));
      return PDone.in(p);
    }
  }

  /** Where the sorted runs and the merged file are written before the rename: Beam's own temp directory. */
  static ResourceId tempDirectory(String directory) {
    return FileSystems.matchNewResource(directory, true)
        .resolve(".temp-beam", ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  /** The prefix of the sorted runs of one output file. */
  private static String runPrefix(String fileName) {
    return "." + fileName + ".run-";
  }

  /** The prefix of the bundle files of one sharded output. */
  private static String shardPrefix(String fileName) {
    return "." + fileName + ".part-";
  }

  /** Deletes the temporary files of an output whose names start with {@code prefix} (those of retried bundles too). */
  private static void deleteLeftovers(String directory, String prefix) throws IOException {
    List<ResourceId> leftovers = new ArrayList<>();
    MatchResult match = FileSystems.match(tempDirectory(directory).resolve(prefix + "*",
        ResolveOptions.StandardResolveOptions.RESOLVE_FILE).toString(), EmptyMatchTreatment.ALLOW);
    if (match.status() == MatchResult.Status.OK) {
      match.metadata().forEach(m -> leftovers.add(m.resourceId()));
    }
    FileSystems.delete(leftovers, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  private static ResourceId target(String directory, String fileName) {
    return FileSystems.matchNewResource(directory, true)
        .resolve(fileName, ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
  }

  /**
   * Keys a line, as its UTF-8 bytes, by its output and bucket. Bytes rather than a String: the
   * DirectRunner copies a bucket's buffered lines through their coder each time a bundle reaches
   * the group, and a byte array's copy is an array copy where a String's is an encode and a decode.
   */
  static final class BucketLineFn extends DoFn<KV<String, String>, KV<KV<String, Integer>, byte[]>> {
    private final int buckets;

    BucketLineFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element KV<String, String> line, OutputReceiver<KV<KV<String, Integer>, byte[]>> out) {
      out.output(KV.of(KV.of(line.getKey(), Buckets.of(line.getValue(), buckets)),
          line.getValue().getBytes(StandardCharsets.UTF_8)));
    }
  }

  /**
   * Sorts one bucket's lines and writes them as a run (each line as its UTF-8 length and bytes:
   * a "line" may itself contain newlines, as summary.json does); outputs (output name, run).
   */
  static final class SortRunFn extends DoFn<KV<KV<String, Integer>, Iterable<byte[]>>, KV<String, String>> {
    private final String directory;
    private final String suffix;

    SortRunFn(String directory, String suffix) {
      this.directory = directory;
      this.suffix = suffix;
    }

    @ProcessElement
    public void process(@Element KV<KV<String, Integer>, Iterable<byte[]>> bucket,
        OutputReceiver<KV<String, String>> out) throws IOException {
      String output = bucket.getKey().getKey();
      List<SortedLine> lines = new ArrayList<>();
      for (byte[] bytes : bucket.getValue()) {
        lines.add(new SortedLine(new String(bytes, StandardCharsets.UTF_8), bytes));
      }
      lines.sort(null);
      ResourceId run = tempDirectory(directory).resolve(runPrefix(output + suffix) + UUID.randomUUID(),
          ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(
          Channels.newOutputStream(FileSystems.create(run, "application/octet-stream")), 1 << 16))) {
        for (SortedLine line : lines) {
          data.writeInt(line.bytes.length);
          data.write(line.bytes);
        }
      }
      out.output(KV.of(output, run.toString()));
    }
  }

  /**
   * Finishes each output (the main input: the output names) from the temporary files written for
   * it (a side input: output name → files): {@link MergeRunsFn} or {@link NameShardsFn}.
   */
  abstract static class FinishOutputFn extends DoFn<String, Void> {
    final String directory;
    final String suffix;
    private final PCollectionView<Map<String, Iterable<String>>> parts;

    FinishOutputFn(String directory, String suffix, PCollectionView<Map<String, Iterable<String>>> parts) {
      this.directory = directory;
      this.suffix = suffix;
      this.parts = parts;
    }

    @ProcessElement
    public void process(@Element String output, ProcessContext c) throws IOException {
      finish(output, c.sideInput(parts).getOrDefault(output, List.of()));
    }

    abstract void finish(String output, Iterable<String> files) throws IOException;
  }

  /**
   * Merges an output's sorted runs (a side input: output name → runs) into
   * {@code <dir>/<name><suffix>} (lines in {@link String#compareTo} order, each ending with a
   * newline; no runs: an empty file): written to a temporary file, renamed into place, then the
   * runs are deleted, with any left by a retried bundle.
   */
  static final class MergeRunsFn extends FinishOutputFn {
    MergeRunsFn(String directory, String suffix, PCollectionView<Map<String, Iterable<String>>> runs) {
      super(directory, suffix, runs);
    }

    @Override
    void finish(String output, Iterable<String> runNames) throws IOException {
      String fileName = output + suffix;
      ResourceId merged = tempDirectory(directory).resolve("." + fileName + "." + UUID.randomUUID() + ".tmp",
          ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      List<Run> open = new ArrayList<>();
      try {
        PriorityQueue<Run> heads = new PriorityQueue<>();
        for (String name : runNames) {
          Run run = new Run(open.size(), new DataInputStream(new BufferedInputStream(
              Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(name, false))), 1 << 14)));
          open.add(run);
          if (run.advance()) {
            heads.add(run);
          }
        }
        try (OutputStream out = new BufferedOutputStream(
            Channels.newOutputStream(FileSystems.create(merged, "application/octet-stream")), 1 << 16)) {
          while (!heads.isEmpty()) {
            Run run = heads.poll();
            out.write(run.bytes);
            out.write('\n');
            if (run.advance()) {
              heads.add(run);
            }
          }
        }
      } finally {
        for (Run run : open) {
          run.in.close();
        }
      }
      FileSystems.rename(List.of(merged), List.of(target(directory, fileName)),
          MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      deleteLeftovers(directory, runPrefix(fileName));
    }
  }

  /**
   * Writes each bundle's lines to one temporary file per output (in arrival order); at the end of
   * the bundle outputs (output name, file) for {@link NameShardsFn}.
   */
  static final class WriteBundleFn extends DoFn<KV<String, String>, KV<String, String>> {
    private final String directory;
    private final String suffix;
    private transient Map<String, ResourceId> files;
    private transient Map<String, OutputStream> streams;

    WriteBundleFn(String directory, String suffix) {
      this.directory = directory;
      this.suffix = suffix;
    }

    @StartBundle
    public void startBundle() {
      files = new TreeMap<>();
      streams = new TreeMap<>();
    }

    @ProcessElement
    public void process(@Element KV<String, String> line) throws IOException {
      OutputStream out = streams.get(line.getKey());
      if (out == null) {
        ResourceId file = tempDirectory(directory).resolve(shardPrefix(line.getKey() + suffix) + UUID.randomUUID(),
            ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
        out = new BufferedOutputStream(Channels.newOutputStream(FileSystems.create(file, "text/plain")), 1 << 16);
        files.put(line.getKey(), file);
        streams.put(line.getKey(), out);
      }
      out.write(line.getValue().getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) throws IOException {
      for (Map.Entry<String, OutputStream> e : streams.entrySet()) {
        e.getValue().close();
        c.output(KV.of(e.getKey(), files.get(e.getKey()).toString()),
            GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
      streams.clear();
      files.clear();
    }
  }

  /**
   * Renames an output's bundle files (a side input: output name → files) to
   * {@code <dir>/<name>-SSSSS-of-NNNNN<suffix>}, Beam's default shard naming; an output without
   * lines gets one empty shard. Then deletes what retried bundles left.
   */
  static final class NameShardsFn extends FinishOutputFn {
    NameShardsFn(String directory, String suffix, PCollectionView<Map<String, Iterable<String>>> files) {
      super(directory, suffix, files);
    }

    @Override
    void finish(String output, Iterable<String> files) throws IOException {
      List<String> parts = new ArrayList<>();
      files.forEach(parts::add);
      Collections.sort(parts);
      if (parts.isEmpty()) {
        try (OutputStream empty = Channels.newOutputStream(FileSystems.create(
            target(directory, shardName(output, 0, 1)), "text/plain"))) {
          // an output without lines: one empty shard, as Beam's file sink writes
        }
      } else {
        List<ResourceId> from = new ArrayList<>();
        List<ResourceId> to = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
          from.add(FileSystems.matchNewResource(parts.get(i), false));
          to.add(target(directory, shardName(output, i, parts.size())));
        }
        FileSystems.rename(from, to, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      }
      deleteLeftovers(directory, shardPrefix(output + suffix));
    }

    private String shardName(String output, int shard, int of) {
      return String.format("%s-%05d-of-%05d%s", output, shard, of, suffix);
    }
  }

  /** A line of a run and its UTF-8 bytes, ordered by {@link String#compareTo} (the merge's order). */
  private record SortedLine(String text, byte[] bytes) implements Comparable<SortedLine> {
    @Override
    public int compareTo(SortedLine other) {
      return text.compareTo(other.text);
    }
  }

  /** A sorted run being merged: its current line; ties go to the earlier run (any order gives the same bytes). */
  private static final class Run implements Comparable<Run> {
    final int index;
    final DataInputStream in;
    String line;
    byte[] bytes;

    Run(int index, DataInputStream in) {
      this.index = index;
      this.in = in;
    }

    /** Reads the next line; false at the end of the run. */
    boolean advance() throws IOException {
      int length;
      try {
        length = in.readInt();
      } catch (EOFException end) {
        line = null;
        bytes = null;
        return false;
      }
      bytes = new byte[length];
      in.readFully(bytes);
      line = new String(bytes, StandardCharsets.UTF_8);
      return true;
    }

    @Override
    public int compareTo(Run other) {
      int byLine = line.compareTo(other.line);
      return byLine != 0 ? byLine : Integer.compare(index, other.index);
    }
  }
}
