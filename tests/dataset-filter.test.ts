import { describe, expect, it } from 'vitest';
import { describeFilter, filterExtraction, parseFilterOptions } from '../src/dataset/filter.js';
import { extract } from '../src/pipeline/extract.js';
import { readFixture } from './helpers.js';

const doc = extract(readFixture('dawn-2025-11-07-pakistan-turkiye.txt'), { path: 'dawn.txt' });

describe('filterExtraction', () => {
  it('the fixture has events of every kind to filter', () => {
    expect(doc.agreements.length).toBeGreaterThan(0);
    expect(doc.commitments.length).toBeGreaterThan(0);
    expect(doc.meetings.length).toBeGreaterThan(0);
    expect(doc.article.published).toBe('2025-11-07');
  });
  it('keeps only the kinds asked for', () => {
    const r = filterExtraction(doc, { kinds: ['meeting'] })!;
    expect(r.meetings).toEqual(doc.meetings);
    expect(r.agreements).toEqual([]);
    expect(r.commitments).toEqual([]);
  });
  it('keeps documents and events that involve the countries, drops the rest', () => {
    expect(filterExtraction(doc, { countries: ['TR'] })!.meetings.length).toBeGreaterThan(0);
    expect(filterExtraction(doc, { countries: ['JP'] })).toBeNull();
  });
  it('filters by the article date, inclusive; undated articles are dropped', () => {
    expect(filterExtraction(doc, { since: '2025-11-07', until: '2025-11-07' })).not.toBeNull();
    expect(filterExtraction(doc, { since: '2025-11-08' })).toBeNull();
    expect(filterExtraction(doc, { until: '2025-11-06' })).toBeNull();
    expect(filterExtraction({ ...doc, article: { ...doc.article, published: null } }, { since: '2000-01-01' })).toBeNull();
  });
  it('drops low-confidence records and every reference to dropped officials', () => {
    const r = filterExtraction(doc, { minConfidence: 1.01 })!;
    expect(r.officials).toEqual([]);
    expect([...r.agreements, ...r.commitments, ...r.meetings]).toEqual([]);
    const all = filterExtraction(doc, { minConfidence: 0 })!;
    expect(all.officials).toEqual(doc.officials);
    expect(all.meetings).toEqual(doc.meetings);
  });
});

describe('parseFilterOptions', () => {
  it('reads lists, dates and numbers', () => {
    const f = parseFilterOptions({ country: 'tr, PK', kind: 'meeting,agreement', since: '2024', until: '2024-05', minConfidence: '0.5' });
    expect(f).toEqual({ countries: ['TR', 'PK'], kinds: ['meeting', 'agreement'], since: '2024-01-01', until: '2024-05-31', minConfidence: 0.5 });
    expect(describeFilter(f)).toBe('country=PK,TR kind=agreement,meeting since=2024-01-01 until=2024-05-31 min-confidence=0.5');
  });
  it('rejects bad values with a one-line message', () => {
    expect(() => parseFilterOptions({ country: 'Turkey' })).toThrow(/alpha-2/);
    expect(() => parseFilterOptions({ kind: 'treaty' })).toThrow(/agreement, commitment, meeting/);
    expect(() => parseFilterOptions({ since: '7 Nov' })).toThrow(/YYYY-MM-DD/);
    expect(() => parseFilterOptions({ minConfidence: '2' })).toThrow(/0 to 1/);
  });
});
