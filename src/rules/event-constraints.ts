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
  {
    id: 'constraint/sports-teams',
    kind: 'meeting',
    description:
      'In a sports report (sports words at least sportCuesMin and more than twice the government words and officials), a country name stands for its national team: a sentence yields events only with an official, a government word or an institution in it (or a pronoun right after an official).',
    logic: 'src/extractors/events/state-scope.ts isTeamsSentence',
    examples: {
      fire: [
        'Chile beat Peru 2-0 in the football qualifier on Saturday. The coach praised his squad after the match. The Chilean sports minister met her Peruvian counterpart in Lima to discuss a joint bid for the cup.',
        'Chile beat Peru 2-0 in the football qualifier on Saturday. The coach praised his squad after the match. The sports ministers of Chile and Peru held talks in Lima on a joint bid for the cup.',
      ],
      quiet: [
        'Chile beat Peru 2-0 in the football qualifier on Saturday. The coach praised his squad after the match. Chile will meet Peru again in the cup final next season, the captain said.',
        'Wales won the rugby match against Italy. The team scored four tries. Wales will visit France for the next game of the championship, the coach said.',
      ],
    },
  },
  {
    id: 'constraint/no-state-in-reach',
    kind: 'commitment',
    description:
      'With no state office holder, government word or institution in the sentence or the two before it (for a headline: in the document), the trigger\'s own subject must be a state: a person, a firm, "he" or "it" with no state before it, or a noun with no state owner is not enough. One-sentence items are left to the other checks.',
    logic: 'src/extractors/events/state-scope.ts isStrictSentence; src/extractors/events/triggers.ts passesAgent, stateSubjectBefore; src/extractors/events/agent.ts classifyAgent',
    examples: {
      fire: [
        'The band\'s world tour ended in Tokyo on Friday. Fans cheered for two hours. Japan promised to fund two new concert halls in Kenya.',
        'The new phone went on sale in Kenya on Monday. Reviews were good. Kenya pledged to cut the tax on phones made in Japan.',
        'The festival closed on Sunday. Crowds were large. Leaders of Chile and Peru met in Arica on Monday and pledged to reopen the border crossing.',
      ],
      quiet: [
        'The band\'s world tour ended in Tokyo on Friday. Fans cheered for two hours. Sir Tom Hale will provide the music for the sequel, which will be shot in Japan.',
        'The new phone went on sale in Kenya on Monday. Reviews were good. It promises two days of battery life in Japan.',
        'The festival closed on Sunday. Crowds were large. Fans from Chile met in Arica on Monday and pledged to share the stadium.',
      ],
    },
  },
  {
    id: 'constraint/no-state-meeting-noun',
    kind: 'meeting',
    description:
      'With no state office holder, government word or institution in reach, a meeting noun ("visit", "talks", "conference") needs two states named in its sentence or a state as the subject of the verb it is the object of ("Japan and Kenya held talks").',
    logic: 'src/extractors/events/triggers.ts passesAgent, meetingVerbBefore',
    examples: {
      fire: [
        'The new phone went on sale in Kenya on Monday. Reviews were good. Japan and Kenya held talks on the rules for mobile networks.',
        'The film opened in Nairobi on Friday. Critics loved it. Kenya held talks with Japan on a film treaty.',
      ],
      quiet: [
        'The film opened in Kenya on Friday. Critics loved it. The director met the actors in Japan on a visit to Tokyo.',
        'The museum in London had a good year. Visits from Japan were up by a tenth, the gallery said.',
      ],
    },
  },
];
