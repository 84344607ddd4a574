package org.newsclaims.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** A local Flink run gets bounded managed and network memory unless the user configured Flink. */
class FlinkLocalMemoryTest {

  private static FlinkPipelineOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(FlinkPipelineOptions.class);
  }

  @Test
  void aLocalFlinkRunGetsTheBoundedConfiguration() throws Exception {
    FlinkPipelineOptions o = options("--runner=FlinkRunner", "--flinkMaster=[local]");
    FlinkLocalMemory.applyDefaults(o);
    if (System.getenv("FLINK_CONF_DIR") != null) {
      assertNull(o.getFlinkConfDir());
      return;
    }
    Path conf = Path.of(o.getFlinkConfDir(), "flink-conf.yaml");
    assertEquals(FlinkLocalMemory.CONFIG, Files.readString(conf));
    assertTrue(FlinkLocalMemory.CONFIG.contains("taskmanager.memory.managed.size: 192m"));
  }

  @Test
  void aGivenConfigurationIsLeftAlone() {
    FlinkPipelineOptions o = options("--runner=FlinkRunner", "--flinkMaster=[local]", "--flinkConfDir=/etc/flink");
    FlinkLocalMemory.applyDefaults(o);
    assertEquals("/etc/flink", o.getFlinkConfDir());
  }

  @Test
  void aClusterOrAnotherRunnerIsLeftAlone() {
    FlinkPipelineOptions remote = options("--runner=FlinkRunner", "--flinkMaster=jobmanager:8081");
    FlinkLocalMemory.applyDefaults(remote);
    assertNull(remote.getFlinkConfDir());
    FlinkPipelineOptions direct = options("--runner=DirectRunner");
    FlinkLocalMemory.applyDefaults(direct);
    assertNull(direct.getFlinkConfDir());
  }
}
