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
  defineRule({
    id: 'official/counterpart-subject',
    kind: 'official',
    description:
      'Whose counterpart "his/her X counterpart" is: the subject of the nearest sentence with an official (its first), never an official of state X, never one the pronoun\'s gender rules out; not simply the last official named.',
    logic: 'src/extractors/officials/counterparts.ts counterpartOwner',
    examples: {
      fire: [
        'Chilean Foreign Minister Ana Ruiz was received in Brasilia by President Pedro Lemos. She then met her Brazilian counterpart Mauro Vale.',
        'Trade Minister Mr Kofi Mensah visited Cairo, where Egyptian Prime Minister Omar Haddad greeted him. He later sat down with his Egyptian counterpart Samir Fawzy.',
      ],
      quiet: [
        'Chilean Foreign Minister Ana Ruiz arrived in Brasilia on Monday. She then met her Brazilian counterpart Mauro Vale.',
        'President Pedro Lemos received Chilean Foreign Minister Ana Ruiz, who then met her Brazilian counterpart Mauro Vale.',
      ],
    },
  }),
  defineRule({
    id: 'official/counterpart-office',
    kind: 'official',
    description:
      'A counterpart holds the owner\'s office under their own state\'s name (office-equivalents.json: a finance minister\'s American counterpart is the Treasury Secretary, a German chancellor\'s French counterpart the President), and a counterpart named later with the bare head ("the Tanzanian minister, Ali Juma") takes the office whole.',
    logic: 'src/extractors/officials/counterparts.ts borrowedOffice',
    examples: {
      fire: [
        'Finance Minister Lena Berg of Norway met her American counterpart Paul Grant in Washington.',
        'Kenyan Trade Minister Paul Otieno met his Tanzanian counterpart on Tuesday. The Tanzanian minister, Ali Juma, said the border would stay open.',
        'German Chancellor Karl Weber spoke with his British counterpart Tom Hale by phone.',
      ],
      quiet: [
        'Finance Minister Lena Berg of Norway met her Swedish counterpart Anna Lind in Oslo.',
        'Kenyan Trade Minister Paul Otieno met his Tanzanian counterpart on Tuesday. The Tanzanian energy minister, Ali Juma, said the border would stay open.',
      ],
    },
  }),
  defineRule({
    id: 'official/verb-title',
    kind: 'official',
    description:
      'An office given by a verb (office-verbs.json): "Ana Ruiz resigned as finance minister", "was sworn in as", "was appointed ambassador to", "the president named X (as) acting finance minister", "X, who chairs the budget committee"; a forecast ("is seen as a future premier") is no office.',
    logic: 'src/extractors/officials/verb-titles.ts findVerbTitles',
    examples: {
      fire: [
        'Ana Ruiz resigned as finance minister on Friday after a row over the budget.',
        'The president named Camila Rojas as acting finance minister.',
        'Jorge Pinto, who chairs the budget committee, called the move reckless.',
        'Maria Soto was appointed ambassador to Germany last month.',
      ],
      quiet: [
        'Diego Lara, who is seen as a future premier, said nothing.',
        'Ana Ruiz resigned from the bank on Friday after a row over the budget.',
        'Jorge Pinto, who chairs the meeting every week, called the move reckless.',
      ],
    },
  }),
  defineRule({
    id: 'official/country-region',
    kind: 'official',
    description:
      'A sub-national office named by its region ("Ontario Premier X", "Punjab Chief Minister Y", "California\'s governor, Z") belongs to the region\'s state (regions.json); a region of two states only when the article names one of them.',
    logic: 'src/extractors/officials/regions.ts regionStateBefore',
    examples: {
      fire: [
        'Ontario Premier Dana Fell said the tariffs would hurt workers in Toronto and Beijing.',
        'Queensland Premier Rob Kerr visited the flood zone with Chinese officials.',
        'Punjab Chief Minister Sana Tariq opened a hospital, Pakistan state media said.',
      ],
      quiet: [
        'Chinese Premier Li Wen met business leaders in Beijing.',
        'Punjab Chief Minister Sana Tariq opened a hospital on Monday.',
        'The Ontario premier said the tariffs would hurt workers.',
      ],
    },
  }),
];
