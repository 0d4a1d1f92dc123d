import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../src/extractors/events/details.js';

describe('extractDetails', () => {
  it.each<[string, unknown]>([
    ['the panel will meet four times a year', { count: 4, per: 'year' }],
    ['talks will be held twice a month', { count: 2, per: 'month' }],
    ['the council meets 3 times per week', { count: 3, per: 'week' }],
    ['reviews will take place annually', { count: 1, per: 'year' }],
    ['the panel met for four hours', null],
    ['four years ago the two sides met', null],
  ])('frequency in "%s"', (text, frequency) => {
    expect(extractDetails(text).frequency).toEqual(frequency);
  });

  it.each<[string, Array<{ value: number; currency: string | null; text: string }>]>([
    // a bare $ has no currency without context (tests/events-currency.test.ts gives it one)
    ['pledged $5m in aid', [{ value: 5e6, currency: null, text: '$5m' }]],
    ['pledged US$5m in aid', [{ value: 5e6, currency: 'USD', text: 'US$5m' }]],
    ['earmarked £1.2bn for schools', [{ value: 1.2e9, currency: 'GBP', text: '£1.2bn' }]],
    ['a €300 million fund', [{ value: 3e8, currency: 'EUR', text: '€300 million' }]],
    ['offered 40 million dollars', [{ value: 4e7, currency: null, text: '40 million dollars' }]],
    ['offered 40 million US dollars', [{ value: 4e7, currency: 'USD', text: '40 million US dollars' }]],
    ['sent 120 soldiers and two helicopters', []],
  ])('amounts in "%s"', (text, amounts) => {
    expect(extractDetails(text).amounts).toEqual(amounts);
  });

  it.each<[string, Array<{ value: number; unit: string }>]>([
    ['a three-year agreement', [{ value: 3, unit: 'year' }]],
    ['a two-day visit', [{ value: 2, unit: 'day' }]],
    ['extended the truce by 6 months', [{ value: 6, unit: 'month' }]],
    ['they met at 6 in the evening', []],
  ])('durations in "%s"', (text, durations) => {
    expect(extractDetails(text).durations.map(({ value, unit }) => ({ value, unit }))).toEqual(durations);
  });

  it.each<[string, string[]]>([
    ['signed a memorandum of understanding on ports', ['memorandum of understanding']],
    ['signed two MoUs and a trade agreement', ['mous', 'trade agreement']],
    ['agreed to set up a joint working group', ['joint working group']],
    ['agreed to work together', []],
  ])('instruments in "%s"', (text, instruments) => {
    expect(extractDetails(text).instruments).toEqual(instruments);
  });
});

describe('keyword baseline script', () => {
  it('prints one scorer-readable NDJSON record per file, with code-point spans', () => {
    const script = fileURLToPath(new URL('../scripts/keyword-baseline.mjs', import.meta.url));
    const fixture = fileURLToPath(new URL('../fixtures/dawn-2025-11-07-pakistan-turkiye.txt', import.meta.url));
    const out = execFileSync(process.execPath, [script, '--format', 'ndjson', fixture], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!) as { source: { path: string }; agreements: Array<{ evidence: { text: string; start: number; end: number } }> };
    expect(rec.source.path).toBe(fixture);
    expect(rec.agreements.length).toBeGreaterThan(0);
    expect(rec.agreements.every((a) => /agree|sign/i.test(a.evidence.text))).toBe(true);
  });
});
