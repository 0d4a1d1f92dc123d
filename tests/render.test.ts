import { describe, expect, it } from 'vitest';
import { createChalk } from '../src/cli/color.js';
import { extract } from '../src/index.js';
import { renderers } from '../src/render/index.js';
import { sanitise } from '../src/render/table.js';
import type { Result } from '../src/schema/extraction.js';

const plain = { chalk: createChalk(0) };
const doc = (text: string, path: string): Result => extract(text, { path });
const failure: Result = { schemaVersion: '1.1.0', source: { path: 'gone.txt' }, error: { code: 'not-found', message: 'no such file' } };

function render(format: keyof typeof renderers, results: Result[]): string {
  let out = '';
  const w = renderers[format]((s) => (out += s), plain);
  results.forEach((r) => w.write(r));
  w.end();
  return out;
}

describe('renderers', () => {
  it('json: one object for one result, an array for several, [] for none', () => {
    const a = doc('Kenya said so.', 'a.txt');
    const b = doc('Japan said so.', 'b.txt');
    expect(JSON.parse(render('json', [a]))).toMatchObject({ source: { path: 'a.txt' } });
    expect(JSON.parse(render('json', [a, b, failure]))).toHaveLength(3);
    expect(JSON.parse(render('json', []))).toEqual([]);
    expect(render('json', [a])).toMatch(/\n$/);
  });

  it('ndjson: one compact line per result, errors included', () => {
    const lines = render('ndjson', [doc('Kenya said so.', 'a.txt'), failure]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual(failure);
  });

  it('table: sections for every record kind, saying when they are empty', () => {
    const out = render('table', [doc('Kenya and Japan said so.', 'a.txt')]);
    for (const s of ['Countries (2)', 'Officials (0)', 'Agreements (0)', 'Commitments (0)', 'Meetings (0)']) expect(out).toContain(s);
    expect(out).toContain('no officials found');
    expect(out).toContain('KE  Kenya · 1 mention');
  });

  it.each([
    ['\u001b[31mred', '\\u001b[31mred'],
    ['bell\u0007', 'bell\\u0007'],
    ['tab\there', 'tab here'],
    ['bidi\u202eevil', 'bidi\\u202eevil'],
    ['plain Türkiye 😀', 'plain Türkiye 😀'],
  ])('sanitise(%j)', (input, expected) => {
    expect(sanitise(input)).toBe(expected);
  });
});
