import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetStore } from '../src/dataset/store.js';
import { DATASET_VERSION } from '../src/dataset/schema-sql.js';
import { extract } from '../src/pipeline/extract.js';

// An article written for this test: a headline event the body repeats, and a meeting that happened.
const TEXT = [
  'Chilean president to visit Lima next week',
  '',
  'SANTIAGO, 7 November 2025 (Reuters) - The Chilean president will travel to Lima next week for talks with the Peruvian president, officials said.',
  'The Chilean foreign minister met her Peruvian counterpart in Santiago on Thursday.',
].join('\n');
const opts = { toolVersion: '9.9.9', filters: '' };
const dir = mkdtempSync(path.join(tmpdir(), 'extract-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const result = { ...extract(TEXT), source: { ...extract(TEXT).source, path: 'visit.txt' } };

/** A database as version 1 of the format left it: no event timing, date or origin columns. */
function makeVersion1(file: string): void {
  const store = new DatasetStore(file, opts);
  store.addDocument(result, null);
  store.finish();
  store.close();
  const db = new Database(file);
  db.exec('DROP VIEW country_pairs; DROP VIEW who_met_whom');
  for (const c of ['timing', 'date_from', 'date_to', 'source', 'same_as']) db.exec(`ALTER TABLE events DROP COLUMN ${c}`);
  db.exec(`CREATE VIEW country_pairs AS SELECT 1 AS old; CREATE VIEW who_met_whom AS SELECT 1 AS old`);
  db.prepare("UPDATE meta SET value = '1' WHERE key = 'dataset_version'").run();
  db.close();
}

describe('dataset: migrations', () => {
  it('stores timing, dates and origin of events, and the views count an event once', () => {
    const store = new DatasetStore(path.join(dir, 'new.sqlite'), opts);
    store.addDocument(result, null);
    store.finish();
    const rows = store.db.prepare('SELECT ref, timing, date_from, date_to, source, same_as FROM events WHERE kind = ? ORDER BY id').all('meeting');
    expect(rows).toEqual([
      { ref: 'm1', timing: 'planned', date_from: '2025-11-10', date_to: '2025-11-16', source: 'headline', same_as: 'm2' },
      { ref: 'm2', timing: 'planned', date_from: '2025-11-10', date_to: '2025-11-16', source: 'body', same_as: null },
      { ref: 'm3', timing: 'happened', date_from: '2025-11-06', date_to: '2025-11-06', source: 'body', same_as: null },
    ]);
    // three meeting records, two events between Chile and Peru
    expect(store.db.prepare("SELECT meetings FROM country_pairs WHERE country_a = 'CL' AND country_b = 'PE'").pluck().get()).toBe(2);
    store.close();
  });

  it('brings a version-1 database up to date and redoes its documents on the next run', () => {
    const file = path.join(dir, 'old.sqlite');
    makeVersion1(file);
    const store = new DatasetStore(file, opts);
    const columns = (store.db.prepare("SELECT name FROM pragma_table_info('events')").pluck().all() as string[]).slice(-5);
    expect(columns).toEqual(['timing', 'date_from', 'date_to', 'source', 'same_as']);
    expect(store.db.prepare("SELECT value FROM meta WHERE key = 'dataset_version'").pluck().get()).toBe(String(DATASET_VERSION));
    // the old rows have no timing: the document is stale and the rerun fills it in
    expect(store.isCurrent('visit.txt', result.source.sha256)).toBe(false);
    store.addDocument(result, null);
    store.finish();
    expect(store.isCurrent('visit.txt', result.source.sha256)).toBe(true);
    expect(store.db.prepare("SELECT count(*) FROM events WHERE timing IS NULL").pluck().get()).toBe(0);
    expect(store.db.prepare("SELECT meetings FROM country_pairs WHERE country_a = 'CL' AND country_b = 'PE'").pluck().get()).toBe(2);
    store.close();
    // opening it again changes nothing
    const again = new DatasetStore(file, opts);
    expect(again.isCurrent('visit.txt', result.source.sha256)).toBe(true);
    again.close();
  });

  it('refuses a database of a newer format', () => {
    const file = path.join(dir, 'newer.sqlite');
    new DatasetStore(file, opts).close();
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = '99' WHERE key = 'dataset_version'").run();
    db.close();
    expect(() => new DatasetStore(file, opts)).toThrow(/another version of extract's dataset format \(99\)/);
  });
});
