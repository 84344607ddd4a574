package org.newsclaims.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Quote;

class ArticleAnalyserTest {

  private static final ArticleAnalyser ANALYSER = ArticleAnalyser.fromResources();

  private static final Article PARSED = new Article("a.txt",
      "Anne Hidalgo : « Les berges rouvriront en juin »", "2025-03-04", "header", null,
      "Paris, le mardi 4 mars 2025. La maire de Paris, Anne Hidalgo, a présenté son plan pour les quais.\n"
          + "« Nous planterons 300 arbres dès avril », a déclaré Anne Hidalgo. "
          + "Les travaux coûteront 12 millions d'euros.");

  @Test
  void completesAMissingPublicationDateFromTheDatelineAndNormalisesTypography() {
    Article raw = new Article("b.txt", "Grève  à Lyon", "2025-03", "header", null,
        "Lyon, le 4 mars 2025. Les conducteurs ont cessé le travail.");
    Article normal = ANALYSER.normalise(raw);
    assertEquals("2025-03-04", normal.published());
    assertEquals("header+dateline", normal.dateSource());
    assertEquals("Grève à Lyon", normal.title());
  }

  @Test
  void findsTheHeadlineQuoteAfterTheBodyQuotesWithOffsetsIntoTheTitle() {
    Analysis found = ANALYSER.analyse(ANALYSER.normalise(PARSED));
    List<Quote> quotes = found.quotes();
    assertEquals(2, quotes.size());
    assertEquals("Nous planterons 300 arbres dès avril", quotes.get(0).text());
    assertFalse(quotes.get(0).inTitle());
    Quote headline = quotes.get(1);
    assertTrue(headline.inTitle());
    assertEquals("Les berges rouvriront en juin", headline.text());
    assertEquals(headline.text(), PARSED.title().substring(headline.start(), headline.end()));
    assertEquals("Anne Hidalgo", headline.speaker());
  }

  @Test
  void claimsCarryTheQuoteSpeakerTheSubjectAndThePublicationDate() {
    Analysis found = ANALYSER.analyse(ANALYSER.normalise(PARSED));
    Claim trees = found.claims().stream().filter(c -> c.text().equals("300")).findFirst().orElseThrow();
    assertEquals(300.0, trees.value());
    assertEquals("arbres", trees.what());
    assertEquals("Anne Hidalgo", trees.speakerMention());
    assertEquals("Paris", trees.entity());
    assertEquals("2025-03-04", trees.published());
    Claim cost = found.claims().stream().filter(c -> c.text().equals("12 millions d'euros")).findFirst()
        .orElseThrow();
    assertEquals(12_000_000.0, cost.value());
    assertEquals("currency:EUR", cost.unit());
    assertEquals(4, found.claims().size());
    assertEquals(List.of("Paris", "Paris", "Anne Hidalgo", "Anne Hidalgo"),
        found.mentions().stream().map(m -> m.name()).toList());
  }

  @Test
  void tellsTheListenerEachStageInOrder() {
    List<ArticleAnalyser.Stage> stages = new ArrayList<>();
    ANALYSER.analyse(ANALYSER.normalise(PARSED), stages::add);
    assertEquals(List.of(ArticleAnalyser.Stage.values()), stages);
  }

  @Test
  void anArticleWithoutTitleHasNoHeadlineQuotes() {
    Article untitled = new Article("c.txt", "", "2025-03-04", "header", null,
        "« Nous tiendrons », a dit Jean Durand.");
    List<Quote> quotes = ANALYSER.analyse(ANALYSER.normalise(untitled)).quotes();
    assertEquals(1, quotes.size());
    assertFalse(quotes.get(0).inTitle());
  }
}
