import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, fixturesDir, listFixtures } from './helpers.js';
import { Database, dumpDataset } from './support/dataset-dump.js';

// A run killed with SIGKILL in the middle, then run again, must leave the database that one
// uninterrupted run leaves: committed batches whole, the rest redone, the people rebuilt.
let dir: string;
const COPIES = 6;
const env = { ...process.env, NO_COLOR: '1', EXTRACT_DB_BATCH: '4' };
const args = (db: string) => [binPath, 'clippings', '--db', db, '--jobs', '1', '--quiet'];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'extract-crash-'));
  mkdirSync(path.join(dir, 'clippings'));
  for (let k = 0; k < COPIES; k++) for (const f of listFixtures()) copyFileSync(path.join(fixturesDir, f), path.join(dir, 'clippings', `${k}-${f}`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (file: string): number => {
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, timeout: 1000 });
  try {
    return db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
  } catch {
    return 0; // the schema is not there yet
  } finally {
    db.close();
  }
};

describe('kill -9 during a --db run', () => {
  it('leaves a consistent database, and a rerun gives the rows of an uninterrupted run', async () => {
    const total = COPIES * listFixtures().length;
    const ref = spawnSync(process.execPath, args('ref.sqlite'), { cwd: dir, env, encoding: 'utf8' });
    expect(ref.status).toBe(0);
    expect(count(path.join(dir, 'ref.sqlite'))).toBe(total);

    const target = path.join(dir, 'crash.sqlite');
    const child = spawn(process.execPath, args('crash.sqlite'), { cwd: dir, env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let seen = 0;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && child.exitCode === null) {
      seen = count(target);
      if (seen >= 8) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(seen, 'the run was killed after some batches were committed').toBeGreaterThanOrEqual(8);

    const db = new Database(target);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // whole documents only: each committed one has exactly the records of the uninterrupted run
    const perDoc = `SELECT d.path, (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id), (SELECT COUNT(*) FROM officials o WHERE o.document_id = d.id),
      (SELECT COUNT(*) FROM country_mentions m WHERE m.document_id = d.id), (SELECT COUNT(*) FROM quotes q WHERE q.document_id = d.id) FROM documents d`;
    const refDb = new Database(path.join(dir, 'ref.sqlite'), { readonly: true });
    const refRows = new Map((refDb.prepare(perDoc).raw().all() as unknown[][]).map((r) => [r[0], JSON.stringify(r)]));
    refDb.close();
    for (const r of db.prepare(perDoc).raw().all() as unknown[][]) expect(JSON.stringify(r)).toBe(refRows.get(r[0]));
    db.close();

    const rerun = spawnSync(process.execPath, args('crash.sqlite'), { cwd: dir, env, encoding: 'utf8' });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(dumpDataset(target)).toEqual(dumpDataset(path.join(dir, 'ref.sqlite')));
  });
});
