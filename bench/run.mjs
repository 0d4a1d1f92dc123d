#!/usr/bin/env node
// Benchmarks for batch processing. Every target is a ratio of two timings taken in the same run on the
// same machine, so the figures mean something on a laptop, a loaded CI box or a 64-core server.
//
//   npm run bench                      # 2,000 generated documents (the fixtures varied, ~2.4 MB)
//   node bench/run.mjs --docs 500      # quicker
//   npm run bench --huge               # also 1 MB and 50 MB documents, one line and paragraphs
//   node bench/run.mjs --huge-only     # just those (--huge-mb N for another size than 50)
//   npm run bench -- --partitions      # only: partition size (documents per process) vs throughput
//   node bench/run.mjs --dataset --docs 10000   # only: --db into a fresh SQLite file vs --format ndjson
//
// 6 and 7 open HTML folder reports in headless Chromium (Debian's chromium on PATH, via playwright-core):
// the time from navigation to the rendered overview, best of three, and the report's counts against the
// NDJSON output of the same folder.
//
// The corpus is generated under bench/.corpus/ (git-ignored) from fixtures/, with countries, people
// and places varied per document so no two texts are identical.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'extract.js');
const corpus = path.join(root, 'bench', '.corpus');
const args = process.argv.slice(2);
// `npm run bench --huge` hands the flag to npm, which passes it on as npm_config_huge
const flag = (name) => args.includes(name) || !!process.env[`npm_config_${name.replace(/^--/, '').replace(/-/g, '_')}`];
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const DOCS = option('--docs', 2000);
const REPEAT = option('--repeat', 1);
const cores = availableParallelism();

