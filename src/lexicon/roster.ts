import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { foldWord, splitPhrase } from './fold.js';

// A dated roster of office holders: who held which office, for which country, from when to when.
// Two sources: the bundled roster compiled from the Phoenix actor dictionaries (scripts/build-roster.mjs,
// src/lexicon/roster.json, MIT, see roster.LICENSE), and a user's own roster (--roster FILE), which
// takes precedence. The bundled file is read only when a lookup first needs it, so runs that never
// look a name up never pay for it.

export const ROSTER_ROLES = ['government', 'military', 'legislature', 'judiciary', 'opposition', 'igo'] as const;
export type RosterRole = (typeof ROSTER_ROLES)[number];

const ROLE_CODES: Record<string, RosterRole> = { gov: 'government', mil: 'military', leg: 'legislature', jud: 'judiciary', opp: 'opposition', igo: 'igo' };

// One tenure as "CC rol YYYYMMDD YYYYMMDD" ("-" for no country, no start or no end), ";" between tenures.
const TENURE = '(?:[A-Z]{2}|-) (?:gov|mil|leg|jud|opp|igo) (?:\\d{8}|-) (?:\\d{8}|-)';

/** A real calendar date written YYYY-MM-DD (a plain check: lookups run for many names per article). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function buildRosterSchemas() {
  const isoDate = z.string().refine(isIsoDate, 'expected a date written YYYY-MM-DD');
  // The whole bundled file is checked for shape at load; each row is checked in full when a lookup first
  // reads it (checking all 18,000 rows up front would cost a cold start more than everything else the
  // roster does: even z.array(z.string()) takes 30-60 ms cold over 33,000 strings, a plain loop 1 ms).
  const stringRows = z.custom<string[]>((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'expected an array of strings');
  const bundledRoster = z.object({
    format: z.literal(1),
    /** the latest date the source mentions: how far its knowledge reaches */
    asOf: z.string().refine(isIsoDate),
    source: z.object({
      name: z.string(),
      repository: z.string().url(),
      commit: z.string().regex(/^[0-9a-f]{40}$/),
      files: z.array(z.string()).min(1),
      licence: z.string(),
      copyright: z.string(),
    }),
    /** "name<TAB>variant|variant<TAB>tenures", sorted by name (UTF-16 code units) */
    people: stringRows,
    /** "key<TAB>row,row": variants and surnames → rows of `people`, sorted by key */
    variants: stringRows,
    surnames: stringRows,
  });
  /** One row of a user's roster (--roster FILE, or `roster` in extract's options). */
  const userRosterEntry = z
    .object({
      name: z.string().trim().min(1, 'name is empty'),
      aliases: z.array(z.string().trim().min(1)).default([]),
      country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
      title: z.string().trim().min(1).nullable().default(null),
      role: z.enum(ROSTER_ROLES).nullable().default(null),
      from: isoDate.nullable().default(null),
      to: isoDate.nullable().default(null),
    })
    .strict();
  return {
    bundledRoster,
    bundledPerson: z.string().regex(new RegExp(`^[^\\t|]+\\t[^\\t]*\\t${TENURE}(?:;${TENURE})*$`)),
    bundledKey: z.string().regex(/^[^\t]+\t\d+(?:,\d+)*$/),
    userRosterEntry,
    userRoster: z.array(userRosterEntry),
  };
}

type RosterSchemas = ReturnType<typeof buildRosterSchemas>;
let schemas: RosterSchemas | undefined;
/** The roster's zod schemas, built on first use: a run that never looks a name up never pays for them. */
export const rosterSchemas = (): RosterSchemas => (schemas ??= buildRosterSchemas());

export type BundledRoster = z.infer<RosterSchemas['bundledRoster']>;
export type UserRosterEntry = z.infer<RosterSchemas['userRosterEntry']>;
export type UserRoster = UserRosterEntry[];

export interface RosterTenure {
  country: string | null;
  role: RosterRole | null;
  title: string | null;
  /** ISO dates; null: open (since ever, or still in office) */
  from: string | null;
  to: string | null;
}

