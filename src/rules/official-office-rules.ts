import { defineRule, type Rule } from './types.js';

// Officials (issue 10, country and title accuracy): where an official's state comes from when the text
// is silent, and offices given by relations and verbs. Examples are invented for this project.

export const officialOfficeRules: readonly Rule[] = [
  defineRule({
    id: 'official/country-roster-any-date',
    kind: 'official',
    description:
      'A titled official the text leaves unplaced, whom the roster cannot date (an undated article, or a date past its knowledge), takes the one state the roster knows the name to have served at any time, before the dateline; a surname alone only for a state the article names.',
    logic: 'src/extractors/officials/roster-lookup.ts rosterStateFor',
    examples: {
      fire: [
        'TORONTO -- Defense Secretary Donald Rumsfeld will visit the city next week.',
        'Prime Minister Shaukat Aziz opened a new road in the north on Wednesday.',
        'BEIJING: President Bush will arrive on Friday for two days of talks.',
      ],
      quiet: [
        'TORONTO -- Defense Secretary Marta Quillon will visit the city next week.',
        'Published: 2003-05-01\nDefense Secretary Donald Rumsfeld will visit the city next week.',
        'American Defense Secretary Donald Rumsfeld will visit the city next week.',
      ],
    },
  }),
  defineRule({
    id: 'official/office-over-rank',
    kind: 'official',
    description: 'A person given both a military rank and an office ("Gen Tomas Vale ... President Vale") is titled by the office.',
    logic: 'src/extractors/officials/office-choice.ts preferOffices',
    examples: {
      fire: [
        'Gen Tomas Vale arrived in Lima on Monday. President Vale met the press later.',
        'Colonel Ali Daud seized power in 1999. Two years later, President Daud opened the new parliament.',
      ],
      quiet: [
        'Gen Tomas Vale arrived in Lima on Monday. General Vale met the press later.',
        'President Tomas Vale arrived in Lima on Monday. President Vale met the press later.',
      ],
    },
  }),
];
