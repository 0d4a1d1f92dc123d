import { eventRules } from './event-rules.js';
import { recallRules } from './event-recall-rules.js';
import { officialRules } from './official-rules.js';
import { officialOfficeRules } from './official-office-rules.js';
import { officialStateRules } from './official-state-rules.js';
import { referenceRules } from './reference-rules.js';
import type { Rule } from './types.js';

/** Every rule, in the order `extract rules` lists them: officials first, then events by kind. */
export const rules: readonly Rule[] = [...officialRules, ...officialOfficeRules, ...officialStateRules, ...referenceRules, ...eventRules, ...recallRules];

const byId = new Map(rules.map((r) => [r.id, r]));
if (byId.size !== rules.length) throw new Error('two rules share an id');

export const findRule = (id: string): Rule | undefined => byId.get(id);

/** The ids in `ids` that name no rule: for a clear error on `--disable no/such-rule`. */
export const unknownRuleIds = (ids: Iterable<string>): string[] => [...ids].filter((id) => !byId.has(id));
