#!/usr/bin/env node
// Compiles the Phoenix actor dictionaries (TABARI .actors format, Open Event Data Alliance, MIT) into
// src/lexicon/roster.json: people who held an office (government, military, legislature, judiciary,
// opposition, an intergovernmental organisation) with folded name variants, country (ISO alpha-2) and
// ISO date ranges. Usage: node scripts/build-roster.mjs SRC_DIR [OUT_FILE]
// SRC_DIR holds countries.actors.txt, intl.actors.txt and COMMIT (the source commit, 40 hex digits).
// The sources are not committed (2 MB); the compiled file and its licence are (src/lexicon/roster.LICENSE).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// The project's folding (src/lexicon/fold.ts), repeated here so the script runs without a build.
// tests/roster-build.test.ts checks that the two agree.
const NON_ASCII = /[^\x00-\x7f]/;
export function foldWord(word) {
  if (!NON_ASCII.test(word)) return word.toLowerCase().replace(/[`.]/g, (c) => (c === '`' ? "'" : ''));
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, '');
}
const splitPhrase = (phrase) => phrase.split(/[\s-]+/).map(foldWord).filter((w) => w.length > 0);

/** CAMEO role code → roster role; other codes (ELI elite, REB rebels, BUS, MED …) are not offices. */
export const ROLES = { GOV: 'gov', MIL: 'mil', LEG: 'leg', JUD: 'jud', OPP: 'opp' };
// CAMEO codes that are not ISO 3166-1 alpha-3, for states that have an alpha-2 code.
const CAMEO_ISO3 = { KSV: 'XK', KOS: 'XK' };

// Lines are UTF-8, but a few carry Latin-1 bytes (the files were assembled from many sources):
// decode line by line so one stray byte does not garble a whole file.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');
export function decodeLines(bytes) {
  const lines = [];
  let start = 0;
  let latin = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    try {
      lines.push(utf8.decode(line));
    } catch {
      latin++;
      lines.push(latin1.decode(line));
    }
    start = i + 1;
  }
  return { lines, latin };
}

/** TABARI dates: YYMMDD (00–30 → 20YY, else 19YY, as KEDS/TABARI/PETRARCH read them) or YYYYMMDD. */
export function isoDate(raw) {
  let s = raw.trim();
  if (s.length === 9) s = s.slice(0, 8); // PETRARCH reads only the first 8 digits of a long date
  if (!/^\d+$/.test(s) || (s.length !== 6 && s.length !== 8)) return null;
  if (s.length === 6) s = (Number(s.slice(0, 2)) <= 30 ? '20' : '19') + s;
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** One bracketed restriction: `[TURGOV 021118-030314]`, `[TURGOV >030314]`, `[IGOUNO <991231]`, `[AFGELI]`. */
export function parseCode(text) {
  const m = /^\[\s*([A-Z]+)\s*(.*?)\s*\]$/.exec(text.trim());
  if (!m) return { bad: true };
  const [, code, range] = m;
  if (!range) return { code, from: null, to: null, dated: false };
  let r;
  if ((r = /^>\s*(\d+)$/.exec(range))) return withDates(code, r[1], null);
  if ((r = /^<\s*(\d+)$/.exec(range))) return withDates(code, null, r[1]);
  if ((r = /^(\d+)\s*-\s*(\d+)$/.exec(range))) return withDates(code, r[1], r[2]);
  return { bad: true };
}

function withDates(code, fromRaw, toRaw) {
  const from = fromRaw === null ? null : isoDate(fromRaw);
  const to = toRaw === null ? null : isoDate(toRaw);
  if ((fromRaw !== null && !from) || (toRaw !== null && !to) || (from && to && from > to)) return { bad: true };
  return { code, from, to, dated: true };
}

/** Splits the file into entries: a head name line, its `+ALIAS` lines, and its bracketed codes. */
export function parseActors(lines) {
  const entries = [];
  let cur = null;
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').replace(/\r$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[[^\]]*\]/g)].map((x) => x[0]);
    const words = line.replace(/\[[^\]]*\]/g, ' ').trim();
    if (/^\s/.test(line) || (!words && codes.length)) {
      if (cur) cur.codes.push(...codes);
      continue;
    }
    if (words.startsWith('+')) {
      if (cur) cur.aliases.push(words.slice(1));
      if (cur) cur.codes.push(...codes);
      continue;
    }
    cur = { name: words, aliases: [], codes };
    entries.push(cur);
  }
  return entries;
}

