#!/usr/bin/env node
// Checks that a dataset holds exactly the records of an NDJSON run: counts by kind and document, every
// error, and every span's offsets against the stored text.
//
//   node scripts/compare-dataset.mjs results.ndjson dataset.sqlite [--json]
//
// Exit 0 when everything matches, 1 otherwise. tests/dataset-cli.test.ts runs it on the fixtures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

const KINDS = ['countries', 'country_mentions', 'officials', 'person_mentions', 'agreements', 'commitments', 'meetings', 'quotes', 'event_party_countries', 'event_by_countries', 'event_to_countries', 'event_party_people', 'event_by_people'];

function countsOfResult(r) {
  const events = [...r.agreements, ...r.commitments, ...r.meetings];
  const known = new Set(r.officials.map((o) => o.id));
  return {
    countries: r.countries.length,
    country_mentions: r.countries.reduce((n, c) => n + c.mentions.length, 0),
    officials: r.officials.length,
    person_mentions: r.officials.reduce((n, o) => n + o.mentions.length, 0),
    agreements: r.agreements.length,
    commitments: r.commitments.length,
    meetings: r.meetings.length,
    quotes: r.quotes.length,
    event_party_countries: events.reduce((n, e) => n + new Set(e.countries).size, 0),
    event_by_countries: r.commitments.filter((c) => c.by.country).length,
    event_to_countries: r.commitments.reduce((n, c) => n + new Set(c.to).size, 0),
    event_party_people: events.reduce((n, e) => n + new Set(e.officials.filter((id) => known.has(id))).size, 0),
    event_by_people: r.commitments.filter((c) => c.by.official && known.has(c.by.official)).length,
  };
}

const perDocSql = {
  countries: 'SELECT d.path, COUNT(DISTINCT m.country) FROM country_mentions m JOIN documents d ON d.id = m.document_id GROUP BY d.path',
  country_mentions: 'SELECT d.path, COUNT(*) FROM country_mentions m JOIN documents d ON d.id = m.document_id GROUP BY d.path',
  officials: 'SELECT d.path, COUNT(*) FROM officials o JOIN documents d ON d.id = o.document_id GROUP BY d.path',
  person_mentions: 'SELECT d.path, COUNT(*) FROM person_mentions m JOIN documents d ON d.id = m.document_id GROUP BY d.path',
  agreements: "SELECT d.path, COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.kind = 'agreement' GROUP BY d.path",
  commitments: "SELECT d.path, COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.kind = 'commitment' GROUP BY d.path",
  meetings: "SELECT d.path, COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.kind = 'meeting' GROUP BY d.path",
  quotes: 'SELECT d.path, COUNT(*) FROM quotes q JOIN documents d ON d.id = q.document_id GROUP BY d.path',
  event_party_countries: "SELECT d.path, COUNT(*) FROM event_countries c JOIN events e ON e.id = c.event_id JOIN documents d ON d.id = e.document_id WHERE c.role = 'party' GROUP BY d.path",
  event_by_countries: "SELECT d.path, COUNT(*) FROM event_countries c JOIN events e ON e.id = c.event_id JOIN documents d ON d.id = e.document_id WHERE c.role = 'by' GROUP BY d.path",
  event_to_countries: "SELECT d.path, COUNT(*) FROM event_countries c JOIN events e ON e.id = c.event_id JOIN documents d ON d.id = e.document_id WHERE c.role = 'to' GROUP BY d.path",
  event_party_people: "SELECT d.path, COUNT(*) FROM event_people p JOIN events e ON e.id = p.event_id JOIN documents d ON d.id = e.document_id WHERE p.role = 'party' GROUP BY d.path",
  event_by_people: "SELECT d.path, COUNT(*) FROM event_people p JOIN events e ON e.id = p.event_id JOIN documents d ON d.id = e.document_id WHERE p.role = 'by' GROUP BY d.path",
};

