import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { binPath, fixturesDir, root } from './helpers.js';

const SAMPLE = 'fixtures/dawn-2025-11-07-pakistan-turkiye.txt';
const ESC = '\u001b';

function run(args: string[], opts: { input?: string; env?: Record<string, string>; preload?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env };
  const nodeArgs = opts.preload ? ['--require', opts.preload, binPath, ...args] : [binPath, ...args];
  const options: SpawnSyncOptions = { cwd: root, env: env as NodeJS.ProcessEnv, encoding: 'utf8', input: opts.input ?? '' };
  const r = spawnSync(process.execPath, nodeArgs, options);
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

describe('extract CLI', () => {
  it('prints JSON for one file when piped, with the sample countries', () => {
    const r = run([SAMPLE]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source.path).toBe(SAMPLE);
    expect(out.countries.map((c: { code: string }) => c.code).sort()).toEqual(['AF', 'PK', 'QA', 'TR']);
    expect(r.stderr).toBe('');
  });

  it('prints an array for several inputs and one line each with ndjson', () => {
    const two = [SAMPLE, 'fixtures/crlf-ministry-readout.txt'];
    const json = run(two);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    const nd = run([...two, '--format', 'ndjson']);
    const lines = nd.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(two);
  });

  it('reads standard input for - and when no input is given', () => {
    const text = 'Kenya and Japan signed a deal.';
    for (const args of [['-', '-f', 'ndjson'], ['-f', 'ndjson']]) {
      const r = run(args, { input: text });
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.source.path).toBe('-');
      expect(out.countries.map((c: { code: string }) => c.code)).toEqual(['KE', 'JP']);
    }
  });

  it('walks folders and expands globs', () => {
    const count = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt')).length;
    const folder = run(['fixtures', '-f', 'ndjson']);
    expect(folder.code).toBe(0);
    expect(folder.stdout.trim().split('\n')).toHaveLength(count);
    const glob = run(['fixtures/*-readout*.txt', '-f', 'ndjson']);
    expect(glob.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path).sort()).toEqual([
      'fixtures/crlf-ministry-readout.txt',
      'fixtures/phone-call-readout-canada-mexico.txt',
    ]);
  });

  it('reports a missing file, keeps going, and exits 1', () => {
    const r = run(['nope.txt', SAMPLE, '-f', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: .*not-found/);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records[0]).toMatchObject({ source: { path: 'nope.txt' }, error: { code: 'not-found' } });
    expect(records[1].countries.length).toBeGreaterThan(0);
  });

  it.each([
    [['only-missing.txt'], 2],
    [['fixtures', '--ext', 'nothing'], 2],
    [['--format', 'xml', SAMPLE], 2],
    [['--no-such-flag'], 2],
    [[SAMPLE], 0],
  ])('exit code for %j is %i', (args, code) => {
    expect(run(args).code).toBe(code);
  });

  it('says what to do when there is no input at all', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(binPath)} < /dev/null`], { encoding: 'utf8' });
    // an empty stdin is a valid (empty) document; a terminal would be a usage error
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).countries).toEqual([]);
  });

  it('is a usage error to give no input when standard input is a terminal', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += String(d)));
    const code = await runCli([], { stdin, stdout, stderr, env: {}, cwd: root });
    expect(code).toBe(2);
    expect(err).toMatch(/no input/);
  });

  it('colours tables only when asked and never under NO_COLOR', () => {
    const forced = run([SAMPLE, '-f', 'table'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
    expect(forced.stdout).toMatch(/Countries \(4\)/);
    const noColor = run([SAMPLE, '-f', 'table'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(ESC);
    expect(noColor.stdout).toMatch(/Officials/);
    expect(run([SAMPLE, '-f', 'table']).stdout).not.toContain(ESC);
  });

  it('never lets control characters from the input reach the terminal', () => {
    const r = run(['-', '-f', 'table'], { input: `Evil ${ESC}[2J headline\n\nKenya said ${ESC}]0;pwned\u0007 hello.` });
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\u0007');
  });

  it('prints help and version without loading compromise', () => {
    const preload = path.join(root, 'tests/support/forbid-compromise.cjs');
    const help = run(['--help'], { preload });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    const version = run(['--version'], { preload });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
    const schema = run(['schema'], { preload });
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).$defs.Extraction).toBeDefined();
    // the guard itself works: extracting does load compromise
    expect(run([SAMPLE], { preload }).stderr).toMatch(/compromise was loaded/);
  });

  it('writes one file per input with --out-dir', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-out-'));
    const r = run([SAMPLE, 'fixtures/crlf-ministry-readout.txt', '--out-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['errors.ndjson', 'fixtures__crlf-ministry-readout.txt.json', 'fixtures__dawn-2025-11-07-pakistan-turkiye.txt.json', 'manifest.ndjson']);
  });

  it('ends quietly when the reader closes the pipe', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(binPath)} fixtures fixtures/*.txt -f ndjson | head -c 10`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('decodes UTF-16 with a BOM and keeps code-point spans', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-enc-'));
    const file = path.join(dir, 'utf16.txt');
    const text = 'Türkiye 🇹🇷 and Pakistan agreed.';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const out = JSON.parse(run([file]).stdout);
    const pk = out.countries.find((c: { code: string }) => c.code === 'PK');
    expect([...text].slice(pk.mentions[0].start, pk.mentions[0].end).join('')).toBe('Pakistan');
  });
});
