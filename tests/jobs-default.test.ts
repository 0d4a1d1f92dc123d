// Issue 13, "from the same newcomer run": on a small batch (30 files) the default of one worker per core
// was twice as slow as --jobs 1, since every extra worker loads compromise and the lexicons again. The
// default now starts with one worker and takes one per core only once the batch passes SMALL_BATCH.
// The pool is replaced by an in-process stand-in that records how it was sized, so the test counts
// workers instead of timing them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const sizing = vi.hoisted(() => ({ created: [] as number[], grown: [] as Array<{ size: number; atRun: number }>, runs: 0, cwd: '' }));

vi.mock('../src/cli/pool.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/cli/pool.js')>();
  const { extract } = await import('../src/pipeline/extract.js');
  return {
    ...original,
    createPool: (options: { size: number }) => {
      sizing.created.push(options.size);
      return {
        run: async (task: { path: string; text?: string }) => {
          sizing.runs++;
          return extract(task.text ?? readFileSync(path.resolve(sizing.cwd, task.path), 'utf8'), { path: task.path });
        },
        grow: (size: number) => void sizing.grown.push({ size, atRun: sizing.runs }),
        close: async () => undefined,
      };
    },
  };
});

const { runCli } = await import('../src/cli/run-cli.js');
const { defaultJobs, SMALL_BATCH } = await import('../src/cli/jobs.js');

const work = mkdtempSync(path.join(tmpdir(), 'extract-jobs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
sizing.cwd = work;

function folder(name: string, n: number): string {
  const d = path.join(work, name);
  mkdirSync(d, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(path.join(d, `doc${String(i).padStart(3, '0')}.txt`), `Kenya and Peru signed trade agreement number ${i}.`);
  return name;
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const [stdin, stdout, stderr] = [new PassThrough(), new PassThrough(), new PassThrough()];
  stdin.end();
  let out = '';
  stdout.on('data', (d) => (out += String(d)));
  stderr.resume();
  const code = await runCli([...args, '-f', 'ndjson', '--quiet'], { stdin, stdout, stderr, env: { NO_COLOR: '1' }, cwd: work });
  return { code, out };
}

beforeEach(() => {
  sizing.created = [];
  sizing.grown = [];
  sizing.runs = 0;
});

describe('--jobs default on small and large batches', () => {
  it('a small batch (30 files) runs in one worker', async () => {
    const r = await cli([folder('small', 30)]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(30);
    expect(sizing.created).toEqual([1]);
    expect(sizing.grown).toEqual([]);
  });

  it('a batch past SMALL_BATCH takes one worker per core once it is known to be large', async () => {
    const n = SMALL_BATCH + 6;
    const r = await cli([folder('large', n)]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(n);
    expect(sizing.created).toEqual([1]);
    expect(sizing.grown.map((g) => g.size)).toEqual([defaultJobs()]);
  });

  it('an explicit --jobs is honoured from the start, even on a small batch', async () => {
    const r = await cli([folder('explicit', 5), '--jobs', '3']);
    expect(r.code).toBe(0);
    expect(sizing.created).toEqual([3]);
    expect(sizing.grown).toEqual([]);
  });
});
