import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/cli/decode.js';
import { createReader } from '../src/cli/process.js';
import { cutSegments, extractSegmented } from '../src/cli/segment.js';
import { extract } from '../src/pipeline/extract.js';
import { extractionSchema } from '../src/schema/extraction.js';

const spansOk = (value: unknown, chars: string[]): boolean => {
  if (Array.isArray(value)) return value.every((v) => spansOk(v, chars));
  if (!value || typeof value !== 'object') return true;
  const o = value as Record<string, unknown>;
  if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
    return chars.slice(o.start, o.end).join('') === o.text;
  }
  return Object.values(o).every((v) => spansOk(v, chars));
};

describe('decodeBytes', () => {
  const utf16 = (text: string, le: boolean): Uint8Array => {
    const b = Buffer.from(text, 'utf16le');
    if (!le) b.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]);
  };
  it.each([
    ['plain UTF-8', Buffer.from('Peru 🙂'), 'Peru 🙂', 0],
    ['UTF-8 with BOM', Buffer.from('\ufeffPeru'), 'Peru', 0],
    ['UTF-16 LE with BOM', utf16('Chile 🇨🇱', true), 'Chile 🇨🇱', 0],
    ['UTF-16 BE with BOM', utf16('Chile 🇨🇱', false), 'Chile 🇨🇱', 0],
    ['empty', Buffer.alloc(0), '', 0],
    ['invalid UTF-8', Buffer.from([0x41, 0xc3, 0x28, 0x42]), 'A\ufffd(B', 1],
    ['truncated sequence at the end', Buffer.from([0x41, 0xe2, 0x82]), 'A\ufffd', 1],
  ])('decodes %s', (_name, bytes, text, warnings) => {
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).toBe(text);
      expect(r.warnings).toHaveLength(warnings);
    }
  });

  it.each([
    ['a NUL byte in text', Buffer.from('abc\u0000def')],
    ['a ZIP header', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])],
    ['UTF-16 without a BOM', Buffer.from('Peru', 'utf16le')],
  ])('rejects %s as binary', (_name, bytes) => {
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'binary' });
  });
});

describe('createReader', () => {
  const read = createReader(async () => Buffer.from('from stdin'));
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-read-'));
  it.each([
    ['a missing file', { kind: 'file', path: path.join(dir, 'nope.txt') }, 'not-found'],
    ['a folder where a file was expected', { kind: 'file', path: dir }, 'unreadable'],
    ['an argument that matched nothing', { kind: 'missing', path: 'x/*.txt', code: 'not-found', message: 'pattern matched no files' }, 'not-found'],
  ] as const)('reports %s as an error record', async (_name, item, code) => {
    const r = await read(item);
    expect(r).toMatchObject({ source: { path: item.path }, error: { code } });
  });
  it('reads standard input', async () => {
    expect(await read({ kind: 'stdin', path: '-' })).toEqual({ text: 'from stdin', warnings: [] });
  });
});

describe('cutSegments', () => {
  it.each([
    ['paragraphs', 'Para one is here.\n\nPara two is here.\n\n'.repeat(200), '\n'],
    ['one long line of sentences', 'The envoy spoke. Talks went on. '.repeat(300), ' '],
    ['one long line of words', 'word '.repeat(2000), ' '],
  ])('cuts %s on a boundary, covering the text exactly', (_name, text, before) => {
    const cuts = cutSegments(text, 500);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(text.length);
    for (let i = 1; i < cuts.length; i++) {
      expect(cuts[i]! - cuts[i - 1]!).toBeLessThanOrEqual(500);
      expect(cuts[i]! - cuts[i - 1]!).toBeGreaterThan(0);
      if (i < cuts.length - 1) expect(text[cuts[i]! - 1]).toBe(before);
    }
  });

  it('never splits a surrogate pair, even without any spaces', () => {
    const text = '😀'.repeat(5000);
    const cuts = cutSegments(text, 333);
    for (const c of cuts) expect(text.charCodeAt(c) >= 0xdc00 && text.charCodeAt(c) <= 0xdfff).toBe(false);
    expect(cuts.at(-1)).toBe(text.length);
  });

  it('leaves a short text whole', () => {
    expect(cutSegments('Short.', 500)).toEqual([0, 6]);
  });

  it('is linear: 20 MB without a single space is cut quickly', () => {
    const text = 'x'.repeat(20_000_000);
    const cuts = cutSegments(text);
    expect(cuts.length).toBe(101);
  });
});

describe('extractSegmented', () => {
  const paragraph = (i: number): string =>
    `Minister ${['Ana Ruiz', 'Tomas Berg', 'Lena Vos'][i % 3]} of ${['Chile', 'Norway', 'the Netherlands'][i % 3]} met officials from Kenya 🇰🇪 on day ${i}. They agreed to widen trade.\n\n`;
  const text = Array.from({ length: 40 }, (_x, i) => paragraph(i)).join('');

  it('merges segments into one valid record whose spans index the whole text', () => {
    const whole = extract(text, { path: 'doc' });
    const merged = extractSegmented(extract, text, { path: 'doc', warnings: ['decoder note'] }, 700);
    expect(extractionSchema.safeParse(merged).success).toBe(true);
    expect(spansOk(merged, [...text])).toBe(true);
    expect(merged.source).toEqual(whole.source);
    expect(merged.warnings[0]).toBe('decoder note');
    expect(merged.warnings.join(' ')).toMatch(/processed in \d+ segments/);
    // countries are found in every segment but reported once each, with all their mentions
    expect(merged.countries.map((c) => c.code).sort()).toEqual(whole.countries.map((c) => c.code).sort());
    const kenya = (r: typeof merged) => r.countries.find((c) => c.code === 'KE')!.mentions.length;
    expect(kenya(merged)).toBe(kenya(whole));
    // ids stay dense and unique after renumbering
    const ids = merged.officials.map((o) => o.id);
    expect(ids).toEqual(ids.map((_x, i) => `o${i + 1}`));
    expect(new Set(merged.officials.map((o) => `${o.name}|${o.country}`)).size).toBe(merged.officials.length);
  });

  it('passes a text under the segment size straight to extract', () => {
    const short = paragraph(1);
    expect(extractSegmented(extract, short, { path: 'p', warnings: [] })).toEqual(extract(short, { path: 'p', warnings: [] }));
  });
});
