// Issue 13, case 2, the ndjson half: `extract --input ndjson < /dev/zero` is one endless line. Its
// too-large record must be written as soon as the limit is passed (not when a next line arrives, which
// may be never), and the run must end within bounded memory. Streams are generated here, never
// /dev/zero itself, and every wait has a timeout so a regression fails instead of hanging CI.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/extract.js', import.meta.url));
const ARTICLE = 'Kenya and Peru signed a trade agreement on Monday.';

const children: Array<ReturnType<typeof spawn>> = [];
// a failing test must not leave a child waiting on its standard input
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill();
});

function start(args: string[]) {
  const child = spawn(process.execPath, [bin, '--input', 'ndjson', '-f', 'ndjson', ...args], { env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let stdout = '';
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      /* not Linux, or gone */
    }
  }, 20);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (stdout += d));
  child.stdin.on('error', () => undefined); // EPIPE once extract stops reading
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (clearInterval(poll), resolve(code))));
  const records = (): Array<Record<string, any>> => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
  return { child, exited, records, stdout: () => stdout, peakMb: () => peakKb / 1024 };
}

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Writes `unit` bytes into stdin until the child stops reading or `maxBytes` have gone. */
async function pour(stdin: NodeJS.WritableStream & { destroyed: boolean; writableEnded: boolean }, unit: number, maxBytes: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, unit);
  let sent = 0;
  while (sent < maxBytes && !stdin.destroyed) {
    const more = stdin.write(chunk);
    sent += chunk.length;
    if (!more) {
      const drained = await new Promise<boolean>((resolve) => {
        stdin.once('drain', () => resolve(true));
        stdin.once('close', () => resolve(false));
        stdin.once('error', () => resolve(false));
      });
      if (!drained) break;
    }
  }
  if (!stdin.destroyed) stdin.end();
  return sent;
}

describe('2. an endless or huge first ndjson line', () => {
  it('writes the too-large record as soon as the limit is passed, before any more input comes', async () => {
    const run = start(['--max-size', '1k']);
    run.child.stdin.write(`{"id":"a","text":"${'x'.repeat(3000)}`);
    // stdin stays open: the old code waited for a second input before writing anything
    await until('the first record', () => run.stdout().includes('\n'), 30_000);
    expect(run.records()).toMatchObject([{ source: { path: 'stdin:1' }, error: { code: 'too-large' } }]);
    run.child.stdin.end(`"}\n{"id":"b","text":"${ARTICLE}"}\n`);
    expect(await run.exited).toBe(1);
    expect(run.records().map((r) => r.source.path)).toEqual(['stdin:1', 'b']);
    expect(run.records()[1]!.countries.map((c: { code: string }) => c.code)).toEqual(['KE', 'PE']);
  });

  it.each([
    ['zero bytes (as from /dev/zero)', 0],
    ['text without a newline', 0x78],
  ])('%s: reports the line at once, stops reading, ends, and stays within bounded memory', async (_name, unit) => {
    const run = start(['--max-size', '1M']);
    // far more than the reader ever takes (1 MiB + 16 MiB of skipping); the old code read all of it
    const sent = pour(run.child.stdin, unit, 400 * 1024 * 1024);
    await until('the first record', () => run.stdout().includes('\n'), 30_000);
    const code = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 60_000))]);
    expect(code).toBe(1);
    expect(await sent).toBeLessThan(400 * 1024 * 1024);
    const records = run.records();
    expect(records.map((r) => [r.source.path, r.error?.code])).toEqual([
      ['stdin:1', 'too-large'],
      ['stdin', 'too-large'],
    ]);
    expect(records[1]!.error.message).toMatch(/not ended 16 MiB past the limit.*--max-size/);
    expect(run.peakMb()).toBeLessThan(400);
  });
});
