import * as z from 'zod';
import honorificsJson from './honorifics.json' with { type: 'json' };
import portfoliosJson from './portfolios.json' with { type: 'json' };
import titlesJson from './titles.json' with { type: 'json' };
import { foldWord, splitPhrase } from './fold.js';
import { activeLexicons } from './active.js';
import { snapshotOf } from './snapshot.js';
import { createTrie, insertPhrase, type TrieNode } from './trie.js';

// A lexicon word is lower case letters, digits, spaces, hyphens or apostrophes: no stray punctuation or
// capitals that would never match the folded text.
const phraseSchema = z.string().regex(/^[a-z0-9][a-z0-9 '-]*[a-z0-9]$/, 'lower-case phrase');

export const titleHeadSchema = z
  .object({
    phrase: phraseSchema,
    /** display form when the phrase is an abbreviation ("PM" → "Prime Minister") */
    title: z.string().min(2).optional(),
    abbreviation: z.boolean().optional(),
    plural: z.boolean().optional(),
    /** the office belongs to an international body unless the text names a state */
    international: z.boolean().optional(),
    /** an office only one state has ("Pope", "Taoiseach") */
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    /** an office only when it heads a named state body ("Chief Executive of the Ghana Cocoa Board"),
     * not in a company ("Acme chief executive") */
    needsState: z.boolean().optional(),
    /** companies, clubs and federations have one too: written in lower case straight after an unknown
     * capitalised name ("Celtic chairman", "Acme spokesman") it is not a public office */
    orgAmbiguous: z.boolean().optional(),
    /** a military rank ("General", "Col"): a person also given an office ("President") is titled by the office */
    militaryRank: z.boolean().optional(),
  })
  .strict();

export const titlesSchema = z
  .object({
    heads: z.array(titleHeadSchema).min(1),
    ranks: z.array(phraseSchema),
    modifiers: z.array(phraseSchema),
    organisations: z.array(phraseSchema),
    parties: z.array(z.object({ phrase: phraseSchema, country: z.string().regex(/^[A-Z]{2}$/) }).strict()),
    nonState: z.array(phraseSchema),
    orgSuffixes: z.array(z.string().regex(/^[a-z][a-z']*$/)),
    /** capitalised body words that, first in a title with no state named, mean an international body's
     * office ("Commission spokeswoman" in EU copy) */
    internationalBodies: z.array(phraseSchema),
    /** words that end a place name in a title tail: "Governor of Kaduna State" */
    placeEnds: z.array(phraseSchema),
    /** verbs that pair a host with a visiting office holder: "A received the Foreign Minister of Z, B" */
    pairVerbs: z.array(phraseSchema),
    /** "the two ministers", "both leaders": a plural noun and the heads of the offices it can stand for
     * (empty: any office) */
    pluralReferences: z.record(phraseSchema, z.array(phraseSchema)),
    /** regions an office can cover: "Special Envoy for the Horn of Africa" */
    regions: z.array(phraseSchema),
    /** institutions and offices that place an article in one state ("Downing Street", "the Knesset") */
    homeCues: z.record(phraseSchema, z.string().regex(/^[A-Z]{2}$/)),
  })
  .strict();

export const portfoliosSchema = z
  .object({
    portfolios: z.array(
      z.object({ name: z.string().min(2), titleWord: z.string().regex(/^\p{Lu}/u), words: z.array(phraseSchema).min(1) }).strict(),
    ),
  })
  .strict();

// one or two words: "mr", "tan sri"
export const honorificsSchema = z.object({ honorifics: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)?$/)).min(1) }).strict();

export type TitleHead = z.infer<typeof titleHeadSchema>;

export interface Portfolio {
  name: string;
  titleWord: string;
}

export type TitleWordKind = 'head' | 'rank' | 'modifier' | 'portfolio' | 'organisation' | 'party' | 'non-state';

export interface TitleWord {
  kind: TitleWordKind;
  head?: TitleHead;
  portfolio?: Portfolio;
  country?: string;
}

export interface OfficialsLexicon {
  /** every title-building phrase keyed by folded words; heads win over other kinds for the same phrase */
  trie: TrieNode<TitleWord>;
  honorifics: ReadonlySet<string>;
  orgSuffixes: ReadonlySet<string>;
  homeCues: TrieNode<string>;
  portfolios: readonly Portfolio[];
  internationalBodies: ReadonlySet<string>;
  placeEnds: ReadonlySet<string>;
  regions: TrieNode<true>;
  pairVerbs: ReadonlySet<string>;
}

/** Throws on duplicates: a phrase listed twice is a data mistake (which entry should win?). */
export function findDuplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const x of list) {
    const k = splitPhrase(x).join(' ');
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}

export interface OfficialsLexiconData {
  titles: unknown;
  portfolios: unknown;
  honorifics: unknown;
}

export function buildOfficialsLexicon(data: OfficialsLexiconData): OfficialsLexicon {
  const titles = titlesSchema.parse(data.titles);
  const portfolios = portfoliosSchema.parse(data.portfolios);
  const honorifics = honorificsSchema.parse(data.honorifics);
  const checks: Array<[string, string[]]> = [
    ['titles.heads', titles.heads.map((h) => h.phrase)],
    ['titles.ranks', titles.ranks],
    ['titles.modifiers', titles.modifiers],
    ['titles.organisations', titles.organisations],
    ['titles.parties', titles.parties.map((p) => p.phrase)],
    ['titles.nonState', titles.nonState],
    ['titles.orgSuffixes', titles.orgSuffixes],
    ['titles.homeCues', Object.keys(titles.homeCues)],
    ['titles.internationalBodies', titles.internationalBodies],
    ['titles.placeEnds', titles.placeEnds],
    ['titles.regions', titles.regions],
    ['titles.pairVerbs', titles.pairVerbs],
    ['portfolios', portfolios.portfolios.flatMap((p) => p.words)],
    ['portfolios.name', portfolios.portfolios.map((p) => p.name)],
    ['honorifics', honorifics.honorifics],
  ];
  for (const [where, list] of checks) {
    const dup = findDuplicates(list);
    if (dup.length) throw new Error(`${where}: duplicate entries ${dup.join(', ')}`);
  }

  const trie = createTrie<TitleWord>();
  // Insertion order is precedence: the first kind to claim a phrase keeps it.
  for (const h of titles.heads) {
    insertPhrase(trie, splitPhrase(h.phrase), { kind: 'head', head: h });
    // "President-elect", "Minister-designate": the tokenizer keeps a hyphenated word whole
    if (h.phrase.includes('-')) insertPhrase(trie, h.phrase.split(' ').map(foldWord), { kind: 'head', head: h });
  }
  for (const p of portfolios.portfolios) {
    const portfolio = { name: p.name, titleWord: p.titleWord };
    for (const w of p.words) insertPhrase(trie, splitPhrase(w), { kind: 'portfolio', portfolio });
  }
  for (const w of titles.ranks) insertPhrase(trie, splitPhrase(w), { kind: 'rank' });
  for (const w of titles.organisations) insertPhrase(trie, splitPhrase(w), { kind: 'organisation' });
  for (const p of titles.parties) insertPhrase(trie, splitPhrase(p.phrase), { kind: 'party', country: p.country });
  for (const w of titles.modifiers) insertPhrase(trie, splitPhrase(w), { kind: 'modifier' });
  for (const w of titles.nonState) insertPhrase(trie, splitPhrase(w), { kind: 'non-state' });
  const regions = createTrie<true>();
  for (const r of titles.regions) insertPhrase(regions, splitPhrase(r), true);
  const homeCues = createTrie<string>();
  for (const [phrase, code] of Object.entries(titles.homeCues)) insertPhrase(homeCues, splitPhrase(phrase), code);
  return {
    trie,
    homeCues,
    honorifics: new Set(honorifics.honorifics),
    orgSuffixes: new Set(titles.orgSuffixes),
    internationalBodies: new Set(titles.internationalBodies),
    placeEnds: new Set(titles.placeEnds),
    regions,
    pairVerbs: new Set(titles.pairVerbs),
    portfolios: portfolios.portfolios.map((p) => ({ name: p.name, titleWord: p.titleWord })),
  };
}

let cached: OfficialsLexicon | undefined;

export const officialsLexiconData = (): OfficialsLexiconData => ({ titles: titlesJson, portfolios: portfoliosJson, honorifics: honorificsJson });

/** The officials lexicon of the extraction in progress (src/lexicon/active.ts), else the bundled one. */
export function loadOfficialsLexicon(): OfficialsLexicon {
  return activeLexicons()?.officials ?? loadBundledOfficialsLexicon();
}

export function loadBundledOfficialsLexicon(): OfficialsLexicon {
  cached ??= snapshotOf<OfficialsLexicon>('officials') ?? buildOfficialsLexicon(officialsLexiconData());
  return cached;
}

/** "the two ministers" → the heads "minister" and "secretary"; an empty list stands for any office */
export const PLURAL_REFERENCES: Readonly<Record<string, readonly string[]>> = titlesJson.pluralReferences;
