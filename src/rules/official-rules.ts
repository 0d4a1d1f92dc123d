import { defineRule, type Rule } from './types.js';

// Officials: the anchors that introduce a person with an office, the rules that attach later mentions,
// and the rules that give an official a state. Their logic runs in src/extractors/officials.ts (the
// stage named in `logic`); the confidence each anchor starts from is in src/rules/confidence.ts.
// Examples are invented for this project; a rule's quiet examples are near misses, not empty texts.

const anchors = 'src/extractors/officials.ts findAnchors';
const country = 'src/extractors/officials.ts extractOfficials (country fallbacks)';

export const officialRules: readonly Rule[] = [
  defineRule({
    id: 'official/title-name',
    kind: 'official',
    description: 'An office title right before a name: "Foreign Minister Ana Ruiz".',
    logic: anchors,
    examples: {
      fire: ['Foreign Minister Ana Ruiz arrived in Lima on Monday.', 'Kenyan President Kofi Mensah opened the new port.', 'Prime Minister-designate Lena Berg met party leaders in Oslo.'],
      quiet: ['The foreign minister arrived in Lima on Monday.', 'Ana Ruiz arrived in Lima on Monday.'],
    },
  }),
  defineRule({
    id: 'official/title-comma-name',
    kind: 'official',
    description: 'A title, a comma, then the name closed by a comma: "Peru\'s foreign minister, Ana Ruiz, said".',
    logic: anchors,
    examples: {
      fire: ["Peru's foreign minister, Ana Ruiz, said the talks went well.", 'The Norwegian defence minister, Lena Berg, visited the base.'],
      quiet: ['Foreign Minister Ana Ruiz said the talks went well.', 'The foreign minister said the talks went well, and left.'],
    },
  }),
  defineRule({
    id: 'official/appositive',
    kind: 'official',
    description: 'A name, then its office as an apposition: "Ana Ruiz, Peru\'s foreign minister, said".',
    logic: anchors,
    examples: {
      fire: ["Ana Ruiz, Peru's foreign minister, said the talks went well.", 'Marek Nowak, the Polish defence minister, inspected the troops.'],
      quiet: ["Ana Ruiz, Peru's best sprinter, won the race.", 'Marek Nowak, a farmer from the south, inspected the crops.'],
    },
  }),
  defineRule({
    id: 'official/party-member',
    kind: 'official',
    description: 'A party name right before a full name, with no title: "Labour\'s Paul Pryce", "Tory MP-turned-critic Tom Lake".',
    logic: anchors,
    examples: {
      fire: ["Labour's Owen Pryce criticised the budget in London.", 'Conservative Harriet Lake voted against the bill in Britain.'],
      quiet: ['Labour criticised the budget in London.', 'Owen Pryce criticised the budget in London.'],
    },
  }),
  defineRule({
    id: 'official/counterpart',
    kind: 'official',
    description: 'An official\'s counterpart, named ("his Chilean counterpart Tomas Vos") or found among the officials already known.',
    logic: 'src/extractors/officials.ts resolveCounterparts',
    examples: {
      fire: [
        'Foreign Minister Ana Ruiz met her Chilean counterpart Tomas Vos in Lima.',
        'Interior Minister Kofi Mensah spoke with his Egyptian counterpart Omar Haddad by phone.',
      ],
      quiet: ['Foreign Minister Ana Ruiz met Tomas Vos in Lima.', 'The counterpart arrived in Lima on Monday.'],
    },
  }),
  defineRule({
    id: 'official/descriptive',
    kind: 'official',
    description: 'A later mention by office alone ("the foreign minister") that fits exactly one known official.',
    logic: 'src/extractors/officials.ts resolveDescriptors',
    examples: {
      fire: [
        'Foreign Minister Ana Ruiz arrived in Lima. The foreign minister praised the hosts.',
        'Kenyan President Kofi Mensah flew to Oslo. The Kenyan president later met business leaders.',
      ],
      quiet: [
        'Foreign Minister Ana Ruiz arrived in Lima. The finance minister praised the hosts.',
        'Foreign Minister Ana Ruiz arrived in Lima. She praised the hosts.',
      ],
    },
  }),
  defineRule({
    id: 'official/descriptor-link',
    kind: 'official',
    description: 'An office mentioned with no named holder is linked to the one person named nearby with no office of their own.',
    logic: 'src/extractors/officials.ts linkUnresolvedDescriptors',
    examples: {
      fire: [
        'Tomas Vos landed in Lima on Monday. Mr Vos greeted the crowd. The finance minister said the talks would last two days.',
        'Lena Berg opened the session in Oslo. Ms Berg spoke first. The defence minister later took questions.',
      ],
      quiet: [
        'Tomas Vos landed in Lima on Monday. The finance minister said the talks would last two days.',
        'Lena Berg opened the session in Oslo. Ms Berg spoke first. The Norwegian defence minister later took questions.',
      ],
    },
  }),
  defineRule({
    id: 'official/country-counterpart',
    kind: 'official',
    description: 'The state named in "his Japanese counterpart" goes to the one official of that office with no other state.',
    logic: 'src/extractors/officials.ts resolveCounterparts',
    examples: {
      fire: [
        'Foreign Minister Ana Ruiz of Peru met Foreign Minister Yuki Sato. Ruiz thanked her Japanese counterpart for the visit.',
        'Prime Minister Lena Berg of Norway greeted Prime Minister Kofi Mensah. Berg praised her Ghanaian counterpart.',
      ],
      quiet: [
        'Foreign Minister Ana Ruiz of Peru met Foreign Minister Yuki Sato. Ruiz thanked her counterpart for the visit.',
        'Foreign Minister Ana Ruiz of Peru met Finance Minister Yuki Sato. Ruiz thanked her Japanese counterpart for the visit.',
      ],
    },
  }),
  defineRule({
    id: 'official/country-descriptive',
    kind: 'official',
    description: 'A descriptive mention naming a state ("the Kenyan president") gives that state to an official introduced without one.',
    logic: 'src/extractors/officials.ts resolveDescriptors',
    examples: {
      fire: [
        'President Kofi Mensah opened the port on Monday. The Kenyan president said trade would grow.',
        'Finance Minister Lena Berg presented the budget. The Norwegian finance minister promised lower taxes.',
      ],
      quiet: [
        'President Kofi Mensah opened the port on Monday. The president said trade would grow.',
        'Kenyan President Kofi Mensah opened the port on Monday. The Kenyan president said trade would grow.',
      ],
    },
  }),
  defineRule({
    id: 'official/country-other-side',
    kind: 'official',
    description: 'An official paired with a same-office holder of a known state (a meeting word between the two, each named in that sentence by any form of the name) serves the other state most named in the article.',
    logic: 'src/extractors/officials.ts placeOtherSide',
    examples: {
      fire: [
        'Peruvian Trade Minister Ana Ruiz met Trade Minister Omar Haddad in Cairo. Egypt and Peru signed a deal. Egypt hopes to export more.',
        'Ghanaian Foreign Minister Kofi Mensah received Foreign Minister Yuki Sato in Accra. Japan and Ghana held talks. Japan will send aid.',
        "WELLINGTON, 4 March - Norway's prime minister, Kari Lunde, will visit India next week. Lunde will hold talks with Prime Minister Anil Rao on trade with India.",
      ],
      quiet: [
        'Egypt and Peru signed a trade deal. Peruvian Trade Minister Ana Ruiz and Egyptian Trade Minister Omar Haddad signed it in Cairo.',
        'Egypt and Peru signed a trade deal. Peruvian Trade Minister Ana Ruiz signed it in Cairo.',
      ],
    },
  }),
  defineRule({
    id: 'official/country-party',
    kind: 'official',
    description: 'A party member\'s state comes from the party lexicon when the article names that state.',
    logic: country,
    examples: {
      fire: ["Labour's Owen Pryce criticised the budget in Britain.", 'In the United States, Republican Dana Hollis voted against the bill.'],
      quiet: ["Labour's Owen Pryce criticised the budget in Israel.", "Owen Pryce criticised Britain's budget."],
    },
  }),
  defineRule({
    id: 'official/country-dateline',
    kind: 'official',
    description: 'An official with no state of their own takes the state of the dateline (less confidence).',
    logic: country,
    examples: {
      fire: ['NAIROBI, May 4 - Finance Minister Kofi Mensah presented the budget on Monday.', 'OSLO (Reuters) - Defence Minister Lena Berg visited the northern base.'],
      quiet: ['Finance Minister Kofi Mensah presented the budget on Monday in Nairobi.', 'NAIROBI, May 4 - Kenyan Finance Minister Kofi Mensah presented the budget on Monday.'],
    },
  }),
  defineRule({
    id: 'official/country-institutions',
    kind: 'official',
    description: 'With no dateline, the state whose institutions the article names ("Downing Street", "the Knesset").',
    logic: 'src/extractors/officials.ts countryByInstitutions',
    examples: {
      fire: ['Health Secretary Owen Pryce left Downing Street after the meeting.', 'Speaker Dana Hollis told the Knesset that the vote would be held on Monday.'],
      quiet: ['Finance Minister Owen Pryce left the office after the meeting.', 'Speaker Dana Hollis told the assembly that the vote would be held on Monday.'],
    },
  }),
  defineRule({
    id: 'official/country-host',
    kind: 'official',
    description: 'An official paired with a same-office holder from elsewhere, when no dateline or institution says more, serves the host found for the pair.',
    logic: country,
    examples: {
      fire: [
        // Ruiz is placed on the other side of the Indian counterpart (Peru); Vega, with nothing of his own, takes that host
        'Prime Minister Ana Ruiz met her Indian counterpart Raj Mehta on Monday. Finance Minister Tomas Vega also attended. India and Peru signed a trade deal.',
        'Foreign Minister Lena Berg received the Foreign Minister of Chile, Pablo Soto, on Tuesday. Defence Minister Omar Haddad joined them later. Chile and Norway will hold more talks.',
      ],
      quiet: [
        // a dateline is stronger evidence than the host
        'LIMA, May 4 - Prime Minister Ana Ruiz met her Indian counterpart Raj Mehta on Monday. Finance Minister Tomas Vega also attended. India and Peru signed a trade deal.',
        // counterparts from two states: no single other side, so no host
        'Prime Minister Ana Ruiz met her Indian counterpart Raj Mehta on Monday and her Chilean counterpart Pablo Soto on Tuesday. Finance Minister Tomas Vega also attended. India and Peru signed a trade deal.',
      ],
    },
  }),
  defineRule({
    id: 'official/country-document',
    kind: 'official',
    description: 'Last fallback: the state the article clearly names most (less confidence).',
    logic: 'src/extractors/officials.ts countryByDocument',
    examples: {
      fire: ['Finance Minister Kofi Mensah said Ghana would cut taxes. Ghana has grown fast this year.', 'Prime Minister Lena Berg said more ferries would be built for Norway in Norway.'],
      quiet: ['Finance Minister Kofi Mensah said taxes would be cut.', 'Prime Minister Lena Berg said Norway and Chile would build more ferries.'],
    },
  }),
  defineRule({
    id: 'official/pronoun',
    kind: 'official',
    description: 'A sentence opened by "he" or "she" refers to the official who was the subject of the sentence before, unless gender or a name in the same sentence says otherwise.',
    logic: 'src/extractors/officials/references.ts resolvePronouns',
    examples: {
      fire: ['Foreign Minister Ana Ruiz arrived in Lima on Monday. She said the talks with Chile went well.', 'Prime Minister Omar Haddad opened the new port in Egypt. He promised more trade with Greece.'],
      quiet: [
        'Foreign Minister Ana Ruiz arrived in Lima on Monday. The talks with Chile went well.',
        "Mr Omar Haddad, Egypt's trade minister, opened the new port. She said the weather was fine.",
      ],
    },
  }),
  defineRule({
    id: 'official/plural-reference',
    kind: 'official',
    description: '"The two ministers", "both leaders", "the ministers of the two countries" refer to the two officials of that kind mentioned last, from different states.',
    logic: 'src/extractors/officials/references.ts resolvePluralReferences',
    examples: {
      fire: [
        'Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Tomas Vos in Lima. The two ministers signed a fisheries accord.',
        'Egyptian President Omar Haddad received Greek Prime Minister Lena Pappas in Cairo. Both leaders agreed to expand trade.',
      ],
      quiet: [
        'Chilean Foreign Minister Ana Ruiz met Peruvian business leaders in Lima. The two ministers of the region were absent.',
        'Egyptian President Omar Haddad received the Greek delegation in Cairo. Both leaders agreed to expand trade.',
      ],
    },
  }),
  defineRule({
    id: 'official/roster',
    kind: 'official',
    description: 'A person the text names without any office whom the dated roster (bundled, or --roster) knows to hold one on the article\'s date: an official with the roster\'s state (and title, from a user roster).',
    logic: 'src/extractors/officials.ts rosterOfficials',
    examples: {
      fire: ['Published: 2005-05-04\nTony Blair and Gordon Brown clashed again over the budget.', 'Published: 2012-03-01\nVladimir Putin spoke to reporters in Moscow.'],
      quiet: ['Published: 2010-05-04\nMarta Quill and Owen Brack clashed again over the budget.', 'Published: 1970-03-01\nVladimir Putin spoke to reporters in Moscow.'],
    },
  }),
  defineRule({
    id: 'official/country-roster',
    kind: 'official',
    description: 'A titled official whose state the text does not give takes the roster\'s state for that date before any dateline or article-wide fallback.',
    logic: country,
    examples: {
      fire: ['Published: 2012-03-01\nPresident Vladimir Putin spoke to reporters.', 'Published: 2010-05-04\nPrime Minister Gordon Brown spoke to reporters.'],
      quiet: ['Published: 2012-03-01\nPresident Marta Quill spoke to reporters.', 'Published: 2010-05-04\nBritish Prime Minister Gordon Brown spoke to reporters.'],
    },
  }),
  defineRule({
    id: 'official/plural-title',
    kind: 'official',
    description: 'One plural office over several names gives each the office and their own state: "Prime Ministers Ana Silva of Portugal and Li Wei of China", "the trade ministers of Chile and Peru, A and B".',
    logic: anchors,
    examples: {
      fire: [
        'Prime Ministers Ana Silva of Portugal and Li Wei of China met in Lisbon.',
        'The talks were led by the trade ministers of Chile and Peru, Tomas Vos and Rosa Quispe.',
      ],
      quiet: ['Prime Ministers from Portugal and China met in Lisbon.', 'The trade ministers of Chile and Peru met in Lima on Monday.'],
    },
  }),
];
