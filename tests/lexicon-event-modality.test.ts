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
  // a list shared by several trigger phrases is written once and read under each of them
  it('gives each phrase of a shared sense the same lists', () => {
    for (const phrase of ['keen to', 'ready to', 'willing to', 'determined to']) expect(EVENT_MODALITY.senses.get(phrase)?.next.has('know')).toBe(true);
    expect(EVENT_MODALITY.senses.get('backer')?.prev.has('staunch')).toBe(true);
    expect(EVENT_MODALITY.senses.get('backer')?.next.size).toBe(0);
  });
  it('rejects a phrase with a sense of its own and a shared one, or in two shared senses', () => {
    const shared = (phrases: string[]) => ({ phrases, next: ['know'] });
    expect(() => buildEventModality({ ...data, sharedSenses: [shared(['meet'])] })).toThrow();
    expect(() => buildEventModality({ ...data, sharedSenses: [shared(['eager to']), shared(['eager to'])] })).toThrow();
    expect(() => buildEventModality({ ...data, sharedSenses: [shared(['eager to'])] })).not.toThrow();
  });
});
