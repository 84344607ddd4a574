package org.newsclaims.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes lines of text to one output file, or to runner-chosen shards for large runs.
 *
 * <p>With {@code shards == 1} the lines are sorted and written to exactly
 * {@code <dir>/<name><suffix>} (an empty input gives an empty file), so reruns give identical
 * bytes. With {@code shards == 0} the runner picks the sharding:
 * {@code <dir>/<name>-00000-of-00004<suffix>}. Either way Beam writes temporary files and renames
 * them at the end, so a killed run leaves no half-written file under the final name.
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
      lines.apply("CollectLines", Combine.globally(new ToList<String>()))
          .apply("SortLines", MapElements.into(TypeDescriptors.strings()).via(WriteLines::sortedText))
          .setCoder(StringUtf8Coder.of())
          .apply("WriteFile", FileIO.<String>write()
              .via(new RawText())
              .to(directory)
              .withNaming((window, pane, numShards, shardIndex, compression) -> fileName)
              .withNumShards(1));
    } else {
      lines.apply("WriteShards", FileIO.<String>write()
          .via(TextIO.sink())
          .to(directory)
          .withNaming(FileIO.Write.defaultNaming(name, suffix)));
    }
    return PDone.in(lines.getPipeline());
  }

  /** The lines sorted, each ending with a newline. */
  static String sortedText(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    Collections.sort(sorted);
    StringBuilder text = new StringBuilder();
    for (String line : sorted) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /** A sink that writes each element's characters exactly as they are. */
  static final class RawText implements FileIO.Sink<String> {
    private transient OutputStream out;

    @Override
    public void open(WritableByteChannel channel) {
      out = Channels.newOutputStream(channel);
    }

    @Override
    public void write(String element) throws IOException {
      out.write(element.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
