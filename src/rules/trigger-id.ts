import type { EventTrigger } from '../lexicon/event-lexicon.js';

/** `meeting/talks`, `commitment/willing-to`: the rule id a trigger writes into the records it produces. */
export const triggerRuleId = (t: Pick<EventTrigger, 'kind' | 'phrase'>): string => `${t.kind}/${t.phrase.replace(/[^a-z]+/g, '-')}`;
