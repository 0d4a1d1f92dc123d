import { describe, expect, it } from 'vitest';
import data from '../src/lexicon/party-politics.json' with { type: 'json' };
import { PARTY_POLITICS, validatePartyPolitics } from '../src/lexicon/party-politics.js';

describe('party-politics lexicon', () => {
  it('is valid as shipped and has its lists', () => {
    expect(() => validatePartyPolitics()).not.toThrow();
    expect(PARTY_POLITICS.partyNames.has('tories')).toBe(true);
    expect(PARTY_POLITICS.partyRoleWords.has('shadow')).toBe(true);
    expect(PARTY_POLITICS.timeReferences).toContainEqual(['ahead', 'of']);
  });
  it('rejects a word listed twice, an upper-case word, a missing list and a bad window', () => {
    expect(() => validatePartyPolitics({ ...data, partyNames: ['labour', 'labour'] })).toThrow();
    expect(() => validatePartyPolitics({ ...data, campaignWords: ['Election'] })).toThrow();
    const { questionOpeners: _, ...missing } = data;
    expect(() => validatePartyPolitics(missing)).toThrow();
    expect(() => validatePartyPolitics({ ...data, titleWindow: 0 })).toThrow();
  });
});
