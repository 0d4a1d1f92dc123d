import type { ParsedDoc } from '../../pipeline/document.js';
import type { ExtractContext } from '../types.js';
import { tokenKey } from './tokens.js';

/** Words that point back at parties named earlier: "both sides", "the two ministers", "he", "its". */
const ANAPHORS = new Set([
  'both', 'two', 'sides', 'he', 'she', 'they', 'his', 'her', 'its', 'their', 'we', 'our', 'it', 'him', 'them',
  'counterpart', 'counterparts', 'bilateral', 'ministers', 'leaders', 'delegations', 'here', 'minister', 'pm',
  'president', 'premier', 'chancellor', 'secretary',
]);

export interface SentenceParties {
  /** country codes in order of first appearance: country mentions and the countries of officials mentioned */
  countries: string[];
  /** first token of each code's first appearance, to tell the subject side from the object side */
  at: Map<string, number>;
  /** indices into ctx.officials mentioned in the sentence, in order */
  officials: number[];
  officialAt: Map<number, number>;
  anaphoric: boolean;
  /** a named person with no known country (not an official we resolved): their side is still open */
  unresolvedPerson: boolean;
}

export interface PartyResolver {
  inSentence(sentence: number): SentenceParties;
  /** the article's main participants, strongest first */
  participants: string[];
  /** countries named in the sentences just before, most recent first */
  recent(sentence: number): string[];
}

/**
 * The article's participants: countries weighted by mentions, with the headline, highlights and
 * dateline counting extra because they say what the article is about.
 */
export function rankParticipants(ctx: ExtractContext): string[] {
  const score = new Map<string, number>();
  const add = (code: string | null, w: number): void => {
    if (code) score.set(code, (score.get(code) ?? 0) + w);
  };
  for (const m of ctx.countries) add(m.code, ctx.article.headerSentences.has(m.sentence) ? 3 : 1);
  for (const o of ctx.officials) for (const m of o.mentions) add(o.country, ctx.article.headerSentences.has(m.sentence) ? 3 : 1);
  add(ctx.article.dateline?.country ?? null, 2);
  const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked[0]?.[1] ?? 0;
  // a country named once in passing is not a participant of the article
  return ranked.filter(([, v]) => v >= top * 0.4).slice(0, 3).map(([c]) => c);
}

export function createPartyResolver(ctx: ExtractContext): PartyResolver {
  const doc: ParsedDoc = ctx.doc;
  const bySentence = new Map<number, SentenceParties>();
  const get = (s: number): SentenceParties => {
    let p = bySentence.get(s);
    if (p) return p;
    p = { countries: [], at: new Map(), officials: [], officialAt: new Map(), anaphoric: false, unresolvedPerson: false };
    bySentence.set(s, p);
    return p;
  };
  for (const m of ctx.countries) {
    const p = get(m.sentence);
    if (!p.at.has(m.code)) {
      p.at.set(m.code, m.firstToken);
      p.countries.push(m.code);
    }
  }
  ctx.officials.forEach((o, i) => {
    for (const m of o.mentions) {
      const p = get(m.sentence);
      if (!p.officialAt.has(i)) {
        p.officialAt.set(i, m.firstToken);
        p.officials.push(i);
      }
      if (o.country && !p.at.has(o.country)) {
        p.at.set(o.country, m.firstToken);
        p.countries.push(o.country);
      }
    }
  });
  for (const p of bySentence.values()) p.countries.sort((a, b) => p.at.get(a)! - p.at.get(b)!);
  const participants = rankParticipants(ctx);
  const scanned = new Set<number>();
  return {
    participants,
    inSentence(s) {
      const p = get(s);
      const sent = doc.sentences[s];
      if (sent && !scanned.has(s)) {
        scanned.add(s);
        const covered = new Set<number>();
        for (const i of p.officials) for (const m of ctx.officials[i]!.mentions) if (m.sentence === s) for (let k = m.firstToken; k <= m.lastToken; k++) covered.add(k);
        for (let i = sent.firstToken; i <= sent.lastToken; i++) {
          const t = doc.tokens[i]!;
          if (ANAPHORS.has(tokenKey(t))) p.anaphoric = true;
          if (t.tags.has('Person') && !covered.has(i)) p.unresolvedPerson = true;
        }
      }
      return p;
    },
    recent(s) {
      const out: string[] = [];
      for (let k = s - 1; k >= Math.max(0, s - 2); k--) for (const c of get(k).countries) if (!out.includes(c)) out.push(c);
      return out;
    },
  };
}

/**
 * Countries of a joint event (agreement, meeting): those in the sentence, completed from the article's
 * participants when the sentence names fewer than two sides or refers back to them.
 */
export function resolveJointParties(resolver: PartyResolver, sentence: number): { countries: string[]; officials: number[]; inferred: boolean } {
  const p = resolver.inSentence(sentence);
  const countries = [...p.countries];
  let inferred = false;
  if (countries.length < 2 && (p.anaphoric || p.unresolvedPerson || countries.length === 0)) {
    // participants just mentioned first, then the rest of them, then whoever was just mentioned
    const recent = resolver.recent(sentence);
    for (const c of [...resolver.participants.filter((x) => recent.includes(x)), ...resolver.participants, ...recent]) {
      if (countries.length >= 2) break;
      if (!countries.includes(c)) {
        countries.push(c);
        inferred = true;
      }
    }
  }
  return { countries, officials: [...p.officials], inferred };
}

/** The committing side (named before the trigger, else the article's lead participant) and its beneficiaries. */
export function resolveCommitmentParties(
  resolver: PartyResolver,
  ctx: ExtractContext,
  sentence: number,
  triggerToken: number,
): { by: { country: string | null; official: number | null }; to: string[]; officials: number[]; inferred: boolean } {
  const p = resolver.inSentence(sentence);
  const officialBefore = p.officials.filter((i) => p.officialAt.get(i)! < triggerToken);
  const byOfficial = officialBefore[0] ?? null;
  let byCountry: string | null = byOfficial !== null ? (ctx.officials[byOfficial]?.country ?? null) : null;
  const before = p.countries.filter((c) => p.at.get(c)! < triggerToken);
  byCountry ??= before[0] ?? p.countries[0] ?? null;
  let inferred = false;
  if (!byCountry) {
    byCountry = resolver.participants[0] ?? null;
    inferred = byCountry !== null;
  }
  const to = p.countries.filter((c) => c !== byCountry);
  if (to.length === 0 && byCountry && p.anaphoric) {
    const other = resolver.participants.find((c) => c !== byCountry);
    if (other) {
      to.push(other);
      inferred = true;
    }
  }
  return { by: { country: byCountry, official: byOfficial }, to, officials: [...p.officials], inferred };
}
