import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, fixturesDir, listFixtures, root } from './helpers.js';
import { Database } from './support/dataset-dump.js';

// The README's dataset section stays true: its shell lines run, and its five queries answer on a
// database built from the fixtures.
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## A dataset across articles'), readme.indexOf('\n## ', readme.indexOf('## A dataset across articles') + 3));
const blocks = (lang: string): string[] => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const shellLines = (block: string): string[] => block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);

let dir: string;
const sh = (line: string) =>
  spawnSync('sh', ['-c', line.replace(/^extract /, `'${process.execPath}' '${binPath}' `)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'extract-readme-'));
  mkdirSync(path.join(dir, 'clippings'));
  for (const f of listFixtures()) copyFileSync(path.join(fixturesDir, f), path.join(dir, 'clippings', f));
  const nd = sh('extract clippings/ --format ndjson --jobs 1 > results.ndjson');
  expect(nd.status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README: a dataset across articles', () => {
  it('runs the usage lines', () => {
    const lines = shellLines(blocks('sh')[0]!);
    expect(lines.length).toBe(5);
    for (const line of lines) {
      const r = sh(`${line} > out.txt`);
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    }
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toMatch(/^document,published,ref,kind/);
  });

  it('answers the five questions on a database built from the fixtures', () => {
    const queries = blocks('sql');
    expect(queries).toHaveLength(5);
    const db = new Database(path.join(dir, 'clippings.sqlite'), { readonly: true });
    for (const q of queries) {
      const rows = db.prepare(q).all();
      expect(rows.length, q).toBeGreaterThan(0);
    }
    db.close();
  });

  it('opens the file as the README shows', () => {
    const hasSqlite3 = spawnSync('sqlite3', ['-version']).status === 0;
    for (const line of shellLines(blocks('sh')[1]!)) {
      if (line.startsWith('sqlite3') && !hasSqlite3 && !process.env.CI) continue;
      const r = sh(line);
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      expect(r.stdout.trim().length).toBeGreaterThan(0);
    }
  });
});
