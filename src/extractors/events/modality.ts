import type { EventLexicon } from '../../lexicon/event-lexicon.js';
import type { Token, TokenRange } from '../../document/document.js';
import { clauseBreaksAfter, isVerbOnly } from '../../document/predicates.js';
import { EVENT_MODALITY as MX, type Sense } from '../../lexicon/event-modality.js';
import { tokenKey } from './tokens.js';

// The mood of a trigger (issue 15, classes 2, 4, 5, 6): a trigger word in another sense ("met a frosty
// reception", "committed the offence", "attended school"), an event that is demanded, predicted or
// conditional ("must reach a deal", "could meet", "would only sign if"), a meeting that was cancelled
// ("called off the visit", "the talks were postponed"), an instrument described by a participle
// ("the truce signed in 2003": background, not news), and an event inside another ("agreed to open
// talks" is an agreement, not also a meeting; "ready to sign" is a commitment, not an agreement).
// Each check is a constraint unit in src/rules/event-modal-constraints.ts with its own examples.


/** Does a phrase (as folded words) end at token `end`? */
function phraseEndsAt(tokens: readonly Token[], end: number, from: number, phrases: readonly string[][]): boolean {
  return phrases.some((p) => end - p.length + 1 >= from && p.every((w, k) => tokenKey(tokens[end - p.length + 1 + k]) === w));
}

/** Does a phrase start at token `start`? Its length, or 0. */
function phraseAt(tokens: readonly Token[], start: number, last: number, phrases: readonly string[][]): number {
  for (const p of phrases) if (start + p.length - 1 <= last && p.every((w, k) => tokenKey(tokens[start + k]) === w)) return p.length;
  return 0;
}

/**
 * The head noun of the object after token `verb`: determiners, numbers and adjectives skipped, then the
 * last word of the noun run ("a frosty reception" → reception, "Lewis Boys' School" → school), else the
 * first word after the skips.
 */
