package org.newsclaims.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMarkScannerTest {

  private static List<String> texts(String text) {
    return QuoteMarkScanner.scan(text).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Il a dit « nous partirons » hier.|nous partirons",
      "Il a dit «nous partirons» hier.|nous partirons",
      "Il a dit “nous partirons” hier.|nous partirons",
      "Il a dit „nous partirons“ hier.|nous partirons",
      "Il a dit \"nous partirons\" hier.|nous partirons",
  })
  void readsEachKindOfQuoteMark(String text, String expected) {
    assertEquals(List.of(expected), texts(text));
  }

  @Test
  void pairsStraightQuotesLeftToRight() {
    assertEquals(List.of("un", "deux"), texts("Le \"un\" et le \"deux\" sont là."));
  }

  @Test
  void ignoresAStraightQuoteThatCannotOpen() {
    assertEquals(List.of(), texts("Un écran de 15\" suffit."));
  }

  @Test
  void readsQuotesNestedInsideOthers() {
    String text = "Il a lu « le texte dit ‹ non › puis “ oui ” » ce matin.";
    List<QuoteMarkScanner.Span> spans = QuoteMarkScanner.scan(text);
    assertEquals(List.of("le texte dit ‹ non › puis “ oui ”", "non", "oui"), texts(text));
    assertEquals(0, spans.get(0).depth());
    assertEquals(1, spans.get(1).depth());
  }

  @Test
  void readsSingleCurlyQuoteClosedByAnApostrophe() {
    // after normalisation the closing ’ is a straight apostrophe
    assertEquals(List.of("il a écrit ‘assez' hier", "assez"),
        texts("« il a écrit ‘assez' hier »"));
  }

  @Test
  void boundsAnUnclosedQuoteAtTheEndOfItsLine() {
    String text = "Il a dit « nous partirons demain\nLa suite « ici ».";
    List<QuoteMarkScanner.Span> spans = QuoteMarkScanner.scan(text);
    assertEquals(List.of("nous partirons demain", "ici"), texts(text));
    assertTrue(spans.get(0).unclosed());
    assertFalse(spans.get(1).unclosed());
  }

  @Test
  void keepsAQuoteRunningOverSeveralSentences() {
    assertEquals(List.of("Nous partirons. Rien ne changera. Jamais."),
        texts("« Nous partirons. Rien ne changera. Jamais. », a-t-il dit."));
  }

  @Test
  void staysLinearOnThousandsOfNestedOrUnbalancedMarks() {
    StringBuilder nested = new StringBuilder();
    StringBuilder open = new StringBuilder();
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      nested.append("« a ");
      open.append("« \" “ ");
      mixed.append("» ” \" a « ");
    }
    for (int i = 0; i < 50_000; i++) {
      nested.append("b » ");
    }
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      List<QuoteMarkScanner.Span> a = QuoteMarkScanner.scan(nested.toString());
      assertEquals(2, a.size()); // the outer quote and its first nested one
      assertEquals(1, QuoteMarkScanner.scan(open.toString()).size());
      QuoteMarkScanner.scan(mixed.toString());
    });
  }

  @Test
  void quotationRunningOverParagraphsIsOneSpanPerParagraphUpToItsClosingMark() {
    String t = "« Il faut agir.\nLes autres hésitent.\nNous, nous avançons », a-t-il dit. « Oui ».";
    List<QuoteMarkScanner.Span> spans = QuoteMarkScanner.scan(t);
    assertEquals(List.of("Il faut agir.", "Les autres hésitent.", "Nous, nous avançons", "Oui"),
        texts(t));
    assertTrue(spans.get(0).runsOn() && spans.get(1).runsOn());
    assertFalse(spans.get(2).runsOn() || spans.get(2).unclosed());
    assertFalse(spans.get(0).unclosed());
  }

  @Test
  void quotationLeftOpenBeforeAParagraphOpeningAnotherStaysUnclosed() {
    String t = "Il a parlé de « la crise\nPuis « autre chose » est venu.";
    List<QuoteMarkScanner.Span> spans = QuoteMarkScanner.scan(t);
    assertEquals(List.of("la crise", "autre chose"), texts(t));
    assertTrue(spans.get(0).unclosed());
    assertFalse(spans.get(0).runsOn());
  }
}
