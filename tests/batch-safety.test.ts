// Issue 13: nothing lost, nothing injected. Each describe is one numbered case of the issue; every test
// here failed on the code before the issue was fixed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createChalk } from '../src/cli/color.js';
import { extract } from '../src/index.js';
import { renderers } from '../src/render/index.js';

const bin = fileURLToPath(new URL('../bin/extract.js', import.meta.url));
const ARTICLE = 'Kenya and Peru signed a trade agreement on Monday.';
const work = mkdtempSync(path.join(tmpdir(), 'extract-safety-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], opts: { cwd?: string; input?: string | Buffer; node?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(opts.node ?? []), bin, ...args], {
    cwd: opts.cwd ?? work,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sh = (script: string, cwd = work) => {
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', EXTRACT: `${process.execPath} ${bin}` } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const dir = (name: string): string => {
  const d = path.join(work, name);
  mkdirSync(d, { recursive: true });
  return d;
};
const outputs = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.json')).sort();
const manifest = (d: string): Array<Record<string, any>> =>
  readFileSync(path.join(d, 'manifest.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>);
// no raw control, DEL, C1 or bidi character may reach a terminal; \n only as our own line ends
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('1. --out-dir names never collide, and a manifest accounts for every input', () => {
  it('keeps a/b.txt, a__b.txt, c.txt and c.md apart', () => {
    const d = dir('case1');
    mkdirSync(path.join(d, 'a'), { recursive: true });
    writeFileSync(path.join(d, 'a', 'b.txt'), `${ARTICLE} One.`);
    writeFileSync(path.join(d, 'a__b.txt'), `${ARTICLE} Two.`);
    writeFileSync(path.join(d, 'c.txt'), `${ARTICLE} Three.`);
    writeFileSync(path.join(d, 'c.md'), `${ARTICLE} Four.`);
    const r = run(['a/b.txt', 'a__b.txt', 'c.txt', 'c.md', '--out-dir', 'out'], { cwd: d });
    expect(r.code).toBe(0);
    expect(outputs(path.join(d, 'out'))).toHaveLength(4);
    const m = manifest(path.join(d, 'out'));
    expect(m.map((e) => e.input)).toEqual(['a/b.txt', 'a__b.txt', 'c.txt', 'c.md']);
    expect(new Set(m.map((e) => e.output)).size).toBe(4);
    for (const e of m) {
      expect(e).toMatchObject({ status: 'ok', version: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const written = JSON.parse(readFileSync(path.join(d, 'out', e.output), 'utf8')) as { source: { path: string; sha256: string } };
      expect(written.source).toMatchObject({ path: e.input, sha256: e.sha256 });
    }
  });

  it('gives ndjson ids x, x.txt, x.md, a repeated x, stdin and - one output each, and --resume settles', () => {
    const d = dir('case1-ndjson');
    const ids = ['x', 'x.txt', 'x.md', 'x', 'stdin', '-'];
    const input = `${ids.map((id, i) => JSON.stringify({ id, text: `${ARTICLE} ${i}` })).join('\n')}\n`;
    const first = run(['--input', 'ndjson', '--out-dir', 'out'], { cwd: d, input });
    expect(first.code).toBe(0);
    expect(outputs(path.join(d, 'out'))).toHaveLength(6);
    expect(manifest(path.join(d, 'out'))).toHaveLength(6);
    const again = run(['--input', 'ndjson', '--out-dir', 'out', '--resume'], { cwd: d, input });
    expect(again.stderr).toMatch(/0 ok, 0 failed, 6 skipped/);
    const third = run(['--input', 'ndjson', '--out-dir', 'out', '--resume'], { cwd: d, input });
    expect(third.stderr).toMatch(/0 ok, 0 failed, 6 skipped/);
    expect(outputs(path.join(d, 'out'))).toHaveLength(6);
  });

  it('--resume redoes outputs edited by hand or written by another version, and lists failures in errors.ndjson', () => {
    const d = dir('case1-resume');
    writeFileSync(path.join(d, 'one.txt'), ARTICLE);
    writeFileSync(path.join(d, 'two.txt'), `${ARTICLE} Chile.`);
    expect(run(['one.txt', 'two.txt', 'gone.txt', '--out-dir', 'out'], { cwd: d }).code).toBe(1);
    const out = path.join(d, 'out');
    expect(readFileSync(path.join(out, 'errors.ndjson'), 'utf8')).toMatch(/"path":"gone.txt".*"not-found"/);
    expect(manifest(out).find((e) => e.input === 'gone.txt')).toMatchObject({ status: 'failed', output: null });
    writeFileSync(path.join(out, 'one.txt.json'), '{"edited": true}\n');
    const m = manifest(out).map((e) => (e.input === 'two.txt' ? { ...e, version: '0.0.0-other' } : e));
    writeFileSync(path.join(out, 'manifest.ndjson'), m.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const r = run(['one.txt', 'two.txt', '--out-dir', 'out', '--resume'], { cwd: d });
    expect(r.stderr).toMatch(/2 ok, 0 failed in/);
    expect(JSON.parse(readFileSync(path.join(out, 'one.txt.json'), 'utf8'))).toHaveProperty('countries');
  });
});

describe('2. every input has a bound', () => {
  it('standard input past the limit is a too-large record naming the limit and the flag', () => {
    const r = run(['-', '--max-size', '1K', '-f', 'ndjson'], { input: 'Kenya. '.repeat(400) });
    expect(r.code).toBe(1);
    const rec = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    expect(rec.error.code).toBe('too-large');
    expect(rec.error.message).toMatch(/1 KiB.*--max-size/);
  });

  it('an endless standard input stops at the default limit', () => {
    const r = sh('head -c 80000000 /dev/zero | $EXTRACT - -f ndjson');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: { path: '-' }, error: { code: 'too-large' } });
  });

  it('an ndjson line past the limit is skipped with a record, and the lines after it still run', () => {
    const r = sh(`(head -c 80000000 /dev/zero; printf '\\n{"id":"after","text":"${ARTICLE}"}\\n') | $EXTRACT --input ndjson -f ndjson`);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((l) => l.source.path)).toEqual(['stdin:1', 'after']);
    expect(lines[0]!.error.code).toBe('too-large');
    expect(lines[1]!.countries.map((c: { code: string }) => c.code)).toEqual(['KE', 'PE']);
  });

  it('a file past the limit is a too-large record; the batch goes on', () => {
    const d = dir('case2');
    writeFileSync(path.join(d, 'big.txt'), 'Kenya. '.repeat(400));
    writeFileSync(path.join(d, 'small.txt'), ARTICLE);
    const r = run(['big.txt', 'small.txt', '--max-size', '1K', '-f', 'ndjson'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { error?: { code: string } }).error?.code ?? 'ok')).toEqual(['too-large', 'ok']);
  });
});

describe('3. nothing from an input drives the terminal', () => {
  it('escapes ids, paths and messages on standard error; a newline cannot forge a summary line', () => {
    const hostile = '\u001b]0;pwned\u0007\u009b31m\u202e\nextract: 99 ok, 0 failed';
    const r = run(['--input', 'ndjson', '-f', 'ndjson'], { input: `${JSON.stringify({ id: hostile, text: 7 })}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('extract: 99 ok'))).toEqual([]);
    expect(r.stderr).toContain('\\u001b]0;pwned\\u0007\\u009b31m\\u202e\\nextract: 99 ok');
  });

  it('escapes a hostile file name in a not-found error and in commander errors', () => {
    const r = run(['no\u001b[2Jsuch\u009b.txt', `--\u001b]0;x\u0007`]);
    expect(r.stderr).not.toMatch(UNSAFE);
    const missing = run(['no\u001b[2Jsuch\u0085\u009b.txt', 'also-missing.txt']);
    expect(missing.stderr).not.toMatch(UNSAFE);
    expect(missing.stderr).toContain('no\\u001b[2Jsuch');
  });
});

describe('3. tables escape every name they print', () => {
  it('official names inside event rows and quotes, with C1 controls', () => {
    const doc = extract('Foreign Minister Ana Ruiz of Chile met Japan. The two countries agreed to expand shipping links.', { path: 'a.txt' });
    expect(doc.officials.length).toBeGreaterThan(0);
    const hostile = 'Ana\u001b]0;x\u0007\u009b2J\u202eRuiz';
    doc.officials[0]!.name = hostile;
    for (const e of [...doc.agreements, ...doc.meetings]) e.officials = [doc.officials[0]!.id];
    doc.quotes.push({ speaker: doc.officials[0]!.id, text: { text: 'We\u009b agreed', start: 0, end: 10 } });
    let out = '';
    const w = renderers.table((t) => (out += t), { chalk: createChalk(0), width: 60 });
    w.write(doc);
    w.end();
    expect(out).not.toMatch(UNSAFE);
    // the name shows up escaped in the officials row, an event row and the quote
    expect(out.split('\n').filter((l) => l.includes('Ana\\u001b]0;x\\u0007\\u009b2J\\u202eRuiz')).length).toBeGreaterThanOrEqual(3);
  });

  it('fits the terminal width when it is known', () => {
    const doc = extract('Kenya and Peru signed a long agreement on shipping, fisheries, ports, customs, standards and many other matters of common interest on Monday.', { path: 'a.txt' });
    for (const width of [50, 80]) {
      let out = '';
      const w = renderers.table((t) => (out += t), { chalk: createChalk(0), width });
      w.write(doc);
      expect(Math.max(...out.split('\n').filter((l) => !l.startsWith('warning')).map((l) => [...l].length))).toBeLessThanOrEqual(width);
    }
  });
});

describe('4. write failures end with one line and exit 1', () => {
  it('a full standard output (> /dev/full)', () => {
    writeFileSync(path.join(work, 'full.txt'), ARTICLE);
    const r = sh(`$EXTRACT full.txt -f json > /dev/full`);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('extract: cannot write standard output: no space left on the device (ENOSPC)');
  });

  it('--out-dir naming a file', () => {
    writeFileSync(path.join(work, 'not-a-folder'), 'x');
    writeFileSync(path.join(work, 'in.txt'), ARTICLE);
    const r = run(['in.txt', '--out-dir', 'not-a-folder']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not-a-folder.*not a folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // a real full disk: a 48 KB tmpfs (needs root, as CI runs; skipped where mount is not allowed)
  it('a full disk under --out-dir: exit 1, one line, no temp file left', (ctx) => {
    const mnt = path.join(work, 'tiny');
    mkdirSync(mnt, { recursive: true });
    if (process.platform !== 'linux' || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', mnt]).status !== 0) return ctx.skip();
    try {
      const d = dir('case4');
      for (let i = 0; i < 12; i++) writeFileSync(path.join(d, `doc${String(i).padStart(2, '0')}.txt`), `${ARTICLE} Chile and Japan met. `.repeat(40));
      const r = run([d, '--out-dir', mnt, '--jobs', '1']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot write .*no space left on the device \(ENOSPC\)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(mnt).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('5. crash isolation with --jobs 1', () => {
  it('an input that exhausts memory becomes a record and the later inputs still run', () => {
    const d = dir('case5');
    writeFileSync(path.join(d, 'a.txt'), ARTICLE);
    writeFileSync(path.join(d, 'huge.txt'), Buffer.alloc(40_000_000, 'a'));
    writeFileSync(path.join(d, 'c.txt'), ARTICLE);
    const r = run(['a.txt', 'huge.txt', 'c.txt', '--jobs', '1', '--max-size', '1G', '-f', 'ndjson'], { cwd: d, node: ['--max-old-space-size=32'] });
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(recs.map((x) => x.source.path)).toEqual(['a.txt', 'huge.txt', 'c.txt']);
    expect(['crashed', 'too-large']).toContain(recs[1]!.error.code);
    expect(recs[2]!.countries.map((c: { code: string }) => c.code)).toEqual(['KE', 'PE']);
  });
});

describe('7. smaller holes', () => {
  it('removes temp files a killed run left behind, but not those of a live run', () => {
    const d = dir('case7-tmp');
    writeFileSync(path.join(d, 'in.txt'), ARTICLE);
    mkdirSync(path.join(d, 'out'));
    writeFileSync(path.join(d, 'out', '.in.txt.json.999999999.1700000000000.tmp'), '{"trunc');
    writeFileSync(path.join(d, 'out', `.other.json.${process.pid}.1700000000000.tmp`), '{"live');
    expect(run(['in.txt', '--out-dir', 'out'], { cwd: d }).code).toBe(0);
    expect(readdirSync(path.join(d, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([`.other.json.${process.pid}.1700000000000.tmp`]);
  });

  it('reads a FIFO given as an argument', () => {
    const r = sh(`$EXTRACT <(printf '%s' ${JSON.stringify(ARTICLE)}) -f json`);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { countries: Array<{ code: string }> }).countries.map((c) => c.code)).toEqual(['KE', 'PE']);
  });

  it('--input ndjson on a folder is an unreadable record, not an internal error', () => {
    const r = run(['--input', 'ndjson', dir('case7-dir'), '-f', 'ndjson']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'unreadable', message: 'is a folder' } });
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('a lone-CR file keeps its headline and dateline', () => {
    const d = dir('case7-cr');
    const lines = ['Ministers meet in the capital', '', 'NAIROBI: Kenya and Peru signed a trade agreement on Monday.', ''];
    writeFileSync(path.join(d, 'lf.txt'), lines.join('\n'));
    writeFileSync(path.join(d, 'cr.txt'), lines.join('\r'));
    const [lf, cr] = ['lf.txt', 'cr.txt'].map((f) => (JSON.parse(run([f, '-f', 'json'], { cwd: d }).stdout) as { article: Record<string, any> }).article);
    expect(lf!.headline?.text).toBe('Ministers meet in the capital');
    expect(cr).toEqual(lf);
  });

  it('a glob reports a dangling link, as a folder walk does', () => {
    const d = dir('case7-glob');
    writeFileSync(path.join(d, 'real.txt'), ARTICLE);
    symlinkSync(path.join(d, 'nowhere.txt'), path.join(d, 'dangling.txt'));
    const r = run(['*.txt', '-f', 'ndjson'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path).sort()).toEqual(['dangling.txt', 'real.txt']);
    expect(r.stderr).toMatch(/dangling.txt: .*\[not-found\]/);
  });

  it('`extract help` prints the help, and --help shows defaults as they are typed', () => {
    const r = run(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: extract/);
    expect(r.stdout).toMatch(/default:\s+txt,md,text/);
    expect(r.stdout).not.toMatch(/\["txt"/);
  });
});

it('fixtures: the terminal-safety regex itself catches what it should', () => {
  expect(UNSAFE.test('\u001b')).toBe(true);
  expect(UNSAFE.test('\u009b')).toBe(true);
  expect(UNSAFE.test('plain Türkiye 😀\n')).toBe(false);
  expect(existsSync(bin)).toBe(true);
});
