import triggersJson from '../lexicon/event-triggers.json' with { type: 'json' };
import { eventTriggerSchema, type EventTrigger } from '../lexicon/event-lexicon.js';
import { eventExamples } from './event-examples.js';
import { triggerRuleId } from './trigger-id.js';
import { defineRule, type Rule } from './types.js';

// Agreements, commitments and meetings are found by trigger phrases. Each trigger of
// src/lexicon/event-triggers.json is a rule: its id is the one written into records, its conditions are
// the trigger's fields (read by src/extractors/events/triggers.ts), its examples are in event-examples.ts.

const POS: Record<EventTrigger['pos'], string> = { verb: 'verb', noun: 'noun', adj: 'adjective', any: 'word' };

function describeTrigger(t: EventTrigger): string {
  const what = t.kind === 'agreement' ? `an agreement (${t.status})` : t.kind === 'commitment' ? `a commitment (${t.commitment})` : `a meeting (${t.meeting})`;
  const conditions: string[] = [];
  if (t.headerOnly) conditions.push('in a headline');
  if (t.needsTwoParties) conditions.push('naming two states');
  if (t.needsInstrument) conditions.push('with an instrument word (deal, accord, treaty)');
  if (t.needsJointSubject) conditions.push('with a joint subject ("the two countries")');
  if (t.needsActor || t.verbNeedsActor) conditions.push('with a state actor');
  if (t.needsTo) conditions.push('followed by "to"');
  if (t.needsWithWord || t.needsWith) conditions.push('with "with"');
  if (t.needsNextPlace) conditions.push('followed by a place');
  if (t.needsPassiveFuture) conditions.push('as a future passive ("will be set up")');
  if (t.modalProvision) conditions.push('before a provision verb ("will provide")');
  return `The ${POS[t.pos]} "${t.phrase}" marks ${what}${conditions.length ? `, ${conditions.join(', ')}` : ''}.`;
}

export function eventRulesOf(triggers: readonly EventTrigger[]): Rule[] {
  return triggers.map((t) => {
    const id = triggerRuleId(t);
    const [fire, quiet] = eventExamples[id] ?? [[], []];
    return defineRule({ id, kind: t.kind, description: describeTrigger(t), logic: `src/lexicon/event-triggers.json "${t.phrase}"`, examples: { fire, quiet } });
  });
}

export const eventRules: readonly Rule[] = eventRulesOf(eventTriggerSchema.array().parse(triggersJson.triggers));
