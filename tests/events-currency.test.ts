import { describe, expect, it } from 'vitest';
import { extractAmounts, type MoneyContext } from '../src/extractors/events/currency.js';
import { validateCurrencies } from '../src/lexicon/currencies.js';
import { extract } from '../src/pipeline/extract.js';

const none: MoneyContext = { dateline: null, countries: [] };
const codes = (text: string, money: MoneyContext = none): Array<[string, number, string | null]> =>
  extractAmounts(text, money).map((a) => [a.text, a.value, a.currency]);

describe('currencies: prefixed dollars and symbols', () => {
  it.each<[string, [string, number, string | null]]>([
    ['Canberra would provide A$50 million', ['A$50 million', 5e7, 'AUD']],
    ['a C$2bn loan', ['C$2bn', 2e9, 'CAD']],
    ['NZ$300,000 for relief', ['NZ$300,000', 3e5, 'NZD']],
    ['HK$1.5 billion in bonds', ['HK$1.5 billion', 1.5e9, 'HKD']],
    ['S$40m grant', ['S$40m', 4e7, 'SGD']],
    ['R$10 bn credit line', ['R$10 bn', 1e10, 'BRL']],
    ['US$ 300 million', ['US$ 300 million', 3e8, 'USD']],
    ['£1.2bn for schools', ['£1.2bn', 1.2e9, 'GBP']],
    ['€300 million fund', ['€300 million', 3e8, 'EUR']],
    ['a USD 5m grant', ['USD 5m', 5e6, 'USD']],
    ['worth 40 million euros', ['40 million euros', 4e7, 'EUR']],
    ['2 billion pounds sterling', ['2 billion pounds sterling', 2e9, 'GBP']],
    ['500 billion yen', ['500 billion yen', 5e11, 'JPY']],
    ['5bn US dollars', ['5bn US dollars', 5e9, 'USD']],
    ['Rs 50 crore', ['Rs 50 crore', 5e8, null]],
  ])('%s', (text, amount) => {
    expect(codes(text)).toEqual([amount]);
  });

  it('keeps text order and does not read one amount twice', () => {
    expect(codes('A$5m and then USD 3m and 2 million euros')).toEqual([
      ['A$5m', 5e6, 'AUD'],
      ['USD 3m', 3e6, 'USD'],
      ['2 million euros', 2e6, 'EUR'],
    ]);
    expect(codes('ABS$5 and 120 soldiers')).toEqual([]);
  });
});

describe('currencies: a bare $ is not USD by default', () => {
  it('is null without context, and null when the text names only another dollar state', () => {
    expect(codes('pledged $5m')).toEqual([['$5m', 5e6, null]]);
    expect(codes('offered 40 million dollars')).toEqual([['40 million dollars', 4e7, null]]);
    expect(codes('pledged $5m', { dateline: null, countries: ['CA', 'KE'] })).toEqual([['$5m', 5e6, null]]);
    expect(codes('pledged $5m', { dateline: null, countries: ['US', 'CA'] })).toEqual([['$5m', 5e6, null]]);
  });

  it('is USD when the text names the US, the dateline state when it uses dollars', () => {
    expect(codes('pledged $5m', { dateline: null, countries: ['US', 'KE'] })).toEqual([['$5m', 5e6, 'USD']]);
    expect(codes('pledged $5m', { dateline: 'AU', countries: ['US'] })).toEqual([['$5m', 5e6, 'AUD']]);
    expect(codes('pledged $5m', { dateline: 'US', countries: [] })).toEqual([['$5m', 5e6, 'USD']]);
  });

  it('settles rupees and ¥ from the one state that uses them', () => {
    expect(codes('Rs 500 million', { dateline: null, countries: ['PK', 'AF'] })).toEqual([['Rs 500 million', 5e8, 'PKR']]);
    expect(codes('Rs 500 million', { dateline: null, countries: ['PK', 'IN'] })).toEqual([['Rs 500 million', 5e8, null]]);
    expect(codes('10 billion rupees', { dateline: 'IN', countries: ['PK', 'IN'] })).toEqual([['10 billion rupees', 1e10, 'INR']]);
    expect(codes('¥20bn', { dateline: null, countries: ['JP'] })).toEqual([['¥20bn', 2e10, 'JPY']]);
  });

  it('reads the context from the article: dateline and countries named', () => {
    const us = extract('WASHINGTON (Reuters) - The United States pledged $20 million to Kenya for drought relief.');
    expect(us.commitments[0]?.details.amounts).toEqual([{ value: 2e7, currency: 'USD', text: '$20 million' }]);
    const ca = extract('OTTAWA (Reuters) - Canada pledged $20 million to Kenya for drought relief.');
    expect(ca.commitments[0]?.details.amounts).toEqual([{ value: 2e7, currency: 'CAD', text: '$20 million' }]);
    const ke = extract('Norway pledged $20 million to Kenya for drought relief.');
    expect(ke.commitments[0]?.details.amounts).toEqual([{ value: 2e7, currency: null, text: '$20 million' }]);
  });
});

describe('currencies lexicon', () => {
  it('is valid, and an ambiguous symbol without a table of states is refused', () => {
    expect(() => validateCurrencies()).not.toThrow();
    expect(() =>
      validateCurrencies({ $comment: '', symbols: { '₿': null }, words: {}, codes: ['USD'], codeAliases: {}, ambiguous: {}, ambiguousFromText: {}, ambiguousAliases: {}, scales: {} }),
    ).toThrow(/no table/);
  });
});
