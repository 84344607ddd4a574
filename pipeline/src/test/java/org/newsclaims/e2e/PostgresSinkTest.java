package org.newsclaims.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ConsistencyPipeline;
import org.newsclaims.Options;
import org.newsclaims.sink.TestDatabase;

/**
 * The PostgreSQL sink on a real server (docs/database.md): a batch run fills every table with
 * exactly the records of its files, and a rerun adds and rewrites nothing; a streaming run
 * writes each window's panes, the newest one current; stopping the server for 20 s mid-stream
 * delays the writes but loses none. Skipped, saying why, without {@code NEWSCLAIMS_TEST_JDBC_URL}
 * (see {@link TestDatabase}); the outage test also needs the server to be scripts/postgres.sh's.
 */
class PostgresSinkTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Three files on one fire: the toll rises from three to five dead the next day, and an empty file. */
  private Path articles() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("vernoux-1.txt"), "date: 2024-06-14\ntitre: Incendie meurtrier à Vernoux\n"
        + "source: le-courrier.fr\n\nÀ Vernoux, l'incendie de l'entrepôt a fait trois morts, selon les pompiers. "
        + "« Le feu a pris vers 4 heures », a déclaré le maire, Paul Arnaud.\n");
    Files.writeString(in.resolve("vernoux-2.txt"), "date: 2024-06-15\ntitre: Vernoux : l'entrepôt détruit par le feu\n"
        + "source: la-depeche.fr\n\nÀ Vernoux, l'incendie de l'entrepôt a fait cinq morts, a annoncé la mairie. "
        + "« Le feu a pris vers 4 heures », a déclaré Paul Arnaud, le maire.\n");
    Files.writeString(in.resolve("vide.txt"), "");
    return in;
  }

  private static void runBatch(Path in, Path out, TestDatabase db) {
    List<String> args = new ArrayList<>(List.of("--input=" + in + "/*.txt", "--output=" + out,
        "--enforceImmutability=false"));
    args.addAll(db.options());
    Options options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(Options.class);
    assertEquals(PipelineResult.State.DONE, ConsistencyPipeline.run(options));
  }

  private static long lines(Path out, String file) throws IOException {
    return Files.readAllLines(out.resolve(file)).stream().filter(l -> !l.isBlank()).count();
  }

  @Test
  void aBatchRunWritesEveryRecordOnceAndARerunChangesNoRow() throws Exception {
    try (TestDatabase db = TestDatabase.open("batch")) {
      Path in = articles();
      Path out = tmp.resolve("out");
      runBatch(in, out, db);

      String[][] tables = {{"articles", "articles.jsonl"}, {"claims", "claims.jsonl"}, {"quotes", "quotes.jsonl"},
          {"stories", "stories.jsonl"}, {"findings", "findings.jsonl"}, {"rejects", "rejects.jsonl"}};
      List<String> counts = new ArrayList<>();
      for (String[] t : tables) {
        long rows = db.count("SELECT count(*) FROM " + t[0]);
        assertEquals(lines(out, t[1]), rows, t[0] + " rows against " + t[1]);
        assertTrue(rows > 0, t[0] + " is empty");
        counts.add(t[0] + "=" + rows);
      }
      assertEquals(List.of("1|articles, claims, quotes, stories, findings, rejects, stream windows and findings"),
          db.rows("SELECT version, description FROM schema_version"));
      // the row keeps the record's whole line, as in the file
      String toll = Files.readAllLines(out.resolve("findings.jsonl")).stream()
          .filter(l -> l.contains("\"property\":\"deaths:count\"")).findFirst().orElseThrow();
      String id = JSON.readTree(toll).get("id").asText();
      assertEquals(JSON.readTree(toll), JSON.readTree(db.rows("SELECT doc FROM findings WHERE id = '" + id + "'").get(0)));
      assertEquals(List.of("changed_over_time|Vernoux|2|2024-06-15"),
          db.rows("SELECT verdict, entity_name, articles, newest_published FROM findings WHERE id = '" + id + "'"));
      assertEquals(List.of("decode:vide.txt"), db.rows("SELECT id FROM rejects"));
      // the desk's view lists it
      assertTrue(db.rows("SELECT id FROM current_disagreements").contains(id), db.rows("SELECT * FROM current_disagreements").toString());

      String writtenBefore = db.rows("SELECT max(written_at) FROM (SELECT written_at FROM articles UNION ALL "
          + "SELECT written_at FROM claims UNION ALL SELECT written_at FROM findings) w").get(0);
      runBatch(in, tmp.resolve("out-again"), db);
      List<String> again = new ArrayList<>();
      for (String[] t : tables) {
        again.add(t[0] + "=" + db.count("SELECT count(*) FROM " + t[0]));
      }
      assertEquals(counts, again);
      assertEquals(writtenBefore, db.rows("SELECT max(written_at) FROM (SELECT written_at FROM articles UNION ALL "
          + "SELECT written_at FROM claims UNION ALL SELECT written_at FROM findings) w").get(0),
          "a rerun on the same articles rewrote rows");
    }
  }

  private static final long TIMEOUT_MILLIS = 180_000;

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private static final String FIRST = "Incendie à Vernoux\n"
      + "À Vernoux, l'incendie de l'entrepôt a fait trois morts, selon les pompiers.\n";
  private static final String SECOND = "Vernoux : l'entrepôt détruit\n"
      + "À Vernoux, l'incendie de l'entrepôt a fait cinq morts, a annoncé la mairie.\n";

  /** Writes the file beside the watched folder, then moves it in. */
  private void publish(Path watched, String name, String text) throws IOException {
    Path staged = tmp.resolve(name);
    Files.writeString(staged, "Publié le " + today() + "\n" + text);
    Files.move(staged, watched.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private PipelineResult startStreaming(Path watched, TestDatabase db) {
    List<String> args = new ArrayList<>(List.of("--watch=" + watched, "--output=" + tmp.resolve("out"),
        "--pollInterval=1", "--streaming", "--blockOnRun=false", "--enforceImmutability=false"));
    args.addAll(db.options());
    Options options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(Options.class);
    Pipeline p = Pipeline.create(options);
    ConsistencyPipeline.buildStreaming(p, options);
    return p.run();
  }

  /** The current verdicts on the death toll, one per window, sorted. */
  private static final String CURRENT_TOLL = "SELECT window_start || '|' || pane || '|' || verdict"
      + " FROM current_stream_findings WHERE property = 'deaths:count' ORDER BY 1";

  private static List<String> await(TestDatabase db, String sql, Predicate<List<String>> wanted)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    List<String> rows = List.of();
    while (System.currentTimeMillis() < deadline) {
      rows = db.rowsIfUp(sql);
      if (wanted.test(rows)) {
        return rows;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not within " + TIMEOUT_MILLIS + " ms: " + sql + " gave " + rows);
  }

  /** An article is in 4 windows: 28 days long, one starting every 7 days (the defaults). */
  private static final int WINDOWS = 4;

  /** True when every window holding the articles shows this verdict as current. */
  private static boolean allVerdicts(List<String> rows, String verdict) {
    return rows.size() == WINDOWS && rows.stream().allMatch(r -> r.endsWith("|" + verdict));
  }

  @Test
  void aStreamingRunKeepsEachWindowsNewestPaneCurrent() throws Exception {
    try (TestDatabase db = TestDatabase.open("stream")) {
      Path watched = Files.createDirectories(tmp.resolve("incoming"));
      PipelineResult result = startStreaming(watched, db);
      try {
        publish(watched, "incendie-1.txt", FIRST);
        List<String> first = await(db, CURRENT_TOLL, rows -> allVerdicts(rows, "single_source"));
        publish(watched, "incendie-2.txt", SECOND);
        List<String> second = await(db, CURRENT_TOLL, rows -> allVerdicts(rows, "conflict"));
        // in every window: the conflict, from a later pane than the single source
        for (int i = 0; i < WINDOWS; i++) {
          assertTrue(Long.parseLong(second.get(i).split("\\|")[1]) > Long.parseLong(first.get(i).split("\\|")[1]),
              first + " then " + second);
        }
        // the superseded rows stay, marked by their older pane, out of the current view
        assertEquals(WINDOWS, db.count("SELECT count(*) FROM stream_findings f JOIN stream_windows w"
            + " USING (window_start, window_end) WHERE f.property = 'deaths:count' AND f.verdict = 'single_source'"
            + " AND f.pane < w.pane"));
        // the desk's view: once, labelled by the first compared article (stories are batch only)
        assertEquals(List.of("conflict|Incendie à Vernoux"), db.rows("SELECT verdict, story_label"
            + " FROM current_disagreements WHERE entity_name = 'Vernoux'"));
        assertEquals(List.of("incendie-1.txt", "incendie-2.txt"), db.rows("SELECT id FROM articles ORDER BY id"));
      } finally {
        result.cancel();
      }
    }
  }

  @Test
  void stoppingPostgresqlForTwentySecondsDelaysTheWritesButLosesNone() throws Exception {
    try (TestDatabase db = TestDatabase.open("outage")) {
      org.junit.jupiter.api.Assumptions.assumeTrue(db.controlledByScript(),
          "the test server is not scripts/postgres.sh's: the outage test stops and starts it");
      Path watched = Files.createDirectories(tmp.resolve("incoming"));
      PipelineResult result = startStreaming(watched, db);
      try {
        publish(watched, "incendie-1.txt", FIRST);
        await(db, CURRENT_TOLL, rows -> allVerdicts(rows, "single_source"));
        db.stopServer();
        long stopped = System.nanoTime();
        try {
          publish(watched, "incendie-2.txt", SECOND);
          publish(watched, "copie.txt", FIRST);
          Thread.sleep(Math.max(0, 20_000 - (System.nanoTime() - stopped) / 1_000_000));
        } finally {
          db.startServer();
        }
        await(db, CURRENT_TOLL, rows -> allVerdicts(rows, "conflict"));
        await(db, "SELECT id FROM rejects", rows -> rows.size() == 1);
        assertEquals(List.of("incendie-1.txt", "incendie-2.txt"), db.rows("SELECT id FROM articles ORDER BY id"));
        assertEquals(List.of("duplicate:copie.txt"), db.rows("SELECT id FROM rejects"));
      } finally {
        result.cancel();
      }
    }
  }
}
