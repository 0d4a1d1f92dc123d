import * as z from 'zod';
import data from './grammar-words.json' with { type: 'json' };

// The small closed-class word lists the rules read (articles, modals, pronouns, the words that cue a
// place or a language), each defined once in grammar-words.json under a name that says what it is for.
// Lists with the same words and the same use are one list (`personalPronouns`, `atPrepositions`); lists
// with different uses keep different names even where they overlap (`articles`, `groupDeterminers`,
// `instrumentDeterminers`). Validated by the build (scripts/snapshot-lexicons.mjs) and the lexicon tests,
// not on every start: they are plain lists, and a start costs what it costs.

const word = z.string().regex(/^[a-z][a-z'-]*$/, 'lower-case word');

export const grammarWordsSchema = z.record(
  z.string().regex(/^[a-z][A-Za-z]+$/, 'camelCase list name'),
  z
    .array(word)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'a word is listed twice'),
);

export type GrammarList = keyof typeof data;

/** Throws on a malformed list: the build and the tests call it. */
export function validateGrammarWords(value: unknown = data): void {
  grammarWordsSchema.parse(value);
}

const sets = Object.fromEntries(Object.entries(data).map(([name, list]) => [name, new Set(list)]));
export const GRAMMAR_WORDS: Readonly<Record<GrammarList, ReadonlySet<string>>> = Object.freeze(sets as unknown as Record<GrammarList, ReadonlySet<string>>);
