package org.newsclaims.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.ClaimBuilder;
import org.newsclaims.model.Finding;
import org.newsclaims.model.FindingBuilder;
import org.newsclaims.model.Reject;
import org.newsclaims.report.JsonLines;

/** The sink's statements and rows, without a server. */
class DatabaseRowsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Claim THREE_DEAD = ClaimBuilder.claim("trois morts").article("vernoux-1.txt").value(3)
      .what("morts").speaker("pompiers").span(45, 56).published("2024-06-14").story("s-1", "e-1", "vernoux-1.txt")
      .build();
  private static final Claim FIVE_DEAD = ClaimBuilder.claim("cinq morts").article("vernoux-2.txt").value(5)
      .what("morts").span(45, 55).published("2024-06-15").story("s-1", "e-1", "vernoux-2.txt").build();

  @Test
  void anUpsertWritesEveryColumnAndRewritesARowOnlyWhenItsRecordChanged() {
    Table t = new Table("rejects", List.of(new Column("id", "text"), new Column("stage", "text"),
        new Column("doc", "jsonb")));
    assertEquals("INSERT INTO rejects AS t (id, stage, doc) VALUES (?::text, ?::text, ?::jsonb)"
        + " ON CONFLICT (id) DO UPDATE SET stage = EXCLUDED.stage, doc = EXCLUDED.doc, written_at = now()"
        + " WHERE t.doc IS DISTINCT FROM EXCLUDED.doc", t.upsert());
  }

  @Test
  void aTableIsKeyedByIdAndEndsWithTheRecordsJson() {
    assertThrows(IllegalArgumentException.class,
        () -> new Table("x", List.of(new Column("doc", "jsonb"), new Column("id", "text"))));
  }

  @Test
  void everyTableOfTheSinkIsCreatedBySchemaSqlWithTheSameColumns() {
    String schema = String.join("\n", SchemaSql.statements());
    for (Table t : List.of(DatabaseRows.ARTICLES, DatabaseRows.CLAIMS, DatabaseRows.QUOTES, DatabaseRows.STORIES,
        DatabaseRows.FINDINGS, DatabaseRows.REJECTS)) {
      int start = schema.indexOf("CREATE TABLE IF NOT EXISTS " + t.name() + " (");
      assertTrue(start >= 0, t.name());
      String body = schema.substring(start, schema.indexOf("\n)", start));
      List<String> declared = Arrays.stream(body.split("\n")).skip(1)
          .map(l -> l.strip().split(" ", 2)).filter(p -> !p[0].equals("written_at"))
          .map(p -> p[0] + " " + p[1].replaceFirst(" PRIMARY KEY| NOT NULL.*|,$", "").replaceFirst(",$", ""))
          .toList();
      assertEquals(t.columns().stream().map(c -> c.name() + " " + c.type()).toList(), declared, t.name());
    }
  }

  @Test
  void schemaSqlSplitsAtLinesEndingASemicolonAndDropsComments() {
    assertEquals(List.of("CREATE TABLE a (x int)", "INSERT INTO a VALUES (1)"),
        SchemaSql.split("-- a comment; not a statement\nCREATE TABLE a (x int);\n\nINSERT INTO a\nVALUES (1);\n")
            .stream().map(s -> s.replace('\n', ' ')).toList());
    assertThrows(IllegalArgumentException.class, () -> SchemaSql.split("CREATE TABLE a (x int)"));
    assertTrue(SchemaSql.statements().stream().anyMatch(s -> s.contains("VALUES (" + SchemaSql.VERSION + ",")),
        "schema.sql's version row is SchemaSql.VERSION");
  }

  @Test
  void aClaimIsKeyedByItsArticleAndOffsetsAndKeepsItsWholeLine() {
    List<Object> row = DatabaseRows.claim(THREE_DEAD);
    assertEquals(DatabaseRows.CLAIMS.columns().size(), row.size());
    assertEquals(List.of("vernoux-1.txt#45-56", "vernoux-1.txt", 45, 56, "trois morts", 3.0), row.subList(0, 6));
    assertEquals("pompiers", row.get(DatabaseRows.CLAIMS.columnNames().indexOf("speaker")));
    assertEquals("s-1", row.get(DatabaseRows.CLAIMS.columnNames().indexOf("story")));
    assertEquals(JsonLines.toLine(THREE_DEAD), row.get(row.size() - 1));
  }

  @Test
  void anArticlesDayColumnHoldsOnlyAFullDate() {
    Article day = new Article("a.txt", "Incendie à Vernoux", "2024-06-14", "header", "le-courrier.fr", "À Vernoux…");
    Article month = new Article("b.txt", "Incendie à Vernoux", "2024-06", "header", null, "À Vernoux…");
    int published = DatabaseRows.ARTICLES.columnNames().indexOf("published_day");
    assertEquals("2024-06-14", DatabaseRows.article(day).get(published));
    assertEquals(null, DatabaseRows.article(month).get(published));
    assertEquals("2024-06", DatabaseRows.article(month).get(DatabaseRows.ARTICLES.columnNames().indexOf("published")));
  }

  @Test
  void aFindingRowCountsItsArticlesAndItsNewestPublicationDate() {
    Finding f = FindingBuilder.finding(Finding.CONFLICT).id("a1b2c3d4e5f6").property("deaths:count", "people killed")
        .claim(THREE_DEAD).claim(FIVE_DEAD).explanation("Les sources divergent.").build();
    List<Object> row = DatabaseRows.finding(f);
    List<String> names = DatabaseRows.FINDINGS.columnNames();
    assertEquals("a1b2c3d4e5f6", row.get(0));
    assertEquals(2, row.get(names.indexOf("articles")));
    assertEquals("2024-06-15", row.get(names.indexOf("newest_published")));
    assertEquals("conflict", row.get(names.indexOf("verdict")));
  }

  @Test
  void aRejectIsKeyedByItsStageAndInput() {
    assertEquals("read:vide.txt", DatabaseRows.reject(new Reject("vide.txt", "read", "empty file", null)).get(0));
  }

  @Test
  void aPaneIsOneStatementThatIgnoresPanesNoNewerThanTheWindowsCurrentOne() throws Exception {
    String sql = DatabaseRows.paneStatement();
    assertTrue(sql.contains("WHERE (w.run_started, w.pane) < (EXCLUDED.run_started, EXCLUDED.pane)"), sql);
    assertTrue(sql.contains("FROM pane CROSS JOIN jsonb_to_recordset(?::jsonb) AS r(id text, story text,"), sql);
    Finding f = FindingBuilder.finding(Finding.CONFLICT).id("a1b2c3d4e5f6").claim(THREE_DEAD).claim(FIVE_DEAD).build();
    Instant started = Instant.parse("2024-06-15T08:00:00Z");
    List<Object> params = DatabaseRows.pane("2024-06-03", "2024-07-01", started, 2, "early", false, List.of(f));
    assertEquals(sql.chars().filter(c -> c == '?').count(), params.size());
    assertEquals(List.of("2024-06-03", "2024-07-01", OffsetDateTime.parse("2024-06-15T08:00Z"), 2L, "early", false, 1),
        params.subList(0, 7));
    JsonNode rows = JSON.readTree((String) params.get(7));
    assertEquals(1, rows.size());
    assertEquals("a1b2c3d4e5f6", rows.get(0).get("id").asText());
    assertEquals(2, rows.get(0).get("articles").asInt());
    assertEquals(JSON.readTree(JsonLines.toLine(f)), rows.get(0).get("doc"));
  }

  @Test
  void theTargetTakesCredentialsFromTheEnvironmentAndNeverShowsThePassword() {
    DatabaseTarget t = DatabaseTarget.resolve("jdbc:postgresql://db.local:5432/desk?password=s3cret", null, null, 300,
        Map.of("PGUSER", "desk", "PGPASSWORD", "from-pg", "NEWSCLAIMS_JDBC_PASSWORD", "from-newsclaims"));
    assertEquals("DatabaseTarget{jdbc:postgresql://db.local:5432/desk?password=*** as desk}", t.toString());
    assertFalse(t.toString().contains("s3cret") || t.toString().contains("from-"));
    assertTrue(t.hasPassword());
    assertEquals("from-pg", password(DatabaseTarget.resolve("jdbc:postgresql://h/d", "u", "", 1, Map.of("PGPASSWORD", "from-pg"))));
    assertEquals("given", password(DatabaseTarget.resolve("jdbc:postgresql://h/d", "u", "given", 1, Map.of("PGPASSWORD", "x"))));
    assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.resolve("jdbc:mysql://h/d", null, null, 1, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.resolve("jdbc:postgresql://h/d", null, null, 0, Map.of()));
  }

  private static String password(DatabaseTarget t) {
    return t.dataSource().getPassword();
  }

  @Test
  void connectionFailuresAndShutdownsAreRetriedButBadDataIsNot() {
    assertTrue(TransientFailures.isTransient(new SQLException("Connection to 127.0.0.1:55432 refused", "08001")));
    assertTrue(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command", "57P01")));
    assertTrue(TransientFailures.isTransient(new SQLException("the database system is starting up", "57P03")));
    assertTrue(TransientFailures.isTransient(new SQLException("batch failed", "XX000", new SQLException("I/O", "08006"))));
    assertFalse(TransientFailures.isTransient(new SQLException("null value in column \"verdict\"", "23502")));
    assertFalse(TransientFailures.isTransient(new TransientFailures.DatabaseUnreachableException("still down")));
  }
}
