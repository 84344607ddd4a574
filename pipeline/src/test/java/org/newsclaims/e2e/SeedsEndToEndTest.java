package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the five seed articles, as a user runs it: the findings the product exists for.
 *
 * <p>Seeds 000–002 report Putin's visit to the Kursk region in March 2025 (000 dates it "mardi
 * 12 mars", 001 and 002 "mercredi"); 003 reports the Ukrainian incursion of August 2024; 004 the
 * end of the operation on 26 April 2025.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsEndToEndTest {

  private SeedRun run;
  private List<JsonNode> findings;

  @BeforeAll
  void runPipeline(@TempDir Path dir) {
    run = SeedRun.of(dir);
    findings = run.lines("findings.jsonl");
  }

  private List<JsonNode> findings(String property, String verdict) {
    return findings.stream()
        .filter(f -> f.get("property").asText().equals(property) && f.get("verdict").asText().equals(verdict))
        .toList();
  }

  private static Set<String> articles(JsonNode finding) {
    Set<String> out = new TreeSet<>();
    finding.get("claims").forEach(c -> out.add(c.get("article").asText().substring(0, 3)));
    finding.get("quotes").forEach(c -> out.add(c.get("article").asText().substring(0, 3)));
    return out;
  }

  private static Set<String> texts(JsonNode finding, String article) {
    Set<String> out = new TreeSet<>();
    finding.get("claims").forEach(c -> {
      if (c.get("article").asText().startsWith(article)) {
        out.add(c.get("text").asText());
      }
    });
    return out;
  }

  private String verdicts() {
    return findings.stream().map(f -> f.get("entity").asText() + " " + f.get("property").asText() + "="
        + f.get("verdict").asText()).collect(Collectors.joining("\n"));
  }

  @Test
  void moreThan86PercentInMarchAgainstTheWholeRegionInAprilIsAChangeOverTime() {
    List<JsonNode> found = findings("retake:share", "changed_over_time");
    assertEquals(1, found.size(), verdicts());
    JsonNode f = found.get(0);
    assertEquals("place:koursk", f.get("entity").asText());
    assertTrue(texts(f, "000").stream().anyMatch(t -> t.toLowerCase().contains("plus de 86")), f.toString());
    assertTrue(texts(f, "004").contains("entièrement"), f.toString());
    String explanation = f.get("explanation").asText();
    assertTrue(explanation.contains("2025-03-12") && explanation.contains("2025-04-26"), explanation);
  }

  @Test
  void theWeekdayOfTheVisitIsADisagreementAndAnInternalInconsistency() {
    List<JsonNode> conflict = findings("visit:date", "conflict");
    assertEquals(1, conflict.size(), verdicts());
    assertEquals(Set.of("000", "001"), articles(conflict.get(0)));
    assertTrue(conflict.get(0).get("explanation").asText().contains("12 March 2025 was a Wednesday"));
    assertTrue(findings.stream().anyMatch(f -> f.get("verdict").asText().equals("internal_inconsistency")
        && texts(f, "000").contains("mardi 12 mars")), verdicts());
  }

  @Test
  void theAreaKyivClaimedConflictsWithSeveralHundredSquareKilometres() {
    List<JsonNode> conflict = findings("occupy:area", "conflict");
    assertEquals(1, conflict.size(), verdicts());
    assertTrue(texts(conflict.get(0), "003").contains("dépasse les 1 000 km²"));
    assertTrue(texts(conflict.get(0), "004").contains("plusieurs centaines de kilomètres carrés"));
    List<JsonNode> derived = findings("occupy:area#derived", "conflict");
    assertEquals(1, derived.size(), "1 100 km² being 86 % implies about 1 280 km²: " + verdicts());
    assertTrue(derived.get(0).get("explanation").asText().contains("1,279"), derived.get(0).toString());
  }

  @Test
  void theFiguresTheOutletsShareAgree() {
    JsonNode prisoners = findings("capture:count", "agree").get(0);
    assertEquals(Set.of("000", "001", "002"), articles(prisoners));
    JsonNode area = findings("retake:area", "agree").get(0);
    assertEquals(Set.of("000", "001"), articles(area));
    JsonNode ceasefire = findings("ceasefire:duration", "agree").get(0);
    assertEquals(Set.of("001", "002"), articles(ceasefire));
    assertEquals(1, findings("retake:count@last:5:day", "agree").size(), verdicts());
    assertEquals(1, findings("retake:area@last:5:day", "agree").size(), verdicts());
  }

  @Test
  void outletsQuotingSyrskyWithDifferentWordsIsAQuoteDisagreement() {
    JsonNode f = findings.stream()
        .filter(x -> x.get("property").asText().startsWith("quote:") && x.get("verdict").asText().equals("conflict")
            && x.get("explanation").asText().contains("positions moins chères"))
        .findFirst().orElseThrow(() -> new AssertionError(verdicts()));
    assertEquals("person:oleksandr-syrsky", f.get("entity").asText());
    assertTrue(f.get("explanation").asText().contains("positions plus favorables"));
  }

  @Test
  void aQuotationInAHeadlineIsFoundWithOffsetsIntoTheTitle() {
    JsonNode q = run.lines("quotes.jsonl").stream().filter(x -> x.get("inTitle").asBoolean())
        .findFirst().orElseThrow();
    assertEquals("Accomplir les missions de combat", q.get("text").asText());
    JsonNode article = run.lines("articles.jsonl").stream()
        .filter(a -> a.get("article").asText().equals(q.get("article").asText())).findFirst().orElseThrow();
    assertEquals(q.get("text").asText(),
        article.get("title").asText().substring(q.get("start").asInt(), q.get("end").asInt()));
  }

  @Test
  void nothingFromFurnitureOrTheAppendedStoryBecomesAClaim() {
    List<JsonNode> claims = run.lines("claims.jsonl");
    for (JsonNode c : claims) {
      String sentence = c.get("sentence").asText();
      assertFalse(sentence.contains("Charleroi") || sentence.contains("Isabelle") || sentence.contains("Top 10")
          || sentence.contains("Lire aussi"), c.toString());
    }
    assertTrue(claims.stream().noneMatch(c -> c.get("text").asText().equals("12")), "the boy's age is not a claim");
    assertFalse(run.text("articles.jsonl").contains("Contenus sponsorisés"));
  }

  @Test
  void spellingVariantsAreOneEntity() {
    List<JsonNode> entities = run.lines("entities.jsonl");
    JsonNode kursk = entities.stream().filter(e -> e.get("id").asText().equals("place:koursk")).findFirst().orElseThrow();
    Set<String> aliases = new TreeSet<>();
    kursk.get("aliases").forEach(a -> aliases.add(a.asText()));
    assertTrue(aliases.containsAll(Set.of("Koursk", "Kursk")), aliases.toString());
    JsonNode gerasimov = entities.stream().filter(e -> e.get("id").asText().equals("person:valeri-guerassimov"))
        .findFirst().orElseThrow();
    assertTrue(gerasimov.get("aliases").toString().contains("Gerasimov"));
    // quotes are keyed by the speaker's entity, whatever spelling the outlet used
    assertTrue(run.lines("quotes.jsonl").stream().anyMatch(q -> q.get("article").asText().startsWith("002")
        && "person:valeri-guerassimov".equals(q.get("speakerId").asText(null))));
  }

  @Test
  void everyInputIsAccountedForAndTheReportPutsDisagreementsFirst() {
    JsonNode summary = run.json("summary.json");
    assertEquals(5, summary.get("inputs").asInt());
    assertEquals(5, summary.get("articles").asInt());
    assertTrue(summary.get("inputsAccountedFor").asBoolean());
    assertEquals(findings.size(), summary.get("findings").asInt());
    String md = run.text("report.md");
    int disagreements = md.indexOf("### Disagreements");
    int agreements = md.indexOf("### Agreements");
    assertTrue(disagreements > md.indexOf("## Stories") && disagreements < agreements, "disagreements first");
    assertTrue(md.indexOf("date of the visit") > disagreements && md.indexOf("date of the visit") < agreements,
        "the visit conflict is a disagreement");
    assertTrue(run.text("report.html").contains("Content-Security-Policy"));
  }
}
