import * as z from 'zod';
import data from './headline-verbs.json' with { type: 'json' };

// Verbs and small words of title-case wire headlines ("PM Hails Rail Deal", "Head Off"): headline-verbs.json,
// validated when the project is built (scripts/snapshot-lexicons.mjs) and by the tests, like the other
// word lists, not on every start.

const words = z
  .array(z.string().regex(/^[a-z]+$/, 'lower-case word'))
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'a word is listed twice');

export const headlineVerbsSchema = z
  .object({
    $comment: z.string().optional(),
    verbs: words,
    functionWords: words,
  })
  .strict();

let cached: ReadonlySet<string> | undefined;

export function loadHeadlineVerbs(): ReadonlySet<string> {
  if (!cached) {
    cached = new Set([...data.verbs, ...data.functionWords]);
  }
  return cached;
}

/** Throws on a malformed file: the build and the tests call it. */
export const validateHeadlineVerbs = (value: unknown = data): void => void headlineVerbsSchema.parse(value);
