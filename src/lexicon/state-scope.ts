import * as z from 'zod';
import data from './state-scope.json' with { type: 'json' };

// Words that tell what a document is about when it comes to who can act for a state: in a sports report
// "England" and "France" are national teams, not states (src/extractors/events/state-scope.ts).
// Validated by the build (scripts/snapshot-lexicons.mjs) and the lexicon tests.

const word = z.string().regex(/^[a-z][a-z'-]*$/, 'lower-case word');
const list = z
  .array(word)
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'a word is listed twice');

export const stateScopeSchema = z.object({
  /** words of sports reporting: a document with many of them names national teams by their country */
  sportCues: list,
  /** words of an office title that make its holder a state actor ("Culture Secretary"), unlike "Director" */
  stateTitleWords: list,
  /** verbs whose object is a meeting noun, every form listed: "held talks", "are holding a summit" */
  meetingLightVerbs: list,
  weights: z.object({
    /** how many sports words make a sports report (and more of them than government words) */
    sportCuesMin: z.number().int().min(1),
  }),
});

/** Throws on a malformed lexicon: the build and the tests call it. */
export function validateStateScope(value: unknown = data): void {
  stateScopeSchema.parse(value);
}

export const STATE_SCOPE = Object.freeze({
  sportCues: new Set<string>(data.sportCues) as ReadonlySet<string>,
  stateTitleWords: new Set<string>(data.stateTitleWords) as ReadonlySet<string>,
  meetingLightVerbs: new Set<string>(data.meetingLightVerbs) as ReadonlySet<string>,
  sportCuesMin: data.weights.sportCuesMin,
});
