import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { officialConstraints } from '../src/rules/official-constraints.js';
import { validateHeadlineVerbs } from '../src/lexicon/headline-verbs.js';
import { validateOfficialStateCues } from '../src/lexicon/official-state-cues.js';

describe.each(officialConstraints.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it.each(c.examples.fire.map((t) => [t]))('yields an official on %j', (text) => {
    expect(extract(text).officials.length).toBeGreaterThan(0);
  });
  it.each(c.examples.quiet.map((t) => [t]))('yields no official on %j', (text) => {
    expect(extract(text).officials).toEqual([]);
  });
});

describe('officials lexicons of issue 10 (state cues, headline verbs)', () => {
  it('validate', () => {
    expect(() => validateHeadlineVerbs()).not.toThrow();
    expect(() => validateOfficialStateCues()).not.toThrow();
  });
  it('reject a malformed list', () => {
    expect(() => validateHeadlineVerbs({ verbs: ['Hails'], functionWords: ['off'] })).toThrow();
    expect(() => validateHeadlineVerbs({ verbs: ['hails', 'hails'], functionWords: ['off'] })).toThrow();
    expect(() => validateOfficialStateCues({ sayVerbs: ['said'] })).toThrow();
  });
});
