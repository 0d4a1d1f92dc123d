import type { EventLexicon, EventTrigger } from '../../lexicon/event-lexicon.js';
import type { ParsedDoc, TokenRange } from '../../document/document.js';
import { GRAMMAR_WORDS } from '../../lexicon/grammar-words.js';
import type { ExtractContext } from '../types.js';
import { matchAt, tokenKey } from './tokens.js';
import { governedByCue, isIrrealis, isNegated, reported, type SentenceFacts, type TriggerHit } from './triggers.js';

// Events that no single trigger word marks (issue 15, recall classes 7-12): a state's future action
// with any cooperative verb, a headline infinitive, "the visiting minister", "the decision by X and Y
// to", a pledge noun owned by a state or sized by an amount. Each finder is a rule unit of its own
// (src/rules/event-recall-rules.ts); its id comes from the synthetic trigger it reports.


const synthetic = (t: Omit<EventTrigger, 'pos'> & { pos?: EventTrigger['pos'] }): EventTrigger => ({ pos: 'verb', ...t }) as EventTrigger;

export const RECALL_TRIGGERS = {
  futureAction: synthetic({ phrase: 'state future action', kind: 'commitment', commitment: 'pledge' }),
  headlineAgreement: synthetic({ phrase: 'headline infinitive', kind: 'agreement', status: 'agreed' }),
  headlineCommitment: synthetic({ phrase: 'headline infinitive', kind: 'commitment', commitment: 'pledge' }),
  visitingOfficial: synthetic({ phrase: 'visiting official', pos: 'adj', kind: 'meeting', meeting: 'visit' }),
  jointDecision: synthetic({ phrase: 'joint decision', pos: 'noun', kind: 'agreement', status: 'agreed' }),
  pledgeNoun: synthetic({ phrase: 'owned pledge', pos: 'noun', kind: 'commitment', commitment: 'pledge' }),
} as const;

const MODALS = GRAMMAR_WORDS.futureModals;
const BE = GRAMMAR_WORDS.passiveAuxiliaries;
const SKIPPABLE = GRAMMAR_WORDS.skippableAdverbs;
const DETERMINERS = GRAMMAR_WORDS.articles;
const MONEY = /^(?:[A-Z]{0,3}[$£€¥]|\d[\d.,]*(?:bn|m|k)$)/u;

interface Scope {
  lex: EventLexicon;
  doc: ParsedDoc;
  s: TokenRange;
  facts: SentenceFacts;
  /** token → country code, for the country mentions of the document */
  codeAt: ReadonlyMap<number, string>;
}

const isTriggerAt = (sc: Scope, i: number): boolean => matchAt(sc.lex.triggers, sc.doc.tokens, i, sc.s.lastToken) !== undefined;

/** The first content word after i: adverbs ("also", "not") stepped over; reports whether a negation was. */
function verbAfter(sc: Scope, i: number): { at: number; negated: boolean } {
  let negated = false;
  for (let j = i + 1; j <= Math.min(sc.s.lastToken, i + 3); j++) {
    const t = sc.doc.tokens[j]!;
    const k = tokenKey(t);
    if (k === 'not' || k === 'never') negated = true;
    else if (!SKIPPABLE.has(k) && !(t.tags.has('Adverb') && /ly$/.test(k))) return { at: j, negated };
  }
  return { at: -1, negated };
}

const cooperativeVerb = (lex: EventLexicon, k: string): boolean => !lex.nonCooperativeVerbs.has(k) && !lex.threatActions.has(k);

/** A state other than `mine`, or a cooperative object, in the clause after token i: "give Chad", "stand by its commitments". */
function otherStateAfter(sc: Scope, i: number, mine: ReadonlySet<string>): boolean {
  for (let j = i + 1; j <= Math.min(sc.s.lastToken, i + 15); j++) {
    const t = sc.doc.tokens[j]!;
    const code = sc.codeAt.get(j);
    if ((code && !mine.has(code)) || sc.lex.cooperativeObjects.has(tokenKey(t))) return true;
    if (/[;:]/.test(t.post) || (/,/.test(t.post) && j > i + 1)) break;
  }
  return false;
}

