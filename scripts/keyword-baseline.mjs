#!/usr/bin/env node
// The naive approach the extractor is measured against: every sentence holding an agree / sign /
// pledge / meet word becomes an event of that kind, with no parties, negation or context.
// Usage: node scripts/keyword-baseline.mjs --format ndjson FILE...  (same call shape as bin/extract.js)
import { readFileSync } from 'node:fs';

const KEYWORDS = [
  ['agreements', /\b(?:agree|agreed|agrees|agreement|agreements|sign|signed|signs|signing)\b/i],
  ['commitments', /\b(?:pledge|pledged|pledges|promise|promised|promises|commit|commits|committed|commitment)\b/i],
  ['meetings', /\b(?:meet|meets|met|meeting|meetings|talks|visit|visited|visits|visiting)\b/i],
];

const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--format');

// Code-point spans, as the real CLI emits them.
function sentences(text) {
  const out = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’)]?|\n|$)/gu;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: m.index + lead, text: body });
  }
  return out;
}

for (const path of files) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const record = { source: { path }, agreements: [], commitments: [], meetings: [] };
  for (const s of sentences(text)) {
    const start = [...text.slice(0, s.start)].length;
    const span = { text: s.text, start, end: start + [...s.text].length };
    for (const [field, re] of KEYWORDS) if (re.test(s.text)) record[field].push({ evidence: span, countries: [] });
  }
  process.stdout.write(JSON.stringify(record) + '\n');
}
