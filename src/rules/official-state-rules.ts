import { defineRule, type Rule } from './types.js';

// Officials (issue 10, country accuracy on unseen text): the state an official serves, read from their
// own words and offices before the roster and the dateline. Examples are invented for this project.

export const officialStateRules: readonly Rule[] = [
  defineRule({
    id: 'official/country-speech',
    kind: 'official',
    description:
      'An official no demonym places speaks for the state that is the subject of their own reported clause when it acts in its own voice ("Canberra would provide ..., Foreign Minister X said", "X said Tbilisi had asked", "Australia, she told the House, would provide"); a state that only suffers or is accused ("would face") says nothing. Before the roster, the dateline and a state only guessed from a same-office pairing.',
    logic: 'src/extractors/officials/state-cues.ts speechState',
    examples: {
      fire: [
        'Canberra would provide $65 million for a new cable, Foreign Minister Daniel Crow said on Thursday.',
        'Foreign Minister Levan Mirza said Tbilisi had asked Moscow to explain the shooting.',
        'LONDON, May 2 - The development minister, Clara Voss, said on Monday that Ottawa would send two field hospitals to Chad.',
        'The foreign minister, Ana Vale, spoke for four minutes. Australia, she told the House, would provide $40 million to Fiji.',
      ],
      quiet: [
        'Foreign Minister Levan Mirza said Moscow would face new sanctions.',
        'Canadian Foreign Minister Clara Voss said Ottawa would send two field hospitals to Chad.',
        'Foreign Minister Levan Mirza said the Georgian government had asked for talks.',
      ],
    },
  }),
  defineRule({
    id: 'official/country-office',
    kind: 'official',
    description:
      'An office that only one or two states use under that name (official-state-cues.json: Home Secretary, Chancellor of the Exchequer, Treasurer, External Affairs Minister, Taoiseach) places an official the text leaves unplaced, before the roster and the dateline; when the dateline is one of those states the dateline speaks.',
    logic: 'src/extractors/officials/state-cues.ts officeState',
    examples: {
      fire: [
        'BERLIN, March 3 - The chancellor of the exchequer, Maria Holt, arrived for talks on defence spending.',
        'JAKARTA, June 2 - Treasurer Lachlan Ward met Indonesian Finance Minister Sri Hartono on Monday.',
      ],
      quiet: [
        'BERLIN, March 3 - The finance minister, Maria Holt, arrived for talks on defence spending.',
        'NEW DELHI, June 2 - Home Secretary Arvind Rao met state police chiefs on Monday.',
        'JAKARTA, June 2 - Philippine Foreign Secretary Elena Santos met Indonesian Finance Minister Sri Hartono on Monday.',
      ],
    },
  }),
  defineRule({
    id: 'official/roster-descriptive',
    kind: 'official',
    description:
      'A description of a state\'s office that fits no titled official ("The German chancellor said") gives its office to the one untitled person of that state the roster knows who was named before it ("the president" alone is too often someone never named); a description with a state never goes to an official of an international body.',
    logic: 'src/extractors/officials.ts titleRosterPeople, resolveDescriptors',
    examples: {
      fire: [
        'BRUSSELS, October 15, 2008 - Nicolas Sarkozy and Angela Merkel met fellow leaders on Wednesday. The German chancellor said Berlin would guarantee savings.',
        'PARIS, May 3, 2009 - Nicolas Sarkozy opened a museum on Sunday. The French president said the collection would tour Africa.',
      ],
      quiet: [
        'BRUSSELS, October 15, 2008 - Nicolas Sarkozy and Angela Merkel met fellow leaders on Wednesday. The Spanish prime minister said Madrid would guarantee savings.',
        'BRUSSELS, October 15, 2008 - The German chancellor said Berlin would guarantee savings. Nicolas Sarkozy and Angela Merkel met fellow leaders on Wednesday.',
        'PARIS, May 3, 2009 - Nicolas Sarkozy opened a museum on Sunday. The president said the collection would tour Africa.',
      ],
    },
  }),
];
