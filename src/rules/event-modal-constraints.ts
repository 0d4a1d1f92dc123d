// Constraints on the mood of an event (issue 15, classes 2, 4, 5, 6), as units with their own examples:
// src/extractors/events/modality.ts holds the checks, src/lexicon/event-modality.json their word lists.
// `fire` texts must yield at least one asserted event of `kind`; `quiet` texts must yield none.
// All invented for this project. tests/event-constraints.test.ts runs them, with the state-actor constraints, through the pipeline.

import type { EventConstraint } from './event-constraints.js';

export const eventModalConstraints: readonly EventConstraint[] = [
  {
    id: 'constraint/other-sense',
    kind: 'meeting',
    description:
      'A trigger word in another sense is no event: the head of its object decides ("met a frosty reception", "attended a boarding school", "telephone call centres", "will deliver his budget"), with the trigger\'s own blocked words also checked on the object head ("committed the offence").',
    logic: 'src/extractors/events/modality.ts isOtherSense; src/lexicon/event-modality.json senses',
    examples: {
      fire: ['The Chilean foreign minister met her Peruvian counterpart in Lima on Monday.', 'The Kenyan president attended the summit of East African leaders in Arusha.'],
      quiet: [
        "The Chilean minister's budget met a frosty reception in the Peruvian press.",
        'The Kenyan president attended a boarding school in Uganda as a boy.',
        'The Ghanaian government will consult on the new rules for Nigerian traders.',
        'The Kenyan president will host a news conference in Nairobi with Ugandan journalists.',
      ],
    },
  },
  {
    id: 'constraint/other-sense-commitment',
    kind: 'commitment',
    description:
      'A commitment verb whose object is a crime, a job, a speech or a courtesy is another sense ("committed the offence", "was offered the post of envoy", "will deliver the budget", "offered his congratulations"), and so is readiness to know or see ("keen to know whether").',
    logic: 'src/extractors/events/modality.ts isOtherSense',
    examples: {
      fire: ['Japan committed $40m to flood defences in Vietnam.', 'Norway offered a loan of $20m to Mozambique for the new port.'],
      quiet: [
        'Police in Peru said the Chilean suspect committed the robbery in Cusco.',
        'The former Kenyan ambassador was offered the post of envoy to Japan.',
        'The Indian finance minister will deliver his budget to parliament on Friday.',
        'The Chilean president offered his congratulations to the new Peruvian leader.',
        'The Kenyan minister was keen to know whether Uganda would send troops.',
      ],
    },
  },
  {
    id: 'constraint/demand-or-prediction',
    kind: 'agreement',
    description:
      'An event under a demand or prediction modal ("must", "should", "could", "may", "needs to") is not reported as happening; nor is one under "would" with a condition ("would only sign ... if").',
    logic: 'src/extractors/events/modality.ts isUnreal',
    examples: {
      fire: ['Chile and Argentina signed a water treaty in Santiago on Monday.', 'Ghana said it had reached a deal with Togo on the border crossing.'],
      quiet: [
        'Argentina said Chile must first sign the water treaty with Bolivia.',
        'Ghana needs to reach a deal with Togo on the border crossing, analysts said.',
        'Bolivia said it would only sign the treaty with Peru if Lima cut its tariffs.',
      ],
    },
  },
  {
    id: 'constraint/unreal-meeting',
    kind: 'meeting',
    description: 'A meeting that only could, might, must or should happen is not a meeting: "the two leaders could meet next month".',
    logic: 'src/extractors/events/modality.ts isUnreal',
    examples: {
      fire: ['The leaders of Kenya and Ethiopia will meet in Nairobi next month.', 'The Kenyan and Ethiopian leaders met in Nairobi on Friday.'],
      quiet: ['The leaders of Kenya and Ethiopia could meet in Nairobi next month, diplomats said.', 'Kenya should meet Ethiopian officials before the vote, the opposition said.'],
    },
  },
  {
    id: 'constraint/cancelled-meeting',
    kind: 'meeting',
    description: 'A meeting called off is no meeting: a cancelling verb before the meeting word ("cancelled his visit", "called off the talks") or after it as a passive ("the summit was postponed").',
    logic: 'src/extractors/events/modality.ts isCancelledMeeting',
    examples: {
      fire: ['The Zambian president visited Zimbabwe after the floods.', 'The summit of Nordic leaders was held in Oslo on Friday.'],
      quiet: [
        'The Zambian president cancelled his visit to Zimbabwe after the floods.',
        'Poland called off the planned meeting with Belarusian officials.',
        'The summit of Nordic leaders was postponed until the spring.',
      ],
    },
  },
  {
    id: 'constraint/background-participle',
    kind: 'agreement',
    description:
      'A participle right after an instrument noun ("the truce signed in 2003", "the deal struck with Rwanda") describes an old event, not news, unless a recent day dates it ("the accord signed on Monday"); headlines excepted.',
    logic: 'src/extractors/events/modality.ts isBackgroundParticiple',
    examples: {
      fire: ['Norway and Sweden extended the fishing treaty signed in 1996.', 'Both armies observed the truce agreed between Kenya and Somalia on Monday.'],
      quiet: ['Both armies violated the truce agreed between Kenya and Somalia in 2003.', 'Critics say the deal struck with Ghana in 2019 cost Togo millions.'],
    },
  },
  {
    id: 'constraint/nested-meeting',
    kind: 'meeting',
    description:
      'A meeting noun that is the object of an infinitive an agreement or a commitment governs ("agreed to open talks") is part of that event, not a meeting held; so is a meeting verb a commitment governs ("offered to host", "pledged to visit"). "Agreed to meet" stays a meeting.',
    logic: 'src/extractors/events/modality.ts dropNestedHits',
    examples: {
      fire: ['Chile and Peru held talks on the fishing zone in Lima.', 'Morocco and Spain agreed to hold talks on migration, and their ministers met in Rabat.'],
      quiet: ['Chile and Peru agreed to open talks on the fishing zone.', 'The Omani government offered to host negotiations between Iran and Iraq.', 'Japan pledged to visit Kenya next year.'],
    },
  },
  {
    id: 'constraint/nested-agreement',
    kind: 'agreement',
    description: 'An agreement verb that is the infinitive of a commitment ("ready to sign the accord", "pledged to ratify the treaty") is a commitment, not an agreement made.',
    logic: 'src/extractors/events/modality.ts dropNestedHits',
    examples: {
      fire: ['Ghana and Togo signed the water accord in Accra.', 'Japan and Vietnam agreed to sign the aviation accord by March.'],
      quiet: ['Ghana said it was ready to sign the water accord with Togo.', 'Japan pledged to ratify the aviation treaty with Vietnam by March.'],
    },
  },
];
