// Constraints every event trigger must meet, as units with their own examples: a trigger's own rule
// (event-rules.ts) says which words mark an event; these say who must be acting for the words to count.
// `fire` texts must yield at least one event of `kind`; `quiet` texts must yield none. All invented.
// tests/event-constraints.test.ts runs them through the whole pipeline.

import type { RuleExamples } from './types.js';

export interface EventConstraint {
  readonly id: string;
  readonly kind: 'agreement' | 'commitment' | 'meeting';
  readonly description: string;
  /** where the check lives */
  readonly logic: string;
  readonly examples: RuleExamples;
}

export const eventConstraints: readonly EventConstraint[] = [
  {
    id: 'constraint/state-agent',
    kind: 'commitment',
    description:
      'The subject of a trigger verb (or of the light verb before a trigger noun) must be able to act for a state: a country or capital, an institution, an official, a government word or "the two sides"; a pronoun only when such an actor was named just before.',
    logic: 'src/extractors/events/agent.ts agentOf',
    examples: {
      fire: [
        'The Chilean minister promised to reopen the border crossing with Peru.',
        'Kenya is ready to send engineers to Uganda.',
        'Officials from the Japanese ministry pledged to fund two clinics in Ghana.',
      ],
      quiet: [
        'Smugglers in Chile are ready to take any risk to reach Peru.',
        'Fans of the Peruvian team promised to march again in Lima.',
        'The new phone from Japan promises longer battery life.',
        'I promise you that the Kenyan coast is the best place for a holiday.',
      ],
    },
  },
  {
    id: 'constraint/state-agent-agreement',
    kind: 'agreement',
    description: 'Agreeing is a state act only when states or their officials agree: voters, columnists and readers agreeing is opinion.',
    logic: 'src/extractors/events/agent.ts agentOf',
    examples: {
      fire: ['Kenya and Japan agreed to expand flights between Nairobi and Tokyo.', 'Lawmakers in Oslo ratified the border treaty with Sweden.'],
      quiet: ['Most voters in Kenya agree with the new tax on sugar.', 'I agree with Senator Ortiz about the Chilean border.'],
    },
  },
  {
    id: 'constraint/meeting-noun-needs-state',
    kind: 'meeting',
    description:
      'A meeting noun ("meeting", "conference", "telephone") needs a state acting in its sentence: an official, a country named as more than a place, or a government word. "Telephone" as a noun needs "call" or "by".',
    logic: 'src/extractors/events/triggers.ts passesAgent',
    examples: {
      fire: ['The foreign ministers of Chile and Peru held a meeting in Lima.', 'President Ana Ruiz of Chile spoke to the Peruvian leader in a telephone call on Monday.'],
      quiet: ['The Ethiopian runner broke the world record at the indoor meeting in Madrid.', 'Sales of the new mobile phone rose in Japan and Kenya.'],
    },
  },
];
