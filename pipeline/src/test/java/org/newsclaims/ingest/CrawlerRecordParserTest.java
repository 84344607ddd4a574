package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsclaims.model.Article;

class CrawlerRecordParserTest {

  private static List<String> lines;

  @BeforeAll
  static void readRecords() throws IOException {
    try (InputStream in = CrawlerRecordParserTest.class.getResourceAsStream("records.jsonl")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static CrawlerRecordParser.Parsed line(int number) {
    return CrawlerRecordParser.parse(lines.get(number - 1), "records.jsonl", number);
  }

  @Test
  void readsANewsPleaseRecordAndCleansItsText() {
    CrawlerRecordParser.Parsed p = line(1);
    assertTrue(p.ok(), p.rejectReason());
    Article a = p.article();
    assertEquals("journal.example-budget.json", a.article());
    assertEquals("Le conseil municipal adopte le budget", a.title());
    assertEquals("2025-01-15", a.published());
    assertEquals("metadata", a.dateSource());
    assertEquals("journal.example", a.outlet());
    assertEquals("Le conseil municipal a voté mardi le budget 2025 par 23 voix contre 8.\n"
        + "L'opposition a dénoncé « un budget d'austérité ».", a.text());
  }

  @Test
  void derivesIdAndOutletFromTheUrl() {
    Article a = line(2).article();
    assertEquals("autre.example/ville/maire", a.article());
    assertEquals("autre.example", a.outlet());
    assertNull(a.published());
    assertNull(a.dateSource());
    assertEquals("Le maire de la ville a annoncé sa démission lundi.", a.text());
  }

  @Test
  void fallsBackOnDescriptionAndNumericId() {
    Article a = line(3).article();
    assertEquals("4521", a.article());
    assertEquals("2025-07-02", a.published());
    assertEquals("Le préfet a pris un arrêté interdisant les feux.", a.title());
    assertEquals("Le préfet a pris un arrêté interdisant les feux.\nLa mesure vaut jusqu'au 30 août.", a.text());
  }

  @Test
  void usesSourceNameAndLineNumberWhenTheRecordHasNoId() {
    CrawlerRecordParser.Parsed p = CrawlerRecordParser.parse(
        "{\"title\": \"Le budget\", \"maintext\": \"Le conseil a voté.\"}", "lot.jsonl", 17);
    assertEquals("lot.jsonl#17", p.id());
    assertEquals("lot.jsonl#17", p.article().article());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "4 | journal.example/vide | no text (maintext, text, html and description missing or empty)",
      "5 | records.jsonl#5      | language 'en' is not French",
      "6 | records.jsonl#6      | field 'title' must be a string, got array",
      "7 | records.jsonl#7      | field 'date_publish' is not a date: hier soir",
      "9 | records.jsonl#9      | not a JSON object",
  })
  void rejectsBadRecordsWithAReason(int number, String id, String reason) {
    CrawlerRecordParser.Parsed p = line(number);
    assertFalse(p.ok());
    assertNull(p.article());
    assertEquals(id, p.id());
    assertEquals(reason, p.rejectReason());
  }

  @Test
  void rejectsMalformedJson() {
    CrawlerRecordParser.Parsed p = line(8);
    assertEquals("records.jsonl#8", p.id());
    assertTrue(p.rejectReason().startsWith("malformed JSON: "), p.rejectReason());
  }

  @Test
  void rejectsBlankLines() {
    assertEquals("empty line", CrawlerRecordParser.parse("  ", "lot.jsonl", 3).rejectReason());
  }
}
