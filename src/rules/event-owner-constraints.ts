// Constraints found on the pool's sport, entertainment and tech pages (issue 15: firms, bands, teams and
// commercial senses taken for states), as units with their own examples: who owns or says the event
// (src/extractors/events/agent.ts, owner.ts) and the commercial senses of trigger words
// (src/lexicon/event-modality.json senses, read by src/extractors/events/modality.ts). `fire` texts must
// yield at least one asserted event of `kind`; `quiet` texts must yield none. All invented for this project.
// tests/event-constraints.test.ts runs them with the other event constraints through the pipeline.

import type { EventConstraint } from './event-constraints.js';

export const eventOwnerConstraints: readonly EventConstraint[] = [
  {
    id: 'constraint/speaker-pronoun',
    kind: 'commitment',
    description:
      'A pronoun right after a reporting verb ("X said it will", "said that they would") stands for the subject of that verb: a firm or another non-state subject makes the promise no state\'s.',
    logic: 'src/extractors/events/agent.ts speakerAgent; src/extractors/events/triggers.ts passesModal',
    examples: {
      fire: ['Japan said it would provide two patrol boats to the Philippines.', 'The Kenyan ministry said it will send 50 doctors to Uganda next month.'],
      quiet: [
        'The games maker Kaito Interactive has said it will release its console in Kenya and Uganda in March.',
        'The mobile operator Norlink said it would provide faster broadband in Norway and Sweden.',
      ],
    },
  },
  {
    id: 'constraint/firm-name',
    kind: 'commitment',
    description:
      'A country word that only modifies a name whose head is no state, office, person or actor word ("British Telecom", "Japan Airlines") names a firm, not the state.',
    logic: 'src/extractors/events/agent.ts isFirmName (nameAgent)',
    examples: {
      fire: ['The British government pledged 20 million pounds to flood defences in Bangladesh.', 'The Japanese Foreign Ministry promised to fund two clinics in Ghana.'],
      quiet: ['Turkish Airlines has said it will launch flights to Kenya and Uganda.', 'Kenya Telecom has said it will double the broadband speeds of its customers in Uganda.'],
    },
  },
  {
    id: 'constraint/fronted-gerund',
    kind: 'agreement',
    description: 'A gerund clause that opens the sentence ("By agreeing to ..., X has") has the main clause\'s subject as its agent: a firm there is no state agreeing.',
    logic: 'src/extractors/events/agent.ts frontedGerundAgent',
    examples: {
      fire: [
        'After agreeing to share data on fraud gangs, the Chinese and Vietnamese ministers signed a memorandum in Hanoi.',
        'By agreeing to cut tariffs on rice, Japan and Vietnam ended a long dispute.',
      ],
      quiet: [
        '"By agreeing to launch a news service that leaves out sites the Chinese government dislikes, the search firm Qora has let itself be used," the group said.',
        'After agreeing to cut its prices in Kenya and Uganda, the phone maker Tembo lost money.',
      ],
    },
  },
  {
    id: 'constraint/possessive-owner',
    kind: 'commitment',
    description:
      'The possessive owner of a commitment noun acts for it: "Japan\'s commitment", "the minister\'s pledge" are states\'; "REM\'s commitment to their fans", "the director\'s desire" are not.',
    logic: 'src/extractors/events/owner.ts ownedByNonState; src/extractors/events/triggers.ts passesAgent',
    examples: {
      fire: ["Japan's commitment to rebuild the port in Sri Lanka was welcomed in Colombo.", "The Kenyan minister's pledge to send doctors to Uganda was welcomed."],
      quiet: [
        'Tom Reid, director of a Glasgow promoter, said: "It really shows the band\'s commitment to their Scottish fans."',
        "Velvet Harbour's desire to top the charts\n\nThe band from Ireland released a record on Monday. The singer thanked the Irish culture minister.",
      ],
    },
  },
  {
    id: 'constraint/tour-owner',
    kind: 'meeting',
    description:
      'A tour is a visit only when its owner acts for a state: a state or official just before it, "his" or "her" with an official in reach, a "by" phrase, or a state as the subject of the verb before it. A team\'s or a band\'s tour is not.',
    logic: 'src/extractors/events/owner.ts ownedByState (trigger flag needsStateOwner)',
    examples: {
      fire: ['The Chinese premier began a tour of Africa in Kenya on Monday.', 'Foreign Minister Ana Ruiz of Chile spoke in Tokyo during her tour of Asia.'],
      quiet: [
        'The former government press officer will advise the Lions on their tour to New Zealand.',
        'Despite his injury, the England fly-half still hopes to make the Lions tour to Australia.',
      ],
    },
  },
  {
    id: 'constraint/held-by-non-state',
    kind: 'meeting',
    description:
      'A meeting noun that is the object of a verb ("held a meeting", "is producing conferences") is no state meeting when the verb\'s subject is a noun that cannot act for a state and no state takes part after the verb.',
    logic: 'src/extractors/events/owner.ts objectOfNonState',
    examples: {
      fire: ['The Chilean and Peruvian ministers held a meeting in Lima on Monday.', "The club's owner held talks with Peru's sports minister in Lima."],
      quiet: [
        "The British government said the paper is part of the think tank's Digital Society project, which is producing a number of conferences and reports.",
        "The Japanese government backed the plan. The study is part of the charity's Digital Futures scheme, which is producing a series of conferences and papers.",
      ],
    },
  },
  {
    id: 'constraint/commercial-sense-commitment',
    kind: 'commitment',
    description:
      'A commitment verb in a commercial or descriptive sense is no promise: firms or markets that "offer speeds", "offer customers a router", a directive that "is intended to" protect.',
    logic: 'src/lexicon/event-modality.json senses (offer objects, intend prev); src/extractors/events/modality.ts isOtherSense',
    examples: {
      fire: ['Norway offered a loan of $20m to Mozambique for the new port.', 'Germany intends to send 200 engineers to France next year.'],
      quiet: [
        'The Xbox maker said: "We regret it, but offering consumers a free replacement cord is the responsible thing to do." Consumers in the UK can order one.',
        'Two spammers in Texas broke laws by offering services for which they had no licence, the state attorney general said.',
        'The French directive is intended to protect inventions in Germany.',
      ],
    },
  },
  {
    id: 'constraint/commercial-sense-meeting',
    kind: 'meeting',
    description:
      'A meeting word in a web, show or audience sense is no meeting: visiting a web site, "visits from overseas users", a show "hosted by" a comedian, a "TV host", analysts who "told the conference", delegates "attending" with no object, lobby briefings.',
    logic: 'src/lexicon/event-modality.json senses (visit, host, conference before, attend transitive, briefing prev); src/extractors/events/modality.ts isOtherSense',
    examples: {
      fire: ['The Chilean president visited Peru on Monday.', 'The Kenyan president hosted talks with Uganda\'s leader in Nairobi.'],
      quiet: [
        'Web users outside Canada were unable to visit the official site of the Mexican president.',
        'The awards in Dublin were hosted by the Irish comedian Sean Doyle.',
        'Analysts from Spain told the Mobile Technology Conference in Madrid that sales would grow.',
        'Some delegates from Japan attending complained that the show lacked surprises.',
      ],
    },
  },
  {
    id: 'constraint/opinion-assent',
    kind: 'agreement',
    description:
      'Agreeing "about" something, or agreeing with nothing after it ("The registries\' council agrees."), is assent to an opinion; judges who "decide the winner" make no joint decision.',
    logic: 'src/lexicon/event-modality.json senses (agree next, decide objects); src/extractors/events/triggers.ts passesClause (opinionThat)',
    examples: {
      fire: ['Kenya and Uganda agreed to reopen the border crossing at Busia.', 'Ireland and Britain decided to open a joint film fund.'],
      quiet: [
        'Culture Minister Aoife Brennan of Ireland presented the prize on Monday. I agree about Angels.',
        'The EU minister Ann Lind spoke. The Council of European Registries agrees.',
        'Judges from Ireland and Britain will decide the winner on Friday.',
      ],
    },
  },
];
