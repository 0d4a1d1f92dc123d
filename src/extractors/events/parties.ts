import { loadEventLexicon, type EventLexicon } from '../../lexicon/event-lexicon.js';
import type { ParsedDoc } from '../../document/document.js';
import type { CountryMention, ExtractContext } from '../types.js';
import { matchAt, tokenKey } from './tokens.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import { topicRole } from './topic-mentions.js';

/** Words that point back at parties named earlier: "both sides", "the two ministers", "he", "its". */
const ANAPHORS = GRAMMAR_WORDS.anaphors;

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
  /**
   * countries named only as a place or an attribute: "through Djibouti", "Chinese vessels", "the
   * operation of Ethiopia's dam", "trans-Afghan railway"; officials' countries are never weak
   */
  weak: Set<string>;
  /** countries named only as a topic, a target or a scene ("a summit on Sudan"): never parties (topic-mentions.ts) */
  topic: Set<string>;
  /** countries named only after "on": the subject of a joint event ("talks on Sudan"), not a side of it */
  jointTopic: Set<string>;
  /** "the four ministers" → 4, "the leaders" → Infinity: a group standing for the article's participants */
  group: number;
}

export interface PartyResolver {
  inSentence(sentence: number): SentenceParties;
  /** the article's main participants, strongest first */
  participants: string[];
  /** countries named in the sentences just before, most recent first */
  recent(sentence: number): string[];
  /** record the parties of an event, so that later group subjects ("the four ministers") find them */
  noteEvent(countries: readonly string[]): void;
  /** parties of the events so far, most frequent first */
  eventParties(): string[];
}

const NUMBER_WORDS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const GROUP_NOUNS = GRAMMAR_WORDS.groupNouns;
const DETERMINERS = GRAMMAR_WORDS.groupDeterminers;

/**
 * A weak mention names a country without making it a party: a place after a locative preposition
 * ("through neighbouring Djibouti"), a demonym qualifying a thing ("Chinese vessels", "trans-Afghan
 * railway") unless it follows "for"/"to" (a beneficiary: "for Philippine flood relief"), or the
 * possessor of a thing after "of" ("the operation of Ethiopia's dam").
 */
function isWeakMention(lex: EventLexicon, doc: ParsedDoc, m: CountryMention): boolean {
  const tokens = doc.tokens;
  const first = tokens[m.firstToken]!;
  const last = tokens[m.lastToken]!;
  const sameSentence = (i: number): boolean => tokens[i]?.sentence === m.sentence;
  let p = m.firstToken - 1;
  const modifier = (i: number): boolean => {
    const t = tokens[i]!;
    return (t.tags.has('Adjective') || t.tags.has('Gerund') || t.tags.has('Determiner')) && /^\p{Ll}/u.test(t.text) && !lex.actorWords.has(tokenKey(t));
  };
  while (sameSentence(p) && modifier(p)) p--;
  const prevKey = sameSentence(p) ? tokenKey(tokens[p]) : '';
  const next = sameSentence(m.lastToken + 1) && !/[,;:]/.test(last.post) ? tokens[m.lastToken + 1] : undefined;
  const nextKey = tokenKey(next);
  const nextIsActor = !!next && (lex.actorWords.has(nextKey) || next.tags.has('Title'));
  if (m.kind !== 'demonym' && !nextIsActor) {
    // "through neighbouring Uganda and Burundi": the later conjuncts share the preposition
    let q = p;
    for (let n = 0; n < 3 && sameSentence(q) && ['and', 'or'].includes(tokenKey(tokens[q])); n++) {
      q--;
      for (let k = 0; k < 3 && sameSentence(q) && /^\p{Lu}/u.test(tokens[q]!.text); k++) q--;
      while (sameSentence(q) && modifier(q)) q--;
    }
    if (sameSentence(q) && lex.locativePrepositions.has(tokenKey(tokens[q]))) return true;
  }
  if (m.kind === 'demonym') {
    if (/-$/.test(first.pre) || /^\p{L}+-/u.test(first.text)) return true;
    // inside a name: "the Grand Ethiopian Renaissance Dam"
    const before = tokens[m.firstToken - 1];
    const inName = !!before && sameSentence(m.firstToken - 1) && m.firstToken - 1 > doc.sentences[m.sentence]!.firstToken && /^\p{Lu}/u.test(before.text) && !/[,;:]/.test(before.post) && !before.tags.has('Title');
    if (inName && !!next && /^\p{Lu}/u.test(next.text) && !nextIsActor) return true;
    if (prevKey === 'for' || prevKey === 'to') return false;
    return !!next && !nextIsActor && next.tags.has('Noun') && !next.tags.has('ProperNoun') && /^\p{Ll}/u.test(next.text);
  }
  const possessive = /['’]s?$/.test(last.text) || /^['’]/.test(next?.text ?? '');
  return possessive && prevKey === 'of' && !!next && !nextIsActor;
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
  const lex = loadEventLexicon();
  // "Chinese vessels" or "through Djibouti" say less about who takes part than "China" as an actor
  for (const m of ctx.countries) add(m.code, (ctx.article.headerSentences.has(m.sentence) ? 3 : 1) * (isWeakMention(lex, ctx.doc, m) ? 0.5 : 1));
  // a pronoun or description adds weight only in a sentence that does not already mention the person
  // ("Naqvi said his ministry ..." counts once)
  for (const o of ctx.officials) {
    const named = new Set(o.mentions.filter((m) => m.kind !== 'reference').map((m) => m.sentence));
    const referred = new Set<number>();
    for (const m of o.mentions) {
      if (m.kind === 'reference' && (named.has(m.sentence) || referred.has(m.sentence))) continue;
      if (m.kind === 'reference') referred.add(m.sentence);
      add(o.country, ctx.article.headerSentences.has(m.sentence) ? 3 : 1);
    }
  }
  add(ctx.article.dateline?.country ?? null, 2);
  const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked[0]?.[1] ?? 0;
  // a country named once in passing is not a participant of the article
  return ranked.filter(([, v]) => v >= top * 0.4).slice(0, 3).map(([c]) => c);
}

