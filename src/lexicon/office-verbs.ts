import * as z from 'zod';
import data from './office-verbs.json' with { type: 'json' };
// a phrase is matched word by word against folded tokens, which keep their hyphens ("re-elected")
const words = (p: string): string[] => p.split(' ');

// Verbs that give a named person an office (src/extractors/officials/verb-titles.ts): the lists live in
// office-verbs.json, validated on first use and by the tests.

const phrase = z.string().regex(/^[a-z][a-z '-]*[a-z]$/, 'lower-case phrase');
export const officeVerbsSchema = z
  .object({
    $comment: z.string().optional(),
    holderVerbs: z.array(phrase).min(1),
    leavingVerbs: z.array(phrase).min(1),
    appointerVerbs: z.array(phrase).min(1),
    chairVerbs: z.record(phrase, z.string().regex(/^\p{Lu}/u)),
    chairedBodies: z.array(phrase).min(1),
    notOffices: z.array(phrase),
  })
  .strict();

export interface OfficeVerbs {
  /** verb phrases as folded word lists, longest first */
  holder: string[][];
  leaving: string[][];
  appointer: string[][];
  chair: Array<[string[], string]>;
  bodies: ReadonlySet<string>;
  notOffices: ReadonlySet<string>;
}

const byLength = (a: string[], b: string[]): number => b.length - a.length;
let cached: OfficeVerbs | undefined;

export function loadOfficeVerbs(): OfficeVerbs {
  if (cached) return cached;
  const d = officeVerbsSchema.parse(data);
  cached = {
    holder: d.holderVerbs.map(words).sort(byLength),
    leaving: d.leavingVerbs.map(words).sort(byLength),
    appointer: d.appointerVerbs.map(words).sort(byLength),
    chair: Object.entries(d.chairVerbs).map(([p, t]): [string[], string] => [words(p), t]).sort((a, b) => byLength(a[0], b[0])),
    bodies: new Set(d.chairedBodies),
    notOffices: new Set(d.notOffices),
  };
  return cached;
}

/** Throws on a malformed file: the tests call it. */
export const validateOfficeVerbs = (value: unknown = data): void => void officeVerbsSchema.parse(value);
