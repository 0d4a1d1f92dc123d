import { describe, expect, it } from 'vitest';
import { directionOf, resolveWhen } from '../src/extractors/events/dates.js';
import { validateDateWords } from '../src/lexicon/dates.js';

// 2025-11-07 is a Friday
const FRI = '2025-11-07';
const day = (when: string, published: string | null, timing: 'happened' | 'planned' = 'happened'): string | null => resolveWhen(when, published, timing)?.iso ?? null;

describe('resolveWhen: weekdays against the publication date', () => {
  it.each<[string, 'happened' | 'planned', string]>([
    ['on Thursday', 'happened', '2025-11-06'],
    ['Thursday', 'happened', '2025-11-06'],
    ['on Monday', 'happened', '2025-11-03'],
    ['on Friday', 'happened', '2025-11-07'],
    // a planned event looks forward
    ['on Monday', 'planned', '2025-11-10'],
    ['on Thursday', 'planned', '2025-11-13'],
    ['on Saturday', 'planned', '2025-11-08'],
    ['last Friday', 'happened', '2025-10-31'],
    ['next Friday', 'planned', '2025-11-14'],
    ['next Tuesday', 'happened', '2025-11-11'],
    ["Tuesday's", 'happened', '2025-11-04'],
  ])('"%s" (%s) → %s', (when, timing, iso) => {
    expect(day(when, FRI, timing)).toBe(iso);
  });

  it('crosses a month and a year boundary', () => {
    // 2025-12-01 is a Monday: "on Friday" that happened is in November
    expect(day('on Friday', '2025-12-01')).toBe('2025-11-28');
    // 2026-01-02 is a Friday: last Tuesday is in 2025; 2025-12-30 (a Tuesday) plans "on Friday" in 2026
    expect(day('on Tuesday', '2026-01-02')).toBe('2025-12-30');
    expect(day('on Friday', '2025-12-30', 'planned')).toBe('2026-01-02');
  });
});

describe('resolveWhen: relative days and periods', () => {
  it.each<[string, string, string]>([
    ['yesterday', FRI, '2025-11-06'],
    ['today', FRI, '2025-11-07'],
    ['tomorrow', '2025-12-31', '2026-01-01'],
    ['next week', FRI, '2025-11-10/2025-11-16'],
    ['last week', FRI, '2025-10-27/2025-11-02'],
    ['this week', FRI, '2025-11-03/2025-11-09'],
    ['next month', FRI, '2025-12-01/2025-12-31'],
    ['last month', FRI, '2025-10-01/2025-10-31'],
    ['next month', '2025-12-15', '2026-01-01/2026-01-31'],
    ['last month', '2026-01-10', '2025-12-01/2025-12-31'],
    ['next month', '2024-01-31', '2024-02-01/2024-02-29'],
    ['next year', FRI, '2026-01-01/2026-12-31'],
    ['later this month', FRI, '2025-11-01/2025-11-30'],
  ])('"%s" published %s → %s', (when, published, iso) => {
    expect(day(when, published)).toBe(iso);
  });
});

describe('resolveWhen: explicit dates', () => {
  it.each<[string, string | null, string | null]>([
    ['7 November 2025', null, '2025-11-07'],
    ['on November 7, 2025', null, '2025-11-07'],
    ['Nov. 7', FRI, '2025-11-07'],
    ['on 3 Nov', FRI, '2025-11-03'],
    ['September 9th', FRI, '2025-09-09'],
    ['August 25 to 31', FRI, '2025-08-25/2025-08-31'],
    ['November 2003', null, '2003-11-01/2003-11-30'],
    ['in 2026', null, '2026-01-01/2026-12-31'],
    ['2007-2013', null, '2007-01-01/2013-12-31'],
    ['2025-11-20', null, '2025-11-20'],
    // no year and no publication date: unknown
    ['Nov. 7', null, null],
    ['30 February 2025', null, null],
    ['2,000', FRI, null],
  ])('"%s" published %s → %s', (when, published, iso) => {
    expect(day(when, published)).toBe(iso);
  });

  it('takes the year nearest the publication date, in the direction of the timing', () => {
    // published 2026-01-03: "on 28 December" that happened is in 2025; planned "in March" is 2026
    expect(day('on 28 December', '2026-01-03')).toBe('2025-12-28');
    expect(day('in March', '2026-01-03', 'planned')).toBe('2026-03-01/2026-03-31');
    expect(day('last October', '2025-10-20')).toBe('2024-10-01/2024-10-31');
    expect(day('next January', '2025-11-07', 'planned')).toBe('2026-01-01/2026-01-31');
  });

  it('takes the nearest year when nothing gives a direction', () => {
    expect(resolveWhen('on 14 November', FRI, null)?.iso).toBe('2025-11-14');
    expect(resolveWhen('on 28 December', '2026-01-03', null)?.iso).toBe('2025-12-28');
    expect(resolveWhen('on 3 January', '2025-12-30', null)?.iso).toBe('2026-01-03');
    // a bare weekday looks back, as news style has it
    expect(resolveWhen('on Thursday', FRI, null)?.iso).toBe('2025-11-06');
  });
});

describe('resolveWhen: no publication date, no date', () => {
  it.each(['on Thursday', 'next month', 'yesterday', 'last week'])('"%s" without a publication date → null', (when) => {
    expect(resolveWhen(when, null, 'happened')).toBeNull();
    // the twin: the same words resolve once the article is dated
    expect(resolveWhen(when, FRI, 'happened')).not.toBeNull();
  });

  it('gives from/to and an ISO interval', () => {
    expect(resolveWhen('next week', FRI, 'planned')).toEqual({ iso: '2025-11-10/2025-11-16', from: '2025-11-10', to: '2025-11-16' });
    expect(resolveWhen(null, FRI, 'planned')).toBeNull();
    expect(resolveWhen('in the coming months', FRI, 'planned')).toBeNull();
  });
});

describe('directionOf', () => {
  it.each<[string, string | null]>([
    ['next week', 'planned'],
    ['tomorrow', 'planned'],
    ['last month', 'happened'],
    ['yesterday', 'happened'],
    ['on Thursday', null],
  ])('"%s" → %s', (when, dir) => {
    expect(directionOf(when)).toBe(dir);
  });
});

describe('dates lexicon', () => {
  it('is valid and rejects a malformed list', () => {
    expect(() => validateDateWords()).not.toThrow();
    expect(() => validateDateWords({ weekdays: ['Monday'] })).toThrow();
  });
});
