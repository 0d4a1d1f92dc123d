import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../src/lexicon/fold.js';
import { bundledRosterInfo, indexBundledRoster, lookupRoster, rosterSchemas, type RosterIndex } from '../src/lexicon/roster.js';
import { root } from './helpers.js';

type BuildModule = {
  foldWord: (w: string) => string;
  decodeLines: (bytes: Uint8Array) => { lines: string[]; latin: number };
  isoDate: (raw: string) => string | null;
  compileRoster: (files: string[][], deps: { iso3to2: Map<string, string>; prefixes: Set<string> }) => { people: unknown[]; stats: { dropped: number } };
  encodeRoster: (people: unknown[]) => { people: string[]; variants: string[]; surnames: string[] };
};
const build = (await import(path.join(root, 'scripts', 'build-roster.mjs'))) as BuildModule;

// A made-up dictionary in the TABARI .actors format of the Phoenix files: names, variants and terms are invented.
const ACTORS = [
  '# synthetic dictionary for tests',
  'NORTHLAND_  [NLD]',
  '+NORTHLANDERS_',
  'MARA_OKONKWO_VELD_  # invented',
  '+MARA_VELD_',
  '+PRIME_MINISTER_MARA_VELD',
  '+VELD_',
  '\t[NGAGOV 150301-190228]',
  '\t[NGAGOV 190301-220101]',
  '\t[NGAELI]',
  'TOMAS_VELD_',
  '\t[NLDGOV >200101]',
  'JONAS_KRAAL_',
  '\t[FRAMIL 100101-121231]',
  'PETRA_KRAAL_',
  '\t[DEUGOV 20110101-20131231]',
  'ANNA_BERG_ [IGOUNO > 080101]',
  'ZORAN_STAAL_',
  '\t[SRBELI 100101-200101]',
  'ODD_DATES_',
  '\t[ESPGOV 2004017-20061201]',
  'OLD_TIMER_',
  '\t[GBRGOV <991231]',
  'ASSEMBLY_',
  '\t[NLDLEG 100101-200101]',
  'NORTHLAND_PEOPLES_PARTY_',
  '\t[NLDOPP >100101]',
  'KWAME_SOVIET_STATE_',
  '\t[SUNGOV 800101-901231]',
].join('\n');

function compileSynthetic(): { index: RosterIndex; encoded: ReturnType<BuildModule['encodeRoster']>; dropped: number } {
  // one line in Latin-1, as a few lines of the real files are
  const latin1 = Buffer.from('JOS\xc9_P\xc9REZ_\n\t[ESPGOV 120101-161231]\n', 'latin1');
  const bytes = Buffer.concat([Buffer.from(`${ACTORS}\n`, 'utf8'), latin1]);
  const { lines, latin } = build.decodeLines(bytes);
  expect(latin).toBe(1);
  const iso3to2 = new Map([['NLD', 'NL'], ['NGA', 'NG'], ['FRA', 'FR'], ['DEU', 'DE'], ['SRB', 'RS'], ['ESP', 'ES'], ['GBR', 'GB']]);
  const prefixes = new Set(['prime', 'minister', 'president']);
  const { people, stats } = build.compileRoster([lines], { iso3to2, prefixes });
  const encoded = build.encodeRoster(people);
  const data = {
    format: 1,
    source: { name: 'test', repository: 'https://example.org/r', commit: 'a'.repeat(40), files: ['x'], licence: 'MIT', copyright: 'c' },
    ...encoded,
  };
  return { index: indexBundledRoster(JSON.parse(JSON.stringify(data))), encoded, dropped: stats.dropped };
}

const { index, encoded } = compileSynthetic();
const find = (name: string | string[], date?: string | null) => lookupRoster(name, date, { bundled: index });

describe('build-roster: compiling .actors files', () => {
  it('keeps people with a dated office, folds names, drops titles from variants, merges terms that follow on', () => {
    expect(encoded.people).toContain('mara okonkwo veld\tmara veld|veld\tNG gov 20150301 20220101');
    expect(encoded.people).toContain('tomas veld\t\tNL gov 20200101 -');
    expect(encoded.people).toContain('anna berg\t\t- igo 20080101 -');
    expect(encoded.people).toContain('old timer\t\tGB gov - 19991231');
    expect(encoded.people).toContain('jose perez\t\tES gov 20120101 20161231');
  });

  it('leaves out places, groups, elites, undated codes, unreadable dates and states with no alpha-2 code', () => {
    const names = encoded.people.map((r) => r.split('\t')[0]);
    expect(names).not.toContain('northland');
    expect(names).not.toContain('assembly');
    expect(names).not.toContain('northland peoples party');
    expect(names).not.toContain('zoran staal');
    expect(names).not.toContain('odd dates');
    expect(names).not.toContain('kwame soviet state');
    expect([...names].sort()).toEqual(['anna berg', 'jonas kraal', 'jose perez', 'mara okonkwo veld', 'old timer', 'petra kraal', 'tomas veld']);
  });

  it('reads TABARI dates: two-digit years 00-30 are 20YY, the rest 19YY; impossible dates are refused', () => {
    expect(build.isoDate('300101')).toBe('2030-01-01');
    expect(build.isoDate('310101')).toBe('1931-01-01');
    expect(build.isoDate('19270101')).toBe('1927-01-01');
    expect(build.isoDate('140230')).toBeNull();
    expect(build.isoDate('2004017')).toBeNull();
  });

  it("folds names exactly as the project's fold.ts does", () => {
    for (const w of ['Erdoğan', 'TÜRKIYE’S', 'Ki-moon', 'U.N.', 'Ñúñez', "O`Neill", 'Plain']) expect(build.foldWord(w)).toBe(foldWord(w));
  });
});