// ---------------------------------------------------------------- corpus
const countries = [
  ['Kenya', 'Kenyan', 'NAIROBI'], ['Peru', 'Peruvian', 'LIMA'], ['Chile', 'Chilean', 'SANTIAGO'], ['Norway', 'Norwegian', 'OSLO'],
  ['Japan', 'Japanese', 'TOKYO'], ['Ghana', 'Ghanaian', 'ACCRA'], ['Canada', 'Canadian', 'OTTAWA'], ['Brazil', 'Brazilian', 'BRASILIA'],
  ['Egypt', 'Egyptian', 'CAIRO'], ['Poland', 'Polish', 'WARSAW'], ['Vietnam', 'Vietnamese', 'HANOI'], ['Mexico', 'Mexican', 'MEXICO CITY'],
];
const first = ['Ana', 'Tomas', 'Lena', 'Kofi', 'Yuki', 'Marek', 'Nadia', 'Omar', 'Ines', 'Pavel', 'Sara', 'Hugo'];
const last = ['Ruiz', 'Berg', 'Vos', 'Mensah', 'Sato', 'Nowak', 'Haddad', 'Farouk', 'Costa', 'Novak', 'Lind', 'Moreau'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function vary(base, i) {
  const r = rng(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const a = countries[i % countries.length];
  const b = countries[(i * 5 + 3) % countries.length];
  const name = () => [pick(first), pick(last)];
  const [f1, l1] = name();
  const [f2, l2] = name();
  const [f3, l3] = name();
  const [f4, l4] = name();
  let t = base
    .replace(/Pakistani/g, a[1]).replace(/Pakistan/g, a[0]).replace(/ISLAMABAD/g, a[2])
    .replace(/Turkish/g, b[1]).replace(/T[uü]rkiye/g, b[0]).replace(/Istanbul/g, pick(['Geneva', 'Vienna', 'Doha', 'Nairobi']))
    .replace(/Ali Yerlikaya/g, `${f1} ${l1}`).replace(/Yerlikaya/g, l1)
    .replace(/Recep Tayyip Erdogan/g, `${f2} ${l2}`).replace(/Erdogan/g, l2)
    .replace(/Shehbaz Sharif/g, `${f3} ${l3}`).replace(/Sharif/g, l3).replace(/Shehbaz/g, f3)
    .replace(/Mohsin Naqvi/g, `${f4} ${l4}`).replace(/Naqvi/g, l4).replace(/Mohsin/g, f4);
  // keep the headline block, shuffle the body paragraphs: same size, different text
  const lines = t.split('\n');
  const head = lines.slice(0, 4);
  const body = lines.slice(4);
  for (let k = body.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [body[k], body[j]] = [body[j], body[k]];
  }
  t = [...head, ...body].join('\n');
  return t;
}

function generate() {
  const fixtures = readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt'));
  const bases = fixtures.map((f) => readFileSync(path.join(root, 'fixtures', f), 'utf8'));
  const docsDir = path.join(corpus, `docs-${DOCS}`);
  if (!existsSync(docsDir)) {
    mkdirSync(docsDir, { recursive: true });
    for (let i = 0; i < DOCS; i++) writeFileSync(path.join(docsDir, `doc-${String(i).padStart(5, '0')}.txt`), vary(bases[i % bases.length], i));
  }
  // the same text as 250 documents and as one 1 MB document
  const smallDir = path.join(corpus, 'mb-250');
  const one = path.join(corpus, 'mb-1.txt');
  if (!existsSync(one)) {
    mkdirSync(smallDir, { recursive: true });
    const parts = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const t = `${vary(bases[i % bases.length], 10_000 + i).trim()}\n\n`;
      parts.push(t);
      size += t.length;
    }
    const per = Math.ceil(parts.length / 250);
    for (let k = 0; k < 250; k++) writeFileSync(path.join(smallDir, `part-${String(k).padStart(3, '0')}.txt`), parts.slice(k * per, (k + 1) * per).join(''));
    writeFileSync(one, parts.join(''));
  }
  return { docsDir, smallDir, one, bases };
}

// ---------------------------------------------------------------- measuring
/** wall time and peak RSS (VmHWM, Linux) of a child process; stdout discarded */
function timeProcess(cmd, argv, { input, strict = true } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: root, stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let peakKb = 0;
    let cpuTicks = 0;
    let stderr = '';
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        // utime + stime, fields 14 and 15 (after the command name in parentheses)
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuTicks = Math.max(cpuTicks, Number(f[11]) + Number(f[12]));
      } catch {
        /* not Linux, or already gone */
      }
    };
    const timer = setInterval(poll, 50);
    child.stderr.on('data', (d) => (stderr += d));
    if (input) child.stdin.end(input);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && (strict || code !== 1)) reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ ms, peakMb: peakKb / 1024, cpuS: cpuTicks / 100, stderr });
    });
  });
}

