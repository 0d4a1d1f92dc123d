import { phraseBreaksAfter, type SentencePieces } from './pieces.js';
import { parseTitle } from './phrases.js';
import type { OfficialMention } from '../types.js';
import { PLURAL_REFERENCES } from '../../lexicon/officials.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';

/** What reference resolution needs to know of one official. */
export interface Referent {
  mentions: OfficialMention[];
  head: string | null;
  /** the normalised portfolio ("interior"), when the title names one */
  portfolio?: string | null;
  country: string | null;
  /** 'm' or 'f' when the text shows it ("Mr Naqvi", "spokeswoman"), else null */
  gender: 'm' | 'f' | null;
  ruleIds: Set<string>;
}

/**
 * What the tagger's name lists say of a given name ("Ana" female, "Omar" male): a weaker gender cue than
 * an honorific or a gendered title, used only when the text shows neither. null when unknown or both.
 */
export function givenNameGender(tags: ReadonlySet<string>): 'm' | 'f' | null {
  const m = tags.has('MaleName');
  const f = tags.has('FemaleName');
  return m === f ? null : m ? 'm' : 'f';
}

const SUBJECT_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
]);

/** the plural noun at pieces[k] ("ministers", "prime ministers"): its length and the heads it may stand for (null: any office) */
function pluralNounAt(sp: SentencePieces, k: number): { length: number; heads: readonly string[] | null } | null {
  const p = sp.pieces[k];
  if (!p) return null;
  const q = sp.pieces[k + 1];
  const two = q && !phraseBreaksAfter(p) ? PLURAL_REFERENCES[`${p.key} ${q.key}`] : undefined;
  const heads = two ?? PLURAL_REFERENCES[p.key];
  if (!heads) return null;
  return { length: two ? 2 : 1, heads: heads.length ? heads : null };
}

/** a pronoun that opens the sentence, after at most one introductory word and a comma ("Meanwhile, he") */
function subjectPronounAt(sp: SentencePieces): number {
  const { pieces } = sp;
  for (let k = 0; k < Math.min(pieces.length, 3); k++) {
    const p = pieces[k]!;
    if (SUBJECT_PRONOUNS.has(p.key)) return k === 0 || pieces[k - 1]!.punct === ',' ? k : -1;
    if (phraseBreaksAfter(p) && p.punct !== ',') return -1;
  }
  return -1;
}

const pieceOfToken = (sp: SentencePieces, token: number): number => sp.pieces.findIndex((p) => p.token.index >= token);

const mentionAt = (sp: SentencePieces, from: number, to: number): OfficialMention => {
  const a = sp.pieces[from]!;
  const b = sp.pieces[to - 1]!;
  return { start: a.start, end: b.end, sentence: sp.sentence, firstToken: a.token.index, lastToken: b.token.index, kind: 'reference' };
};

/** a mention found by resolving a description or pronoun, not a form of the name */
export const asReference = (m: OfficialMention): OfficialMention => ({ ...m, kind: 'reference' });

/**
 * The subject of the nearest of the two sentences before: the official mentioned first there, when that
 * mention opens the sentence (within its first few words).
 */
function previousSubject(byNumber: Map<number, SentencePieces>, s: number, refs: readonly Referent[]): Referent | null {
  for (let back = s - 1; back >= s - 2 && back >= 0; back--) {
    const sp = byNumber.get(back);
    if (!sp) continue;
    let first: { r: Referent; m: OfficialMention } | null = null;
    for (const r of refs) for (const m of r.mentions) if (m.sentence === back && (!first || m.start < first.m.start)) first = { r, m };
    if (!first) continue;
    // "The two ministers met": a mention shared by two officials is no one subject
    const at = first.m.start;
    if (refs.filter((r) => r.mentions.some((m) => m.start === at)).length > 1) return null;
    const k = pieceOfToken(sp, first.m.firstToken);
    // "JAKARTA, February 26, 2024 - Australian Foreign Minister Penny Wong held talks": a dateline and a
    // date may stand before the subject; only capitalised words and numbers, no verb
    return k <= 6 || sp.pieces.slice(0, k).every((p) => p.cap || /^\d/.test(p.key)) ? first.r : null;
  }
  return null;
}

/** "He said ...": the subject of the previous sentence, when gender allows and the text does not name them here. */
export function resolvePronouns(sentences: readonly SentencePieces[], refs: readonly Referent[]): void {
  const byNumber = new Map(sentences.map((sp) => [sp.sentence, sp]));
  for (const sp of sentences) {
    const k = subjectPronounAt(sp);
    if (k < 0) continue;
    const r = previousSubject(byNumber, sp.sentence, refs);
    if (!r) continue;
    const gender = SUBJECT_PRONOUNS.get(sp.pieces[k]!.key)!;
    if (r.gender && r.gender !== gender) continue;
    // "He told Sharif": a person named in the same sentence is someone else
    if (r.mentions.some((m) => m.sentence === sp.sentence)) continue;
    r.mentions.push(mentionAt(sp, k, k + 1));
    r.ruleIds.add('official/pronoun');
  }
}

