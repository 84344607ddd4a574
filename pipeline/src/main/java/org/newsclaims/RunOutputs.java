package org.newsclaims;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newsclaims.report.JsonLines;
import org.newsclaims.report.RunSummary;

/**
 * Where a run's outputs go and how they get there, on any Beam file system.
 *
 * <p>The pipeline writes into a hidden staging folder, {@code <output>/.staging-<id>/}. Only when
 * it has finished successfully does {@link #publish} complete {@code summary.json} with the
 * run's inputs and timing and move every file into the final folder: {@code <output>/} or, with
 * {@code --runName}, {@code <output>/<runName>/}; then it points {@code <output>/latest.txt} (and,
 * on a local disk, the symbolic link {@code <output>/latest}) at the run folder. A failed run
 * {@link #discard}s the staging folder, so the previous outputs stay as they were.
 *
 * <p>Each file is moved by {@link FileSystems#rename}: one atomic rename per file on a local disk
 * or HDFS, a copy then delete on object stores such as GCS. The set of files is not replaced
 * atomically: readers that must never see a half-published run read through {@code latest.txt},
 * which changes only once the run folder is complete.
 *
 * <pre>{@code
 * RunOutputs outputs = RunOutputs.plan(options, Instant.now());
 * // build the pipeline writing into outputs.writeTo(), run it, then
 * outputs.publish(Instant.now());   // or outputs.discard() when it failed
 * }</pre>
 */
final class RunOutputs {

  /** The file naming the latest successful run folder (one line). */
  static final String LATEST_FILE = "latest.txt";
  /** On a local disk, a symbolic link to the latest successful run folder. */
  static final String LATEST_LINK = "latest";
  static final String SUMMARY = "summary.json";
  /** A run name: a plain folder name; hidden names are the staging folders'. */
  static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  /** {@code --runName=auto}: the UTC start time to the second, such as 2026-11-23T063000Z. */
  static final String AUTO = "auto";
  private static final DateTimeFormatter AUTO_NAME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final ResourceId output;
  private final String runName;
  private final ResourceId target;
  private final ResourceId staging;
  private final List<String> patterns;
  private final long inputFiles;
  private final Instant started;

  private RunOutputs(ResourceId output, String runName, ResourceId target, ResourceId staging,
      List<String> patterns, long inputFiles, Instant started) {
    this.output = output;
    this.runName = runName;
    this.target = target;
    this.staging = staging;
    this.patterns = patterns;
    this.inputFiles = inputFiles;
    this.started = started;
  }

  /**
   * Plans the run's folders and counts the files the input patterns match now. Call after the
   * options registered the file systems ({@code FileSystems.setDefaultPipelineOptions}).
   */
  static RunOutputs plan(Options options, Instant started) {
    ResourceId output = FileSystems.matchNewResource(options.getOutput(), true);
    String runName = runName(options.getRunName(), started);
    ResourceId target = runName == null ? output : output.resolve(runName, StandardResolveOptions.RESOLVE_DIRECTORY);
    ResourceId staging = options.getStageOutputs()
        ? output.resolve(".staging-" + UUID.randomUUID(), StandardResolveOptions.RESOLVE_DIRECTORY)
        : target;
    return new RunOutputs(output, runName, target, staging, List.copyOf(options.getInput()),
        countFiles(options.getInput()), started);
  }

  /** The run folder's name ({@code auto} resolved), or null without one; rejects unsafe names. */
  static String runName(String given, Instant started) {
    if (given == null || given.isEmpty()) {
      return null;
    }
    if (given.equals(AUTO)) {
      return AUTO_NAME.format(started);
    }
    if (!RUN_NAME.matcher(given).matches() || given.equals(LATEST_LINK) || given.equals(LATEST_FILE)) {
      throw new IllegalArgumentException("--runName must be 'auto' or a folder name of letters, digits, "
          + "'.', '_' and '-' starting with a letter or digit (and not 'latest'), not '" + given + "'");
    }
    return given;
  }

  /** The directory the pipeline writes into. */
  String writeTo() {
    return staging.toString();
  }

  /** The directory the outputs end up in. */
  String target() {
    return target.toString();
  }

  boolean staged() {
    return !staging.equals(target);
  }

