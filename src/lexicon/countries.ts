import { createRequire } from 'node:module';
import * as z from 'zod';
import aliasesJson from './country-aliases.json' with { type: 'json' };
import citiesJson from './cities.json' with { type: 'json' };
import { foldWord, splitPhrase } from './fold.js';
import { activeLexicons } from './active.js';
import { snapshotOf } from './snapshot.js';
import { createTrie, insertPhrase, longestMatch, type TrieNode } from './trie.js';

export const ambiguitySchema = z.enum(['person-name', 'us-state', 'river', 'geo-feature', 'region-prefix', 'language', 'supranational-seat']);

export const countryAliasesSchema = z.object({
  aliases: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]{2}$/),
      names: z.array(z.string().min(2)).default([]),
      demonyms: z.array(z.string().min(2)).default([]),
      capitals: z.array(z.string().min(2)).default([]),
    }),
  ),
  ambiguous: z.record(z.string(), ambiguitySchema),
  notCountries: z.array(z.string()).default([]),
  sharedNames: z.record(z.string(), z.tuple([z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z]{2}$/)])).default({}),
  orgWordsAfter: z.array(z.string()),
  orgWordsBefore: z.array(z.string()),
  orgWordsDirectlyBefore: z.array(z.string()).default([]),
});

export const citiesSchema = z.object({ cities: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)) });

export type Ambiguity = z.infer<typeof ambiguitySchema>;
export type CountryWordKind = 'name' | 'demonym' | 'capital';

export interface CountryInfo {
  code: string;
  iso3: string;
  name: string;
}

export interface CountryWord {
  code: string | null; // null: a phrase that looks like a country but is not one ("New Mexico")
  /** a bare name two states share ("Congo"): code is the default, alternative wins when the text names it */
  alternative?: string;
  kind: CountryWordKind;
  upperOnly: boolean;
  ambiguity?: Ambiguity;
}