function objectHead(tokens: readonly Token[], verb: number, s: TokenRange): string {
  let j = verb + 1;
  for (let n = 0; j <= s.lastToken && n < 4; j++, n++) {
    const t = tokens[j]!;
    const adjective = t.tags.has('Adjective') && !t.tags.has('Noun');
    if (!MX.objectSkips.has(tokenKey(t)) && !t.tags.has('Value') && !adjective) break;
    if (clauseBreaksAfter(t)) return '';
  }
  // no noun run ("offered his congratulations" is tagged an expression): the first word after the skips
  let head = j <= s.lastToken ? tokenKey(tokens[j]) : '';
  for (let n = 0; j <= s.lastToken && n < 5; j++, n++) {
    const t = tokens[j]!;
    // "the official re-election site of President X": the run ends at its preposition
    if (!t.tags.has('Noun') || t.tags.has('Pronoun') || (n > 0 && t.tags.has('Verb') && !t.tags.has('Plural')) || tokenKey(t) === 'of') break;
    head = tokenKey(t);
    if (/[,;:.!?()"“”]/.test(t.post)) break;
  }
  return head;
}

/**
 * "told the conference", "addressed the Financial Times Media Conference": a verb that makes the meeting
 * noun an audience spoken to. Steps back over determiners, capitalised name words and "and", "of".
 */
function governedBy(sense: Sense, tokens: readonly Token[], first: number, s: TokenRange): boolean {
  if (sense.before.size === 0) return false;
  for (let j = first - 1; j >= Math.max(s.firstToken, first - sense.beforeWithin); j--) {
    const t = tokens[j]!;
    const k = tokenKey(t);
    if (sense.before.has(k)) return true;
    if (clauseBreaksAfter(t)) return false;
    if (!(MX.objectSkips.has(k) || /^\p{Lu}/u.test(t.text) || k === 'and' || k === 'of')) return false;
  }
  return false;
}

/** a finite lexical verb ("complained"), not an auxiliary ("Also due to attend are ...") */
const isFiniteVerb = (t: Token): boolean =>
  isVerbOnly(t) && !t.tags.has('Gerund') && !MX.passiveAuxiliaries.has(tokenKey(t)) && (t.tags.has('PastTense') || t.tags.has('PresentTense'));

function senseBlocks(sense: Sense | undefined, tokens: readonly Token[], first: number, last: number, s: TokenRange): boolean {
  if (!sense) return false;
  if (first > s.firstToken && sense.prev.has(tokenKey(tokens[first - 1]))) return true;
  if (governedBy(sense, tokens, first, s)) return true;
  // "some delegates attending complained": a transitive trigger with a verb, not an object, after it
  if (sense.transitive && last < s.lastToken && !clauseBreaksAfter(tokens[last]) && isFiniteVerb(tokens[last + 1]!)) return true;
  for (let j = last + 1; j <= Math.min(s.lastToken, last + sense.within); j++) if (sense.next.has(tokenKey(tokens[j]))) return true;
  return sense.objects.size > 0 && sense.objects.has(objectHead(tokens, last, s));
}

/**
 * Another sense of the trigger word: the head of its object is one the trigger's own `blockNext` names
 * ("committed two fouls", "committed the offence"), or the sense lists say so for this trigger or for the
 * provision verb after "will" ("will deliver his budget", "will continue in the job").
 */
function isOtherSense(phrase: string, blockNext: readonly string[] | undefined, tokens: readonly Token[], first: number, last: number, s: TokenRange, verb?: number): boolean {
  if (senseBlocks(MX.senses.get(phrase), tokens, first, last, s)) return true;
  if (verb !== undefined && verb >= 0 && senseBlocks(MX.senses.get(tokenKey(tokens[verb])), tokens, verb, verb, s)) return true;
  if (blockNext && !phrase.includes(' ')) {
    const head = objectHead(tokens, last, s);
    if (head && blockNext.includes(head)) return true;
  }
  return false;
}

/** The nearest word before the trigger that is not a skippable adverb or auxiliary; -1 at a clause break. */
function governorBefore(tokens: readonly Token[], first: number, s: TokenRange): number {
  for (let j = first - 1, n = 0; j >= s.firstToken && n < 5; j--, n++) {
    if (clauseBreaksAfter(tokens[j])) return -1;
    const k = tokenKey(tokens[j]);
    if (MX.demandModals.has(k) || MX.conditionalModals.has(k)) return j;
    if (k === 'to' && phraseEndsAt(tokens, j, s.firstToken, MX.needPhrases)) return j;
    if (!MX.modalSkips.has(k)) return -1;
  }
  return -1;
}

/**
 * Demanded, predicted or conditional: "Quito must reach a deal first", "the leaders could meet", "needs
 * to sign", "would only sign the accord if Santiago dropped its tariffs". Not "will" or "would" alone: a
 * reported plan ("said it would provide") is a commitment.
 */
function isUnreal(tokens: readonly Token[], first: number, last: number, s: TokenRange): boolean {
  const g = governorBefore(tokens, first, s);
  if (g < 0) return false;
  const k = tokenKey(tokens[g]);
  if (MX.demandModals.has(k) || k === 'to') return true;
  // "would sign ... if": a condition after the trigger, in the same sentence
  for (let j = last + 1; j <= s.lastToken; j++) if (MX.conditionWords.has(tokenKey(tokens[j]))) return true;
  return false;
}

/**
 * A meeting called off: the cancelling verb governs the meeting word ("cancelled his visit", "called off
 * the planned meeting") or follows it as a passive ("the talks were postponed", "has been cancelled").
 */
export function isCancelledMeeting(tokens: readonly Token[], first: number, last: number, s: TokenRange): boolean {
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 5); j--) {
    if (phraseEndsAt(tokens, j, s.firstToken, MX.cancelPhrases)) return true;
    if (clauseBreaksAfter(tokens[j])) break;
  }
  let sawAux = false;
  for (let j = last + 1; j <= Math.min(s.lastToken, last + 8); j++) {
    const k = tokenKey(tokens[j]);
    if (sawAux && phraseAt(tokens, j, s.lastToken, MX.cancelPhrases) > 0) return true;
    if (MX.passiveAuxiliaries.has(k)) sawAux = true;
    else if (sawAux && !tokens[j]!.tags.has('Adverb')) sawAux = false;
    if (clauseBreaksAfter(tokens[j])) break;
  }
  return false;
}

/**
 * "the truce signed in 2003", "the deal struck with Rwanda in 2022": a participle right after an
 * instrument noun describes the instrument, an old event, unless a recent day dates it ("the accord
 * signed on Monday"). Headlines ("Pact signed in Cairo") are news by definition.
 */
