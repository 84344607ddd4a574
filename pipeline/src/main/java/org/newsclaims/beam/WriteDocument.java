package org.newsclaims.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes a one-element PCollection (a rendered report) to {@code <dir>/<name>} where it is made,
 * through a temporary file renamed into place.
 *
 * <p>A rendered report grows with the findings it shows; passing it through a shuffle (as a
 * sharded file sink does) makes one huge record that some runners cannot sort. Writing it in the
 * DoFn that receives it avoids the shuffle; the rename keeps a killed or retried run from leaving
 * a half-written file under the final name. Works on any Beam file system.
 *
 * <pre>{@code html.apply(WriteDocument.to("output", "report.html")); }</pre>
 */
public final class WriteDocument extends PTransform<PCollection<String>, PDone> {

  private final String directory;
  private final String fileName;

  private WriteDocument(String directory, String fileName) {
    this.directory = directory;
    this.fileName = fileName;
  }

  public static WriteDocument to(String directory, String fileName) {
    return new WriteDocument(directory, fileName);
  }

  @Override
  public PDone expand(PCollection<String> document) {
    document.apply("Write", ParDo.of(new WriteFn(directory, fileName)));
    return PDone.in(document.getPipeline());
  }

  static final class WriteFn extends DoFn<String, Void> {
    private final String directory;
    private final String fileName;

    WriteFn(String directory, String fileName) {
      this.directory = directory;
      this.fileName = fileName;
    }

    @ProcessElement
    public void process(@Element String text) throws IOException {
      write(directory, fileName, text);
    }
  }

  /**
   * Writes {@code text} to {@code <directory>/<fileName>} through a temporary file renamed into
   * place (replacing an older version); also used by the streaming writers.
   */
  static void write(String directory, String fileName, String text) throws IOException {
    ResourceId dir = FileSystems.matchNewResource(directory, true);
    ResourceId target = dir.resolve(fileName, ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    ResourceId temp = dir.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp",
        ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temp, "application/octet-stream"))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    FileSystems.rename(List.of(temp), List.of(target), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }
}
