import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryAliasesSchema, loadCountryLexicon } from '../src/lexicon/countries.js';
import { splitPhrase } from '../src/lexicon/fold.js';
import { root } from './helpers.js';

const raw = JSON.parse(readFileSync(path.join(root, 'src/lexicon/country-aliases.json'), 'utf8'));

describe('country lexicon data', () => {
  it('validates against its schema', () => {
    expect(() => countryAliasesSchema.parse(raw)).not.toThrow();
  });

  it('uses only codes that world-countries knows', () => {
    const { byCode } = loadCountryLexicon();
    const unknown = countryAliasesSchema.parse(raw).aliases.filter((a) => !byCode.has(a.code)).map((a) => a.code);
    expect(unknown).toEqual([]);
  });

  it('lists no form twice, nor for two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of countryAliasesSchema.parse(raw).aliases) {
      for (const form of [...a.names, ...a.demonyms, ...a.capitals]) {
        const key = splitPhrase(form.replace(/^the\s+/i, '')).join(' ');
        const prev = owner.get(key);
        if (prev) clashes.push(prev === a.code ? `${form}: listed twice for ${a.code}` : `${form}: ${prev} and ${a.code}`);
        owner.set(key, a.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists each country once', () => {
    const seen = countryAliasesSchema.parse(raw).aliases.map((a) => a.code);
    expect(seen.filter((c, i) => seen.indexOf(c) !== i)).toEqual([]);
  });

  it('covers every ISO country from the package, not a hand-typed list', () => {
    expect(loadCountryLexicon().byCode.size).toBeGreaterThanOrEqual(249);
  });

  it('rejects a malformed entry', () => {
    expect(() => countryAliasesSchema.parse({ ...raw, aliases: [{ code: 'tr', names: ['x'] }] })).toThrow();
  });
});