function codesIn(sc: Scope, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let j = from; j <= to; j++) {
    const c = sc.codeAt.get(j);
    if (c) out.add(c);
  }
  return out;
}

/**
 * The state subject before a modal: a country or its capital ("Norway", "Canberra") or a government
 * word ("the Indian government"), not a person (an official's plans are often a visit), and not the object of a
 * preposition ("relations with India will", "exchanges between Britain and the Soviet Union will").
 * Returns the first token of the subject, or -1.
 */
function stateSubjectAt(sc: Scope, j: number): number {
  const { tokens } = sc.doc;
  const t = tokens[j]!;
  const state = sc.facts.countryTokens.has(j) || sc.lex.governmentWords.has(tokenKey(t));
  if (!state) return -1;
  let k = j;
  while (k - 1 >= sc.s.firstToken) {
    const p = tokens[k - 1]!;
    const pk = tokenKey(p);
    if (sc.facts.stateTokens.has(k - 1) || p.tags.has('Determiner') || p.tags.has('Adjective') || pk === 'and' || /,/.test(p.post)) k--;
    else break;
  }
  const before = tokens[k - 1];
  return k - 1 >= sc.s.firstToken && before?.tags.has('Preposition') ? -1 : k;
}

/** A meeting noun right after the verb: "will pay a visit", "will make an official visit", "will hold talks". */
function meetingNounAfter(sc: Scope, v: number): boolean {
  for (let j = v + 1; j <= Math.min(sc.s.lastToken, v + 6); j++) {
    const m = matchAt(sc.lex.triggers, sc.doc.tokens, j, sc.s.lastToken);
    if (m && m.value.kind === 'meeting') return true;
  }
  return false;
}

/** "give Chad", "hand over Hong Kong": a country name (not a demonym) as the verb's object. */
function stateObjectAfter(sc: Scope, v: number): boolean {
  for (let j = v + 1; j <= Math.min(sc.s.lastToken, v + 2); j++) if (sc.codeAt.has(j) && !sc.doc.tokens[j]!.tags.has('Demonym')) return true;
  return false;
}

/** "stand by its commitments", "honour its obligations": a cooperative object right after the verb. */
function cooperativeObjectAfter(sc: Scope, v: number): boolean {
  for (let j = v + 1; j <= Math.min(sc.s.lastToken, v + 3); j++) if (sc.lex.cooperativeObjects.has(tokenKey(sc.doc.tokens[j]))) return true;
  return false;
}

/**
 * "Norway will give Chad a grant", "Germany is going to pay for a bridge on the border with Poland":
 * a state subject right before the modal and a verb that is no trigger of its own and no hostile or
 * stative act: a cooperative verb with another state or a cooperative object after it, or any such
 * verb whose object is a state or a cooperative thing. "would" needs reported speech.
 */
function futureAction(sc: Scope): TriggerHit | undefined {
  const { tokens } = sc.doc;
  for (let i = sc.s.firstToken + 1; i < sc.s.lastToken; i++) {
    const k = tokenKey(tokens[i]);
    const going = k === 'going' && tokenKey(tokens[i + 1]) === 'to' && BE.has(tokenKey(tokens[i - 1]));
    if (!MODALS.has(k) && !going) continue;
    const modal = going ? i - 1 : i;
    let j = modal - 1;
    while (j > sc.s.firstToken && SKIPPABLE.has(tokenKey(tokens[j]))) j--;
    const subject = stateSubjectAt(sc, j);
    if (subject < 0) continue;
    const v = verbAfter(sc, going ? i + 1 : i);
    if (v.at < 0 || !tokens[v.at]!.tags.has('Verb') || isTriggerAt(sc, v.at) || meetingNounAfter(sc, v.at)) continue;
    const vk = tokenKey(tokens[v.at]);
    if (sc.lex.provisionVerbs.has(vk) || !cooperativeVerb(sc.lex, vk)) continue;
    if (k === 'would' && !reported(sc.lex, tokens, i, sc.s)) continue;
    const directed = sc.lex.cooperativeVerbs.has(vk) ? otherStateAfter(sc, v.at, codesIn(sc, subject, j)) : stateObjectAfter(sc, v.at) || cooperativeObjectAfter(sc, v.at);
    if (!directed) continue;
    return { trigger: RECALL_TRIGGERS.futureAction, first: modal, last: v.at, negated: v.negated, future: true, verb: v.at };
  }
  return undefined;
}

