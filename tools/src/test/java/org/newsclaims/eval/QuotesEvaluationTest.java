package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Quote;

/** The quote evaluation: gold file, matching rules, and the floors measured on the seeds. */
class QuotesEvaluationTest {

  private static List<QuotesEvaluation.Gold> gold() {
    return QuotesEvaluation.readGold(
        QuotesEvaluation.class.getResourceAsStream(QuotesEvaluation.GOLD_RESOURCE));
  }

  @Test
  void seedQuotesStayAboveTheMeasuredFloors() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("seeds")), "seeds/ not found");
    QuotesEvaluation eval = new QuotesEvaluation();
    QuotesEvaluation.Result r = eval.evaluate(eval.extractAll(Path.of("seeds")), gold());
    assertEquals(55, r.gold());
    // measured: recall 55/55, precision 55/55, speakers 53/55 (the headline quote's speaker is
    // not found), partial flags 55/55
    assertTrue(r.recall() >= 1.0, () -> "recall " + r.recall());
    assertTrue(r.precision() >= 1.0, () -> "precision " + r.precision());
    assertTrue(r.speakerAccuracy() >= 53.0 / 55, () -> "speaker accuracy " + r.speakerAccuracy());
    assertTrue(r.partialRight() >= 55, () -> "partial flags right " + r.partialRight());
  }

  @Test
  void goldCoversTheFiveSeedsAndOneHeadline() {
    List<QuotesEvaluation.Gold> g = gold();
    assertEquals(5, g.stream().map(QuotesEvaluation.Gold::article).distinct().count());
    assertEquals(1, g.stream().filter(x -> x.part().equals("title")).count());
  }

  @Test
  void speakersMatchAcrossSpellingsOfOnePerson() {
    assertTrue(QuotesEvaluation.sameSpeaker("Valéri Guérassimov", "Gerasimov"));
    assertTrue(QuotesEvaluation.sameSpeaker("Oleksandr Syrsky", "Oleksandre Syrsky"));
    assertTrue(QuotesEvaluation.sameSpeaker("", null));
    assertFalse(QuotesEvaluation.sameSpeaker("Valéri Guérassimov", null));
    assertFalse(QuotesEvaluation.sameSpeaker("Vladimir Poutine", "Volodymyr Zelensky"));
  }

  @Test
  void quotesMatchIgnoringCaseAccentsAndEndPunctuation() {
    assertTrue(QuotesEvaluation.sameQuote("Il appartient à la Russie", "il appartient a la russie."));
    assertTrue(QuotesEvaluation.sameQuote("manœuvrent vers l'arrière", "manoeuvrent vers l’arrière"));
    // an unclosed quote running a little longer still matches
    assertTrue(QuotesEvaluation.sameQuote("ont lieu au téléphone", "ont lieu au téléphone demain"));
    assertFalse(QuotesEvaluation.sameQuote("isolé", "isolé les troupes ukrainiennes dans la zone"));
  }

  @Test
  void pairsRepeatedQuotesOneToOneAndCountsSpuriousOnes() {
    String tsv = "a.txt\ttext\tmaximum de pression\t\tyes\n"
        + "a.txt\ttext\tmaximum de pression\tJean Dupont\tyes\n";
    List<QuotesEvaluation.Gold> g = QuotesEvaluation.readGold(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    Quote first = new Quote("a.txt", "maximum de pression", null, null, null, "none", 0, true,
        false, "", 10, 29);
    Quote second = new Quote("a.txt", "maximum de pression", "Dupont", "Dupont", "a dit",
        "explicit", 0.9, true, false, "", 100, 119);
    Quote extra = new Quote("a.txt", "autre chose", null, null, null, "none", 0, true, false,
        "", 200, 211);
    QuotesEvaluation.Result r = new QuotesEvaluation()
        .evaluate(Map.of("a.txt", List.of(extra, second, first)), g);
    assertEquals(2, r.matched());
    assertEquals(2, r.speakersRight());
    assertEquals(List.of(extra), r.spurious());
    assertEquals(2.0 / 3, r.precision(), 1e-9);
  }

  @Test
  void pairsHeadlineQuotesWithTheGoldTitleQuotesOnly() {
    String tsv = "a.txt\ttitle\tNous tiendrons\t\tno\n"
        + "a.txt\ttext\tNous tiendrons\tJean Dupont\tno\n";
    List<QuotesEvaluation.Gold> g = QuotesEvaluation.readGold(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    Quote headline = new Quote("a.txt", "Nous tiendrons", null, null, null, "none", 0, false,
        false, "", 20, 34).inHeadline();
    QuotesEvaluation.Result r = new QuotesEvaluation()
        .evaluate(Map.of("a.txt", List.of(headline)), g);
    assertEquals(1, r.matched());
    assertEquals("title", r.pairs().stream().filter(p -> p.found() != null).findFirst()
        .orElseThrow().gold().part());
    assertEquals(List.of(), r.spurious());
    assertEquals(1.0, r.precision(), 1e-9);
  }

  @Test
  void rejectsAMalformedGoldLine() {
    assertThrows(IllegalArgumentException.class, () -> QuotesEvaluation.readGold(
        new ByteArrayInputStream("a.txt\ttext\tquote\tX\tmaybe\n".getBytes(StandardCharsets.UTF_8))));
  }
}
