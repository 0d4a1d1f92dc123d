#!/usr/bin/env node
// Pairwise precision and recall of the cross-document people merge against eval/people/gold.json.
//
//   node eval/people/score-merge.mjs dataset.sqlite [--gold eval/people/gold.json] [--show 20]
//
// Each official in the database is matched to a gold official of the same document by name (same
// folded name first, then a name that fits the other, one to one). Over all pairs of matched officials:
// precision = pairs in one `people` row that are one gold identity / pairs in one `people` row;
// recall = pairs of one gold identity that are in one `people` row / pairs of one gold identity.
// A document is keyed as SET/NAME: .../dev/SET/texts/NAME.txt for files, or the path as given (use
// SET/ID as the id of --input ndjson lines).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const Database = createRequire(import.meta.url)('better-sqlite3');
const { nameWords, nameFits } = await import(path.join(root, 'dist', 'dataset', 'merge-people.js'));

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dbFile = args.find((a, i) => !a.startsWith('--') && !['--gold', '--show'].includes(args[i - 1]));
if (!dbFile) {
  console.error('usage: node eval/people/score-merge.mjs dataset.sqlite [--gold FILE] [--show N]');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(opt('--gold', path.join(root, 'eval', 'people', 'gold.json')), 'utf8'));

const docKey = (p) => {
  const m = /([^/\\]+)[/\\]texts[/\\]([^/\\]+)\.txt$/.exec(p);
  return m ? `${m[1]}/${m[2]}` : p;
};

// gold: document -> [{ identity, words }]
const goldByDoc = new Map();
gold.identities.forEach((ident, k) => {
  for (const m of ident.mentions) {
    const list = goldByDoc.get(m.doc) ?? [];
    list.push({ identity: k, words: nameWords(m.name), name: m.name });
    goldByDoc.set(m.doc, list);
  }
});

const db = new Database(dbFile, { readonly: true });
const rows = db.prepare('SELECT o.id, o.name, o.person_id, d.path FROM officials o JOIN documents d ON d.id = o.document_id ORDER BY o.id').all();
const byDoc = new Map();
for (const r of rows) {
  const k = docKey(r.path);
  if (!goldByDoc.has(k)) continue;
  const list = byDoc.get(k) ?? [];
  list.push(r);
  byDoc.set(k, list);
}

// one to one within a document: exact folded names first, then names that fit either way
const matched = [];
for (const [doc, preds] of byDoc) {
  const golds = goldByDoc.get(doc).map((g) => ({ ...g, used: false }));
  const left = [];
  for (const p of preds) {
    const w = nameWords(p.name).join(' ');
    const g = golds.find((x) => !x.used && x.words.join(' ') === w);
    if (g) {
      g.used = true;
      matched.push({ doc, person: p.person_id, identity: g.identity, name: p.name });
    } else left.push(p);
  }
  for (const p of left) {
    const w = nameWords(p.name);
    const g = golds.find((x) => !x.used && (nameFits(w, x.words) || nameFits(x.words, w)));
    if (g) {
      g.used = true;
      matched.push({ doc, person: p.person_id, identity: g.identity, name: p.name });
    }
  }
}

let tp = 0;
let fp = 0;
let fn = 0;
const wrong = [];
const missed = [];
for (let i = 0; i < matched.length; i++) {
  for (let j = i + 1; j < matched.length; j++) {
    const a = matched[i];
    const b = matched[j];
    const samePred = a.person !== null && a.person === b.person;
    const sameGold = a.identity === b.identity;
    if (samePred && sameGold) tp++;
    else if (samePred) {
      fp++;
      wrong.push(`${a.name} (${a.doc}) ~ ${b.name} (${b.doc})`);
    } else if (sameGold) {
      fn++;
      missed.push(`${a.name} (${a.doc}) / ${b.name} (${b.doc})`);
    }
  }
}
const p = tp + fp ? tp / (tp + fp) : 1;
const r = tp + fn ? tp / (tp + fn) : 1;
const goldOfficials = gold.identities.reduce((n, i) => n + i.mentions.length, 0);
console.log(`people merge on ${byDoc.size} documents: ${matched.length} of ${goldOfficials} gold officials matched to an extracted official`);
console.log(`pairs: ${tp} right, ${fp} wrongly merged, ${fn} not merged`);
console.log(`pairwise precision ${(p * 100).toFixed(1)}%, recall ${(r * 100).toFixed(1)}%, F1 ${((2 * p * r) / (p + r || 1) * 100).toFixed(1)}%`);
const show = Number(opt('--show', 0));
if (show) {
  const sample = (list) => [...new Set(list)].slice(0, show).map((s) => `  ${s}`).join('\n');
  console.log(`wrongly merged:\n${sample(wrong)}\nnot merged:\n${sample(missed)}`);
}
