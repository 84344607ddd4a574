package org.newsclaims.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsclaims.model.Article;
import org.newsclaims.text.SentenceSplitter;
import org.newsclaims.text.Span;
import org.newsclaims.text.TextNormaliser;

/**
 * Reads one decoded text file as an article: metadata header, title, page furniture removal.
 *
 * <p>Steps: an HTML page goes to {@link HtmlArticleExtractor}; other text is normalised
 * ({@link TextNormaliser}); metadata header lines at the top ({@code date 2025-04},
 * {@code date: 2025-04-26}, {@code Publié le 26/04/2025}, {@code titre: ...}, {@code source: ...})
 * give {@code published} ({@code dateSource="header"}) and are removed; page furniture is dropped
 * and the first end-of-page marker ("Contenus sponsorisés", "Sur le même sujet" ...) cuts the rest
 * ({@link PageFurniture}); agency credit lines ({@link CreditLines}) are removed and name the
 * {@code outlet}; the first remaining line is the title (dropped again if repeated on the next line), the rest is the body,
 * one paragraph per line. When the first line is a long lead paragraph ending with a full stop, or
 * the date header shares its line with the text, there is no headline: the title is the first
 * sentence and the body keeps the whole line.
 *
 * <p>Example: {@code parse("a.txt", "Accueil Monde\nTitre\nTitre\nLe texte.\nLire aussi : x")}
 * gives {@code Article("a.txt", "Titre", null, null, null, "Le texte.")}. Linear in the text.
 */
public final class ArticleParser {

  /** A first line longer than this, ending with a full stop, is a lead paragraph, not a headline. */
  private static final int MAX_HEADLINE = 150;
  /** Header lines are looked for among the first lines only. */
  private static final int HEADER_LINES = 6;

  private ArticleParser() {}

  /** Parses; returns null when nothing of an article is left (the caller rejects it). */
  public static Article parse(String name, String text) {
    if (text == null) {
      return null;
    }
    if (HtmlText.looksLikeHtml(text)) {
      return HtmlArticleExtractor.extract(name, text, null).article();
    }
    List<String> lines = new ArrayList<>(List.of(TextNormaliser.normalise(text).split("\n", -1)));
    DateHeader dates = DateHeader.fromResources();

    String published = null;
    String title = null;
    String outlet = null;
    boolean inlineHeader = false;
    // metadata header lines at the top
    int first = 0;
    while (first < lines.size() && first < HEADER_LINES) {
      String line = lines.get(first);
      if (line.isBlank()) {
        first++;
        continue;
      }
      DateHeader.Match m = published == null ? dates.readHeader(line) : null;
      if (m != null) {
        published = m.iso();
        if (!m.rest().isEmpty()) {
          lines.set(first, m.rest());
          inlineHeader = true;
          break;
        }
        first++;
        continue;
      }
      String[] kv = keyValue(line);
      if (kv != null && (kv[0].equals("titre") || kv[0].equals("title")) && title == null) {
        title = kv[1];
        first++;
        continue;
      }
      if (kv != null && (kv[0].equals("source") || kv[0].equals("média") || kv[0].equals("outlet"))
          && outlet == null) {
        outlet = kv[1];
        first++;
        continue;
      }
      break;
    }
    Cleaned body = clean(lines.subList(first, lines.size()), title, !inlineHeader,
        published == null);
    if (published == null && body.published() != null) {
      published = body.published();
    }
    String outletSource = outlet != null ? "header" : body.outlet() != null ? "credit" : null;
    if (outlet == null) {
      outlet = body.outlet();
    }
    if (body.text().isEmpty()) {
      return null;
    }
    String finalTitle = title != null ? title : body.title();
    String titleSource = title != null ? "header" : body.titleSource();
    return new Article(name, finalTitle == null ? "" : finalTitle, published,
        published == null ? null : "header", outlet, body.text())
        .withProvenance(titleSource, outletSource, null, null, null);
  }

  /**
   * The result of {@link #clean}: title (null when given or none), body, hints;
   * {@code titleSource} says how the title was found ({@code first-line}, {@code first-sentence}
   * or null).
   */
  record Cleaned(String title, String text, String outlet, String published, String titleSource) {}