/** Words that may open a variant but are not part of a name: "PRIME_MINISTER_RECEP_ERDOGAN". */
function prefixWords() {
  const titles = JSON.parse(readFileSync(path.join(root, 'src/lexicon/titles.json'), 'utf8'));
  const portfolios = JSON.parse(readFileSync(path.join(root, 'src/lexicon/portfolios.json'), 'utf8'));
  const honorifics = JSON.parse(readFileSync(path.join(root, 'src/lexicon/honorifics.json'), 'utf8'));
  const set = new Set(['acting', 'former', 'ex', 'deputy', 'vice', 'un', 'united', 'nations', 'general', 'chief', 'head', 'of', 'the', 'state', 'new', 'president', 'leader', 'opposition', 'interim', 'caretaker', 'army', 'gen', 'lt', 'col', 'maj', 'adm', 'field', 'marshal', 'colonel', 'major', 'admiral', 'captain']);
  for (const h of titles.heads) for (const w of splitPhrase(h.phrase)) set.add(w);
  for (const p of portfolios.portfolios) for (const w of p.words.flatMap(splitPhrase)) set.add(w);
  for (const h of honorifics.honorifics) for (const w of splitPhrase(h)) set.add(w);
  return set;
}

// A variant whose words say it is an organisation, a place or a title, not a person.
const ORG_WORDS = new Set(
  'party council army forces force front movement committee coalition alliance ministry government parliament assembly congress court union league organization organisation agency bank fund police guard brigade brigades militia rebels group office national republic kingdom federation people peoples association commission senate cabinet administration authority secretariat observatory rights human soviet nationalities sfsr affairs for sec min charge'.split(' '),
);

export function cleanName(raw, prefixes) {
  const words = splitPhrase(raw.replace(/_/g, ' ').replace(/[,;:"()]/g, ' '));
  let i = 0;
  while (i < words.length - 1 && prefixes.has(words[i])) i++;
  const kept = words.slice(i).filter((w) => /\p{L}/u.test(w));
  if (kept.length === 0 || kept.some((w) => ORG_WORDS.has(w))) return null;
  return kept.join(' ');
}

/** Offices of one entry as [country, role, from, to] tenures, merged where they touch. */
export function tenuresOf(codes, iso3to2, stats) {
  const out = [];
  for (const text of codes) {
    const c = parseCode(text);
    if (c.bad) {
      stats.badCodes++;
      continue;
    }
    if (!c.dated) continue; // an undated code is an affiliation, not a term of office
    let country;
    let role;
    if (c.code.startsWith('IGO')) {
      country = '';
      role = 'igo';
    } else {
      role = ROLES[c.code.slice(3, 6)];
      if (!role) continue;
      const iso3 = c.code.slice(0, 3);
      country = CAMEO_ISO3[iso3] ?? iso3to2.get(iso3);
      if (!country) {
        stats.unknownCountries.set(iso3, (stats.unknownCountries.get(iso3) ?? 0) + 1);
        continue;
      }
    }
    out.push({ country, role, from: c.from, to: c.to });
  }
  return mergeTenures(out);
}

const nextDay = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Tenures of the same office that overlap or follow on the next day become one. */
export function mergeTenures(list) {
  const key = (t) => `${t.country} ${t.role}`;
  const sorted = [...list].sort((a, b) => key(a).localeCompare(key(b)) || (a.from ?? '').localeCompare(b.from ?? ''));
  const out = [];
  for (const t of sorted) {
    const prev = out.at(-1);
    if (prev && key(prev) === key(t) && prev.to !== null && (t.from === null || t.from <= nextDay(prev.to))) {
      prev.to = t.to === null || prev.to === null ? null : t.to > prev.to ? t.to : prev.to;
      continue;
    }
    if (prev && key(prev) === key(t) && prev.to === null) continue; // already open-ended from an earlier start
    out.push({ ...t });
  }
  return out.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || key(a).localeCompare(key(b)));
}

/** Compiles decoded .actors lines (one array per file) into roster people. */
export function compileRoster(files, { iso3to2, prefixes }) {
  const stats = { entries: 0, people: 0, badCodes: 0, unknownCountries: new Map(), dropped: 0 };
  const byName = new Map();
  for (const lines of files) {
    for (const entry of parseActors(lines)) {
      stats.entries++;
      const tenures = tenuresOf(entry.codes, iso3to2, stats);
      if (tenures.length === 0) continue;
      const head = cleanName(entry.name, prefixes);
      if (!head || !head.includes(' ')) {
        stats.dropped++; // a one-word head is a place, a group or a title ("UN_SECRETARY_GENERAL"), rarely a person
        continue;
      }
      const variants = new Set(entry.aliases.map((a) => cleanName(a, prefixes)).filter((a) => a && a !== head));
      // the same person listed twice (in both files, or twice in one) becomes one person
      const prev = byName.get(head);
      if (prev) {
        for (const v of variants) prev.variants.add(v);
        prev.tenures = mergeTenures([...prev.tenures, ...tenures]);
        continue;
      }
      byName.set(head, { name: head, variants, tenures });
    }
  }
  // UTF-16 code unit order, the order the loader bisects by
  const people = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  stats.people = people.length;
  return { people, stats };
}

// Dates as YYYYMMDD and roles as three-letter codes keep the file small; the loader expands them.
const compact = (iso) => (iso ? iso.replaceAll('-', '') : '-');
export const encodeTenure = (t) => `${t.country || '-'} ${t.role} ${compact(t.from)} ${compact(t.to)}`;

/**
 * The roster as flat string arrays, which JSON.parse reads far faster than nested data and which need
 * no index built at load: `people` rows "name<TAB>variant|variant<TAB>tenures" sorted by name, and
 * `variants` and `surnames` rows "key<TAB>row,row"; all three sorted by UTF-16 code units and
 * searched by bisection.
 */
export function encodeRoster(people) {
  const variantsOf = new Map();
  const surnames = new Map();
  const add = (map, key, i) => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== i) list.push(i);
    map.set(key, list);
  };
  const rows = people.map((p, i) => {
    const variants = [...p.variants].sort();
    for (const n of [p.name, ...variants]) {
      if (/[\t|;,]/.test(n)) throw new Error(`roster: a name holds a separator: ${JSON.stringify(n)}`);
      if (n !== p.name) add(variantsOf, n, i);
      const space = n.lastIndexOf(' ');
      if (space > 0) add(surnames, n.slice(space + 1), i);
    }
    return `${p.name}\t${variants.join('|')}\t${p.tenures.map(encodeTenure).join(';')}`;
  });
  const keyed = (map) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, list]) => `${k}\t${list.join(',')}`);
  // the latest date the source knows of: its open-ended terms are known to go on until about then
  const dates = people.flatMap((p) => p.tenures.flatMap((t) => [t.from, t.to])).filter(Boolean).sort();
  return { asOf: dates.at(-1) ?? null, people: rows, variants: keyed(variantsOf), surnames: keyed(surnames) };
}

