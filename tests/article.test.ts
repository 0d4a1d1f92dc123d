import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/extractors/article.js';
import { extract } from '../src/index.js';

describe('article layout', () => {
  it('reads headline, bullet highlights, dateline and publisher line', () => {
    const text = [
      'Kenya and Japan agree on port deal',
      '• Loans over five years',
      '• Training for engineers',
      'NAIROBI: Kenya and Japan signed a deal on Friday.',
      'Published in The Standard, March 14th, 2025',
    ].join('\n');
    const { article } = extract(text);
    expect(article.headline?.text).toBe('Kenya and Japan agree on port deal');
    expect(article.highlights.map((h) => h.text)).toEqual(['Loans over five years', 'Training for engineers']);
    expect(article.dateline).toMatchObject({ place: 'Nairobi', country: 'KE', span: { text: 'NAIROBI' } });
    expect(article.publisher).toBe('The Standard');
    expect(article.published).toBe('2025-03-14');
  });

  it.each([
    ['LONDON, March 26 (Reuters) - Britain said...', 'London', 'GB', 'Reuters'],
    ['WASHINGTON (AP) — The president said...', 'Washington', 'US', 'Associated Press'],
    ['NOUAKCHOTT 1996-08-31\nMauritania said...', 'Nouakchott', 'MR', null],
    ['Geneva: Talks resumed today.', 'Geneva', 'CH', null],
  ])('dateline %#', (line, place, country, publisher) => {
    const { article } = extract(`A headline\n\n${line}`);
    expect(article.dateline?.place).toBe(place);
    expect(article.dateline?.country).toBe(country);
    expect(article.publisher).toBe(publisher);
  });

  it('leaves fields null when the text has none', () => {
    const { article } = extract('the minister said talks would continue.');
    expect(article).toMatchObject({ headline: null, highlights: [], dateline: null, publisher: null, published: null });
  });

  it.each([
    ['November 7th, 2025', '2025-11-07'],
    ['7 November 2025', '2025-11-07'],
    ['Sept. 3, 1999', '1999-09-03'],
    ['1996-08-31', '1996-08-31'],
    ['February 30th', null],
    ['February 30, 2025', null], // a day the month lacks: published must be a real date (format: date)
    ['February 29, 2024', '2024-02-29'],
    ['April 31, 2025', null],
  ])('parses date %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});