function isBackgroundParticiple(lex: EventLexicon, tokens: readonly Token[], first: number, last: number, s: TokenRange, isHeader: boolean): boolean {
  if (isHeader || first !== last) return false;
  const t = tokens[first]!;
  if (!t.tags.has('PastTense') && !t.tags.has('Participle') && !/ed$/.test(tokenKey(t))) return false;
  let j = first - 1;
  while (j > s.firstToken && MX.participleAdverbs.has(tokenKey(tokens[j]))) j--;
  if (j < s.firstToken || clauseBreaksAfter(tokens[j])) return false;
  const head = tokenKey(tokens[j]);
  if (!lex.instrumentWords.has(head) && !MX.participleHeads.has(head)) return false;
  for (let k = last + 1; k <= Math.min(s.lastToken, last + 7); k++) {
    if (MX.recencyWords.has(tokenKey(tokens[k]))) return false;
    if (clauseBreaksAfter(tokens[k])) break;
  }
  return true;
}

export interface NestableHit {
  trigger: { kind: 'agreement' | 'commitment' | 'meeting'; pos: string; phrase: string; modalProvision?: boolean };
  first: number;
  last: number;
}

/** Only "to", adverbs and skippable words between: "ready to sign", "pledged to also sign". */
function directInfinitive(tokens: readonly Token[], outer: NestableHit, inner: NestableHit): boolean {
  const between = [];
  for (let j = outer.last + 1; j < inner.first; j++) between.push(tokens[j]!);
  const endsInTo = tokenKey(tokens[outer.last]) === 'to';
  if (!endsInTo && tokenKey(between[0]) !== 'to') return false;
  const rest = endsInTo ? between : between.slice(1);
  return rest.length <= 2 && rest.every((t) => t.tags.has('Adverb') || MX.modalSkips.has(tokenKey(t)));
}

/** "agreed to open talks", "offered to host regular negotiations": to, a verb, then the meeting noun's modifiers. */
function meetingAsObject(tokens: readonly Token[], outer: NestableHit, inner: NestableHit): boolean {
  let j = outer.last + 1;
  if (tokenKey(tokens[outer.last]) !== 'to') {
    if (tokenKey(tokens[j]) !== 'to') return false;
    j++;
  }
  while (j < inner.first && tokens[j]!.tags.has('Adverb')) j++;
  const verb = tokens[j];
  if (!verb || j >= inner.first || !verb.tags.has('Verb') || clauseBreaksAfter(verb)) return false;
  if (inner.first - j > 5) return false;
  for (let k = j + 1; k < inner.first; k++) {
    const t = tokens[k]!;
    if (clauseBreaksAfter(t) || ['and', 'but', 'or', 'to'].includes(tokenKey(t))) return false;
  }
  return !tokens[inner.first]!.tags.has('Verb') || tokens[inner.first]!.tags.has('Noun');
}

/**
 * One event inside another: a meeting noun that is the object of the infinitive an agreement or a
 * commitment governs ("agreed to hold talks"), and an agreement verb that is the infinitive of a
 * commitment ("ready to sign the accord", "pledged to ratify"). The inner hit is dropped; the outer stays.
 */
export function dropNestedHits<T extends NestableHit>(tokens: readonly Token[], hits: readonly T[]): T[] {
  const nested = (inner: T): boolean =>
    hits.some((outer) => {
      if (outer === inner || outer.last >= inner.first || outer.trigger.modalProvision) return false;
      // "agreed to hold talks"; "offered to host the talks" (a meeting offered, not held; "agreed to meet" stays)
      if (inner.trigger.kind === 'meeting' && outer.trigger.kind !== 'meeting') return meetingAsObject(tokens, outer, inner) || (outer.trigger.kind === 'commitment' && directInfinitive(tokens, outer, inner));
      if (inner.trigger.kind === 'agreement' && outer.trigger.kind === 'commitment') return directInfinitive(tokens, outer, inner);
      return false;
    });
  return hits.filter((h) => !nested(h));
}

/**
 * Whether the mood checks stop a hit that passed the trigger's own conditions: another sense, a demand,
 * prediction or condition, or a background participle. `verb` is the provision verb after "will".
 */
export function moodBlocks(lex: EventLexicon, tokens: readonly Token[], t: { phrase: string; blockNext?: string[] }, first: number, last: number, s: TokenRange, isHeader: boolean, verb?: number): boolean {
  return (
    isOtherSense(t.phrase, t.blockNext, tokens, first, last, s, verb) ||
    isUnreal(tokens, first, last, s) ||
    isBackgroundParticiple(lex, tokens, first, last, s, isHeader)
  );
}