function main() {
  const [srcDir, outArg] = process.argv.slice(2);
  if (!srcDir) {
    process.stderr.write('usage: node scripts/build-roster.mjs SRC_DIR [OUT_FILE]\n');
    process.exit(2);
  }
  const commit = readFileSync(path.join(srcDir, 'COMMIT'), 'utf8').trim();
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`${srcDir}/COMMIT: expected a 40-digit commit hash`);
  const world = require('world-countries');
  const iso3to2 = new Map(world.map((c) => [c.cca3, c.cca2]));
  const sourceFiles = ['countries.actors.txt', 'intl.actors.txt'];
  let latin = 0;
  const files = sourceFiles.map((n) => {
    const p = path.join(srcDir, n);
    if (!existsSync(p)) throw new Error(`${p}: missing`);
    const d = decodeLines(readFileSync(p));
    latin += d.latin;
    return d.lines;
  });
  const { people, stats } = compileRoster(files, { iso3to2, prefixes: prefixWords() });
  const out = {
    format: 1,
    source: {
      name: 'Phoenix actor dictionaries, Open Event Data Alliance',
      repository: 'https://github.com/openeventdata/UniversalPetrarch',
      commit,
      files: ['UniversalPetrarch/data/dictionaries/Phoenix.Countries.actors.txt', 'UniversalPetrarch/data/dictionaries/Phoenix.International.actors.txt'],
      licence: 'MIT',
      copyright: 'Copyright (c) 2016 Open Event Data Alliance',
    },
    ...encodeRoster(people),
  };
  const outFile = outArg ?? path.join(root, 'src/lexicon/roster.json');
  // one row per line: diffs of a regenerated roster stay readable
  const { people: rows, variants, surnames, ...header } = out;
  const list = (key, values) => `"${key}":[\n${values.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
  const text = `${JSON.stringify(header).slice(0, -1)},${list('people', rows)},${list('variants', variants)},${list('surnames', surnames)}}\n`;
  writeFileSync(outFile, text);
  const unknown = [...stats.unknownCountries].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}×${n}`).join(' ');
  process.stderr.write(
    `roster: ${stats.people} people from ${stats.entries} entries (${stats.dropped} one-word or non-person heads dropped, ` +
      `${stats.badCodes} unreadable codes, ${latin} Latin-1 lines); ${Buffer.byteLength(text)} bytes → ${path.relative(process.cwd(), outFile)}\n` +
      (unknown ? `codes with no ISO alpha-2 (skipped): ${unknown}\n` : ''),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
