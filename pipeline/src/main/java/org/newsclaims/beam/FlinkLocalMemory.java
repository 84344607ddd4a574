package org.newsclaims.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Bounds the memory of an in-process Flink run ({@code --runner=FlinkRunner} with
 * {@code --flinkMaster=[local]} or {@code [auto]}), unless the user gave a configuration
 * ({@code --flinkConfDir} or {@code FLINK_CONF_DIR}).
 *
 * <p>Why: for a local run Beam sets Flink's managed memory to 40 % of the free heap, and Flink
 * allocates it off the heap: with {@code -Xmx1g} the process grows to the heap plus about
 * 400 MB of sort buffers, plus the network buffers (a 100k run reached 1.46 GiB RSS with under
 * 650 MB of heap in use). The defaults written here ({@link #CONFIG}) cap managed memory at
 * {@value #MANAGED} and the network buffers at {@value #NETWORK}: the sorts of the keyed steps
 * spill to local disk sooner instead of growing the process. A file {@code flink-conf.yaml} with
 * these lines is written to a temporary directory and passed as {@code --flinkConfDir}.
 */
public final class FlinkLocalMemory {

  /** Managed (sort and hash) memory of the local TaskManager. */
  static final String MANAGED = "192m";
  /** Network buffer memory of the local TaskManager (min and max). */
  static final String NETWORK = "64m";

  /** The configuration written for a local run. */
  static final String CONFIG = "taskmanager.memory.managed.size: " + MANAGED + "\n"
      + "taskmanager.memory.network.min: " + NETWORK + "\n"
      + "taskmanager.memory.network.max: " + NETWORK + "\n";

  private FlinkLocalMemory() {}

  /** Sets {@code --flinkConfDir} to a directory holding {@link #CONFIG} when the run is a local Flink run without one. */
  public static void applyDefaults(PipelineOptions options) {
    if (!"FlinkRunner".equals(options.getRunner().getSimpleName()) || System.getenv("FLINK_CONF_DIR") != null) {
      return;
    }
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    String master = flink.getFlinkMaster();
    if (flink.getFlinkConfDir() != null || !(master == null || "[local]".equals(master) || "[auto]".equals(master))) {
      return;
    }
    flink.setFlinkConfDir(writeConfig().toString());
  }

  private static Path writeConfig() {
    try {
      Path dir = Files.createTempDirectory("newsclaims-flink-conf");
      Path file = dir.resolve("flink-conf.yaml");
      Files.writeString(file, CONFIG, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the local Flink configuration", e);
    }
  }
}
