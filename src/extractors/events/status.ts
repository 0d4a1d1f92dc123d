import type { ParsedDoc, Token } from '../../document/document.js';
import { clauseBreaksAfter } from '../../document/predicates.js';
import { DATE_WORDS } from '../../lexicon/dates.js';
import { directionOf, resolveWhen, type EventDate, type Timing } from './dates.js';
import { tokenKey } from './tokens.js';

/** Where the trigger is and how it is used: enough to read its tense and mood. */
export interface TriggerPlace {
  first: number;
  /** the provision verb after a modal ("would deliver"): the modal makes the commitment, it does not announce one */
  verb?: number;
}

const LOOKBACK = 6;
const isVerbUse = (t: Token): boolean => t.tags.has('Verb') || t.tags.has('Infinitive');
const isModal = (key: string): boolean => DATE_WORDS.plannedModals.has(key) || /['’]ll$/.test(key);

/**
 * Whether the grammar around the trigger announces the event for the future: a modal ("will meet",
 * "would travel"), an infinitive ("PM to visit Delhi", "are due to sign", "agreed to meet"), a
 * forward-looking modifier of an event noun ("the upcoming summit", "the planned visit") or "ahead of".
 * Null when the grammar says nothing; "managed to sign", "would have met" and a refusal ("refused to
 * sign": the refusal is what happened) are happened.
 */
export function grammarTiming(doc: ParsedDoc, sentence: number, hit: TriggerPlace): Timing | null {
  const s = doc.sentences[sentence]!;
  const { tokens } = doc;
  const trigger = tokens[hit.first]!;
  // "Norway would give Chad a grant": the modal is the promise itself, made now
  if (hit.verb !== undefined && hit.verb >= 0) return null;
  for (let j = hit.first - 1; j >= Math.max(s.firstToken, hit.first - LOOKBACK); j--) {
    const t = tokens[j]!;
    if (clauseBreaksAfter(t)) break;
    const key = tokenKey(t);
    if (isModal(key)) return tokenKey(tokens[j + 1]) === 'have' ? 'happened' : 'planned';
    if (key === 'to' && isVerbUse(trigger) && onlyAdverbsBetween(tokens, j, hit.first)) {
      // "managed to sign"; "the first minister to visit China" (an ordinal before the infinitive's subject)
      const ordinal = [j - 1, j - 2, j - 3].some((k) => k >= s.firstToken && DATE_WORDS.happenedOrdinals.has(tokenKey(tokens[k])));
      return ordinal || DATE_WORDS.happenedBeforeInfinitive.has(tokenKey(tokens[j - 1])) ? 'happened' : 'planned';
    }
    if (hit.first - j <= 3 && !isVerbUse(trigger) && DATE_WORDS.plannedModifiers.has(key)) return 'planned';
    if (DATE_WORDS.plannedPrepositions.has(key) && tokenKey(tokens[j + 1]) === 'of') return 'planned';
  }
  return null;
}

function onlyAdverbsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!tokens[k]!.tags.has('Adverb')) return false;
  return true;
}

/**
 * Happened or planned, and the date: the grammar first; then a proposal is planned; then the words of
 * `when` ("next week", "yesterday"); then a date resolved after the publication date. The
 * date is then read in the direction of the timing (a bare "on Thursday" looks back for an event that
 * happened, forward for a planned one).
 */
export function timeOfEvent(
  doc: ParsedDoc,
  sentence: number,
  hit: TriggerPlace,
  when: string | null,
  published: string | null,
  proposed = false,
): { date: EventDate | null; timing: Timing } {
  // the grammar wins over a proposal: "refused to sign" is a refusal that happened
  let timing = grammarTiming(doc, sentence, hit) ?? (proposed ? 'planned' : directionOf(when));
  if (timing === null) {
    const date = resolveWhen(when, published, null);
    timing = date && published && date.from > published ? 'planned' : 'happened';
  }
  return { date: resolveWhen(when, published, timing), timing };
}
