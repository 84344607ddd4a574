package org.newsclaims.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;
import org.newsclaims.model.QuoteBuilder;
import org.newsclaims.quotes.QuoteAlignment;
import org.newsclaims.quotes.QuoteComparer;

class QuoteFindingsTest {

  private static Quote q(String article, String text) {
    return QuoteBuilder.quote(text).article(article).speaker("Anne Hidalgo").cue("a déclaré")
        .sentence("« " + text + " », a déclaré Anne Hidalgo.").build();
  }

  private static List<Finding> judge(Quote... quotes) {
    List<Quote> list = List.of(quotes);
    return QuoteFindings.judge("person:anne-hidalgo", "Anne Hidalgo", list, new QuoteComparer().align(list));
  }

  @Test
  void theSameWordsInTwoOutletsAgree() {
    List<Finding> f = judge(q("a.txt", "Nous rouvrirons les berges de la Seine dès le mois de juin"),
        q("b.txt", "Nous rouvrirons les berges de la Seine dès le mois de juin"));
    assertEquals(1, f.size());
    assertEquals(Finding.AGREE, f.get(0).verdict());
    assertEquals(2, f.get(0).quotes().size());
  }

  @Test
  void differentWordsForOneStatementAreAConflictShowingBothWordings() {
    List<Finding> f = judge(q("a.txt", "Nous rouvrirons les berges de la Seine dès le mois de juin"),
        q("b.txt", "Nous fermerons les berges de la Seine dès le mois de juin"));
    assertEquals(Finding.CONFLICT, f.get(0).verdict());
    assertTrue(f.get(0).explanation().contains("rouvrirons"), f.get(0).explanation());
    assertTrue(f.get(0).explanation().contains("fermerons"), f.get(0).explanation());
  }

  @Test
  void statementsWithDifferentFiguresAreNotAligned() {
    Quote a = q("a.txt", "plus de 300 logements");
    Quote b = q("b.txt", "plus de 40 % des logements");
    assertTrue(judge(a, b).isEmpty());
    assertTrue(!QuoteFindings.sameStatement(new QuoteAlignment(a, b, 0.7, "plus de 300 logements",
        "plus de 40 % des logements", List.of("300"), List.of("40", "%", "des"))));
  }

  @Test
  void twoQuotesOfOneArticleAreNotTwoRenderings() {
    assertTrue(judge(q("a.txt", "Nous rouvrirons les berges de la Seine dès le mois de juin"),
        q("a.txt", "Nous rouvrirons les berges de la Seine dès le mois de juin")).isEmpty());
  }

  @Test
  void renderingsThatDifferOnlyByArticlesAreTheSameWords() {
    List<Finding> f = judge(q("a.txt", "Les mesures appropriées ont été prises pour les berges"),
        q("b.txt", "des mesures appropriées ont été prises pour les berges"));
    assertEquals(Finding.AGREE, f.get(0).verdict(), f.get(0).explanation());
  }

  @Test
  void twoSentencesSharingAFewWordsAreDifferentStatements() {
    assertTrue(judge(q("a.txt", "On ne boycotte pas un quart de l'humanité, il faut parler avec la Chine"),
        q("b.txt", "Il ne faut pas oublier que la Chine représente un quart de la croissance mondiale aujourd'hui"))
        .stream().noneMatch(f -> f.verdict().equals(Finding.CONFLICT)));
  }
}