async function best(n, fn) {
  let out;
  for (let i = 0; i < n; i++) {
    const r = await fn();
    if (!out || r.ms < out.ms) out = { ...r, peakMb: Math.max(r.peakMb ?? 0, out?.peakMb ?? 0) };
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const node = process.execPath;
const fmt = (x, d = 2) => x.toFixed(d);
const rows = [];
function report(name, value, target, pass, detail) {
  rows.push({ name, value, target, pass, detail });
  console.log(`${pass === undefined ? '  ' : pass ? 'ok' : '!!'} ${name}: ${value}   (target ${target})${detail ? `\n     ${detail}` : ''}`);
}

// ---------------------------------------------------------------- run
if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('run `npm run build` first (npm run bench does)');
  process.exit(2);
}
if (flag('--huge-only')) {
  await benchHuge();
  process.exit(0);
}
console.log(`extract bench: ${DOCS} documents, ${cores} cores, load average ${loadavg().map((x) => fmt(x)).join(' ')}, node ${process.version}, best of ${REPEAT}`);
const { docsDir, smallDir, one } = generate();
const docFiles = readdirSync(docsDir);
const mb = docFiles.reduce((n, f) => n + statSync(path.join(docsDir, f)).size, 0) / 1e6;
console.log(`corpus: ${docsDir} (${docFiles.length} files, ${fmt(mb, 1)} MB)\n`);

// Partition sizing: how many documents each process should get when an engine (Spark's pipe, Hadoop
// Streaming, GNU parallel) starts one extract per partition. One partition of N documents (the first N,
// as --input ndjson lines) is one process run to completion, as one executor core runs it; its
// documents per second show what start-up and warm-up cost at that size. The sizes are interleaved and
// the best of the rounds kept, so load that comes and goes on the machine hits every size alike.
if (flag('--partitions')) {
  const lines = docFiles.sort().map((f) => JSON.stringify({ id: f, text: readFileSync(path.join(docsDir, f), 'utf8') }));
  const sizes = [...new Set([1, 25, 100, 500, 2000, DOCS].filter((n) => n <= DOCS))];
  const command = [bin, '--input', 'ndjson', '--format', 'ndjson', '--jobs', '1', '--input-errors=record', '--quiet'];
  const bestMs = new Map();
  for (let round = 0; round < Math.max(REPEAT, 2); round++) {
    for (const size of sizes) {
      const { ms } = await timeProcess(node, command, { input: `${lines.slice(0, size).join('\n')}\n` });
      bestMs.set(size, Math.min(ms, bestMs.get(size) ?? Infinity));
    }
  }
  const largest = sizes[sizes.length - 1];
  const rate = (size) => size / (bestMs.get(size) / 1000);
  const measured = sizes.map((size) => ({ size, ms: bestMs.get(size), docsPerS: rate(size) }));
  for (const m of measured) {
    report(
      `one partition of ${m.size} document${m.size === 1 ? '' : 's'}`,
      `${fmt(m.docsPerS, 1)} docs/s`,
      'throughput vs partition size',
      undefined,
      `${fmt(m.ms / 1000, 2)} s for the process; ${fmt(rate(largest) / m.docsPerS)}x the time per document of ${largest}-document partitions`,
    );
  }
  writeFileSync(path.join(corpus, 'partitions.json'), `${JSON.stringify({ docs: DOCS, cores, node: process.version, load: loadavg(), measured }, null, 2)}\n`);
  process.exit(0);
}

// 6 (alone, with --dataset). Writing the SQLite dataset against writing NDJSON: the same inputs, the same
// default --jobs, interleaved so that load elsewhere hits both alike; each --db run starts a fresh file.
if (flag('--dataset')) {
  const dbFile = path.join(corpus, 'bench.sqlite');
  const fresh = () => rmSync(dbFile, { force: true });
  let nd;
  let db;
  for (let i = 0; i < Math.max(REPEAT, 1); i++) {
    const a = await timeProcess(node, [bin, docsDir, '--format', 'ndjson', '--quiet']);
    fresh();
    const b = await timeProcess(node, [bin, docsDir, '--db', dbFile, '--quiet']);
    if (!nd || a.ms < nd.ms) nd = a;
    if (!db || b.ms < db.ms) db = b;
  }
  const ratio = db.ms / nd.ms;
  report('6a. --db FILE vs --format ndjson, same inputs', `${fmt(ratio)}x`, '<= 1.15x', ratio <= 1.15,
    `ndjson ${fmt(nd.ms / 1000, 1)} s (${fmt(nd.cpuS, 1)} CPU s, peak ${fmt(nd.peakMb, 0)} MB); --db ${fmt(db.ms / 1000, 1)} s (${fmt(db.cpuS, 1)} CPU s); database ${fmt(statSync(dbFile).size / 1e6, 1)} MB`);
  report('6b. peak RSS with --db', `${fmt(db.peakMb, 0)} MB`, '< 300 MB', db.peakMb > 0 ? db.peakMb < 300 : undefined);
  // an unchanged rerun only hashes and looks up: it should take a small fraction of the first run
  const again = await timeProcess(node, [bin, docsDir, '--db', dbFile, '--quiet']);
  report('6c. rerun on an unchanged folder vs the first --db run', `${fmt(again.ms / db.ms)}x`, 'small', undefined, `${fmt(again.ms / 1000, 1)} s`);
  writeFileSync(path.join(corpus, 'results-dataset.json'), `${JSON.stringify({ docs: DOCS, mb, cores, node: process.version, rows }, null, 2)}\n`);
  process.exit(rows.every((r) => r.pass !== false) ? 0 : 1);
}

// 1. extract --jobs 1 against a bare compromise parse, both single processes over the same files
const bareScript = `
const fs = require('node:fs'); const path = require('node:path');
const nlp = require('compromise'); // the CommonJS build, as src/document/nlp.ts loads it
const dir = ${JSON.stringify(docsDir)};
let n = 0;
for (const f of fs.readdirSync(dir).sort()) {
  const doc = nlp(fs.readFileSync(path.join(dir, f), 'utf8'));
  n += doc.people().out('array').length + doc.places().out('array').length;
}
process.stdout.write(String(n));`;
const bare = await best(REPEAT, () => timeProcess(node, ['-e', bareScript], { strict: true }));
const jobs1 = await best(REPEAT, () => timeProcess(node, [bin, docsDir, '--jobs', '1', '--format', 'ndjson', '--quiet']));
report(
  '1. extract --jobs 1 vs bare compromise (nlp + people + places)',
  `${fmt(bare.ms / jobs1.ms)}x`,
  '>= 1.0x',
  bare.ms / jobs1.ms >= 1.0,
  `extract ${fmt(DOCS / (jobs1.ms / 1000), 1)} docs/s (${fmt(jobs1.ms / 1000, 1)} s, ${fmt(jobs1.cpuS, 1)} CPU s), bare parse ${fmt(DOCS / (bare.ms / 1000), 1)} docs/s (${fmt(bare.ms / 1000, 1)} s, ${fmt(bare.cpuS, 1)} CPU s); CPU-time ratio ${bare.cpuS > 0 ? fmt(bare.cpuS / jobs1.cpuS) : 'n/a'}x`,
);

// 2. the scaling curve, up to the cores found
const curve = [{ jobs: 1, ms: jobs1.ms, peakMb: jobs1.peakMb, cpuS: jobs1.cpuS }];
for (let j = 2; j <= cores; j *= 2) {
  const r = await best(REPEAT, () => timeProcess(node, [bin, docsDir, '--jobs', String(j), '--format', 'ndjson', '--quiet']));
  curve.push({ jobs: j, ms: r.ms, peakMb: r.peakMb, cpuS: r.cpuS });
}
if (cores > 2 && !curve.some((c) => c.jobs === cores)) {
  const r = await best(REPEAT, () => timeProcess(node, [bin, docsDir, '--jobs', String(cores), '--format', 'ndjson', '--quiet']));
  curve.push({ jobs: cores, ms: r.ms, peakMb: r.peakMb, cpuS: r.cpuS });
}
const two = curve.find((c) => c.jobs === 2);
report(
  '2. --jobs 2 vs --jobs 1',
  two ? `${fmt(jobs1.ms / two.ms)}x` : 'n/a (1 core)',
  '>= 1.7x on 2 cores',
  two ? jobs1.ms / two.ms >= 1.7 : undefined,
  curve.map((c) => `jobs ${c.jobs}: ${fmt(DOCS / (c.ms / 1000), 1)} docs/s (${fmt(jobs1.ms / c.ms)}x, ${fmt(c.cpuS, 1)} CPU s, peak ${fmt(c.peakMb, 0)} MB)`).join('; '),
);
// What the machine itself allows: the same bare parse as in 1 run as two independent processes at once
// against one alone. No pool can scale better than two processes that share nothing; on a VM whose
// vCPUs share a core or a cache, this ceiling is well under 2x, and it says how to read the line above.
if (two) {
  const half = [...docFiles].sort().slice(0, Math.min(docFiles.length, 500));
  const subset = path.join(corpus, `ceiling-${half.length}`);
  if (!existsSync(subset)) {
    mkdirSync(subset, { recursive: true });
    for (const f of half) writeFileSync(path.join(subset, f), readFileSync(path.join(docsDir, f)));
  }
  const script = bareScript.replace(JSON.stringify(docsDir), JSON.stringify(subset));
  let alone;
  let pair;
  for (let i = 0; i < Math.max(REPEAT, 2); i++) {
    const a = await timeProcess(node, ['-e', script]);
    const [p1, p2] = await Promise.all([timeProcess(node, ['-e', script]), timeProcess(node, ['-e', script])]);
    const p = Math.max(p1.ms, p2.ms);
    if (!alone || a.ms < alone) alone = a.ms;
    if (!pair || p < pair) pair = p;
  }
  const ceiling = (2 * alone) / pair;
  report(
    '2c. machine ceiling: two independent bare-parse processes at once vs one alone',
    `${fmt(ceiling)}x`,
    'what 2 can reach here',
    undefined,
    `one process ${fmt(alone / 1000, 2)} s, two at once ${fmt(pair / 1000, 2)} s (${half.length} documents each); extract --jobs 2 reaches ${fmt(jobs1.ms / two.ms / ceiling * 100, 0)}% of it`,
  );
}
// wall-clock scaling needs idle cores; the CPU a run burns does not, so this shows the pool's own cost
if (two && two.cpuS > 0) {
  report('2b. CPU time of --jobs 2 vs --jobs 1 (pool overhead)', `${fmt(two.cpuS / jobs1.cpuS)}x`, 'close to 1.0x', undefined, `load average at the start: ${loadavg().map((x) => fmt(x)).join(' ')}`);
}

// 3. one 1 MB document against the same text as 250 documents, in-process, as the CLI runs them
const linearScript = `
const fs = require('node:fs'); const path = require('node:path');
(async () => {
  const { extractOne } = await import(${JSON.stringify(path.join(root, 'dist', 'cli', 'process.js'))});
  await extractOne('warm', fs.readFileSync(${JSON.stringify(path.join(smallDir, 'part-000.txt'))}, 'utf8'), []);
  const which = process.argv[1];
  const t0 = performance.now();
  if (which === 'one') await extractOne('one', fs.readFileSync(${JSON.stringify(one)}, 'utf8'), []);
  else for (const f of fs.readdirSync(${JSON.stringify(smallDir)}).sort()) await extractOne(f, fs.readFileSync(path.join(${JSON.stringify(smallDir)}, f), 'utf8'), []);
  process.stdout.write(String(performance.now() - t0));
})();`;
const inner = (which) =>
  new Promise((resolve) => {
    const r = spawnSync(node, ['-e', linearScript, which], { cwd: root, encoding: 'utf8', maxBuffer: 1e8 });
    resolve({ ms: Number(r.stdout), peakMb: 0 });
  });
// interleaved and best of three at least: each run is short, so a burst of load elsewhere skews one
let oneDoc;
let manyDocs;
for (let i = 0; i < Math.max(REPEAT, 3); i++) {
  const a = await inner('one');
  const b = await inner('many');
  if (!oneDoc || a.ms < oneDoc.ms) oneDoc = a;
  if (!manyDocs || b.ms < manyDocs.ms) manyDocs = b;
}
const mbSize = statSync(one).size / 1e6;
report(
  '3. time per MB, one 1 MB document vs the same text as 250 documents',
  `${fmt(oneDoc.ms / manyDocs.ms)}x`,
  '<= 1.3x',
  oneDoc.ms / manyDocs.ms <= 1.3,
  `1 document: ${fmt(oneDoc.ms / mbSize / 1000)} s/MB; 250 documents: ${fmt(manyDocs.ms / mbSize / 1000)} s/MB`,
);

// 4. cold start, median of several runs each
const fixture = path.join(root, 'fixtures', readdirSync(path.join(root, 'fixtures')).find((f) => f.endsWith('.txt')));
const coldRuns = 11;
// interleaved, so a burst of load elsewhere hits all three alike; medians
await timeProcess(node, ['-e', "import('compromise')"]); // strict: a failing import would make the ratio meaningless
const coldTimes = { import: [], version: [], article: [] };
for (let i = 0; i < coldRuns; i++) {
  coldTimes.import.push((await timeProcess(node, ['-e', "import('compromise')"])).ms);
  coldTimes.version.push((await timeProcess(node, [bin, '--version'])).ms);
  coldTimes.article.push((await timeProcess(node, [bin, fixture, '--format', 'json'])).ms);
}
const tImport = median(coldTimes.import);
const tVersion = median(coldTimes.version);
const tArticle = median(coldTimes.article);
report('4a. extract --version', `${fmt(tVersion, 0)} ms`, '<= 150 ms', tVersion <= 150);
report(
  '4b. extract <one article> vs node -e "import(\'compromise\')"',
  `${fmt(tArticle / tImport)}x`,
  '<= 1.2x',
  tArticle / tImport <= 1.2,
  `article ${fmt(tArticle, 0)} ms, bare import ${fmt(tImport, 0)} ms (medians of ${coldRuns})`,
);

// 5. peak RSS of the whole run with two workers (threads share the process's memory)
const peak = two?.peakMb ?? curve[0].peakMb;
report('5. peak RSS, whole run with --jobs 2', `${fmt(peak, 0)} MB`, '<= 300 MB', peak > 0 ? peak <= 300 : undefined);

// optional: documents of any size are linear (issue 13): time per MB of a 50 MB document, a single line
// or paragraphs, against a 1 MB document of the same text; peak RSS against the size of the output
if (flag('--huge') || flag('--huge-only')) await benchHuge();

// 6, 7. the HTML folder report: how fast it opens in headless Chromium, and whether its counts are the NDJSON's
await benchHtmlReports();

writeFileSync(path.join(corpus, 'results.json'), `${JSON.stringify({ docs: DOCS, mb, cores, node: process.version, rows, curve }, null, 2)}\n`);
if (flag('--clean')) rmSync(corpus, { recursive: true, force: true });

// ---------------------------------------------------------------- the HTML report
function findChromium() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/** Time from navigation to the rendered overview (the page sets html[data-ready]); best of three fresh pages. */
async function openTimes(browser, file) {
  let best;
  let counts;
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const t0 = performance.now();
    await page.goto(`file://${file}`);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 60_000 });
    const ms = performance.now() - t0;
    if (errors.length) throw new Error(`report page errors: ${errors.join('; ')}`);
    counts = await page.$$eval('.card[data-kind]', (ns) => Object.fromEntries(ns.map((n) => [n.getAttribute('data-kind'), Number(n.getAttribute('data-count'))])));
    await page.close();
    if (best === undefined || ms < best) best = ms;
  }
  return { ms: best, counts };
}

