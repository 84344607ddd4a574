package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;

/** The claims of the seeds against the hand-written gold file: floors measured, so a regression fails. */
class ClaimsEvaluationTest {

  private static ClaimsEvaluation.Score score;
  private static List<ClaimsEvaluation.Gold> gold;

  @BeforeAll
  static void run() throws IOException {
    try (InputStream in = ClaimsEvaluationTest.class.getResourceAsStream("claims-gold.tsv")) {
      gold = ClaimsEvaluation.readGold(in);
    }
    score = new ClaimsEvaluation().score(gold, Path.of("seeds"));
  }

  @Test
  void goldFileCoversTheFiveSeeds() {
    assertEquals(5, gold.stream().map(ClaimsEvaluation.Gold::article).distinct().count());
    assertFalse(gold.stream().anyMatch(g -> g.unit().equals(Claim.Units.DATE)));
  }

  @Test
  void precisionAndRecallStayAboveTheMeasuredFloor() {
    String detail = String.join("\n", score.misses());
    assertTrue(score.precision() >= PRECISION_FLOOR, () -> "precision " + score.precision()
        + "\n" + detail);
    assertTrue(score.recall() >= RECALL_FLOOR, () -> "recall " + score.recall() + "\n" + detail);
  }

  @Test
  void matchedClaimsCarryTheGoldQualifierAndSpeaker() {
    String detail = String.join("\n", score.misses());
    assertEquals(score.matchedGold(), score.qualifierAgrees(), detail);
    assertTrue(score.speakerAgrees() >= score.attributed() - SPEAKER_MISSES_ALLOWED, detail);
  }

  private static final double PRECISION_FLOOR = 1.0;
  private static final double RECALL_FLOOR = 1.0;
  private static final int SPEAKER_MISSES_ALLOWED = 0;
}
