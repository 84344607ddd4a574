package org.newsclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dataflow Flex Template metadata ({@code pipeline/src/main/flex-template/metadata.json})
 * matches {@link Options}, and the documented Dataflow command's options validate. Nothing here
 * reaches Google Cloud: options are parsed and checked, never run.
 */
class FlexTemplateTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATAFLOW_RUNNER = "org.apache.beam.runners.dataflow.DataflowRunner";
  /** The options of the README's Dataflow command, except the runner and region. */
  private static final List<String> DOCUMENTED = List.of("--project=my-project",
      "--tempLocation=gs://my-bucket/tmp", "--input=gs://my-bucket/crawl/2026-11-23/*.jsonl",
      "--output=gs://my-bucket/reports", "--runName=auto");

  private static JsonNode metadata;

  @BeforeAll
  static void read() throws IOException {
    metadata = JSON.readTree(Path.of("pipeline/src/main/flex-template/metadata.json").toFile());
    PipelineOptionsFactory.register(Options.class);
  }

  @Test
  void everyTemplateParameterIsAnOptionAndEveryRequiredOptionIsAMandatoryParameter() {
    Map<String, Method> options = properties();
    Set<String> listed = new TreeSet<>();
    for (JsonNode p : metadata.get("parameters")) {
      String name = p.get("name").asText();
      assertTrue(options.containsKey(name), name + " is not an option of Options");
      assertFalse(p.get("label").asText().isBlank(), name);
      assertFalse(p.get("helpText").asText().isBlank(), name);
      assertTrue(listed.add(name), name + " listed twice");
      boolean required = options.get(name).isAnnotationPresent(Validation.Required.class);
      if (required) {
        assertFalse(p.get("isOptional").asBoolean(), name + " is required by Options");
      }
    }
    for (Map.Entry<String, Method> o : options.entrySet()) {
      if (o.getValue().isAnnotationPresent(Validation.Required.class)) {
        assertTrue(listed.contains(o.getKey()), "required option " + o.getKey() + " is not a template parameter");
      }
    }
    assertTrue(listed.containsAll(List.of("input", "output", "runName", "shards", "stageOutputs")), listed.toString());
    assertEquals("News claims consistency", metadata.get("name").asText());
    assertFalse(metadata.get("streaming").asBoolean());
  }

  @Test
  void theParametersRegexesAcceptWhatTheLauncherAcceptsAndRejectWhatItRejects() {
    Map<String, List<String>> good = Map.of(
        "runName", List.of("auto", "2026-11-23", "daily_run.2", "A"),
        "shards", List.of("0", "1", "16"),
        "stageOutputs", List.of("true", "false"),
        "input", List.of("gs://my-bucket/crawl/*.jsonl"),
        "output", List.of("gs://my-bucket/reports"));
    Map<String, List<String>> bad = Map.of(
        "runName", List.of("../up", ".hidden", "latest", "latest.txt", "with space", "a/b"),
        "shards", List.of("-1", "two"),
        "stageOutputs", List.of("yes"),
        "input", List.of("two words"),
        "output", List.of(""));
    for (JsonNode p : metadata.get("parameters")) {
      String name = p.get("name").asText();
      List<Pattern> regexes = new ArrayList<>();
      p.get("regexes").forEach(r -> regexes.add(Pattern.compile(r.asText())));
      for (String value : good.get(name)) {
        assertTrue(regexes.stream().allMatch(r -> r.matcher(value).matches()), name + "=" + value);
        if (!name.equals("input") && !name.equals("output")) {
          ConsistencyPipeline.validate(parse("--" + name + "=" + value));
        }
      }
      for (String value : bad.get(name)) {
        assertFalse(regexes.stream().allMatch(r -> r.matcher(value).matches()), name + "=" + value);
      }
    }
    for (String value : bad.get("runName")) {
      assertThrows(IllegalArgumentException.class, () -> ConsistencyPipeline.validate(parse("--runName=" + value)), value);
    }
    assertThrows(IllegalArgumentException.class, () -> ConsistencyPipeline.validate(parse("--shards=-1")));
    assertThrows(IllegalArgumentException.class, () -> parse("--shards=two"));
    assertThrows(IllegalArgumentException.class, () -> parse("--stageOutputs=yes"));
  }

  @Test
  void theDocumentedDataflowOptionsValidateAndMistakesAreRejected() {
    Options options = parse(DOCUMENTED.toArray(String[]::new));
    ConsistencyPipeline.validate(options);
    assertEquals(List.of("gs://my-bucket/crawl/2026-11-23/*.jsonl"), options.getInput());
    assertEquals("gs://my-bucket/reports", options.getOutput());
    assertEquals("gs://my-bucket/tmp", options.getTempLocation());
    assertTrue(options.getStageOutputs());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> parse("--input=gs://b/in/*.txt", "--outptu=gs://b/out"));
    assertTrue(unknown.getMessage().contains("outptu"), unknown.getMessage());
  }

  /**
   * With the dataflow-runner profile ({@code mvn -Pdataflow-runner test -Dtest=FlexTemplateTest}),
   * the README's full command validates, region included; without it, naming the runner fails
   * with a message listing the runners there are, as a user without the profile would see.
   */
  @Test
  void theDataflowRunnerIsAcceptedExactlyWhenItsProfileIsOnTheClasspath() throws Exception {
    List<String> args = new ArrayList<>(DOCUMENTED);
    args.add("--runner=DataflowRunner");
    if (present(DATAFLOW_RUNNER)) {
      args.add("--region=europe-west1");
      Options options = parse(args.toArray(String[]::new));
      ConsistencyPipeline.validate(options);
      assertEquals("DataflowRunner", options.getRunner().getSimpleName());
      Class<?> dataflow = Class.forName("org.apache.beam.runners.dataflow.options.DataflowPipelineOptions");
      @SuppressWarnings("unchecked")
      Object df = options.as((Class<org.apache.beam.sdk.options.PipelineOptions>) dataflow);
      assertEquals("europe-west1", dataflow.getMethod("getRegion").invoke(df));
      assertEquals("my-project", dataflow.getMethod("getProject").invoke(df));
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(args.toArray(String[]::new)));
      assertTrue(e.getMessage().contains("DataflowRunner"), e.getMessage());
    }
  }

  private static Options parse(String... args) {
    return PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
  }

  /** Options' own properties (not Beam's), by name. */
  private static Map<String, Method> properties() {
    Map<String, Method> props = new TreeMap<>();
    for (Method m : Options.class.getDeclaredMethods()) {
      String n = m.getName();
      if (m.getParameterCount() == 0 && (n.startsWith("get") || n.startsWith("is")) && !m.isDefault()) {
        String bare = n.substring(n.startsWith("get") ? 3 : 2);
        props.put(Character.toLowerCase(bare.charAt(0)) + bare.substring(1), m);
      }
    }
    return props;
  }

  private static boolean present(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
