import type { Details } from '../../schema/extraction.js';

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
// symbol first ($5m, £1.2bn, US$ 300 million) or number first (5 million dollars)
const AMOUNT_SYMBOL = /(US\$|\$|£|€|¥|Rs\.?|PKR|USD|EUR|GBP)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(bn|billion|m|mn|million|k|thousand|trillion|tn)\b)?/g;
const AMOUNT_WORD = /\b(\d[\d,]*(?:\.\d+)?)(?:\s?(billion|million|thousand|trillion))?\s+(dollars|euros|pounds|rupees|yuan|yen|lira|roubles|rubles)\b/gi;
const DURATION = new RegExp(`\\b${NUM}[- ](day|week|month|year)s?(?:[- ]long)?\\b`, 'gi');

const SCALE: Record<string, number> = { bn: 1e9, billion: 1e9, m: 1e6, mn: 1e6, million: 1e6, k: 1e3, thousand: 1e3, trillion: 1e12, tn: 1e12 };
const CURRENCY: Record<string, string | null> = {
  'us$': 'USD', $: 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', '€': 'EUR', eur: 'EUR', '¥': null, rs: null, 'rs.': null, pkr: 'PKR',
  dollars: 'USD', euros: 'EUR', pounds: 'GBP', rupees: null, yuan: 'CNY', yen: 'JPY', lira: 'TRY', roubles: 'RUB', rubles: 'RUB',
};

const toNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));

export const INSTRUMENT = /\b(memorand(?:um|a) of (?:understanding|cooperation|agreement)|MoUs?|letters? of intent|(?:free[- ]trade |trade |peace |ceasefire |security |defence |defense |nuclear |framework |extradition |tourism |energy |investment |cooperation )?(?:agreements?|accords?|treat(?:y|ies)|pacts?|deals?|protocols?|conventions?)|ceasefire|truce|joint (?:working group|commission|committee|declaration|statement|task force))\b/gi;

/** Concrete terms of an event: frequency, amounts with currency, durations and named instruments. */
export function extractDetails(text: string): Details {
  let frequency: Details['frequency'] = null;
  const f = FREQUENCY.exec(text);
  if (f) {
    const count = f[1] ? { once: 1, twice: 2, thrice: 3 }[f[1].toLowerCase() as 'once'] : toNumber(f[2]!);
    if (count && count > 0) frequency = { count, per: f[3]!.toLowerCase() as 'year' };
  } else {
    const a = ADVERB_FREQUENCY.exec(text);
    if (a) frequency = ADVERB_PER[a[1]!.toLowerCase()] ?? null;
  }
  const amounts: Details['amounts'] = [];
  for (const m of text.matchAll(AMOUNT_SYMBOL)) {
    const value = toNumber(m[2]!) * (m[3] ? SCALE[m[3].toLowerCase()]! : 1);
    amounts.push({ value, currency: CURRENCY[m[1]!.toLowerCase()] ?? null, text: m[0].trim() });
  }
  for (const m of text.matchAll(AMOUNT_WORD)) {
    const value = toNumber(m[1]!) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    amounts.push({ value, currency: CURRENCY[m[3]!.toLowerCase()] ?? null, text: m[0] });
  }
  const durations: Details['durations'] = [];
  for (const m of text.matchAll(DURATION)) {
    const value = toNumber(m[1]!);
    if (value > 0) durations.push({ value, unit: m[2]!.toLowerCase() as 'year', text: m[0] });
  }
  const instruments = [...new Set([...text.matchAll(INSTRUMENT)].map((m) => m[0].toLowerCase()))];
  return { frequency, amounts, durations, instruments };
}