function partiesOf(bySentence: Map<number, SentenceParties>, s: number): SentenceParties {
  let p = bySentence.get(s);
  if (p) return p;
  p = { countries: [], at: new Map(), officials: [], officialAt: new Map(), anaphoric: false, unresolvedPerson: false, weak: new Set(), topic: new Set(), jointTopic: new Set(), group: 0 };
  bySentence.set(s, p);
  return p;
}

/** Countries (names, institutions standing for a state, officials' states) per sentence, weak ones marked. */
function collectSentenceParties(ctx: ExtractContext, lex: EventLexicon): Map<number, SentenceParties> {
  const doc: ParsedDoc = ctx.doc;
  const bySentence = new Map<number, SentenceParties>();
  const get = (s: number): SentenceParties => partiesOf(bySentence, s);
  const strong = new Map<number, Set<string>>();
  const mentions: Array<{ code: string; sentence: number; firstToken: number; weak: boolean; topic?: ReturnType<typeof topicRole> }> = ctx.countries.map((m) => ({
    code: m.code,
    sentence: m.sentence,
    firstToken: m.firstToken,
    weak: isWeakMention(lex, doc, m),
    topic: topicRole(lex, doc, m),
  }));
  // institutions standing for their state: "a Pentagon spokesman", "the Kremlin said"
  for (let i = 0; i < doc.tokens.length; ) {
    const hit = matchAt(lex.metonyms, doc.tokens, i, doc.sentences[doc.tokens[i]!.sentence]!.lastToken);
    if (hit && /^\p{Lu}/u.test(doc.tokens[i]!.text)) {
      mentions.push({ code: hit.value, sentence: doc.tokens[i]!.sentence, firstToken: i, weak: false });
      i += hit.length;
    } else i++;
  }
  mentions.sort((a, b) => a.firstToken - b.firstToken);
  for (const m of mentions) {
    const p = get(m.sentence);
    if (!p.at.has(m.code)) {
      p.at.set(m.code, m.firstToken);
      p.countries.push(m.code);
    }
    if (!m.weak) {
      const set = strong.get(m.sentence) ?? new Set<string>();
      set.add(m.code);
      strong.set(m.sentence, set);
    }
  }
  for (const [s, p] of bySentence) for (const c of p.countries) if (!strong.get(s)?.has(c)) p.weak.add(c);
  // a topic only when every mention of the country in the sentence is one
  const acting = new Set(mentions.filter((m) => !m.topic).map((m) => `${m.sentence}:${m.code}`));
  for (const m of mentions) if (m.topic && !acting.has(`${m.sentence}:${m.code}`)) (m.topic === 'topic' ? get(m.sentence).topic : get(m.sentence).jointTopic).add(m.code);
  ctx.officials.forEach((o, i) => {
    for (const m of o.mentions) {
      const p = get(m.sentence);
      if (!p.officialAt.has(i)) {
        p.officialAt.set(i, m.firstToken);
        p.officials.push(i);
      }
      if (o.country) p.weak.delete(o.country);
      if (o.country) p.topic.delete(o.country);
      if (o.country) p.jointTopic.delete(o.country);
      if (o.country && !p.at.has(o.country)) {
        p.at.set(o.country, m.firstToken);
        p.countries.push(o.country);
      }
    }
  });
  for (const p of bySentence.values()) p.countries.sort((a, b) => p.at.get(a)! - p.at.get(b)!);
  return bySentence;
}

