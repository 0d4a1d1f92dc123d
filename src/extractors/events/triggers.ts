import type { EventLexicon, EventTrigger } from '../../lexicon/event-lexicon.js';
import type { ParsedDoc, Token } from '../../pipeline/document.js';
import { breaksAfter, isNegation, matchAt, tokenKey } from './tokens.js';

export interface TriggerHit {
  trigger: EventTrigger;
  /** token indices, inclusive */
  first: number;
  last: number;
  negated: boolean;
  /** a future event stated as part of another ("the group will meet twice a year") */
  future: boolean;
}

export interface SentenceFacts {
  /** a state actor is present: a country or official mention, an office or government word, or a named person */
  hasActor: boolean;
  isHeader: boolean;
}

const LOOKBACK = 10;

function keysBetween(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i <= to; i++) out.push(tokenKey(tokens[i]));
  return out;
}

/** Start of the clause holding token i: the nearest clause break before it, within the sentence. */
function clauseStart(tokens: readonly Token[], first: number, i: number): number {
  for (let j = i - 1; j >= first; j--) if (breaksAfter(tokens[j]) || /[“"]/.test(tokens[j + 1]?.pre ?? '')) return j + 1;
  return first;
}

function isNounUse(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('Verb');
}

function hasLightVerbBefore(lex: EventLexicon, tokens: readonly Token[], from: number, i: number): boolean {
  for (let j = i - 1; j >= Math.max(from, i - 8); j--) if (lex.lightVerbs.has(tokenKey(tokens[j]))) return true;
  return false;
}

// Each requirement in the data is a check here; a hit survives only when all its checks pass.
function passes(lex: EventLexicon, doc: ParsedDoc, t: EventTrigger, first: number, last: number, s: { firstToken: number; lastToken: number }, facts: SentenceFacts): boolean {
  const tokens = doc.tokens;
  const head = tokens[first]!;
  const prevKey = first > s.firstToken ? tokenKey(tokens[first - 1]) : '';
  const after = (n: number): string[] => keysBetween(tokens, last + 1, Math.min(s.lastToken, last + n));
  if (t.headerOnly && !facts.isHeader) return false;
  if (t.pos === 'verb' && isNounUse(head) && !t.phrase.includes(' ')) return false;
  if (t.blockPrev?.includes(prevKey)) return false;
  if (t.blockNext) {
    const window = after(t.blockNextWithin ?? 1);
    if (window.some((k) => t.blockNext!.includes(k))) return false;
  }
  if ((t.needsActor || (t.verbNeedsActor && !isNounUse(head))) && !facts.hasActor) return false;
  if (t.lightVerbIfNoun && isNounUse(head) && !hasLightVerbBefore(lex, tokens, s.firstToken, first)) return false;
  if (t.needsTo && tokenKey(tokens[last + 1]) !== 'to') return false;
  if (t.needsObjectWord && !after(5).some((k) => lex.objectWords.has(k))) return false;
  if (t.needsInstrument) {
    const near = [...after(6), ...keysBetween(tokens, Math.max(s.firstToken, first - 4), first - 1)];
    if (!near.some((k) => lex.instrumentWords.has(k))) return false;
  }
  const cStart = clauseStart(tokens, s.firstToken, first);
  if (t.needsJointSubject) {
    const before = keysBetween(tokens, Math.max(cStart, first - LOOKBACK), first - 1);
    if (!before.some((k) => lex.jointSubjectWords.has(k))) return false;
  }
  if (t.needsPassiveFuture) {
    const p2 = keysBetween(tokens, Math.max(s.firstToken, first - 2), first - 1).join(' ');
    if (!/\b(?:to|will|would|shall) be$/.test(p2)) return false;
  }
  if (t.needsJointWord && !keysBetween(tokens, s.firstToken, s.lastToken).some((k) => lex.jointWords.has(k))) return false;
  if (t.needsWithWord) {
    const next = after(12);
    const before = keysBetween(tokens, Math.max(cStart, first - 6), first - 1);
    const toPerson = tokenKey(tokens[last + 1]) === 'to';
    if (!next.includes('with') && !toPerson && !before.some((k) => lex.jointSubjectWords.has(k) && k !== 'and')) return false;
  }
  if (t.needsNextPlace) {
    const n = tokens[last + 1];
    if (!n || n.sentence !== head.sentence) return false;
    if (!lex.placeNextWords.has(tokenKey(n)) && !n.tags.has('Place')) return false;
  }
  if (t.noToInfinitive) {
    const next = after(8);
    for (let k = 0; k < next.length - 1; k++) {
      const tok = tokens[last + 2 + k];
      if (next[k] === 'to' && tok && tok.tags.has('Verb')) return false;
    }
  }
  if (t.opinionThat) {
    // "agreed that the film was good" is an opinion; "agreed that talks would resume" is a decision
    const next = after(4);
    if (next.includes('that')) {
      const rest = keysBetween(tokens, last + 1, s.lastToken);
      if (!rest.some((k) => k === 'will' || k === 'would' || k === 'shall')) return false;
    }
    if (head.tags.has('Adjective') && !head.tags.has('Verb')) return false;
  }
  return true;
}

function isNegated(lex: EventLexicon, doc: ParsedDoc, first: number, s: { firstToken: number }): boolean {
  const tokens = doc.tokens;
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 3); j--) {
    if (isNegation(tokens[j], lex.negationWords)) return true;
    if (breaksAfter(tokens[j])) break;
  }
  // "refused to sign", "denied any agreement", "failed to reach a deal"
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 6); j--) {
    if (matchAt(lex.refusalVerbs, tokens, j, first - 1)) return true;
    if (breaksAfter(tokens[j])) break;
  }
  return false;
}

