import * as z from 'zod';
import data from './official-state-cues.json' with { type: 'json' };

// Cues in the text for the state an official serves when no demonym or "of X" gives it
// (src/extractors/officials/state-cues.ts): the lists live in official-state-cues.json, validated when
// the project is built (scripts/snapshot-lexicons.mjs) and by the tests, not on every start.

const word = z.string().regex(/^[a-z][a-z'-]*$/, 'lower-case word');
const list = z
  .array(word)
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'a word is listed twice');
export const officialStateCuesSchema = z
  .object({
    $comment: z.string().optional(),
    sayVerbs: list,
    selfVerbs: list,
    skipWords: list,
    auxiliaries: list,
    selfActions: list,
    singleStateOffices: z.record(z.string().regex(/^[a-z][a-z ]*[a-z]$/, 'lower-case office'), z.array(z.string().regex(/^[A-Z]{2}$/)).min(1)),
  })
  .strict();

export interface OfficialStateCues {
  sayVerbs: ReadonlySet<string>;
  selfVerbs: ReadonlySet<string>;
  skipWords: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  selfActions: ReadonlySet<string>;
  /** folded office title → the states that use it, the usual one first */
  singleStateOffices: ReadonlyMap<string, readonly string[]>;
}

let cached: OfficialStateCues | undefined;

export function loadOfficialStateCues(): OfficialStateCues {
  if (cached) return cached;
  const d = data as z.infer<typeof officialStateCuesSchema>;
  cached = {
    sayVerbs: new Set(d.sayVerbs),
    selfVerbs: new Set(d.selfVerbs),
    skipWords: new Set(d.skipWords),
    auxiliaries: new Set(d.auxiliaries),
    selfActions: new Set(d.selfActions),
    singleStateOffices: new Map(Object.entries(d.singleStateOffices)),
  };
  return cached;
}

/** Throws on a malformed file: the build and the tests call it. */
export const validateOfficialStateCues = (value: unknown = data): void => void officialStateCuesSchema.parse(value);