export interface RosterHit extends RosterTenure {
  /** the roster's own name for the person (folded, lower case, for the bundled roster) */
  name: string;
  source: 'roster';
  /** which roster answered: the user's (--roster) or the bundled one */
  origin: 'user' | 'bundled';
}

export interface RosterIndex {
  origin: RosterHit['origin'];
  source?: BundledRoster['source'];
  /** the last date on which an open-ended term is taken to go on (null: for ever) */
  openEndedUntil: string | null;
  size: number;
  nameOf: (person: number) => string;
  tenures: (person: number) => RosterTenure[];
  /** people whose full name or a variant is exactly this folded name */
  byName: (key: string) => number[];
  /** people with a name of two or more words ending in this word */
  bySurname: (key: string) => number[];
}

const expandDate = (d: string): string | null => (d === '-' ? null : `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`);

function decodeTenures(text: string): RosterTenure[] {
  return text.split(';').map((t) => {
    const [country, role, from, to] = t.split(' ') as [string, string, string, string];
    return { country: country === '-' ? null : country, role: ROLE_CODES[role] ?? null, title: null, from: expandDate(from), to: expandDate(to) };
  });
}

const keyOf = (row: string): string => row.slice(0, row.indexOf('\t'));

/** The position of the row whose key is `key` in rows sorted by key, or -1. */
function bisect(rows: readonly string[], key: string): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keyOf(rows[mid]!);
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function rowsOf(rows: readonly string[], key: string): number[] {
  const at = bisect(rows, key);
  if (at < 0) return [];
  const row = rosterSchemas().bundledKey.parse(rows[at]);
  return row.slice(row.indexOf('\t') + 1).split(',').map(Number);
}

/** The lookup index of the bundled roster: zod checks its shape now and each row when first read. */
export function indexBundledRoster(data: unknown): RosterIndex {
  const { people, variants, surnames, source, asOf } = rosterSchemas().bundledRoster.parse(data);
  const row = (i: number): string[] => {
    const parsed = rosterSchemas().bundledPerson.safeParse(people[i]);
    if (!parsed.success) throw new Error(`roster.json: people[${i}] is not a roster row`);
    return parsed.data.split('\t');
  };
  return {
    origin: 'bundled',
    source,
    openEndedUntil: addDays(asOf, OPEN_END_GRACE_DAYS),
    size: people.length,
    nameOf: (i) => row(i)[0]!,
    tenures: (i) => decodeTenures(row(i)[2]!),
    byName: (key) => {
      const head = bisect(people, key);
      const list = rowsOf(variants, key);
      return head >= 0 && !list.includes(head) ? [head, ...list] : list;
    },
    bySurname: (key) => rowsOf(surnames, key),
  };
}

const foldName = (name: string): string => splitPhrase(name).join(' ');

function addKey(map: Map<string, number[]>, key: string, person: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [person]);
  else if (!list.includes(person)) list.push(person);
}

/** The lookup index of a user's roster (already validated: see src/cli/roster-option.ts). */
export function indexUserRoster(entries: readonly UserRosterEntry[]): RosterIndex {
  // rows with the same name are one person with several terms or offices
  const personOf = new Map<string, number>();
  const rowsOfPerson: number[][] = [];
  const byName = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const key = foldName(e.name);
    let person = personOf.get(key);
    if (person === undefined) personOf.set(key, (person = rowsOfPerson.push([]) - 1));
    rowsOfPerson[person]!.push(i);
    for (const name of [key, ...e.aliases.map(foldName)]) {
      if (!name) continue;
      addKey(byName, name, person);
      const space = name.lastIndexOf(' ');
      if (space > 0) addKey(bySurname, name.slice(space + 1), person);
    }
  });
  return {
    origin: 'user',
    openEndedUntil: null, // a user's roster is current: open means still in office
    size: rowsOfPerson.length,
    nameOf: (p) => entries[rowsOfPerson[p]![0]!]!.name,
    tenures: (p) =>
      rowsOfPerson[p]!.map((i) => {
        const e = entries[i]!;
        return { country: e.country, role: e.role, title: e.title, from: e.from, to: e.to };
      }),
    byName: (key) => byName.get(key) ?? [],
    bySurname: (key) => bySurname.get(key) ?? [],
  };
}

