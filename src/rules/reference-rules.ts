import { defineRule, type Rule } from './types.js';

// Officials: references that tie a pronoun, a description or a short name to a person found elsewhere in
// the article. Each resolved reference is a mention of kind "reference" (a short name is of kind "name").
// Logic in src/extractors/officials/references.ts and src/extractors/officials/short-names.ts; examples
// invented for this project.

const refs = 'src/extractors/officials/references.ts';

export const referenceRules: readonly Rule[] = [
  defineRule({
    id: 'official/possessive',
    kind: 'official',
    description:
      '"his"/"her" before a noun refers to the official the sentence opened with, or, when none was mentioned before it, to the subject of the sentence before (gender permitting): "during his visit", "her counterpart".',
    logic: `${refs} resolvePossessives`,
    examples: {
      fire: [
        'Foreign Minister Ana Ruiz arrived in Lima on Monday. Her visit to Peru will last three days.',
        'Prime Minister Omar Haddad opened the new port in Egypt. The ceremony marked his first year in office.',
        'President Lena Pappas said that Greece would defend her government in court.',
      ],
      quiet: [
        'Foreign Minister Ana Ruiz arrived in Lima on Monday. Ms Ruiz met the press. His visit to Peru will last three days.',
        'Prime Minister Omar Haddad opened the new port in Egypt. The ceremony was held at the harbour.',
        'Foreign Minister Ana Ruiz arrived in Lima on Monday. Officials thanked her for the visit.',
      ],
    },
  }),
  defineRule({
    id: 'official/sides-reference',
    kind: 'official',
    description:
      '"Both sides" or "the two sides" right after two officials of two different known states (within two sentences) refers to those two officials; otherwise the sides stay states.',
    logic: `${refs} resolveSides`,
    examples: {
      fire: [
        'Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Tomas Vos in Lima. Both sides discussed fisheries.',
        'Egyptian President Omar Haddad received Greek Prime Minister Lena Pappas in Cairo. The two sides agreed to expand trade.',
      ],
      quiet: [
        'Chilean Foreign Minister Ana Ruiz met business leaders in Lima. Both sides discussed fisheries.',
        'Egyptian President Omar Haddad received Egyptian Prime Minister Sami Nour in Cairo. The two sides agreed to expand trade.',
      ],
    },
  }),
  defineRule({
    id: 'official/visiting',
    kind: 'official',
    description:
      '"The visiting premier", "the visiting Turkish minister": the one official with that office mentioned before, and not of the host state (the dateline\'s) when several fit.',
    logic: `${refs} resolveVisitors`,
    examples: {
      fire: [
        'CAIRO: Greek Prime Minister Lena Pappas arrived on Monday. Egypt welcomed the visiting premier with a parade.',
        'LIMA: Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Tomas Vos. The visiting minister later toured the port.',
      ],
      quiet: [
        'CAIRO: Greek Prime Minister Lena Pappas arrived on Monday. Egypt welcomed the visiting delegation with a parade.',
        'Greek Prime Minister Lena Pappas arrived on Monday. Egypt welcomed the visiting president with a parade.',
      ],
    },
  }),
  defineRule({
    id: 'official/short-name',
    kind: 'official',
    description:
      'A one-word given or middle name ("Paetongtarn", "Lula") links to the one official whose fuller name contains it; a one-word name that fits two people in the article links to neither.',
    logic: 'src/extractors/officials.ts findNameMentions, src/extractors/officials/short-names.ts',
    examples: {
      fire: [
        'Brazilian President Luiz Inácio Lula da Silva opened the summit in Belem. Lula said the forest needed money.',
        'Thai Prime Minister Paetongtarn Shinawatra met investors in Bangkok. Paetongtarn promised lower taxes.',
      ],
      quiet: [
        'Brazilian President Luiz Inácio Lula da Silva opened the summit in Belem. Silva said the forest needed money.',
        'Foreign Minister Ana Ruiz met Trade Minister Ana Costa in Lima. Ana promised lower taxes.',
      ],
    },
  }),
];