const fitsNoun = (r: Referent, heads: readonly string[] | null): boolean => !!r.head && (heads === null || heads.some((h) => r.head === h || r.head!.endsWith(` ${h}`)));

/** pieces[i..) as "the two ministers" / "both leaders" / "the ministers of the two countries": [end, heads] or null */
function pluralPhraseAt(sp: SentencePieces, i: number): { end: number; heads: readonly string[] | null } | null {
  const { pieces } = sp;
  const p = pieces[i]!;
  let k = -1;
  if (p.key === 'both' && !phraseBreaksAfter(p)) k = i + 1;
  else if (p.key === 'the' && pieces[i + 1]?.key === 'two' && !phraseBreaksAfter(p) && !phraseBreaksAfter(pieces[i + 1])) k = i + 2;
  if (k > 0) {
    const noun = pluralNounAt(sp, k);
    return noun ? { end: k + noun.length, heads: noun.heads } : null;
  }
  // "the ministers of the two countries", "the leaders of both nations"
  const noun = p.key === 'the' && !phraseBreaksAfter(p) ? pluralNounAt(sp, i + 1) : null;
  if (!noun || phraseBreaksAfter(pieces[i + noun.length])) return null;
  const o = i + 1 + noun.length;
  const q = pieces[o + 1];
  if (pieces[o]?.key !== 'of' || !q) return null;
  const numeral = q.key === 'both' ? o + 2 : q.key === 'the' && pieces[o + 2]?.key === 'two' ? o + 3 : -1;
  if (numeral < 0 || !['countries', 'nations', 'sides', 'states'].includes(pieces[numeral]?.key ?? '')) return null;
  return { end: numeral + 1, heads: noun.heads };
}

/** "The two ministers agreed": the two officials of that kind mentioned last before it, from different states. */
export function resolvePluralReferences(sentences: readonly SentencePieces[], refs: readonly Referent[]): void {
  for (const sp of sentences) {
    for (let i = 0; i < sp.pieces.length; i++) {
      const hit = pluralPhraseAt(sp, i);
      if (!hit) continue;
      const at = sp.pieces[i]!.start;
      const last = (r: Referent): number => Math.max(-1, ...r.mentions.filter((m) => m.start < at).map((m) => m.start));
      const pair = refs.filter((r) => fitsNoun(r, hit.heads) && last(r) >= 0).sort((a, b) => last(b) - last(a)).slice(0, 2);
      if (pair.length === 2 && !(pair[0]!.country && pair[0]!.country === pair[1]!.country)) {
        for (const r of pair) {
          r.mentions.push(mentionAt(sp, i, hit.end));
          r.ruleIds.add('official/plural-reference');
        }
      }
      i = hit.end - 1;
    }
  }
}

const POSSESSIVES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[...GRAMMAR_WORDS.malePossessives].map((w) => [w, 'm'] as const),
  ...[...GRAMMAR_WORDS.femalePossessives].map((w) => [w, 'f'] as const),
]);

/** "his visit", "her counterpart": the gender of a possessive at pieces[k]; "her" before a verb or a preposition ("thanked her for") is an object, not a possessive */
function possessiveAt(sp: SentencePieces, k: number): 'm' | 'f' | null {
  const p = sp.pieces[k]!;
  const g = POSSESSIVES.get(p.key);
  const next = sp.pieces[k + 1];
  if (!g || !next || phraseBreaksAfter(p)) return null;
  if (GRAMMAR_WORDS.malePossessives.has(p.key)) return g;
  const tags = next.token.tags;
  return (tags.has('Noun') || tags.has('Adjective')) && !tags.has('Preposition') ? g : null;
}

/** the first mention of this sentence before `at`: its referent, null when it stands for several (or is far into the sentence), undefined when there is none */
function sentenceSubject(sp: SentencePieces, at: number, refs: readonly Referent[]): Referent | null | undefined {
  let first: { r: Referent; m: OfficialMention } | undefined;
  for (const r of refs) for (const m of r.mentions) if (m.sentence === sp.sentence && m.start < at && (!first || m.start < first.m.start)) first = { r, m };
  if (!first) return undefined;
  const start = first.m.start;
  if (refs.filter((r) => r.mentions.some((m) => m.start === start)).length > 1) return null;
  return first.r;
}

/**
 * "He conveyed his regards", "Yerlikaya said that Pakistan's security was that of his country", "during
 * his meeting with ...": a possessive refers to the official the sentence opened with, or, when none was
 * mentioned before it, to the subject of the sentence before (as "he" does). Runs after resolvePronouns.
 */
