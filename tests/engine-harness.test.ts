// Runs the README's scale-out recipe the way Spark's pipe and Hadoop Streaming run it: one process per
// partition, started with an EMPTY environment (`env -i`, as PySpark's pipe does by default) and an
// absolute command, the exit status checked (Scala pipe, PySpark checkCode=True, Hadoop) or ignored
// (PySpark's default), failed tasks retried with their output discarded. Slow: it spawns processes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { binPath, root } from './helpers.js';

type Run = { status: number | null; signal: NodeJS.Signals | null; stdout: string };
type Rec = { source: { path: string }; error?: { code: string; message: string } };

/** The extract arguments of every engine command in the README's "Beyond one machine" section. */
function readmeCommands(): string[][] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Beyond one machine'), readme.indexOf('\n## ', readme.indexOf('### Beyond one machine')));
  return [...section.matchAll(/\/usr\/bin\/node \/opt\/extract\/bin\/extract\.js ([^'<\n]+)/g)].map((m) => m[1]!.trim().split(/\s+/));
}

const countries = ['Kenya', 'Peru', 'Chile', 'Norway', 'Japan', 'Ghana', 'Canada', 'Brazil', 'Egypt', 'Poland'];
const good = (i: number): string =>
  JSON.stringify({ id: `doc-${i}`, text: `${countries[i % 10]} and ${countries[(i + 3) % 10]} signed a trade agreement on day ${i}. The ministers met in Geneva.` });
// bad lines of every kind, spread over partitions 1 and 3; no two lines alike
const bad: Record<number, string> = {
  30: '{"id": "cut-short", "text": "Kenya and Peru',
  33: 'this line is not JSON',
  41: JSON.stringify({ text: 'a document without an id' }),
  44: JSON.stringify({ id: 'nul-text', text: 'a\u0000b' }),
  80: JSON.stringify({ id: 'no-text' }),
  85: '[1, 2, 3]',
  90: '{"text": "also cut short',
};
const LINES = Array.from({ length: 100 }, (_x, i) => bad[i] ?? good(i));
const PARTITIONS = [0, 1, 2, 3].map((p) => LINES.slice(p * 25, (p + 1) * 25));

function runPartition(command: string[], lines: string[], opts: { kill?: boolean; stdout?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('env', ['-i', ...command], { cwd: '/', stdio: ['pipe', opts.stdout ?? 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (d: string) => {
      stdout += d;
      if (opts.kill) child.kill('SIGKILL'); // killed once it has written something: mid-partition
    });
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout }));
    child.stdin.on('error', () => {}); // a killed process closes its stdin under us
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

const records = (out: string): Rec[] => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);

/**
 * One job: each partition is a task; with checkCode a non-zero exit fails the attempt, its output is
 * discarded and the task retried (Spark's spark.task.maxFailures, Hadoop's attempts); without it every
 * attempt's output is taken as is.
 */
async function runJob(
  command: string[],
  opts: { checkCode: boolean; attempts?: number; sabotage?: (partition: number, attempt: number) => boolean },
): Promise<{ succeeded: boolean; output: Rec[]; failedAttempts: number }> {
  const output: Rec[] = [];
  let failedAttempts = 0;
  for (const [p, lines] of PARTITIONS.entries()) {
    let done = false;
    for (let attempt = 0; attempt < (opts.attempts ?? 4) && !done; attempt++) {
      const r = await runPartition(command, lines, { kill: opts.sabotage?.(p, attempt) });
      if (opts.checkCode && r.status !== 0) {
        failedAttempts++;
        continue;
      }
      output.push(...records(r.stdout));
      done = true;
    }
    if (!done) return { succeeded: false, output, failedAttempts };
  }
  return { succeeded: true, output, failedAttempts };
}

/** Every input line accounted for exactly once, under a name that is unique across partitions. */
function expectComplete(output: Rec[]): void {
  expect(output).toHaveLength(LINES.length);
  const names = output.map((r) => r.source.path);
  expect(new Set(names).size).toBe(names.length);
  for (let i = 0; i < LINES.length; i++) if (!bad[i]) expect(names).toContain(`doc-${i}`);
  expect(output.filter((r) => r.error)).toHaveLength(Object.keys(bad).length);
}

describe('the README scale-out recipe under engine semantics', () => {
  let args: string[];
  let command: string[];
  let withoutPolicy: string[];
  beforeAll(() => {
    const found = readmeCommands();
    expect(found.length).toBeGreaterThanOrEqual(3); // the env -i line, PySpark and Hadoop
    for (const a of found) expect(a).toEqual(found[0]);
    args = found[0]!;
    expect(args).toContain('--input-errors=record');
    command = [process.execPath, binPath, ...args];
    withoutPolicy = command.filter((a) => a !== '--input-errors=record');
  });

  it('the empty-environment trap: a bare command is not found, the absolute one runs', () => {
    if (!existsSync('/bin/extract') && !existsSync('/usr/bin/extract')) {
      const bare = spawnSync('env', ['-i', 'extract', '--version'], { encoding: 'utf8' });
      expect(bare.status).toBe(127);
    }
    const absolute = spawnSync('env', ['-i', process.execPath, binPath, '--version'], { encoding: 'utf8', cwd: '/' });
    expect(absolute.status).toBe(0);
    expect(absolute.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('bad lines are error records and every task succeeds; the union equals one direct run', async () => {
    const job = await runJob(command, { checkCode: true });
    expect(job).toMatchObject({ succeeded: true, failedAttempts: 0 });
    expectComplete(job.output);
    const names = job.output.map((r) => r.source.path);
    expect(names).toContain('cut-short'); // a broken line still named by its id
    expect(names.filter((n) => n.startsWith('line-sha256:'))).toHaveLength(4); // lines 33, 41, 85 and 90
    // the same records as one process over the whole input, apart from the local line hint
    const direct = records(spawnSync('env', ['-i', ...command], { input: `${LINES.join('\n')}\n`, encoding: 'utf8', cwd: '/' }).stdout);
    const hintless = (rs: Rec[]): string[] =>
      rs.map((r) => JSON.stringify(r.error ? { ...r, error: { ...r.error, message: r.error.message.replace(/ \(stdin:\d+\)$/, '') } } : r));
    expect(hintless(job.output)).toEqual(hintless(direct));
  });

  it('without --input-errors=record one bad line fails its task on every retry, and so the job', async () => {
    const job = await runJob(withoutPolicy, { checkCode: true, attempts: 2 });
    expect(job.succeeded).toBe(false);
    expect(job.failedAttempts).toBe(2);
  });

  it('a killed process fails its task when exit codes are checked; the retry loses and duplicates nothing', async () => {
    const job = await runJob(command, { checkCode: true, sabotage: (p, attempt) => p === 2 && attempt === 0 });
    expect(job).toMatchObject({ succeeded: true, failedAttempts: 1 });
    expectComplete(job.output);
  });

  it('with exit codes ignored (PySpark default) a killed process passes as success with records missing', async () => {
    const killed = await runPartition(command, PARTITIONS[2]!, { kill: true });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.status).not.toBe(0);
    expect(records(killed.stdout).length).toBeLessThan(PARTITIONS[2]!.length);
  });

  it('a crash and a failed write exit non-zero even under --input-errors=record', async () => {
    // every extraction fails: compromise cannot load (as a broken install would)
    const preload = path.join(root, 'tests', 'support', 'forbid-compromise.cjs');
    const crashed = await runPartition([process.execPath, '-r', preload, binPath, ...args], PARTITIONS[0]!);
    expect(crashed.status).not.toBe(0);
    expect(records(crashed.stdout).every((r) => r.error?.code === 'crashed')).toBe(true);
    const full = await runPartition(command, PARTITIONS[0]!, { stdout: openSync('/dev/full', 'w') });
    expect(full.status).not.toBe(0);
    expect(full.status).not.toBeNull();
  });
});

describe('--input-errors', () => {
  const run = (args: string[], input = ''): { status: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [binPath, ...args], { cwd: path.join(root, 'fixtures'), input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const ok = 'signing-ceremony-kenya-japan.txt';

  it('record: a missing input is an error record and the exit status is 0; fail (the default) exits 1', () => {
    for (const [flags, status] of [[[], 1], [['--input-errors', 'fail'], 1], [['--input-errors=record'], 0]] as const) {
      const r = run([ok, 'no-such-file.txt', '-f', 'ndjson', '--jobs', '1', ...flags]);
      expect(r.status, flags.join(' ')).toBe(status);
      expect(records(r.stdout).map((x) => x.error?.code ?? 'ok')).toEqual(['ok', 'not-found']);
      expect(r.stderr).toMatch(/no-such-file\.txt: .*\[not-found\]/); // still reported
    }
  });

  it('record with nothing wrong still exits 0, and an unknown policy is a usage error', () => {
    expect(run([ok, '-f', 'ndjson', '--input-errors=record']).status).toBe(0);
    const r = run([ok, '--input-errors=ignore']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fail, record/);
  });

  it('an argument that matches nothing is still a usage error (exit 2) under record', () => {
    expect(run(['no-such-file.txt', '--input-errors=record']).status).toBe(2);
  });
});
