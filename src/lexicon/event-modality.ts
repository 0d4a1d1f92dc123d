import * as z from 'zod';
import data from './event-modality.json' with { type: 'json' };

// Word lists for the mood of an event (src/extractors/events/modality.ts): the modals that make a
// trigger a demand or a prediction, the verbs that cancel a meeting, the words that date an instrument's
// participle as news or background, and the other senses of trigger words, by trigger phrase (or by the
// provision verb after "will"). Validated on load: the lists are small.

const word = z.string().regex(/^[a-z][a-z' -]*$/, 'lower-case word or phrase');
const list = z
  .array(word)
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'a word is listed twice');

const senseSchema = z
  .object({
    /** the head noun of the trigger's object ("met a frosty reception"), determiners and adjectives skipped */
    objects: list.optional(),
    /** one of these within `within` tokens after the trigger (default 1): "consult on", "telephone call centres" */
    next: list.optional(),
    within: z.number().int().min(1).max(4).optional(),
    /** the word right before the trigger: "a public consultation" */
    prev: list.optional(),
    /** a verb governing the trigger noun from up to `beforeWithin` tokens back, over its determiners and name words: "told the Media Conference" */
    before: list.optional(),
    beforeWithin: z.number().int().min(1).max(10).optional(),
    /** the trigger takes an object: a finite verb right after it ("delegates attending complained") leaves it none */
    transitive: z.boolean().optional(),
  })
  .strict();

export const eventModalitySchema = z
  .object({
    demandModals: list,
    needPhrases: list,
    conditionalModals: list,
    conditionWords: list,
    modalSkips: list,
    cancelPhrases: list,
    passiveAuxiliaries: list,
    participleHeads: list,
    participleAdverbs: list,
    recencyWords: list,
    objectSkips: list,
    senses: z.record(word, senseSchema),
    /** one sense for several trigger phrases that share it ("keen to", "ready to" ... "know"), so that its list is written once */
    sharedSenses: z.array(senseSchema.extend({ phrases: list })).optional(),
  })
  .strict()
  .refine(
    (d) => (d.sharedSenses ?? []).flatMap((g) => g.phrases).every((p, i, all) => !(p in d.senses) && all.indexOf(p) === i),
    'a trigger phrase has a sense in senses and in sharedSenses, or in two sharedSenses',
  );

export interface Sense {
  objects: ReadonlySet<string>;
  next: ReadonlySet<string>;
  within: number;
  prev: ReadonlySet<string>;
  before: ReadonlySet<string>;
  beforeWithin: number;
  transitive: boolean;
}

export interface EventModality {
  demandModals: ReadonlySet<string>;
  needPhrases: readonly string[][];
  conditionalModals: ReadonlySet<string>;
  conditionWords: ReadonlySet<string>;
  modalSkips: ReadonlySet<string>;
  cancelPhrases: readonly string[][];
  passiveAuxiliaries: ReadonlySet<string>;
  participleHeads: ReadonlySet<string>;
  participleAdverbs: ReadonlySet<string>;
  recencyWords: ReadonlySet<string>;
  objectSkips: ReadonlySet<string>;
  senses: ReadonlyMap<string, Sense>;
}

const words = (phrase: string): string[] => phrase.split(' ');

/** Validates the data and builds its sets; throws on a malformed or duplicated entry. */
export function buildEventModality(value: unknown = data): EventModality {
  return setsOf(eventModalitySchema.parse(value));
}

/** Throws on a malformed file: the build (scripts/snapshot-lexicons.mjs) and the tests call it. */
export const validateEventModality = (value: unknown = data): void => void eventModalitySchema.parse(value);

function setsOf(d: z.infer<typeof eventModalitySchema>): EventModality {
  const senses = new Map<string, Sense>();
  type SenseData = z.infer<typeof senseSchema>;
  const senseOf = (s: SenseData): Sense => ({ objects: new Set(s.objects ?? []), next: new Set(s.next ?? []), within: s.within ?? 1, prev: new Set(s.prev ?? []), before: new Set(s.before ?? []), beforeWithin: s.beforeWithin ?? 3, transitive: s.transitive ?? false });
  for (const [phrase, s] of Object.entries(d.senses)) senses.set(phrase, senseOf(s));
  for (const { phrases, ...s } of d.sharedSenses ?? []) for (const phrase of phrases) senses.set(phrase, senseOf(s));
  return {
    demandModals: new Set(d.demandModals),
    needPhrases: d.needPhrases.map(words),
    conditionalModals: new Set(d.conditionalModals),
    conditionWords: new Set(d.conditionWords),
    modalSkips: new Set(d.modalSkips),
    cancelPhrases: d.cancelPhrases.map(words),
    passiveAuxiliaries: new Set(d.passiveAuxiliaries),
    participleHeads: new Set(d.participleHeads),
    participleAdverbs: new Set(d.participleAdverbs),
    recencyWords: new Set(d.recencyWords),
    objectSkips: new Set(d.objectSkips),
    senses,
  };
}

// The bundled file is validated when the project is built, like the other word lists, not on every start.
export const EVENT_MODALITY: EventModality = setsOf(data as z.infer<typeof eventModalitySchema>);
