import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import triggers from '../src/lexicon/event-triggers.json' with { type: 'json' };
import portfolios from '../src/lexicon/portfolios.json' with { type: 'json' };
import titles from '../src/lexicon/titles.json' with { type: 'json' };
import { countryTagWords } from '../src/lexicon/countries.js';
import { configureNlp, getNlp, taggerStatus, type Nlp } from '../src/document/nlp.js';
import { bulkMatch, setStampForTest, STAMP_LIMIT } from '../src/document/rule-sweep.js';
import { installTagger, overrideBlocker, TESTED_COMPROMISE } from '../src/document/tagger.js';
import { root } from './helpers.js';

// The tagger override (rule-sweep.ts) must be in use when it can be, must never change a tag, and must
// step aside, saying so, when compromise is not the release it was checked against.

const stock = (await import('compromise')).default as unknown as Nlp;
configureNlp(stock);
const ours = getNlp();
type One = { bulkMatch: (...args: unknown[]) => unknown };
const oneOf = (nlp: Nlp): One => (nlp.world() as unknown as { methods: { one: One } }).methods.one;

const tagsOf = (nlp: Nlp, text: string): string[][] =>
  (nlp(text).json({ terms: { tags: true } }) as Array<{ terms: Array<{ text: string; tags: string[] }> }>).map((s) =>
    s.terms.map((t) => `${t.text}|${[...t.tags].sort().join(',')}`),
  );

describe('tagger override guard', () => {
  it('is installed on the pinned compromise, the release it was checked against', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.compromise).toBe(TESTED_COMPROMISE);
    expect(overrideBlocker(ours)).toBeNull();
    expect(taggerStatus()).toEqual({ override: 'installed' });
    expect(oneOf(ours).bulkMatch).toBe(bulkMatch);
  });

  it('is what compromise calls while tagging (counted calls through the override)', () => {
    const one = oneOf(ours);
    const installed = one.bulkMatch;
    let calls = 0;
    one.bulkMatch = (...args) => {
      calls++;
      return installed(...args);
    };
    try {
      ours('Foreign Minister Ana Ruiz met her Chilean counterpart. They signed a deal.');
    } finally {
      one.bulkMatch = installed;
    }
    // compromise's post-tagger sweeps the document once or more per parse
    expect(calls).toBeGreaterThanOrEqual(1);
  });

  const fake = (version: string, one: Record<string, unknown>, tag: () => void = () => {}): Nlp =>
    Object.assign(() => tag(), { version, world: () => ({ methods: { one } }) }) as unknown as Nlp;
  const methods = () => ({ bulkMatch: () => [], cacheDoc: () => [], match: () => ({}) });

  it('stays out of another compromise release, leaving its method alone', () => {
    const one = methods();
    const original = one.bulkMatch;
    const status = installTagger(fake('14.18.0', one));
    expect(status).toMatchObject({ override: 'off', deliberate: false });
    expect(status.override === 'off' && status.reason).toMatch(/14\.18\.0 is not 14\.17\.0/);
    expect(one.bulkMatch).toBe(original);
  });

  it('stays out when the method it replaces is gone or renamed', () => {
    const { bulkMatch: _gone, ...rest } = methods();
    const status = installTagger(fake(TESTED_COMPROMISE, { ...rest, sweep: () => [] }));
    expect(status.override === 'off' && status.reason).toMatch(/no methods\.one\.bulkMatch/);
  });

  it('stays out, restoring the method, when tagging no longer calls it', () => {
    const one = methods();
    const original = one.bulkMatch;
    const status = installTagger(fake(TESTED_COMPROMISE, one));
    expect(status.override === 'off' && status.reason).toMatch(/no longer calls/);
    expect(one.bulkMatch).toBe(original);
  });

  it('goes in when the probe parse calls it', () => {
    const one: Record<string, unknown> = methods();
    // the probe parse sweeps an empty document through whatever is installed
    const status = installTagger(fake(TESTED_COMPROMISE, one, () => (one.bulkMatch as typeof bulkMatch)([], { hooks: {}, always: [] }, { one } as never)));
    expect(status).toEqual({ override: 'installed' });
    expect(one.bulkMatch).toBe(bulkMatch);
  });

  it('is kept out on request (EXTRACT_STOCK_TAGGER=1), without a warning', () => {
    const one = methods();
    expect(installTagger(fake(TESTED_COMPROMISE, one), { stock: true })).toEqual({ override: 'off', reason: 'EXTRACT_STOCK_TAGGER=1', deliberate: true });
  });
});

describe('rule sweep stamps', () => {
  it('start over before the counter overflows, and tags stay as stock', () => {
    const one = oneOf(ours);
    const installed = one.bulkMatch;
    let net: unknown;
    one.bulkMatch = (...args) => {
      net ??= args[1];
      return installed(...args);
    };
    try {
      ours('They met.');
    } finally {
      one.bulkMatch = installed;
    }
    expect(net).toBeDefined();
    setStampForTest(net as never, STAMP_LIMIT - 3);
    const text = 'The minister met her counterpart. Talks began. Both sides agreed to meet again. He left.';
    for (let k = 0; k < 3; k++) expect(tagsOf(ours, text)).toEqual(tagsOf(stock, text));
  });
});

// Random sentences from our own lexicons: titles, portfolios, trigger phrases, country words, names.
const lexiconWords = [
  ...titles.heads.map((h) => h.phrase),
  ...titles.ranks,
  ...portfolios.portfolios.flatMap((p) => p.words),
  ...triggers.triggers.map((t) => t.phrase),
  ...triggers.instrumentWords,
  ...Object.keys(countryTagWords()).slice(0, 120),
];
const glue = ['the', 'a', 'and', 'of', 'in', 'with', 'on', 'to', 'has', 'was', 'will', 'not', 'his', 'her', 'said', 'that', 'on Monday', '"', ',', "'s"];
const names = ['Ana Ruiz', 'Kofi Mensah', 'Yuki Sato', 'Mr Vos', 'Lena Berg', 'Omar Haddad', 'NAIROBI', 'Lima'];
const capitalise = (w: string): string => w.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const word = fc.oneof(
  { arbitrary: fc.constantFrom(...lexiconWords), weight: 5 },
  { arbitrary: fc.constantFrom(...lexiconWords).map(capitalise), weight: 2 },
  { arbitrary: fc.constantFrom(...glue), weight: 4 },
  { arbitrary: fc.constantFrom(...names), weight: 2 },
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 2, maxLength: 24 }), fc.constantFrom('.', '?', '!', ';', ''))
  .map(([words, end]) => `${capitalise(words.join(' ').replace(/ ([,'])/g, '$1'))}${end}`);

describe('rule sweep, property', () => {
  it('tags random sentences from the lexicons exactly as stock compromise', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (sentences) => {
        const text = sentences.join(' ');
        expect(tagsOf(ours, text)).toEqual(tagsOf(stock, text));
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });
});
