// Constraints an official's name must meet, as units with their own examples: `fire` texts must yield
// at least one official, `quiet` texts none. All invented. tests/official-constraints.test.ts runs them
// through the whole pipeline.

import type { RuleExamples } from './types.js';

export interface OfficialConstraint {
  readonly id: string;
  readonly description: string;
  /** where the check lives */
  readonly logic: string;
  readonly examples: RuleExamples;
}

export const officialConstraints: readonly OfficialConstraint[] = [
  {
    id: 'constraint/headline-verb',
    description:
      'In a title-case headline a capitalised verb after an office ("PM Hails Rail Deal", "Leader Urges Calm") is not the first word of a name (headline-verbs.json); a name between the office and the verb still is.',
    logic: 'src/extractors/officials/phrases.ts headlineVerbAt',
    examples: {
      fire: ['PM Wrona Hails Rail Deal as Strike Is Called Off', 'Prime Minister Charles Vale Says No to New Tariffs', 'Foreign Minister Ana Ruiz said the plan promises much.'],
      quiet: ['PM Hails Rail Deal as Strike Is Called Off', 'Leader Urges Calm After Border Clash', 'President, PM Review Dialogue Process With India', 'Polish PM Tries to Head Off Dispute Over Claims'],
    },
  },
];
