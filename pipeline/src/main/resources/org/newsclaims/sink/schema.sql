-- The PostgreSQL schema of the --jdbcUrl sink: every table and column is documented in
-- docs/database.md. The sink runs this file when it first connects, in one transaction under an
-- advisory lock (workers starting together do not race), so every statement must be safe to run
-- again: CREATE ... IF NOT EXISTS, CREATE OR REPLACE VIEW, INSERT ... ON CONFLICT DO NOTHING.
-- Statements end with a semicolon at the end of a line; lines starting with two dashes are comments.
-- A change to a table raises the version of the schema_version row (and SchemaSql.VERSION).

CREATE TABLE IF NOT EXISTS schema_version (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO schema_version (version, description)
VALUES (1, 'articles, claims, quotes, stories, findings, rejects, stream windows and findings')
ON CONFLICT (version) DO NOTHING;

CREATE TABLE IF NOT EXISTS articles (
  id text PRIMARY KEY,
  title text,
  published text,
  published_day date,
  date_source text,
  outlet text,
  story text,
  event text,
  origin text,
  language text,
  url text,
  doc jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story);
CREATE INDEX IF NOT EXISTS articles_published_day ON articles (published_day);

CREATE TABLE IF NOT EXISTS claims (
  id text PRIMARY KEY,
  article text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text,
  value double precision,
  low double precision,
  high double precision,
  unit text,
  qualifier text,
  what text,
  frame text,
  entity text,
  speaker text,
  speaker_type text,
  claim_date text,
  published text,
  story text,
  event text,
  origin text,
  doc jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article);
CREATE INDEX IF NOT EXISTS claims_story ON claims (story);
CREATE INDEX IF NOT EXISTS claims_entity ON claims (entity);

CREATE TABLE IF NOT EXISTS quotes (
  id text PRIMARY KEY,
  article text NOT NULL,
  in_title boolean NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text,
  speaker text,
  speaker_id text,
  speaker_type text,
  method text,
  confidence double precision,
  story text,
  doc jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article);
CREATE INDEX IF NOT EXISTS quotes_speaker_id ON quotes (speaker_id);

CREATE TABLE IF NOT EXISTS stories (
  id text PRIMARY KEY,
  label text,
  first_published text,
  last_published text,
  articles integer NOT NULL,
  outlets integer NOT NULL,
  independent_sources integer NOT NULL,
  doc jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS findings (
  id text PRIMARY KEY,
  story text,
  entity text,
  entity_name text,
  property text,
  property_label text,
  verdict text NOT NULL,
  explanation text,
  articles integer NOT NULL,
  newest_published text,
  doc jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS findings_story ON findings (story);
CREATE INDEX IF NOT EXISTS findings_verdict ON findings (verdict);

CREATE TABLE IF NOT EXISTS rejects (
  id text PRIMARY KEY,
  input text NOT NULL,
  stage text NOT NULL,
  reason text,
  error text,
  doc jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS stream_windows (
  window_start date NOT NULL,
  window_end date NOT NULL,
  run_started timestamptz NOT NULL,
  pane bigint NOT NULL,
  timing text NOT NULL,
  is_last boolean NOT NULL,
  findings integer NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (window_start, window_end)
);

CREATE TABLE IF NOT EXISTS stream_findings (
  window_start date NOT NULL,
  window_end date NOT NULL,
  id text NOT NULL,
  run_started timestamptz NOT NULL,
  pane bigint NOT NULL,
  story text,
  entity text,
  entity_name text,
  property text,
  property_label text,
  verdict text NOT NULL,
  explanation text,
  articles integer NOT NULL,
  newest_published text,
  doc jsonb NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (window_start, window_end, id)
);
CREATE INDEX IF NOT EXISTS stream_findings_story ON stream_findings (story);

-- A streaming finding is current when it belongs to the newest pane of its window.
CREATE OR REPLACE VIEW current_stream_findings AS
SELECT f.*
FROM stream_findings f
JOIN stream_windows w USING (window_start, window_end)
WHERE f.run_started = w.run_started AND f.pane = w.pane;

-- Every current finding: the batch findings, and each streaming finding once (from the latest
-- window that currently holds it).
CREATE OR REPLACE VIEW current_findings AS
SELECT 'batch'::text AS source, NULL::date AS window_start, NULL::date AS window_end,
       id, story, entity, entity_name, property, property_label, verdict, explanation,
       articles, newest_published, doc, written_at
FROM findings
UNION ALL
SELECT * FROM (
  SELECT DISTINCT ON (id) 'stream'::text AS source, window_start, window_end,
         id, story, entity, entity_name, property, property_label, verdict, explanation,
         articles, newest_published, doc, written_at
  FROM current_stream_findings
  ORDER BY id, window_end DESC
) AS latest_stream;

-- The desk's list: current disagreements grouped by story, the story with the newest claim first.
-- The story's label, or (streaming, where stories are not written) the title of the finding's
-- first compared article.
CREATE OR REPLACE VIEW current_disagreements AS
SELECT f.story,
       coalesce(s.label, a.title) AS story_label,
       max(f.newest_published) OVER (PARTITION BY f.story) AS story_newest,
       f.newest_published,
       f.verdict,
       f.entity_name,
       f.property_label,
       f.explanation,
       f.articles,
       f.id,
       f.source,
       f.window_start,
       f.window_end
FROM current_findings f
LEFT JOIN stories s ON s.id = f.story
LEFT JOIN articles a ON a.id = coalesce(f.doc -> 'claims' -> 0 ->> 'article', f.doc -> 'quotes' -> 0 ->> 'article')
WHERE f.verdict IN ('conflict', 'changed_over_time', 'internal_inconsistency')
ORDER BY story_newest DESC NULLS LAST, f.story NULLS LAST, f.newest_published DESC NULLS LAST, f.id;
