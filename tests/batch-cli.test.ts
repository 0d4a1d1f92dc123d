import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultSchema } from '../src/schema/extraction.js';

const bin = fileURLToPath(new URL('../bin/extract.js', import.meta.url));

function run(args: string[], opts: { cwd: string; input?: string | Buffer }) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const parseLines = (s: string): Array<Record<string, any>> =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>);

/** every {text,start,end} object in a result must index the decoded input by code points */
function checkSpans(value: unknown, chars: string[], where = '$'): string[] {
  const bad: string[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => bad.push(...checkSpans(v, chars, `${where}[${i}]`)));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      if (chars.slice(o.start, o.end).join('') !== o.text) bad.push(`${where}: ${JSON.stringify(o)}`);
    } else for (const [k, v] of Object.entries(o)) bad.push(...checkSpans(v, chars, `${where}.${k}`));
  }
  return bad;
}

const ARTICLE = [
  'Trade deal talks in the capital',
  '',
  'Foreign Minister Ana Ruiz of Chile met her counterpart from Japan on Tuesday.',
  'The two countries agreed to expand shipping links, and Japan pledged to fund a new port.',
  '',
].join('\n');

const utf16 = (text: string, le: boolean): Buffer => {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

let root: string;
// file name → [bytes, expected error code or null, decoded text for span checks]
const cases: Record<string, [Buffer, string | null, string]> = {
  'a-plain.txt': [Buffer.from(ARTICLE), null, ARTICLE],
  'b-empty.txt': [Buffer.alloc(0), null, ''],
  'c-binary.txt': [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), 'binary', ''],
  'd-bad-utf8.txt': [Buffer.concat([Buffer.from('Kenya and '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' Peru held talks.')]), null, 'Kenya and \ufffd(\ufffd Peru held talks.'],
  'e-utf16le.txt': [utf16(`Émile 🇫🇷 said France and Italy 🤝 agreed.\n${ARTICLE}`, true), null, `Émile 🇫🇷 said France and Italy 🤝 agreed.\n${ARTICLE}`],
  'f-utf16be.txt': [utf16(`Ωmega 😀 visited Greece.\n${ARTICLE}`, false), null, `Ωmega 😀 visited Greece.\n${ARTICLE}`],
  'g-crlf.txt': [Buffer.from(ARTICLE.replace(/\n/g, '\r\n')), null, ARTICLE.replace(/\n/g, '\r\n')],
  'h-cr.txt': [Buffer.from(ARTICLE.replace(/\n/g, '\r')), null, ARTICLE.replace(/\n/g, '\r')],
  'i-bom.txt': [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]), null, ARTICLE],
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'extract-batch-'));
  const dir = path.join(root, 'clips');
  mkdirSync(path.join(dir, 'nested'), { recursive: true });
  for (const [name, [bytes]] of Object.entries(cases)) writeFileSync(path.join(dir, name), bytes);
  writeFileSync(path.join(dir, 'nested', 'j-more.txt'), `Mexico and Canada.\n${ARTICLE}`);
  writeFileSync(path.join(dir, 'skip-me.pdf'), 'not read: wrong extension');
  symlinkSync('does-not-exist.txt', path.join(dir, 'k-dangling.txt'));
  // a link back up the tree: must be walked once, not until ELOOP
  symlinkSync('..', path.join(dir, 'nested', 'loop'));
  mkdirSync(path.join(root, 'empty-folder'));
  writeFileSync(path.join(root, 'empty-folder', 'notes.pdf'), 'x');
});

describe('batch over a folder of awkward files', () => {
  it('accounts for every input exactly once, with the right outcome, with the pool', () => {
    const r = run(['clips', '--format', 'ndjson', '--jobs', '2'], { cwd: root });
    expect(r.code).toBe(1);
    const out = parseLines(r.stdout);
    for (const rec of out) expect(resultSchema.safeParse(rec).success).toBe(true);
    const paths = out.map((o) => o.source.path as string);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => !p.includes('/loop/'))).toEqual([
      ...Object.keys(cases).map((n) => `clips/${n}`),
      'clips/k-dangling.txt',
      'clips/nested/j-more.txt',
    ]);
    expect(paths.some((p) => p.includes('loop/nested/loop'))).toBe(false);
    const byPath = new Map(out.map((o) => [o.source.path as string, o]));
    for (const [name, [, err, text]] of Object.entries(cases)) {
      const rec = byPath.get(`clips/${name}`)!;
      expect(rec.error?.code ?? null, name).toBe(err);
      if (!err) {
        expect(checkSpans(rec, [...text]), name).toEqual([]);
        expect(rec.source.chars, name).toBe([...text].length);
      }
    }
    expect(byPath.get('clips/k-dangling.txt')!.error.code).toBe('not-found');
    expect(byPath.get('clips/d-bad-utf8.txt')!.warnings.join(' ')).toMatch(/invalid UTF-8: 2 byte sequences replaced/);
    expect(byPath.get('clips/e-utf16le.txt')!.countries.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['FR', 'IT', 'CL', 'JP']));
    expect(r.stderr).toMatch(/clips\/c-binary\.txt: .*\[binary\]/);
    expect(r.stderr).toMatch(/clips\/k-dangling\.txt: .*\[not-found\]/);
    expect(r.stderr).toMatch(/\d+ ok, 2 failed in [\d.]+s/);
    // not a terminal: no progress bar redraws on stderr
    expect(r.stderr).not.toMatch(/\r|\u001b\[/);
  });

  it('gives byte-identical output with one job in-process and with two workers', () => {
    const one = run(['clips', '-f', 'ndjson', '--jobs', '1'], { cwd: root });
    const two = run(['clips', '-f', 'ndjson', '--jobs', '2'], { cwd: root });
    expect(one.stdout).toBe(two.stdout);
    expect(one.stdout.length).toBeGreaterThan(1000);
  });

  it('with --unordered emits the same records in some order', () => {
    const ordered = parseLines(run(['clips', '-f', 'ndjson', '-j', '2'], { cwd: root }).stdout);
    const unordered = parseLines(run(['clips', '-f', 'ndjson', '-j', '2', '--unordered'], { cwd: root }).stdout);
    const key = (o: Record<string, any>): string => JSON.stringify(o);
    expect(unordered.map(key).sort()).toEqual(ordered.map(key).sort());
  });

  it('prints one JSON array for several inputs with the pool', () => {
    const r = run(['clips/a-plain.txt', 'clips/nested/j-more.txt', '-f', 'json', '-j', '2'], { cwd: root });
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout) as unknown[];
    expect(arr).toHaveLength(2);
  });

  it.each([
    [['empty-folder'], /empty-folder: no files ending in \.txt, \.md, \.text in folder/],
    [['nothing-here/*.txt'], /nothing-here\/\*\.txt: pattern matched no files/],
    [['--resume', 'clips'], /--resume needs --out-dir/],
    [['--jobs', '0', 'clips'], /--jobs/],
    [['--input', 'xml'], /--input/],
  ])('exits 2 with a clear message: %j', (args, msg) => {
    const r = run(args, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
  });
});

