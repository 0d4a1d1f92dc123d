// Deterministic sample of event records for a precision audit (issue 15).
// Reads extract's NDJSON on stdin; keeps asserted (non-negated) agreements, commitments and meetings;
// orders them by document path, then evidence start, then kind; takes every k-th record (k = floor(N / n))
// from the first, n records in all; with --seed S, n records drawn by a seeded shuffle instead (a
// different seed, a different sample), printed in the same order. Prints one line per record: doc, kind,
// id, start, end, ruleId.
// No evidence text is written: the pool's texts are third-party (see ../shared/corpus/pool/README.md).
// Usage: node bin/extract.js DIR -f ndjson -q | node eval/audit/sample-events.mjs [n] [--seed S] [--text]
import { createInterface } from 'node:readline';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : null;
const n = Number(args.find((a, i) => /^\d+$/.test(a) && i !== seedAt + 1) ?? 100);
const showText = process.argv.includes('--text');
const records = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const id = basename(doc.source?.path ?? '?').replace(/\.txt$/, '');
  for (const kind of ['agreements', 'commitments', 'meetings']) {
    for (const e of doc[kind] ?? []) {
      if (e.negated) continue;
      records.push({ doc: id, kind: kind.slice(0, -1), id: e.id, start: e.evidence.start, end: e.evidence.end, ruleId: e.ruleId, text: e.evidence.text });
    }
  }
}
const order = { agreement: 0, commitment: 1, meeting: 2 };
records.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || order[a.kind] - order[b.kind]));
/** mulberry32: a small seeded generator, so that a seed always draws the same sample */
function generator(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let sample;
if (seed === null) {
  const k = Math.max(1, Math.floor(records.length / n));
  sample = records.filter((_, i) => i % k === 0).slice(0, n);
  process.stderr.write(`${records.length} records, every ${k}th, ${sample.length} sampled\n`);
} else {
  const random = generator(seed);
  const index = records.map((_, i) => i);
  for (let i = index.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [index[i], index[j]] = [index[j], index[i]];
  }
  sample = index.slice(0, n).sort((a, b) => a - b).map((i) => records[i]);
  process.stderr.write(`${records.length} records, seed ${seed}, ${sample.length} sampled\n`);
}
for (const r of sample) {
  const { text, ...rest } = r;
  process.stdout.write(JSON.stringify(showText ? { ...rest, text } : rest) + '\n');
}
