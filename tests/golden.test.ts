import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { collectSpans, listFixtures, readFixture, spanHolds } from './helpers.js';

// Golden files are regenerated only on purpose (`npm run test:update`) and reviewed by eye.
describe('golden fixtures', () => {
  const cases = listFixtures();

  it('has the sample article and at least six articles of our own', () => {
    expect(cases).toContain('dawn-2025-11-07-pakistan-turkiye.txt');
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)('%s matches its expected JSON', async (name) => {
    const result = extract(readFixture(name), { path: `fixtures/${name}` });
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(`../fixtures/${name.replace(/\.txt$/, '.expected.json')}`);
  });

  it.each(cases)('%s: every span points at its text in code points', (name) => {
    const input = readFixture(name);
    const spans = collectSpans(extract(input, { path: name }));
    expect(spans.length).toBeGreaterThan(0);
    const broken = spans.filter(({ span }) => !spanHolds(input, span));
    expect(broken).toEqual([]);
  });
});
