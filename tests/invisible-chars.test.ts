import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeInvisible } from '../src/document/normalise.js';
import { extract } from '../src/pipeline/extract.js';
import type { Extraction } from '../src/schema/extraction.js';
import { collectSpans, listFixtures, readFixture, spanHolds } from './helpers.js';

// Issue 13, case 7: zero-width characters inside a word hid the country ("Pak\u200bistan") and stayed
// inside official names. They are now removed before analysis, with a map back to the input.
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202c'];

function badSpans(input: string, result: Extraction): string[] {
  return collectSpans(result)
    .filter(({ span }) => !spanHolds(input, span))
    .map(({ path, span }) => `${path} ${JSON.stringify(span)}`);
}

const codes = (r: Extraction): string[] => r.countries.map((c) => c.code).sort();

describe('removeInvisible', () => {
  it('drops the characters and maps offsets back to the input', () => {
    const input = 'Pak\u200bistan\u00ad and \u2060Peru';
    const { text, toInput } = removeInvisible(input);
    expect(text).toBe('Pakistan and Peru');
    const at = text.indexOf('Peru');
    expect(input.slice(toInput.start(0), toInput.end(8))).toBe('Pak\u200bistan');
    expect(input.slice(toInput.start(at), toInput.end(at + 4))).toBe('Peru');
    expect(toInput.start(text.length)).toBe(input.length);
  });

  it('returns plain text as it is', () => {
    const { text, toInput } = removeInvisible('Kenya 😀 and Japan');
    expect(text).toBe('Kenya 😀 and Japan');
    expect(toInput.start(5)).toBe(5);
    expect(toInput.end(5)).toBe(5);
  });
});

describe('zero-width and other invisible characters inside words', () => {
  const text = 'ISLAMABAD: Prime Minister Shehbaz\u200b Sharif met Interior Minister Ana Ru\u00adiz of Peru on Monday. Pak\u200bistan and Ke\u2060nya agreed to expand trade.';

  it('still find the country and the name, and every span slices the original text', () => {
    const r = extract(text);
    expect(codes(r)).toEqual(expect.arrayContaining(['KE', 'PK', 'PE']));
    const pk = r.countries.find((c) => c.code === 'PK')!;
    expect(pk.mentions.map((m) => m.text)).toContain('Pak\u200bistan');
    const names = r.officials.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Shehbaz Sharif', 'Ana Ruiz']));
    expect(r.officials.find((o) => o.name === 'Shehbaz Sharif')!.mentions[0]!.text).toBe('Shehbaz\u200b Sharif');
    expect(badSpans(text, r)).toEqual([]);
    expect(r.source.chars).toBe([...text].length);
  });

  it('keep the hash of the text as given (positive twin: the same text without them differs)', () => {
    const plain = text.replace(/[\u200b\u00ad\u2060]/g, '');
    expect(extract(text).source.sha256).not.toBe(extract(plain).source.sha256);
    expect(codes(extract(text))).toEqual(codes(extract(plain)));
  });

  it('a BOM inside the text (files joined with cat) is removed too; a leading one is not counted', () => {
    const joined = '\ufeffKenya and Japan signed a deal.\n\ufeffPer\ufeffu and Chile met.';
    const r = extract(joined);
    expect(codes(r)).toEqual(['CL', 'JP', 'KE', 'PE']);
    expect(badSpans(joined, r)).toEqual([]);
    expect(r.source.chars).toBe([...joined].length - 1);
  });
});

describe('property: inserting invisible characters anywhere into a fixture', () => {
  const fixtures = listFixtures();
  const clean = new Map(fixtures.map((f) => [f, extract(readFixture(f))]));
  // insertions at code-point boundaries (never between the halves of a surrogate pair): anywhere in
  // the text, and inside country and official mentions, where a split word would be lost
  const position = fc.noBias(fc.integer({ min: 0, max: 2 ** 30 }));
  const insertion = fc.record({
    fixture: fc.constantFrom(...fixtures),
    anywhere: fc.array(fc.tuple(position, fc.constantFrom(...INVISIBLES), fc.integer({ min: 1, max: 3 })), { maxLength: 30 }),
    inWords: fc.array(fc.tuple(position, position, fc.constantFrom(...INVISIBLES)), { minLength: 1, maxLength: 8 }),
  });

  it('never breaks grounding and never changes the countries or officials found', () => {
    fc.assert(
      fc.property(insertion, ({ fixture, anywhere, inWords }) => {
        const chars = [...readFixture(fixture)];
        const before = clean.get(fixture)!;
        const mentions = [...before.countries, ...before.officials].flatMap((x) => x.mentions).filter((m) => m.end - m.start > 1);
        // one inserted string per code-point slot, so the positions of the clean text stay valid
        const slots: string[] = chars.map(() => '');
        for (const [m, k, ch] of inWords) {
          const span = mentions[m % mentions.length]!;
          slots[span.start + 1 + (k % (span.end - span.start - 1))] += ch;
        }
        for (const [p, ch, n] of anywhere) slots[p % slots.length] += ch.repeat(n);
        const text = chars.map((c, i) => slots[i] + c).join('');
        const r = extract(text);
        expect(badSpans(text, r)).toEqual([]);
        expect(codes(r)).toEqual(codes(before));
        expect(r.countries.map((c) => c.mentions.length)).toEqual(before.countries.map((c) => c.mentions.length));
        expect(r.officials.map((o) => o.name)).toEqual(before.officials.map((o) => o.name));
      }),
      { numRuns: 40 },
    );
  });
});