/** Threats, demands, accusations, praise and thanks that govern the trigger make it a non-event. */
function governedByCue(lex: EventLexicon, doc: ParsedDoc, first: number, s: { firstToken: number }): boolean {
  const tokens = doc.tokens;
  for (let j = first - 1; j >= s.firstToken; j--) {
    const t = tokens[j]!;
    // a new coordinated clause ("..., and the two sides signed") starts a new statement
    if (/;/.test(t.post) || (/,/.test(t.post) && ['and', 'but', 'while', 'meanwhile'].includes(tokenKey(tokens[j + 1])))) return false;
    const cue = matchAt(lex.cueVerbs, tokens, j, first - 1);
    if (cue && !isNounUse(t)) return true;
  }
  return false;
}

export function findTriggers(lex: EventLexicon, doc: ParsedDoc, sentence: number, facts: SentenceFacts): TriggerHit[] {
  const s = doc.sentences[sentence]!;
  const hits: TriggerHit[] = [];
  for (let i = s.firstToken; i <= s.lastToken; ) {
    const m = matchAt(lex.triggers, doc.tokens, i, s.lastToken);
    if (!m) {
      i++;
      continue;
    }
    const last = i + m.length - 1;
    const t = m.value;
    if (passes(lex, doc, t, i, last, s, facts) && !(t.kind !== 'meeting' && governedByCue(lex, doc, i, s)) && !(t.kind === 'meeting' && governedByPraise(lex, doc, i, s))) {
      const prev = keysBetween(doc.tokens, Math.max(s.firstToken, i - 2), i - 1);
      hits.push({ trigger: t, first: i, last, negated: isNegated(lex, doc, i, s), future: t.pos === 'verb' && (prev.includes('will') || prev.includes('to')) });
    }
    i = last + 1;
  }
  return hits;
}

function governedByPraise(lex: EventLexicon, doc: ParsedDoc, first: number, s: { firstToken: number }): boolean {
  const tokens = doc.tokens;
  for (let j = first - 1; j >= s.firstToken; j--) {
    const t = tokens[j]!;
    if (/;/.test(t.post) || (/,/.test(t.post) && ['and', 'but', 'while', 'meanwhile'].includes(tokenKey(tokens[j + 1])))) return false;
    const cue = matchAt(lex.cueVerbs, tokens, j, first - 1);
    if (cue && cue.value === 'praise' && !isNounUse(t)) return true;
  }
  return false;
}