  /**
   * Cleans body lines: furniture and credits out, title taken from the first real line unless
   * {@code knownTitle} is given (a repetition of it at the top is then dropped).
   *
   * @param headlineFirst whether the first real line may be a headline (false when a header
   *     shared its line with the text: the title is then its first sentence)
   * @param lookForDate whether a "Publié le ..." line near the top may give the date
   */
  static Cleaned clean(List<String> lines, String knownTitle, boolean headlineFirst,
      boolean lookForDate) {
    PageFurniture furniture = PageFurniture.fromResources();
    CreditLines credits = CreditLines.fromResources();
    DateHeader dates = DateHeader.fromResources();
    String title = knownTitle;
    String derivedTitle = null;
    String outlet = null;
    String published = null;
    boolean bodyStarted = false;
    boolean checkRepeat = knownTitle != null;
    StringBuilder body = new StringBuilder();
    int seen = 0;
    boolean dropLinkedHeadline = false;
    for (String rawLine : lines) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        if (bodyStarted) {
          body.append('\n');
        }
        continue;
      }
      seen++;
      if (dropLinkedHeadline) {
        dropLinkedHeadline = false;
        if (line.length() <= MAX_HEADLINE && !line.endsWith(".")) {
          continue;
        }
      }
      PageFurniture.LineKind kind = furniture.classify(line, bodyStarted);
      if (kind == PageFurniture.LineKind.END) {
        break;
      }
      if (kind == PageFurniture.LineKind.DROP_WITH_NEXT) {
        dropLinkedHeadline = true;
        continue;
      }
      if (kind == PageFurniture.LineKind.DROP) {
        continue;
      }
      String credit = credits.creditLine(line);
      if (credit != null) {
        if (outlet == null && !credit.isEmpty()) {
          outlet = credit;
        }
        continue;
      }
      if (!bodyStarted && seen <= HEADER_LINES) {
        DateHeader.Match m = dates.readHeader(line);
        if (m == null) {
          m = dates.readDate(line);
          if (m != null && !m.rest().isEmpty()) {
            m = null; // only a line that is nothing but a date
          }
        }
        if (m != null) {
          if (lookForDate && published == null) {
            published = m.iso();
          }
          if (m.rest().isEmpty()) {
            continue;
          }
          line = m.rest();
        }
      }
      CreditLines.Stripped stripped = credits.stripCredits(line);
      if (stripped.outlet() != null && outlet == null) {
        outlet = stripped.outlet();
      }
      line = stripped.text();
      if (line.isEmpty()) {
        continue;
      }
      if (title == null) {
        if (headlineFirst && !isLeadParagraph(line)) {
          title = line;
          checkRepeat = true;
          continue;
        }
        title = firstSentence(line);
        derivedTitle = title;
      } else if (checkRepeat) {
        checkRepeat = false;
        if (sameLine(line, title)) {
          continue;
        }
      }
      if (bodyStarted) {
        body.append('\n');
      }
      body.append(line);
      bodyStarted = true;
    }
    String text = TextNormaliser.normalise(body.toString().strip());
    String t = knownTitle != null ? null : title;
    if (t == null && derivedTitle != null) {
      t = derivedTitle;
    }
    String source = t == null ? null : t == derivedTitle ? "first-sentence" : "first-line";
    return new Cleaned(t == null ? null : TextNormaliser.normalise(t), text, outlet, published, source);
  }

  /** A long line ending like a sentence is a lead paragraph, not a headline. */
  private static boolean isLeadParagraph(String line) {
    if (line.length() <= MAX_HEADLINE) {
      return false;
    }
    int end = line.length();
    while (end > 0 && "»\"”')".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".…!?".indexOf(line.charAt(end - 1)) >= 0 || SentenceSplitter.split(line).size() > 1;
  }

  private static String firstSentence(String line) {
    List<Span> spans = SentenceSplitter.split(line);
    return spans.isEmpty() ? line : spans.get(0).of(line);
  }

  private static boolean sameLine(String a, String b) {
    return PageFurniture.key(a).equals(PageFurniture.key(b));
  }

  /** "titre: ...", "source : ..." at the top of a file; null otherwise. */
  private static String[] keyValue(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || colon > 12) {
      return null;
    }
    String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = line.substring(colon + 1).strip();
    if (key.isEmpty() || value.isEmpty() || key.indexOf(' ') >= 0) {
      return null;
    }
    return new String[] {key, value};
  }
}
