import type { Details } from '../../schema/extraction.js';
import { extractAmounts, type MoneyContext } from './currency.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const NUM = '(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)';
const PER = '(day|week|month|quarter|year)';

const FREQUENCY = new RegExp(`\\b(?:(once|twice|thrice)|${NUM} times)\\s+(?:a|an|per|each|every)\\s+${PER}\\b`, 'i');
const ADVERB_FREQUENCY = /\b(daily|weekly|monthly|quarterly|annually|yearly|biannually)\b/i;
const ADVERB_PER: Record<string, { count: number; per: 'day' | 'week' | 'month' | 'quarter' | 'year' }> = {
  daily: { count: 1, per: 'day' }, weekly: { count: 1, per: 'week' }, monthly: { count: 1, per: 'month' },
  quarterly: { count: 1, per: 'quarter' }, annually: { count: 1, per: 'year' }, yearly: { count: 1, per: 'year' },
  biannually: { count: 2, per: 'year' },
};
const DURATION = new RegExp(`\\b${NUM}[- ](day|week|month|year)s?(?:[- ]long)?\\b`, 'gi');

const toNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));

export const INSTRUMENT = /\b(memorand(?:um|a) of (?:understanding|cooperation|agreement)|MoUs?|letters? of intent|(?:free[- ]trade |trade |peace |ceasefire |security |defence |defense |nuclear |framework |extradition |tourism |energy |investment |cooperation )?(?:agreements?|accords?|treat(?:y|ies)|pacts?|deals?|protocols?|conventions?)|ceasefire|truce|joint (?:working group|commission|committee|declaration|statement|task force))\b/gi;

/**
 * Concrete terms of an event: frequency, amounts with currency, durations and named instruments. `money`
 * settles a bare "$" or "dollars" (src/extractors/events/currency.ts); without it they have no currency.
 */
export function extractDetails(text: string, money?: MoneyContext): Details {
  let frequency: Details['frequency'] = null;
  const f = FREQUENCY.exec(text);
  if (f) {
    const count = f[1] ? { once: 1, twice: 2, thrice: 3 }[f[1].toLowerCase() as 'once'] : toNumber(f[2]!);
    if (count && count > 0) frequency = { count, per: f[3]!.toLowerCase() as 'year' };
  } else {
    const a = ADVERB_FREQUENCY.exec(text);
    if (a) frequency = ADVERB_PER[a[1]!.toLowerCase()] ?? null;
  }
  const amounts = extractAmounts(text, money);
  const durations: Details['durations'] = [];
  for (const m of text.matchAll(DURATION)) {
    const value = toNumber(m[1]!);
    if (value > 0) durations.push({ value, unit: m[2]!.toLowerCase() as 'year', text: m[0] });
  }
  const instruments = [...new Set([...text.matchAll(INSTRUMENT)].map((m) => m[0].toLowerCase()))];
  return { frequency, amounts, durations, instruments };
}
