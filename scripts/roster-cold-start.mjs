#!/usr/bin/env node
// What the bundled roster adds to a cold start: fresh node processes, alternately, (a) import the roster
// module and look a name up without the bundled roster, (b) the same with it (the first lookup reads,
// checks and indexes dist/lexicon/roster.json). Prints medians of the in-process wall and CPU time of
// import + first lookup and of whole-process wall time (CPU time is the steadier figure on a busy machine). Run after `npm run build`: node scripts/roster-cold-start.mjs [RUNS]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleUrl = pathToFileURL(path.join(root, 'dist', 'lexicon', 'roster.js')).href;
const runs = Number(process.argv[2] ?? 15);

// The CLI has zod and the output schema loaded before any lookup could run: so does each child here.
const schemaUrl = pathToFileURL(path.join(root, 'dist', 'schema', 'extraction.js')).href;
const child = (bundled) => `
await import(${JSON.stringify(schemaUrl)});
const c0 = process.cpuUsage();
const t0 = performance.now();
const { lookupRoster } = await import(${JSON.stringify(moduleUrl)});
const hit = lookupRoster('Erdogan', '2010-06-01'${bundled ? '' : ', { bundled: false }'});
const c1 = process.cpuUsage(c0);
const t1 = performance.now();
process.stdout.write(JSON.stringify({ lookupMs: t1 - t0, cpuMs: (c1.user + c1.system) / 1000, hit: hit?.country ?? null }));`;

function once(bundled) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child(bundled)], { encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(r.stderr);
  return { ...JSON.parse(r.stdout), wallMs };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const without = [];
const withRoster = [];
for (let i = 0; i < runs; i++) {
  without.push(once(false));
  withRoster.push(once(true));
}
if (withRoster[0].hit !== 'TR' || without[0].hit !== null) throw new Error('unexpected lookup result: is dist/ built?');
const f = (x) => x.toFixed(1).padStart(6);
const m = (list, k) => median(list.map((r) => r[k]));
const row = (label, list) => `${label}  import + first lookup ${f(m(list, 'lookupMs'))} ms (CPU ${f(m(list, 'cpuMs'))} ms)   process wall ${f(m(list, 'wallMs'))} ms`;
process.stdout.write(
  `${runs} fresh processes each, medians\n${row('without roster', without)}\n${row('with roster   ', withRoster)}\n` +
    `added by the roster: ${f(m(withRoster, 'lookupMs') - m(without, 'lookupMs'))} ms in-process (CPU ${f(m(withRoster, 'cpuMs') - m(without, 'cpuMs'))} ms), ` +
    `${f(m(withRoster, 'wallMs') - m(without, 'wallMs'))} ms process wall\n`,
);