export function resolvePossessives(sentences: readonly SentencePieces[], refs: readonly Referent[]): void {
  const byNumber = new Map(sentences.map((sp) => [sp.sentence, sp]));
  for (const sp of sentences) {
    for (let k = 0; k < sp.pieces.length; k++) {
      const gender = possessiveAt(sp, k);
      if (!gender) continue;
      const at = sp.pieces[k]!.start;
      const here = sentenceSubject(sp, at, refs);
      let r = here === undefined ? previousSubject(byNumber, sp.sentence, refs) : here;
      // "She thanked Mr Vos for his hospitality": the subject's gender rules it out, the one other person
      // named before it whose gender the text shows fits
      if (here && here.gender && here.gender !== gender) {
        const others = refs.filter((o) => o !== here && o.gender === gender && o.mentions.some((m) => m.sentence === sp.sentence && m.start < at));
        r = others.length === 1 ? others[0]! : null;
      }
      if (!r || (r.gender && r.gender !== gender)) continue;
      // "his Pakistani counterpart" is a mention of the counterpart: "his" is someone else
      if (r.mentions.some((m) => m.start === at)) continue;
      // "his talks with Sharif": a person named later in the same sentence is someone else
      if (here === undefined && r.mentions.some((m) => m.sentence === sp.sentence && m.kind !== 'reference')) continue;
      r.mentions.push(mentionAt(sp, k, k + 1));
      r.ruleIds.add('official/possessive');
    }
  }
}

const SIDES = GRAMMAR_WORDS.sideNouns;

/** pieces[i..) as "both sides" / "the two sides": the index after it, or -1 */
function sidesPhraseAt(sp: SentencePieces, i: number): number {
  const { pieces } = sp;
  const p = pieces[i]!;
  if (p.key === 'both' && !phraseBreaksAfter(p) && SIDES.has(pieces[i + 1]?.key ?? '')) return i + 2;
  if (p.key === 'the' && pieces[i + 1]?.key === 'two' && !phraseBreaksAfter(p) && !phraseBreaksAfter(pieces[i + 1]) && SIDES.has(pieces[i + 2]?.key ?? '')) return i + 3;
  return -1;
}

/**
 * "The two ministers met. Both sides discussed border security": the sides are the two officials of two
 * different, known states mentioned last, within the two sentences before; otherwise the sides are
 * states, and the event stage reads them as such.
 */
export function resolveSides(sentences: readonly SentencePieces[], refs: readonly Referent[]): void {
  for (const sp of sentences) {
    for (let i = 0; i < sp.pieces.length; i++) {
      const end = sidesPhraseAt(sp, i);
      if (end < 0) continue;
      const at = sp.pieces[i]!.start;
      const last = (r: Referent): number => Math.max(-1, ...r.mentions.filter((m) => m.start < at && m.sentence >= sp.sentence - 2).map((m) => m.start));
      const recent = refs.filter((r) => r.country && last(r) >= 0).sort((a, b) => last(b) - last(a));
      const first = recent[0];
      const second = recent.find((r) => r.country !== first?.country);
      // officials of three states just before: no two sides
      if (!first || !second || new Set(recent.map((r) => r.country)).size > 2) continue;
      for (const r of [first, second]) {
        r.mentions.push(mentionAt(sp, i, end));
        r.ruleIds.add('official/sides-reference');
      }
      i = end - 1;
    }
  }
}

const VISITORS = GRAMMAR_WORDS.visitorAdjectives;

/** the heads an office word may stand for: "premier" for a prime minister too (the lexicon's plural references) */
const headsFor = (head: string): readonly string[] => {
  const heads = PLURAL_REFERENCES[`${head}s`];
  return heads && heads.length ? heads : [head];
};

/**
 * "The visiting premier", "the visiting Turkish minister": the one official with that office mentioned
 * before, not of the host state (the dateline's) when there is one.
 */
export function resolveVisitors(sentences: readonly SentencePieces[], refs: readonly Referent[], host: string | null): void {
  for (const sp of sentences) {
    const { pieces } = sp;
    for (let i = 0; i + 2 < pieces.length; i++) {
      if (pieces[i]!.key !== 'the' || !VISITORS.has(pieces[i + 1]!.key) || phraseBreaksAfter(pieces[i]) || phraseBreaksAfter(pieces[i + 1])) continue;
      const t = parseTitle(sp.doc, pieces, i + 2);
      if (!t || t.head.plural || t.nonState) continue;
      const at = pieces[i]!.start;
      const heads = headsFor(t.head.phrase);
      let fits = refs.filter(
        (r) =>
          fitsNoun(r, heads) &&
          r.mentions.some((m) => m.start < at) &&
          (!t.country || r.country === t.country) &&
          (!t.portfolio || !r.portfolio || r.portfolio === t.portfolio.name),
      );
      if (fits.length > 1 && host) fits = fits.filter((r) => r.country !== null && r.country !== host);
      if (fits.length !== 1) continue;
      fits[0]!.mentions.push(mentionAt(sp, i, t.end));
      fits[0]!.ruleIds.add('official/visiting');
      i = t.end - 1;
    }
  }
}
