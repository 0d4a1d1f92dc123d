import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { csvOptions } from '../render/csv.js';

// One file per table and view. Rows that point at a document carry its path, and event rows carry
// country codes and people's names (';'-separated) rather than ids, so that a spreadsheet needs no joins.
const sep = "';'";
export const csvQueries: Record<string, string> = {
  documents: 'SELECT id, path, sha256, tool_version, chars, headline, publisher, published, dateline, dateline_country, warnings FROM documents ORDER BY id',
  countries: 'SELECT code, iso3, name FROM countries ORDER BY code',
  country_mentions: 'SELECT m.id, m.document_id, d.path AS document, m.country, m.text, m.start, m."end" FROM country_mentions m JOIN documents d ON d.id = m.document_id ORDER BY m.id',
  people: 'SELECT id, name, country, aliases, documents, mentions, first_seen, last_seen FROM people ORDER BY id',
  officials: 'SELECT o.id, o.document_id, d.path AS document, o.ref, o.person_id, o.name, o.title, o.portfolio, o.country, o.aliases, o.confidence, o.rule_ids FROM officials o JOIN documents d ON d.id = o.document_id ORDER BY o.id',
  person_offices: 'SELECT f.person_id, p.name AS person, f.title, f.portfolio, f.country, f.first_seen, f.last_seen, f.documents FROM person_offices f JOIN people p ON p.id = f.person_id ORDER BY f.person_id, f.first_seen',
  person_mentions: 'SELECT m.id, m.document_id, d.path AS document, m.official_id, m.person_id, p.name AS person, m.text, m.start, m."end", m.kind FROM person_mentions m JOIN documents d ON d.id = m.document_id LEFT JOIN people p ON p.id = m.person_id ORDER BY m.id',
  events: `SELECT d.path AS document, d.published, e.ref, e.kind, e.subkind, e.negated, e.action, e.place, e."when",
      (SELECT group_concat(country, ${sep} ORDER BY country) FROM event_countries c WHERE c.event_id = e.id AND c.role = 'party') AS countries,
      (SELECT group_concat(country, ${sep} ORDER BY country) FROM event_countries c WHERE c.event_id = e.id AND c.role = 'by') AS "by",
      (SELECT group_concat(country, ${sep} ORDER BY country) FROM event_countries c WHERE c.event_id = e.id AND c.role = 'to') AS "to",
      (SELECT group_concat(name, ${sep}) FROM (SELECT DISTINCT o.name FROM event_people p JOIN officials o ON o.id = p.official_id WHERE p.event_id = e.id AND p.role = 'party' ORDER BY o.name)) AS people,
      (SELECT o.name FROM event_people p JOIN officials o ON o.id = p.official_id WHERE p.event_id = e.id AND p.role = 'by') AS by_person,
      (SELECT group_concat(value, ${sep}) FROM json_each(e.topics)) AS topics,
      e.confidence, e.rule_id, e.evidence, e.start, e."end", e.timing, e.date_from, e.date_to, e.source, e.same_as
    FROM events e JOIN documents d ON d.id = e.document_id ORDER BY e.id`,
  event_countries: 'SELECT c.event_id, d.path AS document, e.ref, c.country, c.role FROM event_countries c JOIN events e ON e.id = c.event_id JOIN documents d ON d.id = e.document_id ORDER BY c.event_id, c.role, c.country',
  event_people: 'SELECT p.event_id, d.path AS document, e.ref, p.official_id, p.person_id, o.name, p.role FROM event_people p JOIN events e ON e.id = p.event_id JOIN officials o ON o.id = p.official_id JOIN documents d ON d.id = e.document_id ORDER BY p.event_id, p.role, o.name',
  quotes: 'SELECT q.id, q.document_id, d.path AS document, q.official_id, q.person_id, o.name AS speaker, q.text, q.start, q."end" FROM quotes q JOIN documents d ON d.id = q.document_id JOIN officials o ON o.id = q.official_id ORDER BY q.id',
  errors: 'SELECT path, code, message, tool_version FROM errors ORDER BY path',
  excluded: 'SELECT path, sha256, tool_version, filters FROM excluded ORDER BY path',
  country_pairs: 'SELECT * FROM country_pairs ORDER BY meetings + agreements + commitments DESC, country_a, country_b',
  who_met_whom: 'SELECT * FROM who_met_whom ORDER BY meetings DESC, name_a, name_b',
};

async function writeQuery(db: Database.Database, sql: string, file: string): Promise<void> {
  const stmt = db.prepare(sql);
  const columns = stmt.columns().map((c) => c.name);
  const out = createWriteStream(file);
  const done = once(out, 'finish');
  out.write(stringify([columns], csvOptions));
  for (const row of stmt.iterate() as Iterable<Record<string, unknown>>) {
    if (!out.write(stringify([columns.map((c) => row[c] ?? null)], csvOptions))) await once(out, 'drain');
  }
  out.end();
  await done;
}

/** Writes every table and view of the dataset to DIR/NAME.csv (RFC 4180, with a header row). */
export async function exportCsv(db: Database.Database, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, sql] of Object.entries(csvQueries)) {
    const file = path.join(dir, `${name}.csv`);
    await writeQuery(db, sql, file);
    written.push(file);
  }
  return written;
}
