package org.newsclaims.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Article;
import org.newsclaims.model.EntityMention;
import org.newsclaims.model.Quote;
import org.newsclaims.text.TextNormaliser;

class QuoteExtractorTest {

  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.fromResources();

  private static List<Quote> extract(String text) {
    return extract(text, List.of());
  }

  private static List<Quote> extract(String text, List<EntityMention> mentions) {
    String t = TextNormaliser.normalise(text);
    return EXTRACTOR.extract(new Article("test.txt", null, null, null, null, t), mentions);
  }

  private static Quote only(String text) {
    List<Quote> qs = extract(text);
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    return qs.get(0);
  }

  private static Quote find(List<Quote> qs, String start) {
    return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + qs));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // text | quote | speaker | cue
      "« Nous tiendrons la ligne », a déclaré Jean Dupont.|Nous tiendrons la ligne|Jean Dupont|a déclaré",
      "«Nous tiendrons la ligne», a affirmé Jean Dupont lors d'un point presse.|Nous tiendrons la ligne|Jean Dupont|a affirmé",
      "\"Nous tiendrons la ligne\", a toutefois détaillé Jean Dupont.|Nous tiendrons la ligne|Jean Dupont|a toutefois détaillé",
      "« Nous tiendrons la ligne », a enfin assuré mercredi Jean Dupont.|Nous tiendrons la ligne|Jean Dupont|a enfin assuré",
      "« Nous tiendrons la ligne », s'est immédiatement félicité Jean Dupont.|Nous tiendrons la ligne|Jean Dupont|s'est immédiatement félicité",
      "“Nous tiendrons la ligne”, a écrit Jean Dupont sur Telegram.|Nous tiendrons la ligne|Jean Dupont|a écrit",
      "Jean Dupont a déclaré : « Nous tiendrons la ligne ».|Nous tiendrons la ligne|Jean Dupont|a déclaré",
      "Jean Dupont, pour sa part, a assuré : « Nous tiendrons la ligne ».|Nous tiendrons la ligne|Jean Dupont|a assuré",
      "Jean Dupont a, quant à lui, estimé que « rien n'est joué ».|rien n'est joué|Jean Dupont|a, quant à lui, estimé",
      "Selon Jean Dupont, « rien n'est joué ».|rien n'est joué|Jean Dupont|selon",
      "D'après Jean Dupont, « rien n'est joué ».|rien n'est joué|Jean Dupont|d'après",
      "Pour Jean Dupont, « rien n'est joué ».|rien n'est joué|Jean Dupont|pour",
      "« Rien n'est joué », estime Jean Dupont.|Rien n'est joué|Jean Dupont|estime",
  })
  void findsTheNamedSpeakerAroundTheQuote(String text, String quote, String speaker, String cue) {
    Quote q = only(text);
    assertEquals(quote, q.text());
    assertEquals(speaker, q.speaker());
    assertEquals(speaker, q.speakerMention());
    assertEquals(cue, q.cue());
    assertEquals("explicit", q.method());
    assertTrue(q.confidence() > 0.5);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "« Rien n'est joué », a souligné à l'AFP M. Dupont.|Dupont|a souligné",
      "« Rien n'est joué », a déclaré de son côté Jean Dupont.|Jean Dupont|a déclaré",
      "« Rien n'est joué », a affirmé lors d'un point de presse, Jean Dupont.|Jean Dupont|a affirmé",
      "« Rien n'est joué », ajoutait Jean Dupont.|Jean Dupont|ajoutait",
      "« Rien n'est joué », a d'abord répondu Jean Dupont.|Jean Dupont|a d'abord répondu",
      "« Rien n'est joué », s'amuse Jean Dupont.|Jean Dupont|s'amuse",
      "« Rien, a assuré Jean Dupont, n'est joué ».|Jean Dupont|a assuré",
  })
  void readsLessCommonCueShapes(String text, String speaker, String cue) {
    Quote q = only(text);
    assertEquals(speaker, q.speaker());
    assertEquals(cue, q.cue());
  }

  @Test
  void leavesTheMinistryOutOfTheMinistersName() {
    Quote q = only("« Le budget est tenu », a souligné la ministre de la Culture Claire Morel.");
    assertEquals("Claire Morel", q.speaker());
  }

  @Test
  void readsAnInstitutionEndingARoleAsPartOfTheRoleNotAsAName() {
    Quote q = only("Le procureur de Lyon a indiqué que l'affaire est « complexe ».");
    assertEquals("procureur de Lyon", q.speaker());
    assertEquals("le procureur de Lyon", q.speakerMention());
    assertEquals("role", q.method());
  }

  @Test
  void typesAnUnnamedSpeakerAsAnonymous() {
    Quote q = only("« Il ne lâchera rien », confie un proche du ministre.");
    assertEquals("un proche du ministre", q.speaker());
    assertEquals("un proche du ministre", q.speakerMention());
    assertEquals("anonymous", q.speakerType());
    assertEquals("explicit", q.method());
  }

  @Test
  void givesOffsetsOfTheQuotedTextWithoutMarks() {
    String text = "Il a été net : « Pas question », a déclaré Jean Dupont.";
    Quote q = only(text);
    assertEquals("Pas question", text.substring(q.start(), q.end()));
    assertEquals(text, q.sentence());
  }

  @Test
  void takesTheNameAfterTheCueAndStopsAtTheApposition() {
    Quote q = only("« La situation est tendue », a reconnu Paul Lefort, un analyste indépendant.");
    assertEquals("Paul Lefort", q.speaker());
    assertEquals("a reconnu", q.cue());
  }

  @Test
  void stripsHonorificsAndUsesTheFullestNameOfTheArticle() {
    List<Quote> qs = extract("Le ministre Jean Dupont était présent.\n"
        + "« Nous tiendrons », a déclaré M. Dupont.");
    assertEquals("Jean Dupont", qs.get(0).speaker());
    assertEquals("explicit", qs.get(0).method());
  }

  @Test
  void resolvesAnInvertedPronounToTheLastPersonNamedBefore() {
    List<Quote> qs = extract("Jean Dupont a parlé longtemps devant les élus. "
        + "« Nous tiendrons la ligne », a-t-il poursuivi.");
    Quote q = qs.get(0);
    assertEquals("Jean Dupont", q.speaker());
    assertEquals("a-t-il poursuivi", q.cue());
    assertEquals("pronoun", q.method());
  }

  @Test
  void resolvesAPronounByGenderWhenTheArticleTellsIt() {
    List<Quote> qs = extract("Mme Claire Morel a reçu M. Paul Lefort samedi. "
        + "« Le dialogue continue », a-t-elle dit.");
    assertEquals("Claire Morel", qs.get(0).speaker());
    assertEquals("pronoun", qs.get(0).method());
  }

  @Test
  void skipsANameThatOnlyFollowsAPrepositionWhenResolvingAPronoun() {
    List<Quote> qs = extract("Jean Dupont a répondu à Paul Lefort que tout allait bien. "
        + "« Rien ne presse », a-t-il ajouté.");
    assertEquals("Jean Dupont", qs.get(0).speaker());
  }

  @Test
  void resolvesSelonLuiToTheLastPersonNamed() {
    Quote q = only("Jean Dupont a visité le port où la situation est « critique », selon lui.");
    assertEquals("Jean Dupont", q.speaker());
    assertEquals("pronoun", q.method());
    assertTrue(q.partial());
  }

  @Test
  void resolvesARoleToTheNameTheArticleGivesItInApposition() {
    List<Quote> qs = extract("Le ministre de la Santé, Jean Dupont, a visité l'hôpital. "
        + "« Nous ouvrirons cent lits », a déclaré le ministre de la Santé.");
    assertEquals("Jean Dupont", qs.get(0).speaker());
    assertEquals("role", qs.get(0).method());
    assertEquals("a déclaré", qs.get(0).cue());
  }

  @Test
  void resolvesARoleWithTheEntityMentions() {
    String text = "« Nous ouvrirons cent lits », a déclaré le ministre.";
    List<EntityMention> mentions = List.of(
        new EntityMention("test.txt", "le ministre", "Jean Dupont", EntityMention.PERSON, 42, 53));
    List<Quote> qs = extract(text, mentions);
    assertEquals("Jean Dupont", qs.get(0).speaker());
    assertEquals("role", qs.get(0).method());
  }

  @Test
  void resolvesAPeriphrasisThroughItsPlainRole() {
    List<Quote> qs = extract("Le président russe Ivan Petrov a reçu ses généraux. "
        + "« Tout se passe comme prévu », a ajouté le maître du Kremlin.");
    assertEquals("Ivan Petrov", qs.get(0).speaker());
    assertEquals("role", qs.get(0).method());
  }

  @Test
  void takesTheHolderNamedRightAfterARole() {
    Quote q = only("« Tout se passe comme prévu », s'est félicité le président Ivan Petrov.");
    assertEquals("Ivan Petrov", q.speaker());
    assertEquals("explicit", q.method());
  }

  @Test
  void keepsARoleTheArticleGivesNoOneAsTheSpeaker() {
    Quote q = only("« Mon client est innocent », a indiqué l'avocat.");
    assertEquals("avocat", q.speaker());
    assertEquals("person", q.speakerType());
    assertEquals("l'avocat", q.speakerMention());
    assertEquals("role", q.method());
  }

  @Test
  void givesBothSpansOfAQuoteInterruptedByItsCueToTheSameSpeaker() {
    List<Quote> qs = extract(
        "« Nous avançons au nord », a écrit Jean Dupont sur Facebook, « et au sud aussi ».");
    assertEquals(2, qs.size());
    assertEquals("Jean Dupont", qs.get(0).speaker());
    assertEquals("Jean Dupont", qs.get(1).speaker());
    assertFalse(qs.get(0).partial());
    assertFalse(qs.get(1).partial());
  }

  @Test
  void attributesEveryQuoteOfASentenceClosedByACue() {
    List<Quote> qs = extract("Les travaux « reprennent » dans le quartier, "
        + "« presque entièrement rasé », a précisé M. Dupont.");
    assertEquals("Dupont", qs.get(0).speaker());
    assertEquals("Dupont", qs.get(1).speaker());
  }

  @Test
  void marksFragmentsInsideTheAuthorsSentenceAsPartial() {
    List<Quote> qs = extract("Jean Dupont a suggéré que ces fraudeurs soient "
        + "« traités comme des criminels ». Il veut une « zone tampon » et juge l'idée « absurde ».");
    assertEquals(List.of(true, true, true), qs.stream().map(Quote::partial).toList());
    assertEquals("Jean Dupont", qs.get(0).speaker());
    assertEquals("explicit", qs.get(0).method());
  }

  @Test
  void keepsAStatementStandingOnItsOwnAsFull() {
    List<Quote> qs = extract("« Nous partirons. Rien ne changera », a dit Jean Dupont.\n"
        + "Le maire a été clair : « Pas de fermeture. »");
    assertFalse(qs.get(0).partial());
    assertEquals("Nous partirons. Rien ne changera", qs.get(0).text());
    assertFalse(qs.get(1).partial());
  }

  @Test
  void keepsAStatementAfterASentenceInitialSelonAsFull() {
    List<Quote> qs = extract("Jean Dupont est inquiet. Selon lui, « Rien ne sera prêt ».");
    assertFalse(qs.get(0).partial());
    assertEquals("Jean Dupont", qs.get(0).speaker());
    assertEquals("selon", qs.get(0).cue());
  }

  @Test
  void findsQuotesInHeadlines() {
    List<Quote> qs = extract("Grève des pilotes : « Nous irons jusqu'au bout »\n"
        + "Les pilotes ont cessé le travail lundi.");
    assertEquals("Nous irons jusqu'au bout", qs.get(0).text());
    assertFalse(qs.get(0).partial());
    assertNull(qs.get(0).speaker());
  }

  @Test
  void flagsAnUnclosedQuoteBoundedAtTheEndOfTheParagraph() {
    List<Quote> qs = extract("Jean Dupont a déclaré : « Nous ne céderons pas\n"
        + "Le conseil se réunit demain.");
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).unclosed());
    assertEquals("Nous ne céderons pas", qs.get(0).text());
    assertEquals("Jean Dupont", qs.get(0).speaker());
  }

  @Test
  void keepsNestedQuotesAsPartialWithoutSpeaker() {
    List<Quote> qs = extract("« Ils m'ont dit “ jamais ” », a raconté Jean Dupont.");
    assertEquals(2, qs.size());
    assertEquals("Jean Dupont", qs.get(0).speaker());
    assertEquals("jamais", qs.get(1).text());
    assertTrue(qs.get(1).partial());
    assertNull(qs.get(1).speaker());
  }

  @Test
  void neverGuessesASpeakerWithoutCue() {
    List<Quote> qs = extract("Jean Dupont est arrivé lundi. La ville vit une « crise ».");
    assertNull(qs.get(0).speaker());
    assertEquals("none", qs.get(0).method());
    assertEquals(0.0, qs.get(0).confidence());
  }

  @Test
  void staysFastOnHugeArticlesFullOfQuotesCuesAndMarks() {
    StringBuilder oneLine = new StringBuilder();
    StringBuilder paragraphs = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      oneLine.append("« oui », a déclaré le ministre Jean Dupont, puis « non » « ‹ ");
      paragraphs.append("Le ministre de la Santé, Jean Dupont, a parlé. « Non », a-t-il dit, "
          + "« et encore non », a ajouté le ministre de la Santé. Selon lui, « jamais\n");
    }
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> {
          assertFalse(extract(oneLine.toString()).isEmpty());
          assertEquals(9_000, extract(paragraphs.toString()).size());
        });
  }

  @Test
  void returnsNothingForATextWithoutQuotes() {
    assertEquals(List.of(), extract("Jean Dupont a déclaré que tout allait bien."));
    assertEquals(List.of(), extract(""));
  }
}
