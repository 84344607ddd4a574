package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;

/**
 * Every verdict, end to end, on three short articles written for this test about a storm in a
 * small town: a.txt and b.txt the day after (17 October 2024), c.txt a week later.
 *
 * <ul>
 *   <li>a: « trois morts et 12 blessés jeudi 17 octobre … Plus de 200 personnes ont été évacuées …
 *       40 pompiers »
 *   <li>b: « 3 morts et 25 blessés mercredi 16 octobre … Environ 220 personnes ont été évacuées …
 *       Quarante pompiers »
 *   <li>c: « la tempête du vendredi 17 octobre a fait cinq morts … coût … 40 millions d'euros »
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerdictsOnSmallArticlesTest {

  private List<JsonNode> findings;

  @BeforeAll
  void run(@TempDir Path out) {
    String input = Path.of("pipeline/src/test/resources/org/newsclaims/e2e/storm/*.txt").toString();
    Options options = PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + out,
        "--enforceImmutability=false").as(Options.class);
    ConsistencyPipeline.run(options);
    findings = SeedRun.at(out).lines("findings.jsonl");
  }

  private JsonNode only(String property, String verdict) {
    List<JsonNode> found = findings.stream()
        .filter(f -> f.get("property").asText().startsWith(property) && f.get("verdict").asText().equals(verdict))
        .toList();
    assertEquals(1, found.size(), () -> property + "=" + verdict + " in\n" + findings.stream()
        .map(f -> f.get("property").asText() + "=" + f.get("verdict").asText()).collect(Collectors.joining("\n")));
    return found.get(0);
  }

  @Test
  void theSameTollInTwoOutletsThenAHigherOneAWeekLaterIsAChangeOverTime() {
    JsonNode f = only("deaths:count", "changed_over_time");
    assertEquals("place:sommieres", f.get("entity").asText());
    assertTrue(f.get("explanation").asText().contains("2024-10-25"), f.toString());
  }

  @Test
  void twelveAgainstTwentyFiveWoundedOnTheSameDayIsAConflict() {
    only("injured:count", "conflict");
  }

  @Test
  void moreThan200AgainstAbout220EvacuatedIsCompatible() {
    only("displaced:count", "compatible");
  }

  @Test
  void thursdayAgainstWednesdayIsAConflictAndFridayThe17thIsInconsistent() {
    only("wounded:date", "conflict");
    JsonNode internal = only("casualties:date", "internal_inconsistency");
    assertTrue(internal.get("explanation").asText().contains("17 October 2024 was a Thursday"));
  }

  @Test
  void fortyInDigitsAndInWordsAgree() {
    JsonNode f = only("pompi:count", "agree");
    assertEquals(2, f.get("claims").size());
  }

  @Test
  void aFigureOnlyOneOutletGivesIsSingleSource() {
    only("cost:money", "single_source");
  }
}
