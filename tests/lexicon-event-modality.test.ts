import { describe, expect, it } from 'vitest';
import data from '../src/lexicon/event-modality.json' with { type: 'json' };
import { buildEventModality, EVENT_MODALITY } from '../src/lexicon/event-modality.js';

describe('event modality lexicon', () => {
  it('builds from the bundled data', () => {
    expect(EVENT_MODALITY.demandModals.has('must')).toBe(true);
    expect(EVENT_MODALITY.cancelPhrases).toContainEqual(['called', 'off']);
    expect(EVENT_MODALITY.senses.get('meet')?.objects.has('risk')).toBe(true);
    expect(EVENT_MODALITY.senses.get('telephone')?.within).toBe(2);
  });
  it('rejects a word listed twice, an upper-case word and an unknown key', () => {
    expect(() => buildEventModality({ ...data, demandModals: ['must', 'must'] })).toThrow();
    expect(() => buildEventModality({ ...data, recencyWords: ['Monday'] })).toThrow();
    expect(() => buildEventModality({ ...data, extra: ['x'] })).toThrow();
    expect(() => buildEventModality({ ...data, senses: { meet: { objects: ['risk'], other: ['x'] } } })).toThrow();
  });
});
