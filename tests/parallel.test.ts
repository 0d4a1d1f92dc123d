import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/extract.js', import.meta.url));
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU parallel') ?? false;

const countries = ['Kenya', 'Peru', 'Chile', 'Norway', 'Japan', 'Ghana', 'Canada', 'Brazil'];
const lines = Array.from({ length: 60 }, (_x, i) =>
  i === 17
    ? '{"id": "broken-line"' // a malformed record must come back as an error, not vanish
    : JSON.stringify({ id: `doc-${i}`, text: `${countries[i % 8]} and ${countries[(i + 3) % 8]} held talks on day ${i}.` }),
);

// The README's recipe: GNU parallel cuts stdin into blocks of whole lines and runs one extract per
// block; -k keeps the output in input order. CI installs Debian's `parallel` (see .ci/run).
describe.skipIf(!hasParallel && !process.env.CI)('GNU parallel recipe', () => {
  it('gives the same records as one extract over the whole stream', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-parallel-'));
    const input = path.join(dir, 'docs.ndjson');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const extract = `'${process.execPath}' '${bin}'`;
    const direct = spawnSync('sh', ['-c', `${extract} --input ndjson --format ndjson --jobs 1 < docs.ndjson`], { cwd: dir, encoding: 'utf8' });
    const viaParallel = spawnSync(
      'sh',
      ['-c', `parallel --will-cite --pipe -N 10 -k -j 2 ${extract} --input ndjson --format ndjson --jobs 1 < docs.ndjson`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(direct.status).toBe(1);
    // parallel exits with the number of failed jobs: only the block holding the broken line
    expect(viaParallel.status).toBe(1);
    // error records are named globally (by id, or a digest of the line), the same in every block; only
    // the message's hint of where the line was ("(stdin:18)") is local to the process that read it
    const norm = (s: string): string[] =>
      s
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { error?: { message: string } })
        .map((r) => JSON.stringify(r.error ? { ...r, error: { ...r.error, message: r.error.message.replace(/ \(stdin:\d+\)$/, '') } } : r));
    const a = norm(direct.stdout);
    expect(a).toHaveLength(60);
    expect(norm(viaParallel.stdout)).toEqual(a);
    expect(direct.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path).slice(16, 19)).toEqual([
      'doc-16',
      'broken-line',
      'doc-18',
    ]);
  });
});
