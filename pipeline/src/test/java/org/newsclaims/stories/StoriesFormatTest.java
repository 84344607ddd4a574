package org.newsclaims.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Quote;
import org.newsclaims.model.Story;
import org.newsclaims.report.JsonLines;

/** stories.jsonl and the story fields of the other files are documented in docs/output-format.md. */
class StoriesFormatTest {

  /** The fields a section's table documents, in order (a row may name several: `a`, `b`). */
  private static List<String> documented(String heading) throws IOException {
    String doc = Files.readString(Path.of("docs/output-format.md"));
    String section = doc.substring(doc.indexOf(heading));
    section = section.substring(0, section.indexOf("\n## ", 3));
    List<String> fields = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("| `")) {
        String cell = line.substring(2, line.indexOf(" |", 2));
        for (String f : cell.split(",\\s*")) {
          fields.add(f.replace("`", "").strip());
        }
      }
    }
    return fields;
  }

  private static List<String> declared(Class<?> type) {
    return Arrays.asList(type.getAnnotation(JsonPropertyOrder.class).value());
  }

  @Test
  void everyStoryFieldIsDocumentedInOrder() throws IOException {
    assertEquals(declared(Story.class), documented("## `stories.jsonl`"));
    assertEquals(declared(Story.class), Arrays.stream(Story.class.getRecordComponents()).map(c -> c.getName()).toList());
  }

  @Test
  void theStoryFieldsOfArticlesClaimsAndQuotesAreDocumented() throws IOException {
    assertTrue(documented("## `articles.jsonl`").containsAll(List.of("story", "event", "origin", "publishedSpan")));
    assertTrue(documented("## `claims.jsonl`").containsAll(List.of("story", "event", "origin")));
    assertTrue(documented("## `quotes.jsonl`").contains("story"));
    assertTrue(declared(Article.class).containsAll(List.of("story", "event", "origin", "publishedSpan")));
    assertTrue(declared(Claim.class).containsAll(List.of("story", "event", "origin")));
    assertTrue(declared(Quote.class).contains("story"));
  }

  @Test
  void aStoryLineReadsBackAsTheSameStory() {
    Story s = new Story("s-1a2b3c4d", "Séisme en Turquie", List.of("a", "b"), "2023-02-06", "2023-03-07", 0,
        List.of("Antakya", "Erdogan"), List.of(new Story.Event("e-1a2b3c4d", "Séisme en Turquie", List.of("a"),
            "2023-02-06", "2023-02-06", List.of()), new Story.Event("e-5e6f7a8b", "Un mois après", List.of("b"),
            "2023-03-07", "2023-03-07", List.of("Antakya", "Erdogan"))), 2,
        List.of(new Story.Origin("a", List.of("a"), List.of("afp.com")), new Story.Origin("b", List.of("b"), List.of())), 2);
    String line = JsonLines.toLine(s);
    assertTrue(line.startsWith("{\"id\":\"s-1a2b3c4d\",\"label\":\"Séisme en Turquie\",\"articles\":[\"a\",\"b\"],"
        + "\"firstPublished\":\"2023-02-06\""), line);
    assertEquals(s, JsonLines.fromLine(line, Story.class));
  }
}