  /**
   * Completes summary.json, moves the staged files into the final folder (in a run folder, files
   * a previous run of the same name left and this one did not write are removed), points
   * {@code latest} at the run folder and removes the staging folder.
   */
  void publish(Instant finished) throws IOException {
    ResourceId summary = staging.resolve(SUMMARY, StandardResolveOptions.RESOLVE_FILE);
    RunSummary counts = JsonLines.fromLine(read(summary), RunSummary.class);
    write(summary, JsonLines.toPrettyJson(counts.withRun(patterns, inputFiles, started, finished)));
    if (staged()) {
      List<ResourceId> from = new ArrayList<>();
      List<ResourceId> to = new ArrayList<>();
      Set<String> names = new TreeSet<>();
      for (ResourceId file : files(staging)) {
        from.add(file);
        to.add(target.resolve(file.getFilename(), StandardResolveOptions.RESOLVE_FILE));
        names.add(file.getFilename());
      }
      createLocalDirectory(target);
      FileSystems.rename(from, to, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      if (runName != null) {
        List<ResourceId> stale = new ArrayList<>();
        for (ResourceId file : files(target)) {
          if (!names.contains(file.getFilename())) {
            stale.add(file);
          }
        }
        FileSystems.delete(stale, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      }
      discard();
    }
    if (runName != null) {
      write(output.resolve(LATEST_FILE, StandardResolveOptions.RESOLVE_FILE), runName + "\n");
      linkLatest();
    }
  }

  /** Removes the staging folder and everything in it (nothing when the outputs are not staged). */
  void discard() throws IOException {
    if (!staged()) {
      return;
    }
    Path local = localPath(staging);
    if (local != null) {
      if (Files.exists(local)) {
        try (Stream<Path> all = Files.walk(local)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
      return;
    }
    List<ResourceId> all = new ArrayList<>();
    for (MatchResult.Metadata m : FileSystems.match(staging + "**", EmptyMatchTreatment.ALLOW).metadata()) {
      all.add(m.resourceId());
    }
    FileSystems.delete(all, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /** The regular, non-hidden files directly in a directory. */
  private static List<ResourceId> files(ResourceId dir) throws IOException {
    List<ResourceId> files = new ArrayList<>();
    for (MatchResult.Metadata m : FileSystems.match(dir + "*", EmptyMatchTreatment.ALLOW).metadata()) {
      String name = m.resourceId().getFilename();
      if (!m.resourceId().isDirectory() && name != null && !name.isEmpty() && !name.startsWith(".")) {
        files.add(m.resourceId());
      }
    }
    return files;
  }

  /** How many files the patterns match (directories are not files). */
  private static long countFiles(List<String> patterns) {
    try {
      long n = 0;
      for (MatchResult result : FileSystems.match(patterns, EmptyMatchTreatment.ALLOW)) {
        if (result.status() == MatchResult.Status.OK) {
          n += result.metadata().stream().filter(m -> !m.resourceId().isDirectory()).count();
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input files", e);
    }
  }

  private static String read(ResourceId file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Writes a small file through a temporary file renamed into place. */
  private static void write(ResourceId file, String text) throws IOException {
    ResourceId temp = file.getCurrentDirectory()
        .resolve("." + file.getFilename() + "." + UUID.randomUUID() + ".tmp", StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temp, "application/octet-stream"))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    FileSystems.rename(List.of(temp), List.of(file));
  }

  /** On a local disk, replaces {@code <output>/latest} by a link to the run folder, atomically. */
  private void linkLatest() throws IOException {
    Path dir = localPath(output);
    if (dir == null) {
      return;
    }
    Path temp = dir.resolve(".latest." + UUID.randomUUID());
    Files.createSymbolicLink(temp, Path.of(runName));
    try {
      Files.move(temp, dir.resolve(LATEST_LINK), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void createLocalDirectory(ResourceId dir) throws IOException {
    Path local = localPath(dir);
    if (local != null) {
      Files.createDirectories(local);
    }
  }

  /** The local path of a directory on the local file system, or null on any other. */
  private static Path localPath(ResourceId dir) {
    return "file".equals(dir.getScheme()) ? Path.of(dir.toString()) : null;
  }
}