// SQLite's substr() counts characters (code points) of TEXT, as the spans do: offsets are 0-based, end exclusive
const spanSql = {
  events: 'SELECT COUNT(*) AS n, SUM(substr(d.text, x.start + 1, x."end" - x.start) = x.evidence) AS ok, SUM(d.text IS NULL) AS untested FROM events x JOIN documents d ON d.id = x.document_id',
  person_mentions: 'SELECT COUNT(*) AS n, SUM(substr(d.text, x.start + 1, x."end" - x.start) = x.text) AS ok, SUM(d.text IS NULL) AS untested FROM person_mentions x JOIN documents d ON d.id = x.document_id',
  country_mentions: 'SELECT COUNT(*) AS n, SUM(substr(d.text, x.start + 1, x."end" - x.start) = x.text) AS ok, SUM(d.text IS NULL) AS untested FROM country_mentions x JOIN documents d ON d.id = x.document_id',
  quotes: 'SELECT COUNT(*) AS n, SUM(substr(d.text, x.start + 1, x."end" - x.start) = x.text) AS ok, SUM(d.text IS NULL) AS untested FROM quotes x JOIN documents d ON d.id = x.document_id',
};

export function compareDataset(ndjsonText, dbFile) {
  const expected = new Map();
  const expectedErrors = new Set();
  for (const line of ndjsonText.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (r.error) expectedErrors.add(r.source.path);
    else expected.set(r.source.path, countsOfResult(r));
  }
  const db = new Database(dbFile, { readonly: true });
  const problems = [];
  const totals = {};
  const docs = new Set(db.prepare('SELECT path FROM documents').pluck().all());
  for (const p of expected.keys()) if (!docs.has(p)) problems.push(`${p}: in the NDJSON, not in documents`);
  for (const p of docs) if (!expected.has(p)) problems.push(`${p}: in documents, not in the NDJSON`);
  for (const kind of KINDS) {
    const got = new Map(db.prepare(perDocSql[kind]).raw().all());
    let exp = 0;
    let have = 0;
    for (const [p, c] of expected) {
      const g = got.get(p) ?? 0;
      exp += c[kind];
      have += g;
      if (g !== c[kind]) problems.push(`${p}: ${kind} ${g} in the database, ${c[kind]} in the NDJSON`);
    }
    totals[kind] = { ndjson: exp, database: have };
  }
  const errors = new Set(db.prepare('SELECT path FROM errors').pluck().all());
  totals.errors = { ndjson: expectedErrors.size, database: errors.size };
  for (const p of expectedErrors) if (!errors.has(p)) problems.push(`${p}: error in the NDJSON, not in errors`);
  totals.documents = { ndjson: expected.size, database: docs.size };
  const spans = {};
  for (const [name, sql] of Object.entries(spanSql)) {
    const r = db.prepare(sql).get();
    spans[name] = { rows: r.n, sliceToText: r.ok ?? 0, withoutText: r.untested ?? 0 };
    if ((r.ok ?? 0) + (r.untested ?? 0) !== r.n) problems.push(`${name}: ${r.n - (r.ok ?? 0) - (r.untested ?? 0)} rows whose offsets do not slice the document text to their text`);
  }
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
  const fk = db.pragma('foreign_key_check');
  if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
  db.close();
  return { totals, spans, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [ndjson, dbFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!ndjson || !dbFile) {
    console.error('usage: node scripts/compare-dataset.mjs results.ndjson dataset.sqlite [--json]');
    process.exit(2);
  }
  const out = compareDataset(readFileSync(ndjson, 'utf8'), dbFile);
  if (process.argv.includes('--json')) console.log(JSON.stringify(out, null, 2));
  else {
    for (const [k, v] of Object.entries(out.totals)) console.log(`${v.ndjson === v.database ? 'ok' : '!!'} ${k}: ndjson ${v.ndjson}, database ${v.database}`);
    for (const [k, v] of Object.entries(out.spans)) console.log(`${v.sliceToText + v.withoutText === v.rows ? 'ok' : '!!'} ${k} offsets: ${v.sliceToText} of ${v.rows} slice the text${v.withoutText ? ` (${v.withoutText} without stored text)` : ''}`);
    for (const p of out.problems.slice(0, 30)) console.log(`!! ${p}`);
  }
  process.exit(out.problems.length ? 1 : 0);
}
