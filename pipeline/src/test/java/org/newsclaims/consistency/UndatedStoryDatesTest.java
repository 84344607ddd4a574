package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;

/**
 * Days written without their year («le 2 juillet») in articles with no publication date: within
 * one story they name one day, so outlets giving the same day agree; different days are not
 * called a dispute (a story names many days), and outside a story they are not compared.
 */
class UndatedStoryDatesTest {

  private final ConsistencyJudge judge = ConsistencyJudge.fromResources();

  private static Claim day(String article, String text, String sentence) {
    return ClaimBuilder.claim(text).article(article).unit("date").frame("visit").entity("place:nantes")
        .sentence(sentence).build();
  }

  private static List<Finding> compared(List<Finding> findings) {
    return findings.stream().filter(f -> f.claims().stream().map(Finding.Evidence::article).distinct().count() > 1)
        .toList();
  }

  @Test
  void anUndatedArticleInADatedStoryAgreesOnTheDayItNamesWithoutAYear() {
    List<Finding> f = compared(judge.judge("story:s-1", "Visite", List.of(
        day("a.txt", "2 juillet", "L'otage a été libérée le 2 juillet par l'armée."),
        day("b.txt", "mercredi 2 juillet", "Libérée mercredi 2 juillet, elle est rentrée en France."))));
    assertEquals(1, f.size());
    assertEquals(Finding.AGREE, f.get(0).verdict(), f.get(0).explanation());
    assertTrue(f.get(0).explanation().contains("--07-02") || f.get(0).explanation().contains("2 juillet"),
        f.get(0).explanation());
  }

  @Test
  void twoDaysWithoutAYearInOneStoryAreNotCalledAConflict() {
    List<Finding> f = compared(judge.judge("story:s-1", "Visite", List.of(
        day("a.txt", "12 août", "Le dalaï-lama est arrivé le 12 août en France."),
        day("b.txt", "22 août", "Il inaugurera le temple le 22 août."))));
    assertEquals(List.of(), f);
  }

  @Test
  void aDayWithoutAYearIsNotComparedOutsideAStory() {
    List<Finding> f = compared(judge.judge("place:nantes", "Nantes", List.of(
        day("a.txt", "2 juillet", "L'otage a été libérée le 2 juillet par l'armée."),
        day("b.txt", "2 juillet", "Libérée le 2 juillet, elle est rentrée en France."))));
    assertEquals(List.of(), f);
  }

  @Test
  void aDayWithItsYearWrittenIsNotReadAsYearless() {
    Claim dated = ClaimBuilder.claim("1er juillet 2008").article("a.txt").unit("date").date("2008-07-01").build();
    assertNull(ClaimDates.yearlessDay(dated));
    assertEquals(java.time.LocalDate.of(ClaimDates.YEARLESS, 7, 1),
        ClaimDates.yearlessDay(ClaimBuilder.claim("1er juillet").article("a.txt").unit("date").build()));
  }
}
