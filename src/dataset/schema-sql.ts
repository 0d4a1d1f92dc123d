// The dataset's tables. Every table that belongs to one document cascades from `documents`, so replacing
// or pruning a document is one DELETE; `people` and `person_offices` are derived (see merge-people.ts)
// and rebuilt after each run. The views count an event once: a headline record that repeats a body
// record (same_as set) is left out. The DDL is the README's schema: keep the two in step.
// A new version needs a step in migrate.ts that brings an older database up to it.
// 2 also has person_mentions.kind (name or reference)
export const DATASET_VERSION = 2;

export const tableNames = [
  'documents',
  'countries',
  'country_mentions',
  'people',
  'officials',
  'person_offices',
  'person_mentions',
  'events',
  'event_countries',
  'event_people',
  'quotes',
  'errors',
  'excluded',
] as const;

export const viewNames = ['country_pairs', 'who_met_whom'] as const;

export const schemaSql = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  filters TEXT NOT NULL DEFAULT '',
  chars INTEGER NOT NULL,
  headline TEXT,
  publisher TEXT,
  published TEXT,
  dateline TEXT,
  dateline_country TEXT REFERENCES countries(code),
  warnings TEXT NOT NULL DEFAULT '[]',
  text TEXT
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);

CREATE TABLE IF NOT EXISTS countries (
  code TEXT PRIMARY KEY,
  iso3 TEXT,
  name TEXT
);

CREATE TABLE IF NOT EXISTS country_mentions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  country TEXT NOT NULL REFERENCES countries(code),
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS country_mentions_document ON country_mentions(document_id);
CREATE INDEX IF NOT EXISTS country_mentions_country ON country_mentions(country);

CREATE TABLE IF NOT EXISTS people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT REFERENCES countries(code),
  aliases TEXT NOT NULL DEFAULT '[]',
  documents INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX IF NOT EXISTS people_name ON people(name);
CREATE INDEX IF NOT EXISTS people_country ON people(country);

CREATE TABLE IF NOT EXISTS officials (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ref TEXT NOT NULL,
  person_id INTEGER REFERENCES people(id),
  name TEXT NOT NULL,
  title TEXT,
  portfolio TEXT,
  country TEXT REFERENCES countries(code),
  aliases TEXT NOT NULL DEFAULT '[]',
  confidence REAL NOT NULL,
  rule_ids TEXT NOT NULL DEFAULT '[]',
  UNIQUE (document_id, ref)
);
CREATE INDEX IF NOT EXISTS officials_person ON officials(person_id);

CREATE TABLE IF NOT EXISTS person_offices (
  person_id INTEGER NOT NULL REFERENCES people(id),
  title TEXT,
  portfolio TEXT,
  country TEXT REFERENCES countries(code),
  first_seen TEXT,
  last_seen TEXT,
  documents INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS person_offices_person ON person_offices(person_id);

CREATE TABLE IF NOT EXISTS person_mentions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  official_id INTEGER NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES people(id),
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'name'
);
CREATE INDEX IF NOT EXISTS person_mentions_document ON person_mentions(document_id);
CREATE INDEX IF NOT EXISTS person_mentions_official ON person_mentions(official_id);
CREATE INDEX IF NOT EXISTS person_mentions_person ON person_mentions(person_id);

CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ref TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agreement', 'commitment', 'meeting')),
  subkind TEXT NOT NULL,
  negated INTEGER NOT NULL DEFAULT 0,
  action TEXT,
  place TEXT,
  "when" TEXT,
  date TEXT,
  topics TEXT NOT NULL DEFAULT '[]',
  details TEXT,
  evidence TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  confidence REAL NOT NULL,
  rule_id TEXT NOT NULL,
  timing TEXT,
  date_from TEXT,
  date_to TEXT,
  source TEXT,
  same_as TEXT,
  UNIQUE (document_id, ref)
);
CREATE INDEX IF NOT EXISTS events_kind ON events(kind);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS event_countries (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  country TEXT NOT NULL REFERENCES countries(code),
  role TEXT NOT NULL CHECK (role IN ('party', 'by', 'to')),
  PRIMARY KEY (event_id, country, role)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_countries_country ON event_countries(country, role);

CREATE TABLE IF NOT EXISTS event_people (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  official_id INTEGER NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES people(id),
  role TEXT NOT NULL CHECK (role IN ('party', 'by')),
  PRIMARY KEY (event_id, official_id, role)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_people_person ON event_people(person_id);
CREATE INDEX IF NOT EXISTS event_people_official ON event_people(official_id);

CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  official_id INTEGER NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES people(id),
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document_id);
CREATE INDEX IF NOT EXISTS quotes_person ON quotes(person_id);

CREATE TABLE IF NOT EXISTS errors (
  path TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  tool_version TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS excluded (
  path TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  filters TEXT NOT NULL
);

CREATE VIEW IF NOT EXISTS country_pairs AS
WITH ev AS (
  SELECT DISTINCT e.id, e.kind, d.published AS date, c.country
  FROM events e JOIN documents d ON d.id = e.document_id JOIN event_countries c ON c.event_id = e.id
  WHERE e.negated = 0 AND e.same_as IS NULL
)
SELECT a.country AS country_a, b.country AS country_b,
  SUM(a.kind = 'meeting') AS meetings,
  SUM(a.kind = 'agreement') AS agreements,
  SUM(a.kind = 'commitment') AS commitments,
  MIN(a.date) AS first_date,
  MAX(a.date) AS last_date
FROM ev a JOIN ev b ON a.id = b.id AND a.country < b.country
GROUP BY a.country, b.country;

CREATE VIEW IF NOT EXISTS who_met_whom AS
WITH mp AS (
  SELECT DISTINCT e.id, d.published AS date, p.person_id
  FROM events e JOIN documents d ON d.id = e.document_id JOIN event_people p ON p.event_id = e.id
  WHERE e.kind = 'meeting' AND e.negated = 0 AND e.same_as IS NULL AND p.person_id IS NOT NULL
)
SELECT a.person_id AS person_a, pa.name AS name_a, b.person_id AS person_b, pb.name AS name_b,
  COUNT(*) AS meetings, MAX(a.date) AS last_date
FROM mp a JOIN mp b ON a.id = b.id AND a.person_id < b.person_id
JOIN people pa ON pa.id = a.person_id JOIN people pb ON pb.id = b.person_id
GROUP BY a.person_id, b.person_id;
`;
