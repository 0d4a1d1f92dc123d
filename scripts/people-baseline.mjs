#!/usr/bin/env node
// Baseline for the officials scores: compromise's own .people(), printed as NDJSON the scorer reads.
// Usage: node scripts/people-baseline.mjs --format ndjson FILE...   (same calling convention as bin/extract.js)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const nlp = createRequire(import.meta.url)('compromise');
const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--format');
for (const path of files) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const names = new Set();
  for (const p of nlp(text).people().out('array')) {
    const name = p.replace(/[\s,.;:!?"“”()]+$/u, '').replace(/['’]s$/u, '').trim();
    if (name) names.add(name);
  }
  const officials = [...names].map((name) => ({ name, title: null, country: null, mentions: [] }));
  process.stdout.write(`${JSON.stringify({ source: { path }, officials })}\n`);
}