function ndjsonCounts(dir) {
  const r = spawnSync(node, [bin, dir, '--format', 'ndjson', '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 2e9 });
  const results = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const ok = results.filter((x) => !x.error);
  const counts = { documents: results.length, failed: results.length - ok.length };
  for (const k of ['countries', 'officials', 'agreements', 'commitments', 'meetings', 'quotes']) counts[k] = ok.reduce((n, x) => n + x[k].length, 0);
  return counts;
}

async function benchHtmlReports() {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    report('6. HTML folder report opens in headless Chromium', 'n/a', '< 2 s', undefined, 'no chromium on PATH (apt-get install chromium)');
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const dev = path.resolve(root, '..', 'shared', 'corpus', 'dev');
    const thousand = path.join(corpus, `html-${Math.min(1000, docFiles.length)}`);
    if (!existsSync(thousand) || readdirSync(thousand).length !== Math.min(1000, docFiles.length)) {
      rmSync(thousand, { recursive: true, force: true });
      mkdirSync(thousand, { recursive: true });
      for (const f of [...docFiles].sort().slice(0, 1000)) writeFileSync(path.join(thousand, f), readFileSync(path.join(docsDir, f)));
    }
    const targets = [
      ...(existsSync(dev) ? [['6', 'HTML folder report over ../shared/corpus/dev opens in headless Chromium', dev, 'report-dev.html']] : []),
      ['7', `HTML report of ${Math.min(1000, docFiles.length)} generated documents opens in headless Chromium`, thousand, 'report-1000.html'],
    ];
    for (const [n, what, dir, out] of targets) {
      const name = `${n}. ${what}`;
      const file = path.join(corpus, out);
      const made = await timeProcess(node, [bin, dir, '--format', 'html', '--out', file, '--quiet'], { strict: false });
      const { ms, counts } = await openTimes(browser, file);
      const size = statSync(file).size / 1e6;
      report(name, `${fmt(ms, 0)} ms`, '< 2000 ms', ms < 2000, `${counts.documents} documents, ${fmt(size, 1)} MB file, written in ${fmt(made.ms / 1000, 1)} s`);
      const expected = ndjsonCounts(dir);
      const diff = Object.keys(expected).filter((k) => expected[k] !== counts[k]);
      report(
        `${n}b. its counts equal the NDJSON output's`,
        diff.length ? `differ: ${diff.map((k) => `${k} ${counts[k]} vs ${expected[k]}`).join(', ')}` : 'equal',
        'equal',
        diff.length === 0,
        Object.entries(expected).map(([k, v]) => `${k} ${v}`).join(', '),
      );
    }
  } finally {
    await browser.close();
  }
}

async function benchHuge() {
  const hugeMb = option('--huge-mb', 50);
  const base = readFileSync(path.join(root, 'fixtures', 'dawn-2025-11-07-pakistan-turkiye.txt'), 'utf8');
  mkdirSync(corpus, { recursive: true });
  // news-like density: the sample article varied as the batch corpus is (countries, names, places)
  const text = (mb, oneLine) => {
    const parts = [];
    let size = 0;
    for (let i = 0; size < mb * 1e6; i++) {
      const doc = vary(base, i);
      const piece = oneLine ? `${doc.replace(/\s+/g, ' ').trim()} ` : `${doc.trim()}\n\n`;
      parts.push(piece);
      size += piece.length;
    }
    return parts.join('').slice(0, mb * 1e6);
  };
  for (const oneLine of [true, false]) {
    const kind = oneLine ? 'line' : 'paragraphs';
    const runs = [];
    for (const mb of [1, hugeMb]) {
      const file = path.join(corpus, `huge-${kind}-${mb}mb.txt`);
      if (!existsSync(file)) writeFileSync(file, text(mb, oneLine));
      const outDir = path.join(corpus, `huge-out-${kind}-${mb}`);
      rmSync(outDir, { recursive: true, force: true });
      const r = await timeProcess(process.execPath, [bin, path.relative(root, file), '--quiet', '--max-size', '1G', '--out-dir', outDir]);
      const entry = JSON.parse(readFileSync(path.join(outDir, 'manifest.ndjson'), 'utf8').split('\n')[0]);
      const outMb = statSync(path.join(outDir, entry.output)).size / 1e6;
      rmSync(outDir, { recursive: true, force: true });
      runs.push({ mb, ...r, outMb });
    }
    const [small, big] = runs;
    const perMb = (r) => r.cpuS > 0 ? r.cpuS / r.mb : r.ms / 1000 / r.mb;
    const ratio = perMb(big) / perMb(small);
    report(
      `huge: time per MB, ${hugeMb} MB ${kind === 'line' ? 'single line' : 'of paragraphs'} vs 1 MB`,
      `${fmt(ratio)}x`,
      '<= 1.3x',
      ratio <= 1.3,
      `1 MB ${fmt(small.ms / 1000, 1)} s (CPU ${fmt(small.cpuS, 1)} s), ${hugeMb} MB ${fmt(big.ms / 1000, 1)} s (CPU ${fmt(big.cpuS, 1)} s)`,
    );
    report(
      `huge: peak RSS, ${hugeMb} MB ${kind}`,
      `${fmt(big.peakMb, 0)} MB`,
      'bounded by the output it holds',
      undefined,
      `output ${fmt(big.outMb, 0)} MB pretty JSON; 1 MB: peak ${fmt(small.peakMb, 0)} MB, output ${fmt(small.outMb, 1)} MB`,
    );
  }
}
