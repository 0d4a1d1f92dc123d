import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/cli/decode.js';
import { extractSegmented } from '../src/cli/segment.js';
import { extract } from '../src/pipeline/extract.js';
import { extractionSchema } from '../src/schema/extraction.js';

function badSpans(value: unknown, chars: string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => badSpans(v, chars));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
    return chars.slice(o.start, o.end).join('') === o.text && o.start <= o.end ? [] : [JSON.stringify(o)];
  }
  return Object.values(o).flatMap((v) => badSpans(v, chars));
}

/** the contract every output must meet, whatever the input */
function checkOutput(text: string, run: (t: string) => unknown = (t) => extract(t, { path: 'fuzz' })): void {
  const result = run(text);
  const parsed = extractionSchema.safeParse(result);
  expect(parsed.success).toBe(true);
  const chars = [...(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)];
  expect(badSpans(result, chars)).toEqual([]);
  expect((result as { source: { chars: number } }).source.chars).toBe(chars.length);
}

// Newsy fragments glued at random: exercises titles, names, countries and quotes, not just noise.
const fragment = fc.constantFrom(
  'Mr.', 'Mrs', 'Dr.', 'President', 'Foreign Minister', 'Prime Minister', 'of', 'the', 'and', 'said', 'agreed',
  'signed', 'pledged', 'met', 'talks', 'Kenya', 'Peru', 'Côte d’Ivoire', 'United States', 'U.S.', 'EU', 'Ana Ruiz',
  'O’Neil', 'al-Sayed', '"', '“', '”', '‘', '’', "'", '(', ')', ',', '.', '...', '…', '!', '?', ';', ':', '—', '-',
  '\n', '\n\n', '\r\n', '\r', '\t', ' ', '  ', '🇰🇪', '😀', '👩‍👩‍👧', 'é', 'e\u0301', '\u200b', '\u00a0', '\u2028',
  '&amp;', '#39;s', "'s", ' \'s', 'NAIROBI, Jan 5 (Reuters) -', '2024-01-05', '$5bn', '12%', 'twice a year',
);

const newsy = fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join(' '));

describe('fuzz: the pipeline never throws and its output always holds', () => {
  it('on newsy fragments in random order', () => {
    fc.assert(fc.property(newsy, (text) => checkOutput(text)), { numRuns: 200 });
  });

  it('on random Unicode, including astral characters and lone surrogates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => checkOutput(text)),
      { numRuns: 200 },
    );
  });

  it('on random bytes, through the decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeBytes(bytes);
        if (!decoded.ok) {
          expect(decoded.code).toBe('binary');
          return;
        }
        checkOutput(decoded.text);
      }),
      { numRuns: 200 },
    );
  });

  it('on very long tokens and pathological punctuation runs', () => {
    const long = fc.tuple(fc.constantFrom('a', 'A', '.', ',', '"', '-', '(', '😀', 'Mr. ', 'Ab'), fc.integer({ min: 100, max: 3000 }), newsy).map(
      ([unit, n, around]) => `${around} ${unit.repeat(n)} ${around}`,
    );
    fc.assert(fc.property(long, (text) => checkOutput(text)), { numRuns: 30 });
  });

  it('through the segmenter, with tiny segments so every boundary case is hit', () => {
    fc.assert(
      fc.property(newsy, fc.integer({ min: 20, max: 200 }), (text, size) =>
        checkOutput(text, (t) => extractSegmented(extract, t, { path: 'fuzz', warnings: [] }, size)),
      ),
      { numRuns: 100 },
    );
  });
});

// Catastrophic backtracking shows up as minutes or hours on inputs like these; the bound is generous
// (a normal run takes well under a second) so a loaded CI machine never flakes.
describe('adversarial 100 KB lines finish', () => {
  const KB100 = 100_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
  it.each([
    ['repeated a', fill('a')],
    ['repeated Mr.', fill('Mr.')],
    ['repeated "Mr. "', fill('Mr. ')],
    ['repeated commas', fill(',')],
    ['repeated ", "', fill(', ')],
    ['capitalised words', fill('Minister Capital Word ')],
    ['capitalised words without spaces', fill('AbcDef')],
    ['open quotes', fill('“')],
    ['dots', fill('.')],
    ['spaces then a letter', `${' '.repeat(KB100)}x`],
    ['HTML debris', fill('&lt;b&gt;#39;')],
    ['clitics', fill(" 's")],
    ['wrapped lines without ends', fill('a line that keeps going without a stop\n')],
    ['uppercase dateline lookalikes', fill('CAPITAL CITY ')],
  ])('%s', (_name, text) => {
    const started = Date.now();
    checkOutput(text);
    expect(Date.now() - started).toBeLessThan(45_000);
  });
});
