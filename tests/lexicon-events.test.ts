import { describe, expect, it } from 'vitest';
import triggersJson from '../src/lexicon/event-triggers.json' with { type: 'json' };
import topicsJson from '../src/lexicon/event-topics.json' with { type: 'json' };
import { buildEventLexicon, inflectWord, loadEventLexicon, triggerPhrases } from '../src/lexicon/event-lexicon.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('event lexicon data', () => {
  it('loads and validates the shipped data', () => {
    const lex = loadEventLexicon();
    expect(lex.instrumentWords.has('memorandum')).toBe(true);
    expect(lex.triggers.next.size).toBeGreaterThan(20);
    expect(lex.provisionVerbs.has('deliver')).toBe(true);
    expect(lex.reportingVerbs.has('said')).toBe(true);
    expect(lex.reportingVerbs.has('confirmed')).toBe(true);
  });

  it.each([
    ['a duplicate trigger', (d: any) => d.triggers.push({ phrase: 'agree', pos: 'verb', kind: 'agreement', status: 'agreed' }), /duplicate trigger "agree"/],
    ['an agreement without a status', (d: any) => d.triggers.push({ phrase: 'concur', pos: 'verb', kind: 'agreement' }), /status/],
    ['a commitment with a status', (d: any) => d.triggers.push({ phrase: 'vouch', pos: 'verb', kind: 'commitment', commitment: 'pledge', status: 'agreed' }), /status/],
    ['a meeting without a meeting kind', (d: any) => d.triggers.push({ phrase: 'convene', pos: 'verb', kind: 'meeting' }), /meeting kind/],
    ['an upper-case trigger', (d: any) => d.triggers.push({ phrase: 'Convene', pos: 'verb', kind: 'meeting', meeting: 'meeting' }), /lower-case/],
    ['an unknown field', (d: any) => d.triggers.push({ phrase: 'convene', pos: 'verb', kind: 'meeting', meeting: 'meeting', colour: 'red' }), /colour|unrecognized/i],
    ['an unknown kind', (d: any) => d.triggers.push({ phrase: 'convene', pos: 'verb', kind: 'party', meeting: 'meeting' }), /kind/],
    ['a duplicate negation word', (d: any) => d.negationWords.push('not'), /duplicate negation word/],
    ['an empty cue list', (d: any) => (d.cueVerbs.praise = []), /praise|too small|>=1/i],
    ['a metonym with a malformed country code', (d: any) => (d.metonyms['blue palace'] = 'xx'), /metonyms|Invalid|regex|match/i],
    ['a duplicate provision verb', (d: any) => d.provisionVerbs.push('deliver'), /duplicate provision verb "deliver"/],
  ])('rejects %s', (_name, mutate, error) => {
    const data = clone(triggersJson);
    mutate(data);
    expect(() => buildEventLexicon(data, topicsJson)).toThrow(error);
  });

  it.each([
    ['a duplicate topic phrase', (d: any) => d.topics.trade.push('trade'), /duplicate topic phrase "trade"/],
    ['a hyphen variant that folds to an existing phrase', (d: any) => d.topics.trade.push('free-trade'), /duplicate topic phrase "free trade"/],
    ['an empty topic', (d: any) => (d.topics.empty = []), /too small|>=1/i],
  ])('rejects topics with %s', (_name, mutate, error) => {
    const data = clone(topicsJson);
    mutate(data);
    expect(() => buildEventLexicon(triggersJson, data)).toThrow(error);
  });
});

describe('inflectWord', () => {
  it.each([
    ['agree', 'verb', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['sign', 'verb', ['sign', 'signs', 'signed', 'signing']],
    ['ratify', 'verb', ['ratify', 'ratifies', 'ratified', 'ratifying']],
    ['pledge', 'verb', ['pledge', 'pledges', 'pledged', 'pledging']],
    ['plan', 'verb', ['plan', 'plans', 'planned', 'planning']],
    ['summit', 'noun', ['summit', 'summits']],
    ['visit', 'any', ['visit', 'visits', 'visited', 'visiting']],
  ] as const)('%s (%s)', (lemma, pos, forms) => {
    expect(inflectWord(lemma, pos).sort()).toEqual([...forms].sort());
  });

  it('does not double the last letter of long verbs', () => {
    expect(inflectWord('visit', 'verb')).not.toContain('visitted');
  });

  it('uses explicit forms for irregular verbs and keeps the rest of a phrase', () => {
    expect(triggerPhrases({ phrase: 'call on', pos: 'verb', kind: 'meeting', meeting: 'meeting', forms: ['called', 'call'] })).toEqual([
      ['called', 'on'],
      ['call', 'on'],
    ]);
  });
});
