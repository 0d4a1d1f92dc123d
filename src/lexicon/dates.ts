import * as z from 'zod';
import data from './dates.json' with { type: 'json' };

// Calendar words for resolving an event's `when` and the cues that an event is announced for the future.
// Validated by the build (scripts/snapshot-lexicons.mjs) and the tests, not on every start.

const word = z.string().regex(/^[a-z'][a-z'-]*$/, 'lower-case word');
const words = z.array(word).min(1);

export const dateWordsSchema = z.object({
  $comment: z.string(),
  weekdays: z.array(word).length(7),
  weekdayAbbreviations: z.record(word, z.number().int().min(0).max(6)),
  months: z.array(word).length(12),
  monthAbbreviations: z.record(word, z.number().int().min(1).max(12)),
  dayWords: z.record(word, z.number().int()),
  forwardShifters: words,
  backwardShifters: words,
  currentShifters: words,
  periods: words,
  plannedModals: words,
  plannedModifiers: words,
  plannedPrepositions: words,
  happenedBeforeInfinitive: words,
  happenedOrdinals: words,
});

/** Throws on a malformed lexicon: the build and the tests call it. */
export function validateDateWords(value: unknown = data): void {
  dateWordsSchema.parse(value);
}

type Raw = z.infer<typeof dateWordsSchema>;
const set = (list: string[]): ReadonlySet<string> => new Set(list);

export const DATE_WORDS = Object.freeze({
  weekday: new Map<string, number>([...data.weekdays.map((w, i) => [w, i] as const), ...Object.entries((data as Raw).weekdayAbbreviations)]),
  month: new Map<string, number>([...data.months.map((m, i) => [m, i + 1] as const), ...Object.entries((data as Raw).monthAbbreviations)]),
  dayWords: new Map(Object.entries((data as Raw).dayWords)),
  forward: set(data.forwardShifters),
  backward: set(data.backwardShifters),
  current: set(data.currentShifters),
  periods: set(data.periods),
  plannedModals: set(data.plannedModals),
  plannedModifiers: set(data.plannedModifiers),
  plannedPrepositions: set(data.plannedPrepositions),
  happenedBeforeInfinitive: set(data.happenedBeforeInfinitive),
  happenedOrdinals: set(data.happenedOrdinals),
});