/** The first token of the coordinated states ending at j: "Kenya, Ethiopia", "Chile and Bolivia" (not "Japan edge Australia"). */
function coordinatedStart(sc: Scope, j: number): number {
  let k = j;
  while (k - 1 >= sc.s.firstToken) {
    const p = sc.doc.tokens[k - 1]!;
    if (sc.facts.stateTokens.has(k - 1) || tokenKey(p) === 'and') k--;
    else break;
  }
  return k;
}

/** "Kenya, Ethiopia to open new border post" (two states: agreed), "Chile to fund Bolivian fire service" (one: a pledge). */
function headlineInfinitive(sc: Scope): TriggerHit | undefined {
  if (!sc.facts.isHeader) return undefined;
  const { tokens } = sc.doc;
  for (let i = sc.s.firstToken + 1; i < sc.s.lastToken; i++) {
    if (tokenKey(tokens[i]) !== 'to' || !sc.facts.stateTokens.has(i - 1) || isTriggerAt(sc, i)) continue;
    const v = i + 1;
    const vk = tokenKey(tokens[v]);
    if (!tokens[v]!.tags.has('Verb') || isTriggerAt(sc, v) || !cooperativeVerb(sc.lex, vk)) continue;
    const before = codesIn(sc, coordinatedStart(sc, i - 1), i - 1);
    if (before.size >= 2) return { trigger: RECALL_TRIGGERS.headlineAgreement, first: i, last: v, negated: false, future: true, verb: v };
    const gives = sc.lex.provisionVerbs.has(vk) || sc.lex.cooperativeVerbs.has(vk);
    if (before.size === 1 && gives && otherStateAfter(sc, v, before)) return { trigger: RECALL_TRIGGERS.headlineCommitment, first: i, last: v, negated: false, future: true, verb: v };
  }
  return undefined;
}

/** "gave a warm welcome to the visiting Indian prime minister": an official visiting, hosted by a state named here. */
function visitingOfficial(sc: Scope): TriggerHit | undefined {
  const { tokens } = sc.doc;
  if (!sc.facts.stateHere) return undefined;
  for (let i = sc.s.firstToken + 1; i < sc.s.lastToken; i++) {
    if (tokenKey(tokens[i]) !== 'visiting' || !DETERMINERS.has(tokenKey(tokens[i - 1]))) continue;
    for (let j = i + 1; j <= Math.min(sc.s.lastToken, i + 3); j++) {
      const t = tokens[j]!;
      const k = tokenKey(t);
      if (t.tags.has('Title') || sc.lex.governmentWords.has(k) || (sc.lex.actorWords.has(k) && !t.tags.has('Pronoun'))) {
        return { trigger: RECALL_TRIGGERS.visitingOfficial, first: i, last: j, negated: false, future: false };
      }
      if (!(t.tags.has('Adjective') || t.tags.has('Noun'))) break;
    }
  }
  return undefined;
}

