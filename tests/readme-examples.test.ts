// Every shell example in the README runs here, as a new user would type it: `extract` on the PATH,
// article.txt, clipping.txt, clippings/, archive/ and docs.ndjson beside it. Installing, the test suite
// itself and scoring against ../shared are left out (they are what runs this, or need the corpus).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, fixturesDir, root } from './helpers.js';

// The engine recipes (Spark, Hadoop: /opt/extract as the installed path) run in tests/engine-harness.test.ts,
// per partition and under an empty environment, as the engines start them.
const SKIP = /^(npm |node \.\.\/shared\/|hadoop )|\/opt\/extract\//;

/** The commands of every ```sh block: continuation lines joined, comments and blank lines dropped. */
export function readmeCommands(markdown: string): string[] {
  const out: string[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    const joined = block[1]!.replace(/\\\n\s*/g, ' ');
    for (const raw of joined.split('\n')) {
      // comments start a line or follow the command after two or more spaces
      const line = raw.replace(/\s{2,}#\s.*$/, '').trim();
      if (line && !line.startsWith('#')) out.push(line);
    }
  }
  return out;
}

const hasJq = spawnSync('jq', ['--version']).status === 0;
const hasParallel = spawnSync('parallel', ['--version'], { input: '' }).status === 0;
const commands = readmeCommands(readFileSync(path.join(root, 'README.md'), 'utf8'))
  .filter((c) => !SKIP.test(c))
  .map((c) => c.replace(/\bnpx extract\b/g, 'extract'));

const work = mkdtempSync(path.join(tmpdir(), 'extract-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function setUp(name: string, failing: boolean): string {
  const dir = path.join(work, name);
  const bin = path.join(dir, '.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'extract'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} "$@"\n`);
  chmodSync(path.join(bin, 'extract'), 0o755);
  const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt'));
  copyFileSync(path.join(fixturesDir, 'dawn-2025-11-07-pakistan-turkiye.txt'), path.join(dir, 'article.txt'));
  copyFileSync(path.join(fixturesDir, 'crlf-ministry-readout.txt'), path.join(dir, 'clipping.txt'));
  mkdirSync(path.join(dir, 'clippings'));
  mkdirSync(path.join(dir, 'archive', '2024'), { recursive: true });
  mkdirSync(path.join(dir, 'fixtures'));
  for (const f of fixtures) {
    copyFileSync(path.join(fixturesDir, f), path.join(dir, 'clippings', f));
    copyFileSync(path.join(fixturesDir, f), path.join(dir, 'fixtures', f));
  }
  copyFileSync(path.join(fixturesDir, fixtures[1]!), path.join(dir, 'archive', '2024', 'one.txt'));
  writeFileSync(path.join(dir, 'clippings', 'neighbours.txt'), 'India and Pakistan resumed talks in Geneva on Monday.\n');
  if (failing) writeFileSync(path.join(dir, 'clippings', 'zz-broken.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  const lines = fixtures.map((f, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(path.join(fixturesDir, f), 'utf8') }));
  writeFileSync(path.join(dir, 'docs.ndjson'), `${lines.join('\n')}\n`);
  // the roster example reads the README's own CSV block as cabinet.csv
  const csv = /^```csv\n([\s\S]*?)^```/m.exec(readFileSync(path.join(root, 'README.md'), 'utf8'));
  if (csv) writeFileSync(path.join(dir, 'cabinet.csv'), csv[1]!);
  // examples run inside the checkout (node bin/extract.js, node scripts/…) find it here
  for (const d of ['bin', 'scripts']) symlinkSync(path.join(root, d), path.join(dir, d));
  return dir;
}

function runIn(dir: string, command: string, pipefail: boolean) {
  const r = spawnSync('bash', ['-c', `${pipefail ? 'set -o pipefail; ' : ''}${command}`], {
    cwd: dir,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, PATH: `${path.join(dir, '.bin')}:${process.env.PATH}`, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const needs = (c: string): boolean => (!/\bjq\b/.test(c) || hasJq) && (!/^parallel\b/.test(c) || hasParallel);

describe('README shell examples', () => {
  it('finds the examples (the recipes, the batch and ndjson blocks)', () => {
    expect(commands.length).toBeGreaterThanOrEqual(15);
    expect(commands).toContain("extract article.txt | jq '.countries[].code'");
    expect(commands.some((c) => c.startsWith('parallel --pipe'))).toBe(true);
  });

  const good = setUp('good', false);
  it.each(commands.filter(needs))('runs: %s', (command) => {
    const r = runIn(good, command, true);
    expect(r.stderr).not.toMatch(/jq: error|internal error/);
    expect(r.code).toBe(0);
  });

  // the jq recipes must also work when a folder holds an input that failed
  const failing = setUp('failing', true);
  it.each(commands.filter((c) => /\| jq /.test(c) && /clippings\//.test(c) && needs(c)))('with a failing input: %s', (command) => {
    const r = runIn(failing, command, false);
    expect(r.stderr).not.toMatch(/jq: error/);
    expect(r.code).toBe(0);
  });

  it('the India-and-Pakistan recipe finds the document that names both', () => {
    if (!hasJq) return;
    const c = commands.find((x) => x.includes('index("IN") and index("PK")'))!;
    expect(runIn(failing, c, false).stdout.trim().split('\n')).toContain('clippings/neighbours.txt');
  });
});
