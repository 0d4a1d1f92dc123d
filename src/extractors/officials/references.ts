import { phraseBreaksAfter, type SentencePieces } from './pieces.js';
import type { OfficialMention } from '../types.js';
import { PLURAL_REFERENCES } from '../../lexicon/officials.js';

/** What reference resolution needs to know of one official. */
export interface Referent {
  mentions: OfficialMention[];
  head: string | null;
  country: string | null;
  /** 'm' or 'f' when the text shows it ("Mr Naqvi", "spokeswoman"), else null */
  gender: 'm' | 'f' | null;
  ruleIds: Set<string>;
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
  return { start: a.start, end: b.end, sentence: sp.sentence, firstToken: a.token.index, lastToken: b.token.index };
};

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
    return pieceOfToken(sp, first.m.firstToken) <= 6 ? first.r : null;
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
