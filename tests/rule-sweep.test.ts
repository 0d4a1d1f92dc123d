import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureNlp, getNlp, type Nlp } from '../src/document/nlp.js';

// Our rule sweep (src/document/rule-sweep.ts) replaces a piece of compromise's post-tagger for speed
// and must never change a tag. The ESM build of compromise is a separate instance from the CommonJS
// bundle the pipeline loads, so it stays stock: configured like ours, it is the reference.
const stock = (await import('compromise')).default as unknown as Nlp;
configureNlp(stock);
const ours = getNlp();

const tagsOf = (nlp: Nlp, text: string): string[][] =>
  (nlp(text).json({ terms: { tags: true } }) as Array<{ terms: Array<{ text: string; tags: string[] }> }>).map((s) =>
    s.terms.map((t) => `${t.text}|${[...t.tags].sort().join(',')}`),
  );

const root = path.resolve(import.meta.dirname, '..');
const files = [
  ...readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures', f)),
  ...['round1', 'round2'].flatMap((r) => {
    const dir = path.join(root, 'eval', 'check', r, 'texts');
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  }),
];

describe('rule sweep', () => {
  it('is installed in our instance and not in the stock one', () => {
    const bulk = (nlp: Nlp): unknown => (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one.bulkMatch;
    expect(bulk(ours)).not.toBe(bulk(stock));
  });

  it.each(files.map((f) => [path.relative(root, f), f]))('tags %s exactly as stock compromise', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(tagsOf(ours, text)).toEqual(tagsOf(stock, text));
  });

  it.each([
    ['anchored rules and end anchors', 'Is it done? Yes, it is. Done.'],
    ['greedy starts and lists', 'Very very big and quite small red cars were seen, then sold, then sold again'],
    ['contractions and numbers', "We'll meet at 5pm on May 3rd, 2026; they'd agreed to $4.5bn in 2025."],
    // the sweep's bounds: a "^" rule's first term, a "$" rule's last term (a contraction just before the
    // end moves it), a greedy first token, and the last token's last place
    ['sentence-edge rules and contractions at the end', "Look it up. Sign it. Who would've. The state media anchors picked it up. They said they'd."],
    ['greedy runs before a title', 'The state television presenter and the foreign affairs minister met the party chairman.'],
    ['titles and names', 'Prime Minister Shehbaz Sharif met Turkiye Ali Yerlikaya and Mr. Naqvi, the minister.'],
    ['questions, quotes and slashes', '“Will they sign?” asked the foreign/interior minister. Who knows.'],
  ])('tags %s exactly as stock compromise', (_name, text) => {
    expect(tagsOf(ours, text)).toEqual(tagsOf(stock, text));
  });
});

// Stronger than equal tags: every sweep of our instance finds the same hits, in the same order, with the
// same pointers and rule fields, as compromise's own bulkMatch run on the same sentences. The stock
// function is taken from compromise's sources (the same release as the bundle).
describe('rule sweep hits', () => {
  it('equal compromise’s own sweep on the fixtures and check texts, hit for hit', async () => {
    const stockSweep = (await import('../node_modules/compromise/src/1-one/sweep/methods/sweep/index.js' as string)).default as (...args: unknown[]) => Array<Record<string, unknown>>;
    const one = (ours.world() as unknown as { methods: { one: { bulkMatch: (...args: unknown[]) => Array<Record<string, unknown>> } } }).methods.one;
    const installed = one.bulkMatch;
    const sig = (hits: Array<Record<string, unknown>>): string[] =>
      hits.map((h) => `${String(h.match)}|${String(h.tag)}|${String(h.unTag)}|${(h.pointer as number[]).join(',')}`);
    let sweeps = 0;
    let hits = 0;
    const mismatches: string[] = [];
    one.bulkMatch = (...args: unknown[]) => {
      const got = installed(...args);
      const want = stockSweep(...args);
      sweeps++;
      hits += want.length;
      if (sig(got).join('\n') !== sig(want).join('\n')) mismatches.push(String(sweeps));
      return got;
    };
    try {
      for (const file of files) ours(readFileSync(file, 'utf8'));
    } finally {
      one.bulkMatch = installed;
    }
    expect(mismatches).toEqual([]);
    expect(sweeps).toBeGreaterThanOrEqual(files.length);
    expect(hits).toBeGreaterThan(1000);
  });
});
