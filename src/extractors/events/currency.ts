import { CURRENCIES } from '../../lexicon/currencies.js';
import type { Details } from '../../schema/extraction.js';

type Amount = Details['amounts'][number];

/**
 * What settles an ambiguous symbol or word ("$", "dollars", "rupees", "¥"): the dateline's state first,
 * else the one state using that currency among the countries the text names. "$5m" in a text naming the
 * US and no other dollar country is USD; with no such state, or with two ("Canada and the US"), null.
 */
export interface MoneyContext {
  dateline: string | null;
  countries: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: string[]): string => [...list].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');

const NUMBER = '(\\d[\\d,]*(?:\\.\\d+)?)';
const SCALE = `(?:\\s?(${alternation(Object.keys(CURRENCIES.scales))})\\b)?`;
// symbol first ("$5m", "A$50 million", "Rs. 500"), not inside a word ("ABS$5")
const BY_SYMBOL = new RegExp(`(?<![\\p{L}\\p{N}$])(${alternation(Object.keys(CURRENCIES.symbols))})\\s?${NUMBER}${SCALE}`, 'giu');
// an ISO code before or after the number ("USD 5m", "300 million EUR")
const CODE = alternation(CURRENCIES.codes);
const CODE_FIRST = new RegExp(`\\b(${CODE})\\s?${NUMBER}${SCALE}`, 'gu');
const CODE_AFTER = new RegExp(`(?<![\\p{L}\\p{N}$£€¥])${NUMBER}${SCALE}\\s(${CODE})\\b`, 'gu');
// a word after the number ("40 million euros", "5bn US dollars")
const BY_WORD = new RegExp(`(?<![\\p{L}\\p{N}$£€¥])${NUMBER}${SCALE}\\s+(${alternation(Object.keys(CURRENCIES.words))})\\b`, 'giu');

const HAS_DIGIT = /\d/;
const toNumber = (s: string): number => Number(s.replace(/,/g, ''));
const scaled = (n: string, scale: string | undefined): number => toNumber(n) * (scale ? CURRENCIES.scales[scale.toLowerCase()]! : 1);

/** The ISO 4217 code of an ambiguous symbol or word in this context, or null. */
export function resolveAmbiguous(key: string, money: MoneyContext | undefined): string | null {
  const name = CURRENCIES.ambiguousAliases[key] ?? key;
  const table = CURRENCIES.ambiguous[name];
  if (!table || !money) return null;
  if (money.dateline && table[money.dateline]) return table[money.dateline]!;
  const users = [...new Set(money.countries.filter((c) => table[c]))];
  const allowed = CURRENCIES.ambiguousFromText[name];
  return users.length === 1 && (!allowed || allowed.includes(users[0]!)) ? table[users[0]!]! : null;
}

function symbolCurrency(symbol: string, money: MoneyContext | undefined): string | null {
  const exact = CURRENCIES.symbols[symbol] ?? CURRENCIES.symbols[symbol.toUpperCase()];
  if (exact) return exact;
  const key = Object.keys(CURRENCIES.symbols).find((k) => k.toLowerCase() === symbol.toLowerCase()) ?? symbol;
  return resolveAmbiguous(key, money);
}

function wordCurrency(word: string, money: MoneyContext | undefined): string | null {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  return CURRENCIES.words[key] ?? resolveAmbiguous(key, money);
}

const codeOf = (code: string): string => CURRENCIES.codeAliases[code] ?? code;

/**
 * Sums of money in a sentence, in text order, each with its ISO 4217 code: "A$50 million" → AUD,
 * "40 million euros" → EUR, "USD 5m" → USD. A bare "$" or "dollars" is not taken for USD: it is
 * resolved from the context (see MoneyContext), else null.
 */
export function extractAmounts(text: string, money?: MoneyContext): Amount[] {
  // every pattern needs a number written in digits: most sentences have none
  if (!HAS_DIGIT.test(text)) return [];
  const found: Array<Amount & { at: number; end: number }> = [];
  const add = (at: number, raw: string, value: number, currency: string | null): void => {
    const t = raw.trim();
    const end = at + raw.length;
    // one amount per stretch of text: "USD 5m" is not also "5m USD"
    if (found.some((f) => at < f.end && end > f.at)) return;
    found.push({ value, currency, text: t, at, end });
  };
  for (const m of text.matchAll(BY_SYMBOL)) add(m.index, m[0], scaled(m[2]!, m[3]), symbolCurrency(m[1]!, money));
  for (const m of text.matchAll(CODE_FIRST)) add(m.index, m[0], scaled(m[2]!, m[3]), codeOf(m[1]!));
  for (const m of text.matchAll(CODE_AFTER)) add(m.index, m[0], scaled(m[1]!, m[2]), codeOf(m[3]!));
  for (const m of text.matchAll(BY_WORD)) add(m.index, m[0], scaled(m[1]!, m[2]), wordCurrency(m[3]!, money));
  return found.sort((a, b) => a.at - b.at).map(({ value, currency, text: t }) => ({ value, currency, text: t }));
}
