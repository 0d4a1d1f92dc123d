#!/usr/bin/env node
// Lists every matched official whose title or country differs from the gold, with the sentence that
// introduces them and the rules that gave the record, so that errors can be sorted into classes.
// Matching is the scorer's in spirit (same surname first, then one name inside the other); titles are
// compared loosely (folded word sets), so the list can hold a few the scorer accepts.
//
//   node scripts/official-errors.mjs --gold ../shared/corpus/dev [--only country|title] [--cmd "node bin/extract.js"]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const goldDir = opt('gold', '../shared/corpus/dev');
const only = opt('only', null);
const cmd = opt('cmd', 'node bin/extract.js').split(' ');

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.gold.json') ? [join(d, n)] : []));
const fold = (s) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’`]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const HON = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady']);
const toks = (s) => fold(s).split(' ').filter((t) => t && !HON.has(t));
const SMALL = new Set(['of', 'the', 'for', 'and', 'on', 'to', 'in', 'a', 'former', 'ex', 'then']);
const titleSet = (s) => new Set(fold(s).split(' ').filter((t) => t && !SMALL.has(t)));
const sameTitle = (g, p) => {
  if (!g || !p) return g === p;
  const a = titleSet(g);
  const b = titleSet(p);
  return [...a].every((t) => b.has(t)) || [...b].every((t) => a.has(t));
};
const nameScore = (g, p) => {
  if (g.join(' ') === p.join(' ')) return 3;
  if (g.at(-1) === p.at(-1)) return 2;
  return p.every((t) => g.includes(t)) || g.every((t) => p.includes(t)) ? 1 : 0;
};

const docs = walk(goldDir).map((f) => {
  const g = JSON.parse(readFileSync(f, 'utf8'));
  const file = g.file ? join(dirname(f), g.file) : null;
  return { g, file, text: g.text ?? (file ? readFileSync(file, 'utf8') : '') };
}).filter((d) => d.file && d.g.officials);

const preds = new Map();
for (let i = 0; i < docs.length; i += 200) {
  const files = docs.slice(i, i + 200).map((d) => d.file);
  let out;
  try {
    out = execFileSync(cmd[0], [...cmd.slice(1), '--format', 'ndjson', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    out = e.stdout; // exit 1: some inputs failed, the rest is still data
  }
  for (const line of out.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    preds.set(r.source?.path, r);
  }
}

const sentenceAround = (text, at) => {
  if (at < 0) return '';
  const from = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at)) + 1;
  const to = text.indexOf('.', at + 1);
  return text.slice(from, to < 0 ? undefined : to + 1).replace(/\s+/g, ' ').trim().slice(0, 220);
};

let n = 0;
for (const { g, file, text } of docs) {
  const got = preds.get(file)?.officials ?? [];
  const used = new Set();
  for (const go of g.officials) {
    const gt = toks(go.name);
    let best = null;
    got.forEach((p, pi) => {
      if (used.has(pi)) return;
      const s = nameScore(gt, toks(p.name));
      if (s > 0 && (!best || s > best.s)) best = { s, p, pi };
    });
    if (!best) continue;
    used.add(best.pi);
    const p = best.p;
    const countryWrong = go.country !== undefined && (p.country ?? null) !== (go.country ?? null);
    const titleWrong = go.title !== undefined && go.title !== null && !sameTitle(go.title, p.title);
    if ((only === 'country' && !countryWrong) || (only === 'title' && !titleWrong) || (!countryWrong && !titleWrong)) continue;
    n++;
    const first = p.mentions?.length ? Math.min(...p.mentions.map((m) => m.start)) : text.indexOf(go.name);
    console.log(`${g.id}: ${go.name}`);
    if (countryWrong) console.log(`  country ${p.country} want ${go.country}   (dateline-like evidence: ${p.evidence})`);
    if (titleWrong) console.log(`  title ${JSON.stringify(p.title)} want ${JSON.stringify(go.title)}`);
    console.log(`  rules: ${(p.ruleIds ?? []).join(' ')}`);
    console.log(`  text: ${sentenceAround([...text].join(''), first)}`);
  }
}
console.log(`${n} officials with a wrong ${only ?? 'title or country'}`);
