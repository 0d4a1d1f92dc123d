import * as z from 'zod';
import data from './currencies.json' with { type: 'json' };

// Currency symbols, words and codes for amounts in event sentences, one place for all of them. A symbol or
// word mapped to null is ambiguous ("$", "rupees"): `ambiguous` says which state's currency it is when the
// dateline or the text settles the state. Validated by the build (scripts/snapshot-lexicons.mjs) and tests.

const iso4217 = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code');
const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');

export const currencyLexiconSchema = z
  .object({
    $comment: z.string(),
    symbols: z.record(z.string().min(1), iso4217.nullable()),
    words: z.record(z.string().regex(/^[a-z][a-z. ]*$/, 'lower-case words'), iso4217.nullable()),
    codes: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
    codeAliases: z.record(z.string(), iso4217),
    ambiguous: z.record(z.string(), z.record(alpha2, iso4217)),
    ambiguousFromText: z.record(z.string(), z.array(alpha2).min(1)),
    ambiguousAliases: z.record(z.string(), z.string()),
    scales: z.record(z.string().regex(/^[a-z]+$/), z.number().positive()),
  })
  .superRefine((v, ctx) => {
    // every ambiguous symbol or word needs its table of states, or it could never be resolved
    for (const key of [...Object.keys(v.symbols).filter((k) => v.symbols[k] === null), ...Object.keys(v.words).filter((k) => v.words[k] === null)]) {
      const table = v.ambiguousAliases[key] ?? key;
      if (!v.ambiguous[table]) ctx.addIssue({ code: 'custom', message: `"${key}" is ambiguous but has no table under "ambiguous"`, path: ['ambiguous', table] });
    }
  });

export type CurrencyLexicon = z.infer<typeof currencyLexiconSchema>;

/** Throws on a malformed lexicon: the build and the tests call it. */
export function validateCurrencies(value: unknown = data): void {
  currencyLexiconSchema.parse(value);
}

export const CURRENCIES: CurrencyLexicon = data as CurrencyLexicon;
