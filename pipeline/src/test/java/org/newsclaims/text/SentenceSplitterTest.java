package org.newsclaims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtFullStopsFollowedByACapital() {
    assertEquals(List.of("M. Poutine a parlé.", "Il a dit « oui ».", "Fin"),
        sentences("M. Poutine a parlé. Il a dit « oui ». Fin"));
  }

  @Test
  void splitsAtLineBreaks() {
    assertEquals(List.of("Un titre", "Le texte suit."), sentences("Un titre\nLe texte suit."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le maire, M. Dupont, a voté.",
      "Selon Mme. Durand, le vote est acquis.",
      "J. Biden a parlé hier.",
      "Ils ont repris 1.100 km2 et 1,5 million.",
      "Il a dit « la défaite (...) crée les conditions ».",
      "Il a dit « nous avons gagné (...) Nos troupes avancent ».",
      "Il a dit « nous avons gagné [...] Nos troupes avancent ».",
      "Des villes, etc. sont touchées.",
  })
  void doesNotSplitAfterAbbreviationsInitialsNumbersOrCuts(String text) {
    assertEquals(List.of(text), sentences(text));
  }

  @Test
  void keepsClosingQuotesInTheSentence() {
    assertEquals(List.of("Il a dit : « C'est fini. »", "Puis il est parti."),
        sentences("Il a dit : « C'est fini. » Puis il est parti."));
    assertEquals(List.of("\"C'est fini.\"", "Puis il est parti."),
        sentences("\"C'est fini.\" Puis il est parti."));
  }

  @Test
  void splitsAtQuestionAndExclamationMarks() {
    assertEquals(List.of("Qui a gagné ?", "Personne !", "Fin."),
        sentences("Qui a gagné ? Personne ! Fin."));
  }

  @Test
  void splitsBeforeAnOpeningQuoteOrANumber() {
    assertEquals(List.of("Il a parlé.", "« Nous continuons », a-t-il dit.", "430 soldats ont été capturés."),
        sentences("Il a parlé. « Nous continuons », a-t-il dit. 430 soldats ont été capturés."));
  }

  @Test
  void returnsSpansWithoutSurroundingSpaces() {
    String text = "  Un.   Deux.  ";
    assertEquals(List.of(new Span(2, 5), new Span(8, 13)), SentenceSplitter.split(text));
  }

  @Test
  void returnsNothingForBlankText() {
    assertEquals(List.of(), SentenceSplitter.split("  \n "));
  }
}