describe('a closed pipe', () => {
  it('stops the pool and exits quietly when the reader goes away (extract … | head -1)', () => {
    const many = path.join(root, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(path.join(many, `n${String(i).padStart(2, '0')}.txt`), `Item ${i}: Peru and Chile.`);
    const r = spawnSync('bash', ['-c', `'${process.execPath}' '${bin}' many -f ndjson -j 2 | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 50_000,
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/status=0/);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe('--out-dir and --resume', () => {
  it('writes atomically, then skips inputs whose sha256 is unchanged', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'extract-resume-'));
    mkdirSync(path.join(work, 'in'));
    for (const n of ['one', 'two', 'three']) writeFileSync(path.join(work, 'in', `${n}.txt`), `${n}: Brazil and Argentina signed a treaty.`);
    const first = run(['in', '--out-dir', 'out', '-j', '2'], { cwd: work });
    expect(first.code).toBe(0);
    expect(readdirSync(path.join(work, 'out')).sort()).toEqual(['errors.ndjson', 'in__one.txt.json', 'in__three.txt.json', 'in__two.txt.json', 'manifest.ndjson']);

    writeFileSync(path.join(work, 'in', 'two.txt'), 'two: changed. Chile and Peru.');
    const second = run(['in', '--out-dir', 'out', '--resume', '-j', '2'], { cwd: work });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/1 ok, 0 failed, 2 skipped/);
    const two = JSON.parse(readFileSync(path.join(work, 'out', 'in__two.txt.json'), 'utf8')) as { countries: Array<{ code: string }> };
    expect(two.countries.map((c) => c.code)).toEqual(['CL', 'PE']);
    // no temp files left behind
    expect(readdirSync(path.join(work, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // without --resume everything is redone
    const third = run(['in', '--out-dir', 'out'], { cwd: work });
    expect(third.stderr).toMatch(/3 ok, 0 failed in/);
    expect(existsSync(path.join(work, 'out', 'in__one.txt.json'))).toBe(true);
  });
});

describe('--input ndjson', () => {
  const lines = [
    JSON.stringify({ id: 'doc-1', text: 'Kenya and Peru held talks.' }),
    '{"id": "broken", "text": ',
    '',
    JSON.stringify({ id: 7, text: 'Norway thanked Sweden.' }),
    JSON.stringify({ text: 'no id here' }),
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'nul', text: 'a\u0000b' }),
    JSON.stringify({ id: 'emoji', text: '🙂🙂 Spain and Portugal 🙂.' }),
  ].join('\n');

  it.each([['1'], ['2']])('keys results by id, one record per line, malformed lines as errors (--jobs %s)', (jobs) => {
    const r = run(['--input', 'ndjson', '-f', 'ndjson', '-j', jobs], { cwd: root, input: `${lines}\n` });
    expect(r.code).toBe(1);
    const out = parseLines(r.stdout);
    expect(out.map((o) => [o.source.path, o.error?.code ?? null])).toEqual([
      ['doc-1', null],
      ['broken', 'invalid-input'], // the id is still readable in the broken line
      ['7', null],
      [`line-sha256:${createHash('sha256').update(JSON.stringify({ text: 'no id here' })).digest('hex')}`, 'invalid-input'],
      ['no-text', 'invalid-input'],
      ['nul', 'binary'],
      ['emoji', null],
    ]);
    expect(out[0]!.countries.map((c: { code: string }) => c.code)).toEqual(['KE', 'PE']);
    expect(checkSpans(out[6], [...'🙂🙂 Spain and Portugal 🙂.'])).toEqual([]);
    expect(out[6]!.countries.map((c: { code: string }) => c.code)).toEqual(['ES', 'PT']);
  });

  it('reads ndjson files given as arguments too', () => {
    const f = path.join(root, 'batch.ndjson');
    writeFileSync(f, `${JSON.stringify({ id: 'x', text: 'Ghana.' })}\r\n${JSON.stringify({ id: 'y', text: 'Togo.' })}\r\n`);
    const r = run(['--input', 'ndjson', '-f', 'ndjson', 'batch.ndjson'], { cwd: root });
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout).map((o) => o.source.path)).toEqual(['x', 'y']);
  });

  it('writes an empty array for empty input', () => {
    const r = run(['--input', 'ndjson', '-f', 'json'], { cwd: root, input: '' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
