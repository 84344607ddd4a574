package org.newsclaims.sink;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsclaims.model.Article;
import org.newsclaims.model.Claim;
import org.newsclaims.model.Finding;
import org.newsclaims.model.Quote;
import org.newsclaims.model.Reject;
import org.newsclaims.model.Story;
import org.newsclaims.report.JsonLines;

/**
 * The rows the PostgreSQL sink writes (docs/database.md): for each record, the values of its
 * table's columns, key columns first and the record's whole JSON line last.
 *
 * <p>Example: {@code DatabaseRows.claim(claim)} gives {@code ["003.txt#812-826", "003.txt", 812,
 * 826, "plus de 1 000 km²", 1000.0, …, "{\"article\":\"003.txt\",…}"]}, the parameters of
 * {@code DatabaseRows.CLAIMS.upsert()}.
 *
 * <p>Ids are the records' own stable ids where they have one (articles, stories, findings);
 * claims and quotes are keyed by their article and offsets, which no two of them share
 * ({@code 003.txt#812-826}, a headline quote {@code 003.txt#title:0-25}); a reject by its stage and
 * input ({@code read:bad.html}).
 */
public final class DatabaseRows {

  private DatabaseRows() {}

  public static final Table ARTICLES = new Table("articles", columns(
      "id text", "title text", "published text", "published_day date", "date_source text", "outlet text",
      "story text", "event text", "origin text", "language text", "url text", "doc jsonb"));

  public static final Table CLAIMS = new Table("claims", columns(
      "id text", "article text", "start_offset integer", "end_offset integer", "text text",
      "value double precision", "low double precision", "high double precision", "unit text",
      "qualifier text", "what text", "frame text", "entity text", "speaker text", "speaker_type text",
      "claim_date text", "published text", "story text", "event text", "origin text", "doc jsonb"));

  public static final Table QUOTES = new Table("quotes", columns(
      "id text", "article text", "in_title boolean", "start_offset integer", "end_offset integer",
      "text text", "speaker text", "speaker_id text", "speaker_type text", "method text",
      "confidence double precision", "story text", "doc jsonb"));

  public static final Table STORIES = new Table("stories", columns(
      "id text", "label text", "first_published text", "last_published text", "articles integer",
      "outlets integer", "independent_sources integer", "doc jsonb"));

  public static final Table FINDINGS = new Table("findings", columns(
      "id text", "story text", "entity text", "entity_name text", "property text", "property_label text",
      "verdict text", "explanation text", "articles integer", "newest_published text", "doc jsonb"));

  public static final Table REJECTS = new Table("rejects", columns(
      "id text", "input text", "stage text", "reason text", "error text", "doc jsonb"));

  public static List<Object> article(Article a) {
    return values(a.article(), a.title(), a.published(), day(a.published()), a.dateSource(), a.outlet(),
        a.story(), a.event(), a.origin(), a.language(), a.url(), JsonLines.toLine(a));
  }

  public static List<Object> claim(Claim c) {
    return values(claimId(c), c.article(), c.start(), c.end(), c.text(), c.value(), c.low(), c.high(),
        c.unit(), c.qualifier(), c.what(), c.frame(), c.entity(), c.speaker(), c.speakerType(), c.date(),
        c.published(), c.story(), c.event(), c.origin(), JsonLines.toLine(c));
  }

  public static List<Object> quote(Quote q) {
    return values(quoteId(q), q.article(), q.inTitle(), q.start(), q.end(), q.text(), q.speaker(),
        q.speakerId(), q.speakerType(), q.method(), q.confidence(), q.story(), JsonLines.toLine(q));
  }

  public static List<Object> story(Story s) {
    return values(s.id(), s.label(), s.firstPublished(), s.lastPublished(), s.articles().size(), s.outlets(),
        s.independentSources(), JsonLines.toLine(s));
  }

  public static List<Object> finding(Finding f) {
    return values(f.id(), f.story(), f.entity(), f.entityName(), f.property(), f.propertyLabel(), f.verdict(),
        f.explanation(), articlesCited(f), newestPublished(f), JsonLines.toLine(f));
  }

  public static List<Object> reject(Reject r) {
    return values(rejectId(r), r.input(), r.stage(), r.reason(), r.error(), JsonLines.toLine(r));
  }

  /** A claim's key: its article and offsets, {@code 003.txt#812-826}. */
  public static String claimId(Claim c) {
    return c.article() + "#" + c.start() + "-" + c.end();
  }

  /** A quote's key: its article and offsets, in the headline {@code 003.txt#title:0-25}. */
  public static String quoteId(Quote q) {
    return q.article() + "#" + (q.inTitle() ? "title:" : "") + q.start() + "-" + q.end();
  }

