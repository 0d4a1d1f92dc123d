#!/usr/bin/env node
// Checks that every ruleId in extract's NDJSON output (on standard input) is listed by `extract rules`
// with at least two examples that fire and two that must not:
//   node bin/extract.js ../shared/corpus/dev -f ndjson -q | node scripts/rule-coverage.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'extract.js');
const listed = new Map(JSON.parse(execFileSync(process.execPath, [bin, 'rules', '--format', 'json'], { encoding: 'utf8' })).map((r) => [r.id, r]));
const seen = new Map();
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const ids = [...(r.officials ?? []).flatMap((o) => o.ruleIds), ...['agreements', 'commitments', 'meetings'].flatMap((k) => (r[k] ?? []).map((e) => e.ruleId))];
  for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
}
const missing = [...seen.keys()].filter((id) => !listed.has(id));
const thin = [...seen.keys()].filter((id) => listed.has(id) && (listed.get(id).examples.fire.length < 2 || listed.get(id).examples.quiet.length < 2));
console.log(`${seen.size} rule ids in the output, ${listed.size} rules listed; not listed: ${missing.join(', ') || 'none'}; fewer than 2+2 examples: ${thin.join(', ') || 'none'}`);
process.exit(missing.length || thin.length ? 1 : 0);
