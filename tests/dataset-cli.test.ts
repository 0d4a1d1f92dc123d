import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, fixturesDir, listFixtures, root } from './helpers.js';

import { Database, dumpDataset } from './support/dataset-dump.js';
const { compareDataset } = (await import(path.join(root, 'scripts', 'compare-dataset.mjs'))) as {
  compareDataset: (ndjson: string, db: string) => { totals: Record<string, { ndjson: number; database: number }>; spans: Record<string, { rows: number; sliceToText: number }>; problems: string[] };
};

let dir: string;
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [binPath, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1e8 });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'extract-dataset-'));
  const docs = path.join(dir, 'clippings');
  spawnSync('mkdir', ['-p', docs]);
  for (const f of listFixtures()) copyFileSync(path.join(fixturesDir, f), path.join(docs, f));
  writeFileSync(path.join(docs, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract FILES --db', () => {
  it('holds exactly the records of the NDJSON output, with offsets that slice the stored text', () => {
    const nd = run(['clippings', '--format', 'ndjson', '--jobs', '2']);
    expect(nd.status).toBe(1); // scan.txt is binary
    writeFileSync(path.join(dir, 'results.ndjson'), nd.stdout);
    const db = run(['clippings', '--db', 'a.sqlite', '--jobs', '2']);
    expect(db.status).toBe(1);
    expect(db.stdout).toBe('');
    expect(db.stderr).toMatch(/scan\.txt: binary file/);
    const cmp = compareDataset(nd.stdout, path.join(dir, 'a.sqlite'));
    expect(cmp.problems).toEqual([]);
    expect(cmp.totals.documents).toEqual({ ndjson: listFixtures().length, database: listFixtures().length });
    expect(cmp.totals.errors).toEqual({ ndjson: 1, database: 1 });
    for (const k of ['agreements', 'commitments', 'meetings', 'officials', 'quotes', 'event_party_people']) expect(cmp.totals[k]!.database).toBeGreaterThan(0);
    expect(cmp.spans.events!.sliceToText).toBe(cmp.spans.events!.rows);
    expect(existsSync(path.join(dir, 'a.sqlite-wal'))).toBe(false);
  });

  it('loads the same database from saved NDJSON with `extract dataset`', () => {
    const r = run(['dataset', 'results.ndjson', '--db', 'b.sqlite']);
    expect(r.stderr).toMatch(new RegExp(`${listFixtures().length} loaded, 0 unchanged, 1 error records`));
    expect(r.status).toBe(0);
    expect(dumpDataset(path.join(dir, 'b.sqlite'))).toEqual(dumpDataset(path.join(dir, 'a.sqlite')));
  });

  it('skips unchanged documents on a rerun, redoes changed ones and prunes removed ones when asked', () => {
    const before = dumpDataset(path.join(dir, 'a.sqlite'));
    // another program (sqlite3, Datasette) may have the file open meanwhile
    const reader = new Database(path.join(dir, 'a.sqlite'), { readonly: true });
    const again = run(['clippings', '--db', 'a.sqlite', '--jobs', '1']);
    reader.close();
    expect(again.stderr).toMatch(new RegExp(`0 ok, 1 failed, ${listFixtures().length} skipped`));
    expect(again.status).toBe(1);
    expect(dumpDataset(path.join(dir, 'a.sqlite'))).toEqual(before);

    const gone = path.join(dir, 'clippings', listFixtures()[0]!);
    rmSync(gone);
    const edited = path.join(dir, 'clippings', listFixtures()[1]!);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThe two ministers met again in Oslo on Friday.\n`);
    const kept = run(['clippings', '--db', 'a.sqlite', '--jobs', '1']);
    expect(kept.stderr).toMatch(new RegExp(`1 ok, 1 failed, ${listFixtures().length - 2} skipped`));
    const db = new Database(path.join(dir, 'a.sqlite'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(listFixtures().length); // not pruned without --prune
    db.close();
    const pruned = run(['clippings', '--db', 'a.sqlite', '--jobs', '1', '--prune']);
    expect(pruned.stderr).toMatch(/pruned 1 document/);
    const after = new Database(path.join(dir, 'a.sqlite'), { readonly: true });
    expect(after.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(listFixtures().length - 1);
    expect(after.prepare('SELECT COUNT(*) FROM documents WHERE path = ?').pluck().get(path.relative(dir, gone))).toBe(0);
    expect(after.pragma('foreign_key_check')).toEqual([]);
    after.close();
    copyFileSync(path.join(fixturesDir, listFixtures()[0]!), gone);
    copyFileSync(path.join(fixturesDir, listFixtures()[1]!), edited);
  });

  it('writes CSV tables whose events.csv is the --format csv output, row for row', () => {
    const csv = run(['clippings', '--format', 'csv', '--jobs', '1']);
    const r = run(['clippings', '--csv', 'tables', '--jobs', '1']);
    expect(r.status).toBe(1);
    for (const t of ['documents', 'people', 'person_offices', 'events', 'event_countries', 'event_people', 'quotes', 'errors', 'country_pairs', 'who_met_whom']) {
      expect(existsSync(path.join(dir, 'tables', `${t}.csv`)), t).toBe(true);
    }
    const events = readFileSync(path.join(dir, 'tables', 'events.csv'), 'utf8');
    expect(events).toBe(csv.stdout);
    expect(events.split('\r\n')[0]).toBe('document,published,ref,kind,subkind,negated,action,place,when,countries,by,to,people,by_person,topics,confidence,rule_id,evidence,start,end,timing,date_from,date_to,source,same_as');
    // names and codes, not ids
    expect(events).toMatch(/,PK;TR,/);
    expect(events).toMatch(/Mohsin Naqvi/);
    expect(readFileSync(path.join(dir, 'tables', 'errors.csv'), 'utf8')).toMatch(/clippings\/scan\.txt,binary,/);
  });

  it('applies the filters to the database as to every output', () => {
    const r = run(['clippings', '--db', 'f.sqlite', '--jobs', '1', '--kind', 'meeting', '--country', 'TR']);
    expect(r.status).toBe(1);
    const db = new Database(path.join(dir, 'f.sqlite'), { readonly: true });
    expect(db.prepare("SELECT DISTINCT kind FROM events").pluck().all()).toEqual(['meeting']);
    expect(db.prepare("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND c.country = 'TR')").pluck().get()).toBe(0);
    const docs = db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
    const excluded = db.prepare('SELECT COUNT(*) FROM excluded').pluck().get() as number;
    expect(docs).toBeGreaterThan(0);
    expect(excluded).toBeGreaterThan(0);
    expect(docs + excluded).toBe(listFixtures().length);
    db.close();
    const nd = run(['clippings', '-f', 'ndjson', '--jobs', '1', '--kind', 'meeting', '--country', 'TR']);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as { agreements: unknown[]; error?: unknown });
    expect(lines.filter((l) => !l.error)).toHaveLength(docs);
    expect(lines.every((l) => l.error || l.agreements.length === 0)).toBe(true);
  });

  it('rejects bad filter values and --prune without --db as usage errors', () => {
    expect(run(['clippings', '--db', 'x.sqlite', '--since', 'yesterday']).status).toBe(2);
    expect(run(['clippings', '--prune']).stderr).toMatch(/--prune needs --db/);
    expect(run(['dataset', 'results.ndjson']).status).toBe(2);
    const noDir = run(['clippings', '--db', 'no/such/dir.sqlite']);
    expect(noDir.status).toBe(2);
    expect(noDir.stderr.trim().split('\n')).toHaveLength(1);
    expect(noDir.stderr).toMatch(/cannot use no\/such\/dir\.sqlite/);
    const notDb = run(['dataset', 'results.ndjson', '--db', 'results.ndjson']);
    expect(notDb.status).toBe(2);
    expect(notDb.stderr).toMatch(/not a database/);
  });
});