describe('lookupRoster', () => {
  it('finds a person by full name, by a variant and by name tokens, on a date inside the term', () => {
    const hit = { country: 'NG', role: 'government', title: null, from: '2015-03-01', to: '2022-01-01', name: 'mara okonkwo veld', source: 'roster', origin: 'bundled' };
    expect(find('Mara Okonkwo Veld', '2016-05-01')).toEqual(hit);
    expect(find('MARA VELD', '2016-05-01')).toEqual(hit);
    expect(find(['Mara', 'Okonkwo', 'Veld'], '2019-03-01')).toEqual(hit);
    expect(find('José Pérez', '2014-01-01')).toMatchObject({ country: 'ES', name: 'jose perez' });
  });

  it('returns null outside the term', () => {
    expect(find('Mara Okonkwo Veld', '2015-02-28')).toBeNull();
    expect(find('Mara Okonkwo Veld', '2022-01-02')).toBeNull();
    expect(find('Jonas Kraal', '2009-12-31')).toBeNull();
    expect(find('Jonas Kraal', '2012-12-31')).toMatchObject({ country: 'FR', role: 'military' });
  });

  it('matches a surname alone only when one holder on that date answers to it', () => {
    expect(find('Veld', '2016-05-01')).toMatchObject({ name: 'mara okonkwo veld' });
    expect(find('Veld', '2021-06-01')).toBeNull(); // Mara and Tomas both in office
    expect(find('Veld', '2023-01-01')).toMatchObject({ name: 'tomas veld', country: 'NL' });
    expect(find('Kraal', '2011-06-01')).toBeNull();
    expect(find('Kraal', '2013-06-01')).toMatchObject({ name: 'petra kraal', country: 'DE', role: 'government' });
  });

  it("believes an open-ended term until a year after the source's last date, unless told otherwise", () => {
    // the synthetic source's last date is 2022-01-01 (Mara's term): Tomas's open term counts to 2023-01-01
    expect(find('Tomas Veld', '2023-01-01')).toMatchObject({ country: 'NL', to: null });
    expect(find('Tomas Veld', '2023-01-02')).toBeNull();
    expect(lookupRoster('Tomas Veld', '2030-01-01', { bundled: index, openEndedUntil: null })).toMatchObject({ country: 'NL' });
    expect(lookupRoster('Tomas Veld', '2025-01-01', { bundled: index, openEndedUntil: '2024-12-31' })).toBeNull();
  });

  it('without a date counts only open-ended terms', () => {
    expect(find('Tomas Veld')).toMatchObject({ country: 'NL', to: null });
    expect(find('Mara Okonkwo Veld')).toBeNull();
    expect(find('Anna Berg', null)).toMatchObject({ country: null, role: 'igo', from: '2008-01-01' });
  });

  it('knows terms with only an end date and names it never saw', () => {
    expect(find('Old Timer', '1980-01-01')).toMatchObject({ country: 'GB', from: null, to: '1999-12-31' });
    expect(find('Zoran Staal', '2015-01-01')).toBeNull();
    expect(find('', '2015-01-01')).toBeNull();
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => find('Tomas Veld', '2021-02-30')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the bundled roster (src/lexicon/roster.json)', () => {
  const data = JSON.parse(readFileSync(path.join(root, 'src', 'lexicon', 'roster.json'), 'utf8')) as { people: string[]; variants: string[]; surnames: string[] };

  it('is valid in every row, sorted for bisection, and says where it comes from', () => {
    const { bundledRoster: bundledRosterSchema, bundledPerson: bundledPersonSchema, bundledKey: bundledKeySchema } = rosterSchemas();
    expect(() => bundledRosterSchema.parse(data)).not.toThrow();
    const badPeople = data.people.filter((r) => !bundledPersonSchema.safeParse(r).success);
    const badKeys = [...data.variants, ...data.surnames].filter((r) => !bundledKeySchema.safeParse(r).success);
    expect(badPeople).toEqual([]);
    expect(badKeys).toEqual([]);
    for (const list of [data.people, data.variants, data.surnames]) {
      const keys = list.map((r) => r.slice(0, r.indexOf('\t')));
      expect(keys.every((k, i) => i === 0 || keys[i - 1]! < k)).toBe(true);
    }
    const info = bundledRosterInfo();
    expect(info?.source.repository).toBe('https://github.com/openeventdata/UniversalPetrarch');
    expect(info?.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(info!.people).toBeGreaterThan(10_000);
    expect(info!.openEndedUntil).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('answers for well-known office holders of the source period', () => {
    expect(lookupRoster('Recep Tayyip Erdoğan', '2010-06-01')).toMatchObject({ country: 'TR', role: 'government', origin: 'bundled', title: null });
    expect(lookupRoster('Ban Ki-moon', '2010-06-01')).toMatchObject({ country: null, role: 'igo' });
    expect(lookupRoster('Ban Ki-moon', '2005-06-01')).toMatchObject({ country: 'KR', role: 'government' });
  });
});
