import { describe, expect, it } from 'vitest';
import honorifics from '../src/lexicon/honorifics.json' with { type: 'json' };
import portfolios from '../src/lexicon/portfolios.json' with { type: 'json' };
import titles from '../src/lexicon/titles.json' with { type: 'json' };
import { buildOfficialsLexicon, loadOfficialsLexicon } from '../src/lexicon/officials.js';
import { longestMatch } from '../src/lexicon/trie.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const data = () => ({ titles: clone(titles), portfolios: clone(portfolios), honorifics: clone(honorifics) });

describe('officials lexicon data', () => {
  it('loads the shipped files', () => {
    expect(() => loadOfficialsLexicon()).not.toThrow();
  });

  it.each([
    ['a duplicate title head', (d: ReturnType<typeof data>) => d.titles.heads.push({ phrase: 'minister' })],
    ['a duplicate written with a hyphen', (d: ReturnType<typeof data>) => d.titles.heads.push({ phrase: 'prime-minister' })],
    ['a duplicate rank', (d: ReturnType<typeof data>) => d.titles.ranks.push('deputy')],
    ['a duplicate portfolio word', (d: ReturnType<typeof data>) => d.portfolios.portfolios[0]!.words.push('foreign')],
    ['a duplicate honorific', (d: ReturnType<typeof data>) => d.honorifics.honorifics.push('mr')],
    ['a capitalised phrase', (d: ReturnType<typeof data>) => d.titles.heads.push({ phrase: 'Envoy General' })],
    ['stray punctuation', (d: ReturnType<typeof data>) => d.titles.ranks.push('acting.')],
    ['an unknown field', (d: ReturnType<typeof data>) => (d.titles.heads as unknown[]).push({ phrase: 'viceroy', colour: 'red' })],
    ['a bad country code', (d: ReturnType<typeof data>) => d.titles.parties.push({ phrase: 'green', country: 'gbr' })],
    ['an empty portfolio', (d: ReturnType<typeof data>) => d.portfolios.portfolios.push({ name: 'space', titleWord: 'Space', words: [] })],
  ])('rejects %s', (_label, mutate) => {
    const d = data();
    mutate(d);
    expect(() => buildOfficialsLexicon(d)).toThrow();
  });

  it.each([
    ['a new title head', (d: ReturnType<typeof data>) => d.titles.heads.push({ phrase: 'viceroy' }), 'viceroy', 'head'],
    ['a new portfolio word', (d: ReturnType<typeof data>) => d.portfolios.portfolios[0]!.words.push('internal security'), 'internal security', 'portfolio'],
  ])('accepts %s as a one-line change', (_label, mutate, phrase, kind) => {
    const d = data();
    mutate(d);
    const lex = buildOfficialsLexicon(d);
    const words = phrase.split(' ');
    expect(longestMatch(lex.trie, 0, (i) => words[i])?.value.kind).toBe(kind);
  });

  it.each([
    ['prime minister', 'head'],
    ['secretary general', 'head'],
    ['deputy', 'rank'],
    ['interior', 'portfolio'],
    ['nato', 'organisation'],
    ['rebel', 'non-state'],
  ])('classifies "%s" as %s', (phrase, kind) => {
    const words = phrase.split(' ');
    expect(longestMatch(loadOfficialsLexicon().trie, 0, (i) => words[i])?.value.kind).toBe(kind);
  });
});

describe('officials lexicon data: round-2 fields', () => {
  it.each([
    ['a duplicate region', (d: ReturnType<typeof data>) => d.titles.regions.push('africa')],
    ['a duplicate pairing verb', (d: ReturnType<typeof data>) => d.titles.pairVerbs.push('received')],
    ['a duplicate place end', (d: ReturnType<typeof data>) => d.titles.placeEnds.push('state')],
    ['a three-word honorific', (d: ReturnType<typeof data>) => d.honorifics.honorifics.push('his royal highness')],
    ['a non-boolean needsState', (d: ReturnType<typeof data>) => (d.titles.heads as unknown[]).push({ phrase: 'chief operating officer', needsState: 'yes' })],
  ])('rejects %s', (_label, mutate) => {
    const d = data();
    mutate(d);
    expect(() => buildOfficialsLexicon(d)).toThrow();
  });

  it('accepts a two-word honorific', () => {
    const d = data();
    d.honorifics.honorifics.push('puan seri');
    expect(buildOfficialsLexicon(d).honorifics.has('puan seri')).toBe(true);
  });

  it.each([
    ['chief executive', 'head'],
    ['water resources', 'portfolio'],
    ['embassy', 'modifier'],
    ['farmers', 'non-state'],
    ['lt gov', 'head'],
  ])('classifies "%s" as %s', (phrase, kind) => {
    const words = phrase.split(' ');
    expect(longestMatch(loadOfficialsLexicon().trie, 0, (i) => words[i])?.value.kind).toBe(kind);
  });

  it('marks offices that companies also have', () => {
    const words = ['chairman'];
    expect(longestMatch(loadOfficialsLexicon().trie, 0, (i) => words[i])?.value.head?.orgAmbiguous).toBe(true);
  });
});
