import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../src/cli/pool.js';
import { resultSchema } from '../src/schema/extraction.js';

// A stand-in worker that misbehaves on request, so crashes can be provoked deterministically.
const dir = mkdtempSync(path.join(tmpdir(), 'extract-pool-'));
const fakeWorker = path.join(dir, 'fake-worker.mjs');
writeFileSync(
  fakeWorker,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (req) => {
  if (req.text === 'EXIT') process.exit(3);
  if (req.text === 'THROW') setTimeout(() => { throw new Error('boom in worker'); });
  if (req.text === 'EXIT' || req.text === 'THROW') return;
  const reply = { schemaVersion: '1.1.0', source: { path: req.path }, error: { code: 'invalid-input', message: 'echo:' + req.text + ':' + req.warnings.length } };
  setTimeout(() => parentPort.postMessage({ id: req.id, result: reply }), Number(req.text) || 0);
});
`,
);
const fakeUrl = pathToFileURL(fakeWorker);
// a worker thread runs JavaScript: the real one is the build's (npm test builds dist/ when src/ changed)
const realWorker = new URL('../dist/cli/worker.js', import.meta.url);
const pools: Pool[] = [];
const track = (p: Pool): Pool => (pools.push(p), p);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

const message = (r: unknown): string => (r as { error?: { message: string } }).error?.message ?? '';
const code = (r: unknown): string | undefined => (r as { error?: { code: string } }).error?.code;

describe('worker pool', () => {
  it.each([
    ['process.exit in the worker', 'EXIT', /exited with code 3/],
    ['an uncaught exception in the worker', 'THROW', /boom in worker/],
  ])('reports %s as crashed for that input only and carries on', async (_name, poison, why) => {
    const pool = track(createPool({ size: 2, workerUrl: fakeUrl }));
    const texts = ['5', poison, '1', '20', poison, '3', '0'];
    const results = await Promise.all(texts.map((text, i) => pool.run({ path: `doc${i}`, text, warnings: [] })));
    expect(results.map((r) => r.source.path)).toEqual(texts.map((_t, i) => `doc${i}`));
    results.forEach((r, i) => {
      if (texts[i] === poison) {
        expect(code(r)).toBe('crashed');
        expect(message(r)).toMatch(why);
      } else {
        expect(message(r)).toBe(`echo:${texts[i]}:0`);
      }
    });
    expect(pool.restarts).toBe(2);
  });

  it('passes path, text and warnings through and keeps every result valid', async () => {
    const pool = track(createPool({ size: 3, workerUrl: fakeUrl }));
    const results = await Promise.all(
      Array.from({ length: 30 }, (_x, i) => pool.run({ path: `p${i}`, text: String(i % 4), warnings: i % 2 ? ['w'] : [] })),
    );
    results.forEach((r, i) => {
      expect(resultSchema.safeParse(r).success).toBe(true);
      expect(message(r)).toBe(`echo:${i % 4}:${i % 2}`);
    });
  });

  it('fails queued inputs with a clear error once closed, instead of hanging', async () => {
    const pool = createPool({ size: 1, workerUrl: fakeUrl });
    const slow = pool.run({ path: 'slow', text: '200', warnings: [] });
    const queued = pool.run({ path: 'queued', text: '0', warnings: [] });
    await pool.close();
    expect(code(await queued)).toBe('crashed');
    expect(code(await slow)).toBe('crashed');
    expect(code(await pool.run({ path: 'late', text: '0', warnings: [] }))).toBe('crashed');
  });

  it('runs the real pipeline worker and returns valid extractions', async () => {
    const pool = track(createPool({ size: 2, workerUrl: realWorker }));
    const docs = ['Officials from Kenya and Peru met on Monday.', '', 'Nothing to see here.'];
    const results = await Promise.all(docs.map((text, i) => pool.run({ path: `r${i}`, text, warnings: ['note'] })));
    for (const r of results) {
      expect(resultSchema.safeParse(r).success).toBe(true);
      expect('error' in r).toBe(false);
      expect((r as { warnings: string[] }).warnings).toContain('note');
    }
    expect((results[0] as { countries: Array<{ code: string }> }).countries.map((c) => c.code)).toEqual(['KE', 'PE']);
  });

  it('retries an input whose worker ran out of memory once, in a worker without the limits', async () => {
    const pool = track(
      createPool({ size: 1, workerUrl: realWorker, resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 }, retryOutOfMemory: true }),
    );
    const results = await Promise.all([0, 1].map((i) => pool.run({ path: `q${i}`, text: 'Chile and Japan.', warnings: [] })));
    for (const r of results) {
      expect(code(r)).toBeUndefined();
      expect((r as { countries: Array<{ code: string }> }).countries.map((c) => c.code)).toEqual(['CL', 'JP']);
    }
    expect(pool.retries).toBe(2);
  });

  it('turns a real worker that runs out of memory into crashed results, one per input', async () => {
    // 8 MB of heap cannot hold compromise's lexicon: every worker dies while working
    const pool = track(createPool({ size: 2, workerUrl: realWorker, resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 } }));
    const results = await Promise.all([0, 1, 2].map((i) => pool.run({ path: `m${i}`, text: 'Chile and Japan.', warnings: [] })));
    expect(results.map(code)).toEqual(['crashed', 'crashed', 'crashed']);
    expect(pool.restarts).toBe(3);
  });
});