// src/lexicon/ (tests), dist/lexicon/ (library) and dist/bundle/ (CLI) all reach the file by this path;
// the build copies it to dist/lexicon/ (scripts/snapshot-lexicons.mjs).
const BUNDLED = new URL('../lexicon/roster.json', import.meta.url);
let bundled: RosterIndex | null | undefined;
const userIndexes = new WeakMap<readonly UserRosterEntry[], RosterIndex>();

function bundledIndex(): RosterIndex | null {
  if (bundled === undefined) {
    let text: string | null = null;
    try {
      text = readFileSync(BUNDLED, 'utf8');
    } catch {
      bundled = null; // a copy without the data file: the roster is simply empty
    }
    if (text !== null) bundled = indexBundledRoster(JSON.parse(text));
  }
  return bundled ?? null;
}

/** The bundled roster's header (source, commit, licence) and size; null when the data file is absent. */
export function bundledRosterInfo(): { people: number; openEndedUntil: string | null; source: BundledRoster['source'] } | null {
  const index = bundledIndex();
  return index?.source ? { people: index.size, openEndedUntil: index.openEndedUntil, source: index.source } : null;
}

// The bundled source's knowledge ends in early 2015: a term it lists as open ("Angela Merkel, from
// 2005") is believed for a year past its last date, not for ever (users can choose otherwise).
const OPEN_END_GRACE_DAYS = 365;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const holds = (t: RosterTenure, date: string | null, openUntil: string | null): boolean =>
  date === null
    ? t.to === null
    : (t.from === null || t.from <= date) && (t.to === null ? openUntil === null || date <= openUntil : date <= t.to);

/**
 * The office a person holds on `date` in one roster: undefined when the roster does not know the name
 * at all, null when it knows it but no single person holds office on that date.
 */
function lookupIn(index: RosterIndex, tokens: string[], date: string | null, openUntil = index.openEndedUntil): RosterHit | null | undefined {
  const key = tokens.join(' ');
  const exact = index.byName(key);
  // a single word is a full variant ("Lula", "Erdogan") or any holder's surname
  const people = tokens.length === 1 ? [...new Set([...exact, ...index.bySurname(key)])] : exact;
  if (people.length === 0) return undefined;
  const holders = people.map((p) => ({ p, tenures: index.tenures(p).filter((t) => holds(t, date, openUntil)) })).filter((h) => h.tenures.length > 0);
  if (holders.length !== 1) return null; // nobody, or several people: a name the roster cannot settle
  const { p, tenures } = holders[0]!;
  // one person, several offices at once (a minister who is also a deputy): the latest taken wins
  const tenure = tenures.reduce((a, b) => ((b.from ?? '') > (a.from ?? '') ? b : a));
  return { ...tenure, name: index.nameOf(p), source: 'roster', origin: index.origin };
}

export interface RosterLookupOptions {
  /** the user's roster: when it knows the name, its answer is final (even "not in office then") */
  user?: readonly UserRosterEntry[] | null;
  /** false: leave the bundled roster out; an index (indexBundledRoster): use it instead of the bundled file */
  bundled?: false | RosterIndex;
  /**
   * the last date on which the bundled roster's open-ended terms count (null: any date); by default a
   * year after the source's last date (its `asOf`), since its open terms may have ended since
   */
  openEndedUntil?: string | null;
}

/**
 * Who holds office under this name on `date` (YYYY-MM-DD): country, role, title (the user roster's,
 * null from the bundled one), term. Without a date, only open-ended terms count (the roster's latest
 * knowledge). A name of one word matches a variant or a surname, and only when exactly one holder on
 * that date answers to it; null when no one or several do.
 */
