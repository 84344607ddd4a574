package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.text.SentenceSplitter;
import org.newsclaims.text.Span;

/**
 * The page extractor against the tag stripper it replaces ({@link HtmlText} then the text rules
 * of {@link ArticleParser}), on the 48 test pages: the share of the articles' body sentences each
 * keeps, and how many pieces of boilerplate ({@link NewsPages#BOILERPLATE}: cookie banners,
 * teasers with their figures, comments, menus, newsletter boxes) reach the article. The figures
 * are printed for docs/benchmark.md.
 */
class HtmlExtractionComparisonTest {

  /** Sentences kept, sentences in all, boilerplate pieces leaked, articles whose body is exact. */
  private record Score(int kept, int sentences, int leaked, int exact, int pages) {
    double keptShare() {
      return kept / (double) sentences;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d/%d body sentences kept (%.1f %%), %d boilerplate pieces leaked, "
          + "%d/%d bodies exact", kept, sentences, 100 * keptShare(), leaked, exact, pages);
    }
  }

  private interface Extractor {
    Article extract(NewsPages.Page page);
  }

  private static Score score(Extractor extractor) {
    int kept = 0;
    int sentences = 0;
    int leaked = 0;
    int exact = 0;
    List<NewsPages.Page> pages = NewsPages.all();
    for (NewsPages.Page p : pages) {
      Article a = extractor.extract(p);
      String text = a == null ? "" : a.title() + "\n" + a.text();
      for (String line : p.body().split("\n")) {
        for (Span s : SentenceSplitter.split(line)) {
          sentences++;
          if (text.contains(s.of(line))) {
            kept++;
          }
        }
      }
      for (String furniture : NewsPages.BOILERPLATE) {
        if (text.contains(furniture)) {
          leaked++;
        }
      }
      if (a != null && a.text().equals(p.body())) {
        exact++;
      }
    }
    return new Score(kept, sentences, leaked, exact, pages.size());
  }

  @Test
  void theExtractorKeepsTheBodyAndNoBoilerplateWhereTheTagStripperLeaks() {
    Score extractor = score(p -> HtmlArticleExtractor.extract(p.id(), p.html(), p.url()).article());
    Score stripper = score(p -> ArticleParser.parse(p.id(), HtmlText.toText(p.html())));
    System.out.println("HtmlArticleExtractor: " + extractor);
    System.out.println("HtmlText + ArticleParser: " + stripper);

    assertTrue(extractor.keptShare() >= 0.95, extractor.toString());
    assertEquals(0, extractor.leaked(), extractor.toString());
    assertEquals(extractor.pages(), extractor.exact(), extractor.toString());
    assertTrue(stripper.leaked() > 0, "the comparison must show what the stripper lets through: " + stripper);
  }

  @Test
  void leakedPiecesOfTheTagStripperAreTheTeasersAndBanners() {
    List<String> leaked = new ArrayList<>();
    NewsPages.Page modern = NewsPages.page(NewsPages.OUTLETS.get(0), 0, NewsPages.STORIES.get(0));
    Article old = ArticleParser.parse(modern.id(), HtmlText.toText(modern.html()));
    for (String furniture : NewsPages.BOILERPLATE) {
      if ((old.title() + "\n" + old.text()).contains(furniture)) {
        leaked.add(furniture);
      }
    }
    Article extracted = HtmlArticleExtractor.extract(modern.id(), modern.html(), modern.url()).article();
    System.out.println("the tag stripper keeps on " + modern.id() + ": " + leaked);
    assertEquals(modern.body(), extracted.text());
    assertTrue(!leaked.isEmpty(), old.text());
  }
}
