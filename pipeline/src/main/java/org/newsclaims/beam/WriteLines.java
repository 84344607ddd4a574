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
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes lines of text to one output file, or to runner-chosen shards for large runs.
 *
 * <p>With {@code shards == 1} the lines are sorted and written to exactly
 * {@code <dir>/<name><suffix>} (an empty input gives an empty file), so reruns give identical
 * bytes. The sort is an external merge sort that scales with the output: lines are grouped by a
 * hash bucket ({@link Buckets}), each bucket is sorted in memory and written as a sorted run
 * under {@code <dir>/.temp-beam/}, and one step merges the runs (one open reader per run) into a
 * temporary file that is renamed to the final name, then deletes the runs. No worker ever holds
 * the whole output: a bucket holds 1/{@link Buckets#count} of it. With {@code shards == 0} the
 * runner picks the sharding: {@code <dir>/<name>-00000-of-00004<suffix>}, unsorted, one pass
 * (Beam's file sink). Either way a killed run leaves no half-written file under the final name.
 *
 * <pre>{@code lines.apply(WriteLines.to("output", "claims", ".jsonl", 1)); }</pre>
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
    if (shards < 0) {
      throw new IllegalArgumentException("--shards must be 0 (runner decides) or more, not " + shards);
    }
    return new WriteLines(directory, name, suffix, shards);
  }

  @Override
  public PDone expand(PCollection<String> lines) {
    if (shards == 1) {
      String fileName = name + suffix;
      int buckets = Buckets.count(lines.getPipeline().getOptions());
      lines.apply("KeyByBucket", ParDo.of(new BucketLineFn(buckets)))
          .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()))
          .apply("GroupBuckets", GroupByKey.create())
          .apply("SortRuns", ParDo.of(new SortRunFn(directory, fileName)))
          .setCoder(StringUtf8Coder.of())
          .apply("CollectRuns", Combine.globally(new ToList<String>()))
          .apply("MergeRuns", ParDo.of(new MergeRunsFn(directory, fileName)));
    } else {
      lines.apply("WriteShards", FileIO.<String>write()
          .via(TextIO.sink())
          .to(directory)
          .withNaming(FileIO.Write.defaultNaming(name, suffix)));
    }
    return PDone.in(lines.getPipeline());
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

  /** Keys a line by its bucket. */
  static final class BucketLineFn extends DoFn<String, KV<Integer, String>> {
    private final int buckets;

    BucketLineFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element String line, OutputReceiver<KV<Integer, String>> out) {
      out.output(KV.of(Buckets.of(line, buckets), line));
    }
  }

  /**
   * Sorts one bucket's lines and writes them as a run (each line as its UTF-8 length and bytes:
   * a "line" may itself contain newlines, as summary.json does); outputs the run's name.
   */
  static final class SortRunFn extends DoFn<KV<Integer, Iterable<String>>, String> {
    private final String directory;
    private final String fileName;

    SortRunFn(String directory, String fileName) {
      this.directory = directory;
      this.fileName = fileName;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<String>> bucket, OutputReceiver<String> out) throws IOException {
      List<String> lines = new ArrayList<>();
      bucket.getValue().forEach(lines::add);
      Collections.sort(lines);
      ResourceId run = tempDirectory(directory).resolve(runPrefix(fileName) + UUID.randomUUID(),
          ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(
          Channels.newOutputStream(FileSystems.create(run, "application/octet-stream")), 1 << 16))) {
        for (String line : lines) {
          byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
          data.writeInt(bytes.length);
          data.write(bytes);
        }
      }
      out.output(run.toString());
    }
  }

  /**
   * Merges the sorted runs into {@code <dir>/<fileName>} (lines in {@link String#compareTo}
   * order, each ending with a newline): written to a temporary file, renamed into place, then
   * the runs are deleted, with any left by a retried bundle.
   */
  static final class MergeRunsFn extends DoFn<List<String>, Void> {
    private final String directory;
    private final String fileName;

    MergeRunsFn(String directory, String fileName) {
      this.directory = directory;
      this.fileName = fileName;
    }

    @ProcessElement
    public void process(@Element List<String> runNames) throws IOException {
      ResourceId temp = tempDirectory(directory);
      ResourceId target = FileSystems.matchNewResource(directory, true)
          .resolve(fileName, ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      ResourceId merged = temp.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp",
          ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      List<Run> runs = new ArrayList<>();
      try {
        PriorityQueue<Run> heads = new PriorityQueue<>();
        for (String name : runNames) {
          Run run = new Run(runs.size(), new DataInputStream(new BufferedInputStream(
              Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(name, false))), 1 << 14)));
          runs.add(run);
          if (run.advance()) {
            heads.add(run);
          }
        }
        try (OutputStream out = new BufferedOutputStream(
            Channels.newOutputStream(FileSystems.create(merged, "application/octet-stream")), 1 << 16)) {
          while (!heads.isEmpty()) {
            Run run = heads.poll();
            out.write(run.line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            if (run.advance()) {
              heads.add(run);
            }
          }
        }
      } finally {
        for (Run run : runs) {
          run.in.close();
        }
      }
      FileSystems.rename(List.of(merged), List.of(target), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      List<ResourceId> leftovers = new ArrayList<>();
      MatchResult match = FileSystems.match(temp.resolve(runPrefix(fileName) + "*",
          ResolveOptions.StandardResolveOptions.RESOLVE_FILE).toString(), EmptyMatchTreatment.ALLOW);
      if (match.status() == MatchResult.Status.OK) {
        match.metadata().forEach(m -> leftovers.add(m.resourceId()));
      }
      FileSystems.delete(leftovers, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }

  /** A sorted run being merged: its current line; ties go to the earlier run (any order gives the same bytes). */
  private static final class Run implements Comparable<Run> {
    final int index;
    final DataInputStream in;
    String line;

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
        return false;
      }
      byte[] bytes = new byte[length];
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