  /** A reject's key: its stage and input, {@code read:bad.html}. */
  public static String rejectId(Reject r) {
    return r.stage() + ":" + r.input();
  }

  /** How many distinct articles a finding's claims and quotes come from. */
  static int articlesCited(Finding f) {
    TreeSet<String> articles = new TreeSet<>();
    f.claims().forEach(c -> articles.add(c.article()));
    f.quotes().forEach(q -> articles.add(q.article()));
    return articles.size();
  }

  /** The latest publication date among a finding's claims ({@code 2025-04-26}), or null. */
  static String newestPublished(Finding f) {
    String newest = null;
    for (Finding.Evidence c : f.claims()) {
      if (c.published() != null && (newest == null || c.published().compareTo(newest) > 0)) {
        newest = c.published();
      }
    }
    return newest;
  }

  /** An ISO publication date as a day for the {@code date} column; null unless it names a day. */
  static String day(String published) {
    return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}") ? published : null;
  }

  /**
   * The statement that writes one streaming pane, atomically: it records the window's newest
   * pane in {@code stream_windows} unless that table already holds this pane or a newer one (of
   * this run or of a later run), and only then upserts the pane's findings into
   * {@code stream_findings}. A replayed or stale pane (a retried bundle, a runner's leftover
   * empty pane) therefore changes nothing. Parameters: {@link #pane}.
   */
  public static String paneStatement() {
    StringBuilder record = new StringBuilder();
    StringBuilder names = new StringBuilder();
    StringBuilder selected = new StringBuilder();
    StringBuilder updates = new StringBuilder();
    for (Column c : FINDINGS.columns()) {
      record.append(record.length() == 0 ? "" : ", ").append(c.name()).append(' ').append(c.type());
      names.append(", ").append(c.name());
      selected.append(", r.").append(c.name());
      if (!c.name().equals("id")) {
        updates.append(c.name()).append(" = EXCLUDED.").append(c.name()).append(", ");
      }
    }
    return "WITH pane AS ("
        + "INSERT INTO stream_windows AS w (window_start, window_end, run_started, pane, timing, is_last, findings)"
        + " VALUES (?::date, ?::date, ?::timestamptz, ?::bigint, ?::text, ?::boolean, ?::integer)"
        + " ON CONFLICT (window_start, window_end) DO UPDATE SET run_started = EXCLUDED.run_started,"
        + " pane = EXCLUDED.pane, timing = EXCLUDED.timing, is_last = EXCLUDED.is_last,"
        + " findings = EXCLUDED.findings, written_at = now()"
        + " WHERE (w.run_started, w.pane) < (EXCLUDED.run_started, EXCLUDED.pane)"
        + " RETURNING window_start, window_end, run_started, pane)"
        + " INSERT INTO stream_findings AS f (window_start, window_end, run_started, pane" + names + ")"
        + " SELECT pane.window_start, pane.window_end, pane.run_started, pane.pane" + selected
        + " FROM pane CROSS JOIN jsonb_to_recordset(?::jsonb) AS r(" + record + ")"
        + " ON CONFLICT (window_start, window_end, id) DO UPDATE SET run_started = EXCLUDED.run_started,"
        + " pane = EXCLUDED.pane, " + updates + "written_at = now()";
  }

  /**
   * The parameters of {@link #paneStatement()} for one firing of a window: the window, the run's
   * start (a later run's panes supersede an earlier run's, whose pane numbers started again at 0),
   * the pane's index, timing and last flag, its number of findings, and the findings as one JSON
   * array of rows with the columns of {@link #FINDINGS}.
   */
  public static List<Object> pane(String windowStart, String windowEnd, Instant runStarted, long pane,
      String timing, boolean last, List<Finding> findings) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      List<Object> values = finding(f);
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < FINDINGS.columns().size(); i++) {
        row.put(FINDINGS.columns().get(i).name(), i == values.size() - 1 ? f : values.get(i));
      }
      rows.add(row);
    }
    return values(windowStart, windowEnd, OffsetDateTime.ofInstant(runStarted, ZoneOffset.UTC), pane, timing, last, findings.size(),
        JsonLines.toLine(rows));
  }

  private static List<Column> columns(String... specs) {
    List<Column> out = new ArrayList<>();
    for (String spec : specs) {
      int space = spec.indexOf(' ');
      out.add(new Column(spec.substring(0, space), spec.substring(space + 1)));
    }
    return out;
  }

  /** The values as a list that keeps nulls (List.of does not). */
  private static List<Object> values(Object... values) {
    return java.util.Collections.unmodifiableList(Arrays.asList(values));
  }
}
