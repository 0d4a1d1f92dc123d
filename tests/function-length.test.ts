import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLongFunctions, listTypeScriptFiles, readSource } from './support/function-length.js';

// House style: a function is short enough to read at once, about 80 lines at most (house style in the guide; issue 9).
const LIMIT = 80;
const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

// The source of a function exactly `lines` lines long (at least 4), placed where `wrap` has its %.
function generated(lines: number, wrap = '%'): string {
  const sums = Array.from({ length: lines - 4 }, (_, i) => `  total += ${i};`);
  return wrap.replace('%', ['function long(): number {', '  let total = 0;', ...sums, '  return total;', '}'].join('\n'));
}

describe('function length', () => {
  it(`no function under src/ is longer than ${LIMIT} lines`, () => {
    const files = listTypeScriptFiles(src);
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((f) => findLongFunctions(f, readSource(src, f), LIMIT));
    const named = long.map((l) => `src/${l.file}:${l.line} ${l.name} (${l.lines} lines)`);
    expect(named, `split these into named pieces of at most ${LIMIT} lines`).toEqual([]);
  });

  // The positive twin: the checker does flag a long function, in each of the forms it looks at.
  it('flags a function one line over the limit, and not one at the limit', () => {
    const over = generated(LIMIT + 1);
    expect(over.split('\n')).toHaveLength(LIMIT + 1);
    expect(findLongFunctions('over.ts', over, LIMIT)).toEqual([{ file: 'over.ts', line: 1, name: 'long', lines: LIMIT + 1 }]);
    expect(findLongFunctions('at.ts', generated(LIMIT), LIMIT)).toEqual([]);
  });

  it.each([
    ['an arrow function held by a const', (body: string) => `export const sum = () => {\n${body}\n};`, 'sum'],
    ['a method', (body: string) => `class Totals {\n  add(): number {\n${body}\n  }\n}`, 'add'],
    ['a constructor', (body: string) => `class Totals {\n  constructor() {\n${body}\n  }\n}`, 'constructor'],
    ['a getter', (body: string) => `class Totals {\n  get total(): number {\n${body}\n  }\n}`, 'total'],
    ['a callback', (body: string) => `[1].map(function () {\n${body}\n});`, '(anonymous)'],
    ['a property of an object', (body: string) => `export const o = {\n  run: () => {\n${body}\n  },\n};`, 'run'],
  ])('flags %s', (_what, wrap, name) => {
    const body = Array.from({ length: LIMIT }, (_, i) => `    void ${i};`).join('\n');
    const found = findLongFunctions('forms.ts', wrap(body), LIMIT);
    expect(found.map((f) => f.name)).toEqual([name]);
    expect(found[0]!.lines).toBe(LIMIT + 2);
  });

  it('names a long function nested in a short-enough file by its own start line', () => {
    const text = `// a comment\n\n${generated(LIMIT + 5, 'export function outer() {\n  return %;\n}')}`;
    const found = findLongFunctions('nested.ts', text, LIMIT);
    expect(found.map((f) => [f.name, f.line, f.lines])).toEqual([
      ['outer', 3, LIMIT + 7],
      ['long', 4, LIMIT + 5],
    ]);
  });
});