/** "The decision by Kenya and Uganda to open the border", "the decision of the two governments to". */
function jointDecision(sc: Scope): TriggerHit | undefined {
  const { tokens } = sc.doc;
  for (let i = sc.s.firstToken; i < sc.s.lastToken - 2; i++) {
    const k = tokenKey(tokens[i]);
    if ((k !== 'decision' && k !== 'decisions') || !['by', 'of'].includes(tokenKey(tokens[i + 1]))) continue;
    let joint = false;
    let state = false;
    for (let j = i + 2; j <= Math.min(sc.s.lastToken - 1, i + 9); j++) {
      const jk = tokenKey(tokens[j]);
      if (jk === 'to' && tokens[j + 1]!.tags.has('Verb')) {
        if (joint && state) return { trigger: RECALL_TRIGGERS.jointDecision, first: i, last: j - 1, negated: false, future: false };
        break;
      }
      if (/[;:]/.test(tokens[j]!.post)) break;
      joint ||= jk === 'and' || jk === 'both' || jk === 'two';
      state ||= sc.facts.stateTokens.has(j) || sc.lex.actorWords.has(jk) || sc.lex.governmentWords.has(jk);
    }
  }
  return undefined;
}

/** A possessive right before token i stands for a state: "Japan's pledge". `null` when there is no possessive owner. */
function ownerIsState(sc: Scope, i: number): boolean | null {
  const prev = sc.doc.tokens[i - 1];
  if (!prev || i - 1 < sc.s.firstToken || !/['’]s?$/.test(prev.text)) return null;
  return sc.facts.stateTokens.has(i - 1) || sc.lex.governmentWords.has(tokenKey(prev));
}

/** "Japan's pledge of $500 million", "The £2bn commitment to Ukraine": a pledge noun a state owns or an amount sizes. */
function pledgeNoun(sc: Scope): TriggerHit | undefined {
  const { tokens } = sc.doc;
  for (let i = sc.s.firstToken; i <= sc.s.lastToken; i++) {
    const t = tokens[i]!;
    if (!sc.lex.pledgeNouns.has(tokenKey(t))) continue;
    let owner = ownerIsState(sc, i);
    if (owner === null) {
      for (let j = i - 1; j >= Math.max(sc.s.firstToken, i - 3) && owner === null; j--) owner = ownerIsState(sc, j);
    }
    if (owner === false) continue;
    const sized = [i - 1, i - 2, i - 3].some((j) => j >= sc.s.firstToken && MONEY.test(tokens[j]!.text));
    const ofAmount = tokenKey(tokens[i + 1]) === 'of' && !!tokens[i + 2] && MONEY.test(tokens[i + 2]!.text);
    if (owner === true ? sized || ofAmount || tokenKey(tokens[i + 1]) === 'to' : (sized || ofAmount) && sc.facts.stateHere) {
      return { trigger: RECALL_TRIGGERS.pledgeNoun, first: i, last: i, negated: false, future: false };
    }
  }
  return undefined;
}

const FINDERS = [futureAction, headlineInfinitive, visitingOfficial, jointDecision, pledgeNoun];

/** The recall rules' hits in one sentence, screened like trigger hits: demands, threats and wishes do not count. */
export function findRecallHits(lex: EventLexicon, ctx: ExtractContext, sentence: number, facts: SentenceFacts, codeAt: ReadonlyMap<number, string>): TriggerHit[] {
  const s = ctx.doc.sentences[sentence]!;
  const sc: Scope = { lex, doc: ctx.doc, s, facts, codeAt };
  const hits: TriggerHit[] = [];
  for (const find of FINDERS) {
    const hit = find(sc);
    if (!hit || governedByCue(lex, ctx.doc, hit.first, s) || isIrrealis(lex, ctx.doc, hit.trigger, hit.first, hit.last, s)) continue;
    hits.push({ ...hit, negated: hit.negated || isNegated(lex, ctx.doc, hit.first, s) });
  }
  return hits;
}

export const countryCodeAt = (ctx: ExtractContext): Map<number, string> => {
  const out = new Map<number, string>();
  for (const m of ctx.countries) for (let k = m.firstToken; k <= m.lastToken; k++) out.set(k, m.code);
  ctx.officials.forEach((o) => {
    if (o.country) for (const m of o.mentions) for (let k = m.firstToken; k <= m.lastToken; k++) out.set(k, o.country);
  });
  return out;
};
