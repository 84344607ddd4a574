package org.newsclaims.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The product jar ships the pipeline only: no evaluation or benchmark class and none of their
 * resources (gold files, the corpus generator's data). {@code mvn verify} packages the pipeline
 * module before it tests this one, so the jar checked is the one just built.
 */
class BundledJarHoldsNoToolsTest {

  static final Path BUNDLED = Path.of("pipeline/target/pipeline-bundled.jar");
  static final List<String> TOOL_FOLDERS = List.of("org/newsclaims/eval/", "org/newsclaims/bench/");

  @Test
  void bundledJarHoldsThePipelineButNoEvaluationOrBenchmarkEntry() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(BUNDLED), BUNDLED + " not built (mvn package)");
    try (JarFile jar = new JarFile(BUNDLED.toFile())) {
      List<String> tools = jar.stream().map(ZipEntry::getName)
          .filter(name -> TOOL_FOLDERS.stream().anyMatch(name::startsWith)).toList();
      assertEquals(List.of(), tools);
      assertTrue(jar.getEntry("org/newsclaims/ConsistencyPipeline.class") != null,
          "the jar checked is not the pipeline's");
      assertTrue(jar.getEntry("org/newsclaims/analysis/ArticleAnalyser.class") != null);
    }
  }

  @Test
  void toolsAreOnThisModulesClassPath() {
    // the folders the check looks for are where the tools really live
    assertTrue(getClass().getResource("/org/newsclaims/eval/claims-gold.tsv") != null);
    assertTrue(getClass().getResource("/org/newsclaims/bench/CoreBenchmark.class") != null);
  }
}