export function createPartyResolver(ctx: ExtractContext): PartyResolver {
  const doc: ParsedDoc = ctx.doc;
  const lex = loadEventLexicon();
  const bySentence = collectSentenceParties(ctx, lex);
  const get = (s: number): SentenceParties => partiesOf(bySentence, s);
  const participants = rankParticipants(ctx);
  const scanned = new Set<number>();
  const eventCounts = new Map<string, number>();
  return {
    participants,
    noteEvent(countries) {
      for (const c of countries) eventCounts.set(c, (eventCounts.get(c) ?? 0) + 1);
    },
    eventParties() {
      return [...eventCounts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    },
    inSentence(s) {
      const p = get(s);
      const sent = doc.sentences[s];
      if (sent && !scanned.has(s)) {
        scanned.add(s);
        const covered = new Set<number>();
        for (const i of p.officials) for (const m of ctx.officials[i]!.mentions) if (m.sentence === s) for (let k = m.firstToken; k <= m.lastToken; k++) covered.add(k);
        for (let i = sent.firstToken; i <= sent.lastToken; i++) {
          const t = doc.tokens[i]!;
          const key = tokenKey(t);
          if (GROUP_NOUNS.has(key) && i > sent.firstToken) {
            // "the four ministers", "both governments", "the leaders"
            const before = tokenKey(doc.tokens[i - 1]);
            const det = tokenKey(doc.tokens[i - 2]);
            if (NUMBER_WORDS[before] !== undefined && (DETERMINERS.has(det) || before === 'both')) p.group = Math.max(p.group, NUMBER_WORDS[before]!);
            else if (DETERMINERS.has(before) && key !== 'parties' && key !== 'sides') p.group = Infinity;
          }
          if (ANAPHORS.has(key)) p.anaphoric = true;
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
  // places and attributes are not parties, as long as two sides remain
  const named = p.countries.filter((c) => !p.topic.has(c) && !p.jointTopic.has(c));
  const strongOnes = named.filter((c) => !p.weak.has(c));
  const countries = strongOnes.length >= 2 ? strongOnes : [...named];
  let inferred = false;
  if (p.group > countries.length) {
    // "the four ministers agreed": the parties of the article's events so far, then its participants
    const want = p.group === Infinity ? Math.max(2, resolver.eventParties().length) : p.group;
    for (const c of [...resolver.eventParties(), ...resolver.participants]) {
      if (countries.length >= want) break;
      if (!countries.includes(c) && !p.topic.has(c) && !p.jointTopic.has(c)) {
        countries.push(c);
        inferred = true;
      }
    }
  }
  if (countries.length < 2 && (p.anaphoric || p.unresolvedPerson || countries.length === 0)) {
    // participants just mentioned first, then the rest of them, then whoever was just mentioned
    const recent = resolver.recent(sentence);
    for (const c of [...resolver.participants.filter((x) => recent.includes(x)), ...resolver.participants, ...recent]) {
      if (countries.length >= 2) break;
      if (!countries.includes(c) && !p.topic.has(c) && !p.jointTopic.has(c)) {
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
  // the first named before the trigger is the subject ("He conveyed greetings from President X and expressed")
  const officialBefore = p.officials.filter((i) => p.officialAt.get(i)! < triggerToken).sort((a, b) => p.officialAt.get(a)! - p.officialAt.get(b)!);
  const byOfficial = officialBefore[0] ?? null;
  let byCountry: string | null = byOfficial !== null ? (ctx.officials[byOfficial]?.country ?? null) : null;
  const named = p.countries.filter((c) => !p.topic.has(c));
  const before = named.filter((c) => p.at.get(c)! < triggerToken);
  byCountry ??= before[0] ?? named[0] ?? null;
  let inferred = false;
  if (!byCountry) {
    byCountry = resolver.participants[0] ?? null;
    inferred = byCountry !== null;
  }
  // "through neighbouring Djibouti", "Chinese vessels": not beneficiaries
  const to = named.filter((c) => c !== byCountry && !p.weak.has(c));
  if (p.group > 1) {
    // "the four governments would share radar data": every party of the article's events so far
    const want = p.group === Infinity ? resolver.eventParties().length : p.group;
    for (const c of [...resolver.eventParties(), ...resolver.participants]) {
      if (to.length + 1 >= want) break;
      if (c !== byCountry && !to.includes(c)) {
        to.push(c);
        inferred = true;
      }
    }
  }
  if (to.length === 0 && byCountry && p.anaphoric) {
    const other = resolver.participants.find((c) => c !== byCountry);
    if (other) {
      to.push(other);
      inferred = true;
    }
  }
  return { by: { country: byCountry, official: byOfficial }, to, officials: [...p.officials], inferred };
}
