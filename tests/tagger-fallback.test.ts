import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFixtures, readFixture, root } from './helpers.js';

// The tagger override's fallback, end to end: a compromise that is not the release rule-sweep.ts was
// checked against (here the real one, reporting another version) must get the stock tagger, one warning
// per process saying so, and the same output. vitest gives this file its own modules and its own
// process, so the compromise that src/document/nlp.ts loads is the one changed here, before it loads.

const compromise = createRequire(path.join(root, 'src', 'document', 'nlp.ts'))('compromise') as { version: string };
const realVersion = compromise.version;
compromise.version = '99.0.0';

const warnings: Error[] = [];
process.on('warning', (w) => {
  if (w.name === 'ExtractWarning') warnings.push(w);
});

const { getNlp, taggerStatus } = await import('../src/document/nlp.js');
const { bulkMatch } = await import('../src/document/rule-sweep.js');
const { extract } = await import('../src/pipeline/extract.js');

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe('tagger override fallback (another compromise release)', () => {
  afterAll(() => {
    compromise.version = realVersion;
  });

  it('falls back to the stock tagger and warns once per process', async () => {
    expect(realVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const nlp = getNlp();
    getNlp();
    extract('Foreign Minister Ana Ruiz met her Chilean counterpart Tomas Vos in Lima.');
    extract('Prime Minister Lena Berg signed a trade deal with Kenya.');
    await nextTick();
    expect(taggerStatus()).toMatchObject({ override: 'off', deliberate: false });
    expect((nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods.one.bulkMatch).not.toBe(bulkMatch);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/tagger override off, using the stock tagger.*compromise 99\.0\.0 is not 14\.17\.0/);
  });

  // the golden files were written with the override in place: the stock tagger must give the same records
  it.each(listFixtures())('%s: same output as with the override (its golden file)', (name) => {
    const golden = readFileSync(path.join(root, 'fixtures', name.replace(/\.txt$/, '.expected.json')), 'utf8');
    expect(`${JSON.stringify(extract(readFixture(name), { path: `fixtures/${name}` }), null, 2)}\n`).toBe(golden);
  });
});
