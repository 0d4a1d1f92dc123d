// Constraints of party politics (issue 15, fa-pol), as units with their own examples: party figures'
// promises, campaign and party meetings, direct questions, meetings named only as a time reference,
// evaluative infinitives and other senses of "promise" and "supporter". The checks live in
// src/extractors/events/party-politics.ts (and, for the last two, in the mood lists of
// src/lexicon/event-modality.json and the irrealis cues of src/lexicon/event-triggers.json); the word
// lists in src/lexicon/party-politics.json. `fire` texts must yield at least one asserted event of
// `kind`; `quiet` texts must yield none. All invented. tests/event-constraints.test.ts runs them.

import type { EventConstraint } from './event-constraints.js';

export const eventPartyConstraints: readonly EventConstraint[] = [
  {
    id: 'constraint/party-promise',
    kind: 'commitment',
    description:
      'A promise is a state\'s only when a state acts nearest before it: a minister, the government, a country. A party figure (an official titled in the text as a party leader, shadow minister, party spokesman or candidate), a party name, "his party" or a government still to be elected ("a Conservative government would") makes it an election promise.',
    logic: 'src/extractors/events/party-politics.ts nearestActor, isPartyFigure',
    examples: {
      fire: [
        'The Canadian finance minister, Paul Roy, pledged C$40m to rebuild the port of Halifax.',
        'The Labour government has promised to double aid to Malawi, the British foreign secretary said.',
        'Shadow ministers jeered, but the British chancellor, Ann Cole, pledged £2bn for flood defences.',
      ],
      quiet: [
        'The shadow chancellor, Anne Price, promised that her party would cut taxes for British families.',
        'Children would be offered free sports training by a future Conservative government in Britain, the party said.',
        'Tory leader Mark Dunn pledged to recruit 5,000 more police officers in Britain.',
        'Mr Dunn said a Conservative government would cut the British tax on pensions.',
        'The Liberal Democrat leader, Joan Ford, backed the plan for a new runway in Britain.',
      ],
    },
  },
  {
    id: 'constraint/party-meeting',
    kind: 'meeting',
    description:
      'A meeting whose nearest actor is a party or a party figure, a party\'s or a campaign\'s meeting noun ("Labour\'s spring conference", "a fringe meeting", "a pre-election tour") or a meeting in a sentence with campaign words ("marginal seats", "constituencies", "voters") is no state meeting, unless the sentence names two states or a state office holder on the other side.',
    logic: 'src/extractors/events/party-politics.ts isPartyPolitics, isPartyMeetingNoun, stateAfter',
    examples: {
      fire: [
        'The opposition Labour party began talks with Prime Minister Tomas Havel on a new coalition.',
        'The Tory leader, Mark Dunn, met the British prime minister at Downing Street on Monday.',
        'The Green Party leader, Martha Quayle, met the Irish prime minister in Dublin on Monday.',
      ],
      quiet: [
        'The Green Party leader, Martha Quayle, visited Bolton and Wigan on Monday.',
        'The British prime minister spent Friday visiting marginal constituencies in Fife.',
        'The British chancellor gave a speech to Labour\'s spring conference in Gateshead.',
        'At a fringe meeting, the shadow home secretary, Claire Dobbs, spoke about police numbers in Britain.',
      ],
    },
  },
  {
    id: 'constraint/question',
    kind: 'agreement',
    description: 'A trigger in a direct question ("Should the United Kingdom approve the treaty?", "Will Chile and Peru sign?") reports nothing.',
    logic: 'src/extractors/events/party-politics.ts isQuestion',
    examples: {
      fire: ['Britain and France signed the fishing treaty in Paris on Monday.', 'Will it last? Britain and France signed the fishing treaty in Paris on Monday.'],
      quiet: [
        'The question will be: "Should the United Kingdom approve the treaty establishing a constitution for Europe?"',
        'Will Britain and France sign the fishing treaty this year?',
      ],
    },
  },
  {
    id: 'constraint/time-reference',
    kind: 'meeting',
    description:
      'A meeting noun after "before", "ahead of", "prior to" or "in the run-up to" only dates something else ("before the meeting", "in the run-up to the G8 summit"): it is not a meeting reported.',
    logic: 'src/extractors/events/party-politics.ts isPartyPolitics (timeReferences)',
    examples: {
      fire: ['The leaders of Chile and Peru held a summit in Lima on Monday.', 'After the summit in Lima, the leaders of Chile and Peru met again in Cusco.'],
      quiet: [
        'In the run-up to the G8 summit in Scotland, the British chancellor said aid must double.',
        'Ahead of the summit, the Kenyan president said he wanted lower tariffs on tea.',
      ],
    },
  },
  {
    id: 'constraint/evaluative-infinitive',
    kind: 'commitment',
    description: 'A commitment word after an evaluation ("it is important to support", "was right to want to") is an opinion about an act, not a promise of it.',
    logic: 'src/extractors/events/triggers.ts isIrrealis; src/lexicon/event-triggers.json irrealisCues',
    examples: {
      fire: ['The British government pledged to support head teachers in Wales.', 'The Kenyan minister promised to support farmers in Uganda.'],
      quiet: [
        'It is really important to support head teachers, the British minister said.',
        'The Kenyan minister said the government was right to want to increase aid to Uganda.',
      ],
    },
  },
  {
    id: 'constraint/promise-and-supporter-senses',
    kind: 'commitment',
    description:
      'A "loyal supporter" or "staunch backer" describes a person, not support declared; so a promise qualified as broken, empty or electoral ("broken promises", "election promise") is no promise made.',
    logic: 'src/extractors/events/modality.ts isOtherSense; src/lexicon/event-modality.json senses (promise, supporter, backer)',
    examples: {
      fire: ['The Kenyan government promised to cut fuel prices for Ugandan hauliers.', 'Japan is a supporter of Kenya in its bid for the council seat.'],
      quiet: [
        'The former Kenyan envoy is a staunch backer of the government in Nairobi.',
        'The former Kenyan ambassador has been a loyal supporter of the government for years.',
      ],
    },
  },
  {
    id: 'constraint/meeting-the-public',
    kind: 'meeting',
    description:
      'Meeting members of the public ("met parents", "met voters", "meet constituents"), consulting one\'s lawyers or members, and "talks of" (speaking of) are other senses of the meeting words: no state meets another side.',
    logic: 'src/extractors/events/modality.ts isOtherSense; src/lexicon/event-modality.json senses (meet, consult, talk, talks)',
    examples: {
      fire: ['The Kenyan president met the Ugandan president in Kampala on Monday.', 'The British home secretary consulted his French counterpart on the new border rules.'],
      quiet: [
        'The British prime minister met parents at a school in Bromsgrove on Friday.',
        'The British home secretary met residents of the estate in Leeds.',
        'The British education secretary also talks of improving discipline in schools.',
      ],
    },
  },
  {
    id: 'constraint/decide-how',
    kind: 'agreement',
    description: 'Deciding "how", "whether" or "what" is a decision still to be taken, not one reached.',
    logic: 'src/extractors/events/modality.ts isOtherSense; src/lexicon/event-modality.json senses (decide)',
    examples: {
      fire: ['Japan and Kenya decided to open a new consulate in Mombasa.', 'The two sides decided to extend the fishing accord between Chile and Peru.'],
      quiet: ['The men will stay in jail while British ministers decide how to react.', 'Chile and Peru will decide whether to extend the fishing accord next year.'],
    },
  },
  {
    id: 'constraint/recalled',
    kind: 'commitment',
    description:
      'An event recalled, not reported: "previously", "formerly", "originally" or "once" right before the trigger, or "two years ago" after it in its clause.',
    logic: 'src/extractors/events/party-politics.ts isRecalled',
    examples: {
      fire: ['The Italian government promised on Monday to cut taxes for Greek shipping firms.', 'Brazil pledged $20m to rebuild schools in Haiti, the Brazilian minister said.'],
      quiet: [
        'The Italian government has previously promised to cut taxes for Greek shipping firms.',
        'Brazil pledged $20m to rebuild schools in Haiti two years ago, the Brazilian minister said.',
      ],
    },
  },
];
