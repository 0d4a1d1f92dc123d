import * as z from 'zod';
import triggersJson from './event-triggers.json' with { type: 'json' };
import topicsJson from './event-topics.json' with { type: 'json' };
import { foldWord, splitPhrase } from './fold.js';
import { activeLexicons } from './active.js';
import { snapshotOf } from './snapshot.js';
import { createTrie, insertPhrase, type TrieNode } from './trie.js';
import { agreementStatusSchema, commitmentKindSchema, meetingKindSchema } from '../schema/extraction.js';

const word = z.string().min(1).regex(/^[a-z][a-z' -]*$/, 'lower-case word or phrase');

export const eventTriggerSchema = z
  .object({
    phrase: word,
    pos: z.enum(['verb', 'noun', 'adj', 'any']),
    kind: z.enum(['agreement', 'commitment', 'meeting']),
    // the values a trigger gives its record: the output schema's own lists
    status: agreementStatusSchema.optional(),
    commitment: commitmentKindSchema.optional(),
    meeting: meetingKindSchema.optional(),
    /** inflected forms of the phrase's first word, replacing the generated ones */
    forms: z.array(word).optional(),
    blockPrev: z.array(word).optional(),
    blockNext: z.array(word).optional(),
    blockNextWithin: z.number().int().min(1).max(8).optional(),
    opinionThat: z.boolean().optional(),
    needsInstrument: z.boolean().optional(),
    needsJointSubject: z.boolean().optional(),
    needsJointWord: z.boolean().optional(),
    needsPassiveFuture: z.boolean().optional(),
    needsTo: z.boolean().optional(),
    needsObjectWord: z.boolean().optional(),
    needsActor: z.boolean().optional(),
    verbNeedsActor: z.boolean().optional(),
    needsWithWord: z.boolean().optional(),
    needsNextPlace: z.boolean().optional(),
    noToInfinitive: z.boolean().optional(),
    /** one of these words within 4 tokens before: "made a trip", "during his tour" */
    needsBefore: z.array(word).optional(),
    /** one of these words, or a person, within 5 tokens after: "hosted talks", "hosted his counterpart" */
    needsAfter: z.array(word).optional(),
    /** the next token must be one of these: "backers of" */
    needsNext: z.array(word).optional(),
    /** used as a noun, the word must be followed by one of these ("telephone call"), or follow "by" */
    nounNeedsNext: z.array(word).optional(),
    lightVerbIfNoun: z.boolean().optional(),
    /** a modal ("will", "would") followed by a provision verb: "Berlin would deliver two batteries" */
    modalProvision: z.boolean().optional(),
    /** needsAfter looks this many tokens ahead (default 5) */
    needsAfterWithin: z.number().int().min(1).max(10).optional(),
    /** "with" within 8 tokens after: "spent two hours with the governors" */
    needsWith: z.boolean().optional(),
    /** a headline naming two or more states: "X, Y deepen ties with new pact" */
    needsTwoParties: z.boolean().optional(),
    /** an instrument noun as the subject of a passive: "the agreement was announced" */
    needsPassiveSubject: z.boolean().optional(),
    headerOnly: z.boolean().optional(),
    /** the trigger's subject must be found and act for a state ("Kenya and Uganda seek to"), not merely be absent */
    needsStateAgent: z.boolean().optional(),
    /** the act after "to" must be cooperative: a provision or cooperative verb, or a cooperative object near it */
    needsCooperativeAction: z.boolean().optional(),
    /** one of these words, or an instrument word, within 5 tokens after: "accepted the formula" */
    needsObject: z.array(word).optional(),
    /** a noun whose owner must act for a state: a state or official just before ("his tour" after an official), a "by" phrase, or the subject of its verb ("the Lions on their tour" fails) */
    needsStateOwner: z.boolean().optional(),
  })
  .strict()
  .refine((t) => (t.kind === 'agreement') === (t.status !== undefined), 'agreements, and only they, carry a status')
  .refine((t) => (t.kind === 'commitment') === (t.commitment !== undefined), 'commitments, and only they, carry a commitment kind')
  .refine((t) => (t.kind === 'meeting') === (t.meeting !== undefined), 'meetings, and only they, carry a meeting kind');

const wordList = z.array(word).min(1);

export const eventLexiconSchema = z
  .object({
    triggers: z.array(eventTriggerSchema).min(1),
    instrumentWords: wordList,
    jointSubjectWords: wordList,
    jointWords: wordList,
    lightVerbs: wordList,
    objectWords: wordList,
    negationWords: wordList,
    refusalVerbs: wordList,
    cueVerbs: z.object({ praise: wordList, demand: wordList, threat: wordList }).strict(),
    actorWords: wordList,
    nonPoliticalCues: wordList,
    hypotheticalCues: wordList,
    irrealisCues: wordList,
    threatActions: wordList,
    subordinators: wordList,
    placeNextWords: wordList,
    provisionVerbs: wordList,
    reportingVerbs: wordList,
    provisionBlockObjects: wordList,
    governmentWords: wordList,
    nonStateActors: wordList,
    campaignCues: wordList,
    nonEventHeads: wordList,
    prospectiveGerunds: wordList,
    prospectiveVerbs: wordList,
    passiveSubjects: wordList,
    locativePrepositions: wordList,
    agentSkipWords: wordList,
    statelessAgentWords: wordList,
    stateAgentWords: wordList,
    agentLinks: z.object({ coordinators: wordList, datePrepositions: wordList, nameLinks: wordList, ofLinks: wordList, gerundOpeners: wordList, speakerPronouns: wordList }).strict(),
    eventSubjects: wordList,
    cooperativeVerbs: wordList,
    cooperativeObjects: wordList,
    nonCooperativeVerbs: wordList,
    topicPrepositions: wordList,
    topicHeads: wordList,
    pledgeNouns: wordList,
    metonyms: z.record(z.string().regex(/^[a-z][a-z' -]*$/), z.string().regex(/^[A-Z]{2}$/)),
  })
  .strict();

export const eventTopicsSchema = z.object({ topics: z.record(word, wordList) }).strict();

export type EventTrigger = z.infer<typeof eventTriggerSchema>;
export type EventLexiconData = z.infer<typeof eventLexiconSchema>;

export interface EventLexicon {
  /** folded token sequence → trigger; the value is the trigger and the forms matched */
  triggers: TrieNode<EventTrigger>;
  instrumentWords: ReadonlySet<string>;
  jointSubjectWords: ReadonlySet<string>;
  jointWords: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  objectWords: ReadonlySet<string>;
  negationWords: ReadonlySet<string>;
  refusalVerbs: TrieNode<string>;
  cueVerbs: TrieNode<'praise' | 'demand' | 'threat'>;
  actorWords: ReadonlySet<string>;
  nonPoliticalCues: ReadonlySet<string>;
  hypotheticalCues: ReadonlySet<string>;
  irrealisCues: ReadonlySet<string>;
  threatActions: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  placeNextWords: ReadonlySet<string>;
  /** base forms: "would deliver", "will co-fund" */
  provisionVerbs: ReadonlySet<string>;
  /** "will release figures", "would release the prisoners": not a provision */
  provisionBlockObjects: ReadonlySet<string>;
  /** every form: "said", "confirmed" (reported speech before "would") */
  reportingVerbs: ReadonlySet<string>;
  /** words that name a government unambiguously (not "president", which clubs and companies have too) */
  governmentWords: ReadonlySet<string>;
  /** rebels, parties, farmers: actors whose promises and deals are not a state's */
  nonStateActors: ReadonlySet<string>;
  /** "if elected", "manifesto": campaign promises */
  campaignCues: TrieNode<string>;
  /** "the costs of the talks", "prospects for a summit": the meeting word is not itself the event */
  nonEventHeads: ReadonlySet<string>;
  /** "on reopening talks": talks still to come */
  prospectiveGerunds: ReadonlySet<string>;
  /** "agreed to resume talks": the talks are yet to be held */
  prospectiveVerbs: ReadonlySet<string>;
  /** passive subjects standing for an agreement: "the decision was reached" */
  passiveSubjects: ReadonlySet<string>;
  /** "through Djibouti", "in Lisbon": a country named as a place, not a party */
  locativePrepositions: ReadonlySet<string>;
  /** between a trigger and its subject: auxiliaries and catenatives ("has", "is ready to", "is due to") */
  agentSkipWords: ReadonlySet<string>;
  /** subjects that never act for a state: "I", "you", "fans", "voters" */
  statelessAgentWords: ReadonlySet<string>;
  /** subjects that act for a state beyond the actor words: "councils", "commission", "agency" */
  stateAgentWords: ReadonlySet<string>;
  /** the small words the agent finder steps over or stops at (src/extractors/events/agent.ts) */
  agentLinks: {
    coordinators: ReadonlySet<string>;
    datePrepositions: ReadonlySet<string>;
    nameLinks: ReadonlySet<string>;
    ofLinks: ReadonlySet<string>;
    /** "By agreeing to ..., Google has": prepositions that open a fronted gerund clause */
    gerundOpeners: ReadonlySet<string>;
    /** "Nintendo said it will": pronouns that stand for the subject of the reporting verb before them */
    speakerPronouns: ReadonlySet<string>;
  };
  /** event nouns that stand for those taking part when they are a subject: "the talks produced" */
  eventSubjects: ReadonlySet<string>;
  /** "deepen", "enhance": acts of cooperation beyond the provision verbs ("seek to deepen ties") */
  cooperativeVerbs: ReadonlySet<string>;
  /** "ties", "cooperation": objects that make an act cooperative ("aims to expand defence cooperation") */
  cooperativeObjects: ReadonlySet<string>;
  /** "attack", "expel", "play": what a state will do that is no commitment (src/extractors/events/recall.ts) */
  nonCooperativeVerbs: ReadonlySet<string>;
  /** "on", "against", "about": a country right after one is a topic or target, not a party */
  topicPrepositions: ReadonlySet<string>;
  /** "war", "launches": a country after "in" or "by" one of these is a scene or a third party ("the war in Ukraine") */
  topicHeads: ReadonlySet<string>;
  /** "pledge", "commitment": nouns that carry a promise when a state owns them or an amount sizes them */
  pledgeNouns: ReadonlySet<string>;
  /** folded institution name → country: "pentagon" → US */
  metonyms: TrieNode<string>;
  topics: TrieNode<string>;
}

const VOWEL = /[aeiou]/;

/** Regular English inflections; irregular ones come from the data's `forms`. */
export function inflectWord(lemma: string, pos: EventTrigger['pos']): string[] {
  const out = new Set<string>([lemma]);
  const plural = /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  if (pos === 'noun' || pos === 'any' || pos === 'verb') out.add(plural);
  if (pos === 'verb' || pos === 'any') {
    if (lemma.endsWith('ee')) {
      out.add(`${lemma}d`);
      out.add(`${lemma}ing`);
    } else if (lemma.endsWith('e')) {
      out.add(`${lemma}d`);
      out.add(`${lemma.slice(0, -1)}ing`);
    } else if (/[^aeiou]y$/.test(lemma)) {
      out.add(`${lemma.slice(0, -1)}ied`);
      out.add(`${lemma}ing`);
    } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) && VOWEL.test(lemma)) {
      // one-syllable consonant-vowel-consonant verbs double their last letter: plan → planned
      const last = lemma.slice(-1);
      out.add(`${lemma}${last}ed`);
      out.add(`${lemma}${last}ing`);
    } else {
      out.add(`${lemma}ed`);
      out.add(`${lemma}ing`);
    }
  }
  return [...out];
}

/** Every folded token sequence a trigger matches. */
export function triggerPhrases(t: EventTrigger): string[][] {
  const [head = '', ...rest] = splitPhrase(t.phrase);
  const heads = t.forms ?? inflectWord(head, t.pos);
  return heads.map((h) => [foldWord(h), ...rest]);
}

function phraseTrie<T>(entries: Array<[string[], T]>, what: string): TrieNode<T> {
  const trie = createTrie<T>();
  for (const [words, value] of entries) {
    if (!insertPhrase(trie, words, value)) throw new Error(`event lexicon: duplicate ${what} "${words.join(' ')}"`);
  }
  return trie;
}

function uniqueSet(list: string[], what: string): Set<string> {
  const set = new Set<string>();
  for (const w of list) {
    const k = foldWord(w);
    if (set.has(k)) throw new Error(`event lexicon: duplicate ${what} "${w}"`);
    set.add(k);
  }
  return set;
}

const verbForms = (phrase: string): string[][] => {
  const [head = '', ...rest] = splitPhrase(phrase);
  return inflectWord(head, 'verb').map((h) => [h, ...rest]);
};

/** Validates the JSON data and builds lookup structures; throws on malformed or duplicate entries. */
export function buildEventLexicon(data: unknown, topicsData: unknown): EventLexicon {
  const lex = eventLexiconSchema.parse(data);
  const topics = eventTopicsSchema.parse(topicsData);
  const cues: Array<[string[], 'praise' | 'demand' | 'threat']> = [];
  for (const kind of ['praise', 'demand', 'threat'] as const) {
    for (const v of lex.cueVerbs[kind]) for (const f of verbForms(v)) cues.push([f, kind]);
  }
  const topicEntries: Array<[string[], string]> = [];
  for (const [topic, phrases] of Object.entries(topics.topics)) for (const p of phrases) topicEntries.push([splitPhrase(p), topic]);
  return {
    triggers: phraseTrie(lex.triggers.flatMap((t) => triggerPhrases(t).map((p): [string[], EventTrigger] => [p, t])), 'trigger'),
    instrumentWords: uniqueSet(lex.instrumentWords, 'instrument word'),
    jointSubjectWords: uniqueSet(lex.jointSubjectWords, 'joint-subject word'),
    jointWords: uniqueSet(lex.jointWords, 'joint word'),
    lightVerbs: new Set(lex.lightVerbs.flatMap((v) => verbForms(v).map((f) => f.join(' ')))),
    objectWords: uniqueSet(lex.objectWords, 'object word'),
    negationWords: uniqueSet(lex.negationWords, 'negation word'),
    refusalVerbs: phraseTrie(lex.refusalVerbs.flatMap((v) => verbForms(v).map((f): [string[], string] => [f, v])), 'refusal verb'),
    cueVerbs: phraseTrie(cues, 'cue verb'),
    actorWords: uniqueSet(lex.actorWords, 'actor word'),
    nonPoliticalCues: uniqueSet(lex.nonPoliticalCues, 'non-political cue'),
    hypotheticalCues: uniqueSet(lex.hypotheticalCues, 'hypothetical cue'),
    irrealisCues: uniqueSet(lex.irrealisCues, 'irrealis cue'),
    threatActions: uniqueSet(lex.threatActions, 'threat action'),
    subordinators: uniqueSet(lex.subordinators, 'subordinator'),
    placeNextWords: uniqueSet(lex.placeNextWords, 'place word'),
    provisionVerbs: uniqueSet(lex.provisionVerbs, 'provision verb'),
    provisionBlockObjects: uniqueSet(lex.provisionBlockObjects, 'provision block object'),
    reportingVerbs: new Set(lex.reportingVerbs.flatMap((v) => verbForms(v).map((f) => f.join(' ')))),
    governmentWords: uniqueSet(lex.governmentWords, 'government word'),
    nonStateActors: uniqueSet(lex.nonStateActors, 'non-state actor'),
    campaignCues: phraseTrie(lex.campaignCues.map((p): [string[], string] => [splitPhrase(p), p]), 'campaign cue'),
    nonEventHeads: uniqueSet(lex.nonEventHeads, 'non-event head'),
    prospectiveGerunds: uniqueSet(lex.prospectiveGerunds, 'prospective gerund'),
    prospectiveVerbs: uniqueSet(lex.prospectiveVerbs, 'prospective verb'),
    passiveSubjects: uniqueSet(lex.passiveSubjects, 'passive subject'),
    locativePrepositions: uniqueSet(lex.locativePrepositions, 'locative preposition'),
    agentSkipWords: uniqueSet(lex.agentSkipWords, 'agent skip word'),
    statelessAgentWords: uniqueSet(lex.statelessAgentWords, 'stateless agent word'),
    stateAgentWords: uniqueSet(lex.stateAgentWords, 'state agent word'),
    agentLinks: {
      coordinators: uniqueSet(lex.agentLinks.coordinators, 'coordinator'),
      datePrepositions: uniqueSet(lex.agentLinks.datePrepositions, 'date preposition'),
      nameLinks: uniqueSet(lex.agentLinks.nameLinks, 'name link'),
      ofLinks: uniqueSet(lex.agentLinks.ofLinks, 'of link'),
      gerundOpeners: uniqueSet(lex.agentLinks.gerundOpeners, 'gerund opener'),
      speakerPronouns: uniqueSet(lex.agentLinks.speakerPronouns, 'speaker pronoun'),
    },
    eventSubjects: uniqueSet(lex.eventSubjects, 'event subject'),
    cooperativeVerbs: uniqueSet(lex.cooperativeVerbs, 'cooperative verb'),
    cooperativeObjects: uniqueSet(lex.cooperativeObjects, 'cooperative object'),
    nonCooperativeVerbs: uniqueSet(lex.nonCooperativeVerbs, 'non-cooperative verb'),
    topicPrepositions: uniqueSet(lex.topicPrepositions, 'topic preposition'),
    topicHeads: uniqueSet(lex.topicHeads, 'topic head'),
    pledgeNouns: uniqueSet(lex.pledgeNouns, 'pledge noun'),
    metonyms: phraseTrie(Object.entries(lex.metonyms).map(([p, c]): [string[], string] => [splitPhrase(p), c]), 'metonym'),
    topics: phraseTrie(topicEntries, 'topic phrase'),
  };
}

let cached: EventLexicon | undefined;

export const eventLexiconData = (): [unknown, unknown] => [triggersJson, topicsJson];

/** The event lexicon of the extraction in progress (src/lexicon/active.ts), else the bundled one. */
export function loadEventLexicon(): EventLexicon {
  return activeLexicons()?.events ?? loadBundledEventLexicon();
}

export function loadBundledEventLexicon(): EventLexicon {
  cached ??= snapshotOf<EventLexicon>('events') ?? buildEventLexicon(...eventLexiconData());
  return cached;
}
