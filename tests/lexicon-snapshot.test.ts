import { describe, expect, it } from 'vitest';
import { buildCountryLexicon } from '../src/lexicon/countries.js';
import { buildEventLexicon, eventLexiconData } from '../src/lexicon/event-lexicon.js';
import { buildOfficialsLexicon, officialsLexiconData } from '../src/lexicon/officials.js';
import { reviveSnapshot, serialiseSnapshot } from '../src/lexicon/snapshot.js';

// The CLI loads the lexicons from the build's snapshot; it must hold exactly what compiling gives.
describe('lexicon snapshot', () => {
  it.each([
    ['countries', () => buildCountryLexicon()],
    ['officials', () => buildOfficialsLexicon(officialsLexiconData())],
    ['events', () => buildEventLexicon(...eventLexiconData())],
  ])('%s come back from the snapshot unchanged', (_name, build) => {
    const fresh = build();
    expect(reviveSnapshot(serialiseSnapshot(fresh))).toStrictEqual(fresh);
  });

  it('keeps maps, sets and nested tries apart from plain objects', () => {
    const value = { m: new Map([['a', { next: new Map([['b', { next: new Map(), value: 1 }]]) }]]), s: new Set(['x']), o: { k: [1, 'two'] } };
    expect(reviveSnapshot(serialiseSnapshot(value))).toStrictEqual(value);
  });
});
