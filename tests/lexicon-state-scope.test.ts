import { describe, expect, it } from 'vitest';
import { STATE_SCOPE, validateStateScope } from '../src/lexicon/state-scope.js';

describe('state-scope lexicon', () => {
  it('is valid as shipped and has its lists', () => {
    expect(() => validateStateScope()).not.toThrow();
    expect(STATE_SCOPE.sportCues.has('qualifier')).toBe(true);
    expect(STATE_SCOPE.stateTitleWords.has('minister')).toBe(true);
    expect(STATE_SCOPE.meetingLightVerbs.has('held')).toBe(true);
  });
  it('rejects a word listed twice, an upper-case word and a missing weight', () => {
    const ok = { sportCues: ['match'], stateTitleWords: ['minister'], meetingLightVerbs: ['held'], weights: { sportCuesMin: 5 } };
    expect(() => validateStateScope(ok)).not.toThrow();
    expect(() => validateStateScope({ ...ok, sportCues: ['match', 'match'] })).toThrow();
    expect(() => validateStateScope({ ...ok, stateTitleWords: ['Minister'] })).toThrow();
    expect(() => validateStateScope({ ...ok, weights: {} })).toThrow();
  });
});