export interface CountryLexicon {
  byCode: ReadonlyMap<string, CountryInfo>;
  trie: TrieNode<CountryWord>;
  orgWordsAfter: ReadonlySet<string>;
  orgWordsBefore: ReadonlySet<string>;
  orgWordsDirectlyBefore: ReadonlySet<string>;
  cities: ReadonlyMap<string, string>;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

let cached: CountryLexicon | undefined;

// Acronyms such as US, UK, UAE are also ordinary words in lower case ("us"), so they must be written in capitals.
const isUpperAcronym = (s: string): boolean => /^[A-Z](?:\.?[A-Z]){1,4}\.?$/.test(s);

/** The country lexicon of the extraction in progress (src/lexicon/active.ts), else the bundled one. */
export function loadCountryLexicon(): CountryLexicon {
  return activeLexicons()?.countries ?? loadBundledCountryLexicon();
}

export function loadBundledCountryLexicon(): CountryLexicon {
  cached ??= snapshotOf<CountryLexicon>('countries') ?? buildCountryLexicon();
  return cached;
}

/** The bundled JSON the country lexicon is compiled from (with world-countries). */
export const countryLexiconData = (): { aliases: unknown; cities: unknown } => ({ aliases: aliasesJson, cities: citiesJson });

/** Validates our country data (the bundled JSON unless given) and compiles it with world-countries into the lexicon. */
export function buildCountryLexicon(data: { aliases: unknown; cities: unknown } = countryLexiconData()): CountryLexicon {
  const world = createRequire(import.meta.url)('world-countries') as WorldCountry[];
  const ours = countryAliasesSchema.parse(data.aliases);
  const ambiguous = new Map(Object.entries(ours.ambiguous).map(([k, v]) => [foldWord(k), v]));
  const byCode = new Map<string, CountryInfo>();
  for (const c of world) {
    byCode.set(c.cca2, { code: c.cca2, iso3: c.cca3, name: c.name.common });
  }
  const trie = createTrie<CountryWord>();
  const add = (phrase: string, code: string | null, kind: CountryWordKind): void => {
    const words = splitPhrase(phrase.replace(/^the\s+/i, ''));
    if (words.length === 0) return;
    const value: CountryWord = { code, kind, upperOnly: isUpperAcronym(phrase) };
    const amb = words.length === 1 ? ambiguous.get(words[0] ?? '') : undefined;
    if (amb) value.ambiguity = amb;
    insertPhrase(trie, words, value);
  };
  for (const phrase of ours.notCountries) add(phrase, null, 'name');
  for (const [phrase, [first, second]] of Object.entries(ours.sharedNames)) {
    add(phrase, first, 'name');
    const node = longestMatch(trie, 0, (i) => splitPhrase(phrase)[i]);
    if (node) node.value.alternative = second;
  }
  for (const a of ours.aliases) {
    if (!byCode.has(a.code)) throw new Error(`country-aliases.json: unknown code ${a.code}`);
    a.names.forEach((n) => add(n, a.code, 'name'));
    a.demonyms.forEach((n) => add(n, a.code, 'demonym'));
    a.capitals.forEach((n) => add(n, a.code, 'capital'));
  }
  for (const c of world) add(c.name.common, c.cca2, 'name');
  for (const c of world) add(c.name.official, c.cca2, 'name');
  for (const c of world) {
    // world-countries lists the alpha-2 code and local-language forms among alt spellings: keep real names only
    for (const alt of c.altSpellings) if (alt.length > 3 && !/^[A-Z]{2,3}$/.test(alt)) add(alt, c.cca2, 'name');
  }
  for (const c of world) {
    const d = c.demonyms?.eng;
    if (d) {
      add(d.m, c.cca2, 'demonym');
      add(d.f, c.cca2, 'demonym');
    }
  }
  for (const c of world) for (const cap of c.capital ?? []) add(cap, c.cca2, 'capital');
  const cities = new Map<string, string>();
  for (const [city, code] of Object.entries(citiesSchema.parse(data.cities).cities)) cities.set(splitPhrase(city).join(' '), code);
  for (const c of world) for (const cap of c.capital ?? []) if (!cities.has(splitPhrase(cap).join(' '))) cities.set(splitPhrase(cap).join(' '), c.cca2);
  return {
    byCode,
    trie,
    orgWordsAfter: new Set(ours.orgWordsAfter.map(foldWord)),
    orgWordsBefore: new Set(ours.orgWordsBefore.map(foldWord)),
    orgWordsDirectlyBefore: new Set(ours.orgWordsDirectlyBefore.map(foldWord)),
    cities,
  };
}

// For the compromise plugin: single words that are unambiguous country names or demonyms.
// compromise's lexicon is global to the process, so these come from the bundled lexicon, never from a
// caller's: an injected country word is matched by our rules, not tagged by compromise.
export function countryTagWords(): Record<string, 'Country' | 'Demonym'> {
  const { trie } = loadBundledCountryLexicon();
  const out: Record<string, 'Country' | 'Demonym'> = {};
  const walk = (node: TrieNode<CountryWord>, path: string[]): void => {
    const v = node.value;
    if (v && v.code && !v.upperOnly && !v.ambiguity && v.kind !== 'capital') {
      out[path.join(' ')] = v.kind === 'demonym' ? 'Demonym' : 'Country';
    }
    for (const [k, child] of node.next) walk(child, [...path, k]);
  };
  walk(trie, []);
  return out;
}

/** The state a place name belongs to: a city (datelines, capitals) or a country name; null when unknown. */
export function placeCountry(place: string): string | null {
  const lex = loadCountryLexicon();
  const words = splitPhrase(place);
  const city = lex.cities.get(words.join(' '));
  if (city) return city;
  const hit = longestMatch(lex.trie, 0, (i) => words[i]);
  return hit && hit.length === words.length && hit.value.code ? hit.value.code : null;
}