export function lookupRoster(name: string | readonly string[], date?: string | null, options: RosterLookupOptions = {}): RosterHit | null {
  const tokens = typeof name === 'string' ? splitPhrase(name) : name.flatMap((w) => splitPhrase(foldWord(w)));
  if (tokens.length === 0) return null;
  const day = date ?? null;
  if (day !== null && !isIsoDate(day)) throw new RangeError(`roster lookup: date must be YYYY-MM-DD, got ${JSON.stringify(day)}`);
  if (options.user && options.user.length > 0) {
    let index = userIndexes.get(options.user);
    // parsed again so a library caller's entries get their defaults (aliases [], title null …)
    if (!index) userIndexes.set(options.user, (index = indexUserRoster(rosterSchemas().userRoster.parse(options.user))));
    const hit = lookupIn(index, tokens, day);
    if (hit !== undefined) return hit;
  }
  if (options.bundled === false) return null;
  const index = options.bundled ?? bundledIndex();
  if (!index) return null;
  return (options.openEndedUntil === undefined ? lookupIn(index, tokens, day) : lookupIn(index, tokens, day, options.openEndedUntil)) ?? null;
}

const checkedRosters = new WeakSet<object>();

/** Validates extract()'s roster options (once per roster array): a library caller's data is not trusted. */
export function checkRosterOptions(options: { roster?: readonly UserRosterEntry[]; date?: string }): void {
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new RangeError(`date must be written YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  }
  const roster = options.roster;
  if (roster === undefined || checkedRosters.has(roster)) return;
  const parsed = rosterSchemas().userRoster.safeParse(roster);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`roster entry ${Number(issue.path[0] ?? 0) + 1}: ${issue.path.slice(1).join('.') || 'entry'}: ${issue.message}`);
  }
  checkedRosters.add(roster);
}

/** The date roster lookups use for an article: its own (`published`), else the caller's (--date). */
export const rosterDate = (published: string | null, fallback?: string): string | null => published ?? fallback ?? null;

export interface RosterState {
  country: string;
  /** the name is a full name or listed variant ("Bush" for the presidents), not only a surname */
  byFullName: boolean;
}

/** the one state every tenure of these people names (opposition and international posts aside), or null */
function oneStateOf(index: RosterIndex, people: readonly number[]): string | null {
  const states = new Set<string>();
  for (const p of people) for (const t of index.tenures(p)) if (t.country && t.role !== 'opposition') states.add(t.country);
  return states.size === 1 ? [...states][0]! : null;
}

/**
 * The state a name served at any time in the roster, whatever the date: for a titled official whose
 * state the text leaves open when the article has no date, or a date the roster's knowledge does not
 * reach. A name of one word is first taken as a full variant ("Bush", "Lula"), and only failing that as
 * a surname. Null when the roster does not know the name or its people served more than one state.
 * A user's roster that knows the name answers alone.
 */
export function lookupRosterState(name: string | readonly string[], options: Pick<RosterLookupOptions, 'user' | 'bundled'> = {}): RosterState | null {
  const tokens = typeof name === 'string' ? splitPhrase(name) : name.flatMap((w) => splitPhrase(foldWord(w)));
  if (tokens.length === 0) return null;
  const key = tokens.join(' ');
  const stateIn = (index: RosterIndex): RosterState | null | undefined => {
    const exact = index.byName(key);
    const people = tokens.length === 1 && exact.length === 0 ? index.bySurname(key) : exact;
    if (people.length === 0) return undefined;
    const country = oneStateOf(index, people);
    return country ? { country, byFullName: exact.length > 0 } : null;
  };
  if (options.user && options.user.length > 0) {
    let index = userIndexes.get(options.user);
    if (!index) userIndexes.set(options.user, (index = indexUserRoster(rosterSchemas().userRoster.parse(options.user))));
    const hit = stateIn(index);
    if (hit !== undefined) return hit;
  }
  if (options.bundled === false) return null;
  const index = options.bundled ?? bundledIndex();
  return index ? (stateIn(index) ?? null) : null;
}
