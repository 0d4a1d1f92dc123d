import { describe, expect, it } from 'vitest';

// vitest runs each file with its own modules, so this file's compromise is configured afresh
process.env.EXTRACT_STOCK_TAGGER = '1';
const { getNlp, taggerStatus } = await import('../src/document/nlp.js');
const { bulkMatch } = await import('../src/document/rule-sweep.js');
const { extract } = await import('../src/pipeline/extract.js');

describe('EXTRACT_STOCK_TAGGER=1', () => {
  it('keeps compromise\'s own tagger, deliberately, and extraction still works', () => {
    const nlp = getNlp();
    expect(taggerStatus()).toEqual({ override: 'off', reason: 'EXTRACT_STOCK_TAGGER=1', deliberate: true });
    expect((nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one.bulkMatch).not.toBe(bulkMatch);
    const r = extract('Foreign Minister Ana Ruiz met her Chilean counterpart Tomas Vos in Lima.');
    expect(r.officials.map((o) => o.name)).toEqual(['Ana Ruiz', 'Tomas Vos']);
  });
});
