import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseDateOption, parseUserRoster, readUserRoster } from '../src/cli/roster-option.js';
import { runCli } from '../src/cli/run-cli.js';
import { extractSegmented } from '../src/cli/segment.js';
import { indexBundledRoster, lookupRoster } from '../src/lexicon/roster.js';
import { extract } from '../src/pipeline/extract.js';
import { binPath, root } from './helpers.js';

const HEADER = 'name,aliases,country,title,from,to';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\n') + '\n';
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('--roster FILE: CSV', () => {
  it('reads rows: aliases split on ";", country in any case, empty cells are no value', () => {
    const roster = parseUserRoster(csv('Lena Marsh,Marsh; L. Marsh,gb,Home Secretary,2024-07-05,', '"Okafor, Ada",,NG,,,2025-01-31'), 'roster.csv');
    expect(roster).toEqual([
      { name: 'Lena Marsh', aliases: ['Marsh', 'L. Marsh'], country: 'GB', title: 'Home Secretary', role: null, from: '2024-07-05', to: null },
      { name: 'Okafor, Ada', aliases: [], country: 'NG', title: null, role: null, from: null, to: '2025-01-31' },
    ]);
  });

  it('names the bad row and what is wrong with it, in one line', () => {
    expect(errorOf(() => parseUserRoster(csv('Lena Marsh,,GB,,,', 'Ada Okafor,,XX,Minister,,'), 'roster.csv'))).toBe(
      'roster.csv:3: country "XX" is not an ISO 3166-1 alpha-2 code',
    );
    expect(errorOf(() => parseUserRoster(csv('Lena Marsh,,GB,,2024-13-01,'), 'roster.csv'))).toBe('roster.csv:2: from "2024-13-01" is not a date written YYYY-MM-DD');
    expect(errorOf(() => parseUserRoster(csv('Lena Marsh,,GB,,2024-05-01,2024-01-01'), 'roster.csv'))).toBe('roster.csv:2: from 2024-05-01 is after to 2024-01-01');
    expect(errorOf(() => parseUserRoster(csv(',Marsh,GB,,,'), 'roster.csv'))).toBe('roster.csv:2: name is empty');
    expect(errorOf(() => parseUserRoster(csv('Lena Marsh,,,,,'), 'roster.csv'))).toBe('roster.csv:2: "Lena Marsh" needs a country or a title');
    expect(errorOf(() => parseUserRoster('name,party\nLena Marsh,Blue\n', 'roster.csv'))).toBe(
      'roster.csv:1: unknown column "party" (columns: name, aliases, country, title, role, from, to)',
    );
    expect(errorOf(() => parseUserRoster('country,title\nGB,Minister\n', 'r.csv'))).toMatch(/^r\.csv:1: no "name" column/);
    expect(errorOf(() => parseUserRoster(csv('Lena Marsh,,GB,,,,extra'), 'roster.csv'))).toMatch(/^roster\.csv:2: not valid CSV \(/);
    expect(errorOf(() => parseUserRoster(HEADER + '\n', 'roster.csv'))).toBe('roster.csv: no entries');
  });

  it('escapes what it quotes from the file', () => {
    expect(errorOf(() => parseUserRoster(csv('Lena Marsh,,"\u001b[31mX",,,'), 'roster.csv'))).toBe('roster.csv:2: country "\\u001b[31mX" is not an ISO 3166-1 alpha-2 code');
  });
});

describe('--roster FILE: JSON', () => {
  it('reads an array of entries', () => {
    const roster = parseUserRoster(JSON.stringify([{ name: 'Lena Marsh', aliases: ['Marsh'], country: 'GB', title: 'Home Secretary', from: '2024-07-05' }]), 'team.json');
    expect(roster).toEqual([{ name: 'Lena Marsh', aliases: ['Marsh'], country: 'GB', title: 'Home Secretary', role: null, from: '2024-07-05', to: null }]);
  });

  it('names the bad entry', () => {
    const bad = JSON.stringify([{ name: 'Lena Marsh', country: 'GB' }, { name: 'Ada Okafor', country: 'XX' }]);
    expect(errorOf(() => parseUserRoster(bad, 'team.json'))).toBe('team.json: entry 2: country "XX" is not an ISO 3166-1 alpha-2 code');
    expect(errorOf(() => parseUserRoster('[{"name":"A B","country":"GB","party":"x"}]', 'team.json'))).toBe(
      'team.json: entry 1: unknown field "party" (fields: name, aliases, country, title, role, from, to)',
    );
    expect(errorOf(() => parseUserRoster('[{"name":"A B","role":"king"}]', 'team.json'))).toMatch(/^team\.json: entry 1: role "king" is not one of government, /);
    expect(errorOf(() => parseUserRoster('{"name":"A B"}', 'team.json'))).toMatch(/^team\.json: expected a JSON array/);
    expect(errorOf(() => parseUserRoster('[{"name":', 'team.json'))).toMatch(/^team\.json: not valid JSON/);
  });

  it('reports a missing file in one line', () => {
    expect(errorOf(() => readUserRoster('nope.csv', tmpdir()))).toBe('nope.csv: no such file');
  });
});

describe('--date', () => {
  it('takes real dates written YYYY-MM-DD only', () => {
    expect(parseDateOption('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-2-9', '29/02/2024', 'yesterday']) expect(() => parseDateOption(bad)).toThrow(/YYYY-MM-DD/);
  });
});

describe('the user roster takes precedence over the bundled one', () => {
  const bundled = indexBundledRoster({
    format: 1,
    asOf: '2025-01-01',
    source: { name: 't', repository: 'https://example.org/r', commit: 'b'.repeat(40), files: ['x'], licence: 'MIT', copyright: 'c' },
    people: ['lena marsh\t\tGB gov 20100101 -', 'tomas veld\t\tNL gov 20200101 -'],
    variants: [],
    surnames: ['marsh\t0', 'veld\t1'],
  });
  const user = parseUserRoster(csv('Lena Marsh,Marsh,IE,Minister for Justice,2024-01-01,2024-12-31'), 'roster.csv');

  it("answers from the user's roster first, with its title", () => {
    expect(lookupRoster('Lena Marsh', '2024-06-01', { user, bundled })).toEqual({
      country: 'IE', role: null, title: 'Minister for Justice', from: '2024-01-01', to: '2024-12-31', name: 'Lena Marsh', source: 'roster', origin: 'user',
    });
    expect(lookupRoster('Marsh', '2024-06-01', { user, bundled })).toMatchObject({ country: 'IE', origin: 'user' });
  });

  it("keeps the user's word that a person it knows was not in office then", () => {
    expect(lookupRoster('Lena Marsh', '2023-06-01', { bundled })).toMatchObject({ country: 'GB', origin: 'bundled' });
    expect(lookupRoster('Lena Marsh', '2023-06-01', { user, bundled })).toBeNull();
  });

  it('takes rows with the same name as one person: two offices at once are not an ambiguity', () => {
    const two = parseUserRoster(csv('Lena Marsh,,GB,Home Secretary,2024-01-01,', 'Lena Marsh,,GB,Minister for Women,2024-03-01,', 'Ada Marsh,,GB,Chancellor,2020-01-01,2021-01-01'), 'r.csv');
    expect(lookupRoster('Marsh', '2024-06-01', { user: two, bundled: false })).toMatchObject({ name: 'Lena Marsh', title: 'Minister for Women' });
    expect(lookupRoster('Marsh', '2020-06-01', { user: two, bundled: false })).toMatchObject({ name: 'Ada Marsh', title: 'Chancellor' });
  });

  it('falls back to the bundled roster for names the user roster does not know', () => {
    expect(lookupRoster('Tomas Veld', '2024-06-01', { user, bundled })).toMatchObject({ country: 'NL', origin: 'bundled' });
  });
});

describe('the pipeline accepts the roster and the date as data', () => {
  it('passes them to extract, segment by segment for long texts too', () => {
    const roster = parseUserRoster(csv('Lena Marsh,,GB,,,'), 'roster.csv');
    const seen: Array<{ roster?: unknown; date?: string }> = [];
    const fake = ((text: string, options: { roster?: unknown; date?: string }) => {
      seen.push({ roster: options.roster, date: options.date });
      return extract(text, {});
    }) as Parameters<typeof extractSegmented>[0];
    extractSegmented(fake, 'Word. '.repeat(40), { path: 'a', warnings: [], roster, date: '2024-01-02' }, 100);
    expect(seen.length).toBeGreaterThan(1);
    for (const s of seen) expect(s).toEqual({ roster, date: '2024-01-02' });
  });

  it('extract() validates them: a good roster and date pass, a bad date or entry is refused', () => {
    const roster = parseUserRoster(csv('Lena Marsh,,GB,,,'), 'roster.csv');
    expect(extract('Lena Marsh spoke in London.', { roster, date: '2024-01-02' }).source.chars).toBe(27);
    expect(() => extract('x', { date: '2024-01-32' })).toThrow(/YYYY-MM-DD/);
    expect(() => extract('x', { roster: [{ name: 'A B', country: 'gbr' }] as never })).toThrow(/roster entry 1: country/);
  });
});

describe('extract --roster / --date on the command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-roster-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Lena Marsh met reporters in London on Monday.\n');
  writeFileSync(path.join(dir, 'bad.csv'), csv('Lena Marsh,,GB,,,', 'Ada Okafor,,XX,Minister,,'));

  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (d) => (out += String(d)));
    stderr.on('data', (d) => (err += String(d)));
    const code = await runCli(args, { stdin, stdout, stderr, env: { NO_COLOR: '1' }, cwd: dir });
    return { code, out, err };
  }

  it('a bad roster is a usage error with one line naming the row, and nothing is extracted', async () => {
    const r = await cli(['a.txt', '--roster', 'bad.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('extract: bad.csv:3: country "XX" is not an ISO 3166-1 alpha-2 code\n');
    expect(r.out).toBe('');
  });

  it('a bad date is a usage error', async () => {
    const r = await cli(['a.txt', '--date', '2024-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--date <YYYY-MM-DD>.*must be a date written YYYY-MM-DD/);
  });

  it("runs the README's example: a folder, a good roster and a date, in worker threads", () => {
    mkdirSync(path.join(dir, 'clippings'));
    writeFileSync(path.join(dir, 'clippings', 'a.txt'), 'Lena Marsh met reporters in London on Monday.\n');
    writeFileSync(path.join(dir, 'clippings', 'b.txt'), 'Tomas Veld spoke in Amsterdam.\n');
    writeFileSync(path.join(dir, 'cabinet.csv'), csv('Lena Marsh,Marsh,GB,Home Secretary,2024-07-05,', '"Okafor, Ada",,NG,Minister of Finance,2023-08-21,2025-01-31'));
    const args = ['clippings/', '--roster', 'cabinet.csv', '--date', '2025-11-07', '-f', 'ndjson', '--jobs', '2'];
    const r = spawnSync(process.execPath, [binPath, ...args], { cwd: dir, encoding: 'utf8', input: '' });
    expect(r.stderr).toMatch(/2 ok, 0 failed/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['clippings/a.txt', 'clippings/b.txt']);
  });
});

describe('scripts/build-roster.mjs', () => {
  it('compiles a folder of .actors files into a roster file that the loader accepts', () => {
    const src = mkdtempSync(path.join(tmpdir(), 'roster-src-'));
    writeFileSync(path.join(src, 'countries.actors.txt'), 'LENA_MARSH_  # invented\n+MARSH_\n\t[GBRGOV >240705]\nNOWHERE_ [GBR]\n');
    writeFileSync(path.join(src, 'intl.actors.txt'), 'ANNA_BERG_\n\t[IGOUNO 080101-121231]\n');
    writeFileSync(path.join(src, 'COMMIT'), `${'c'.repeat(40)}\n`);
    const out = path.join(src, 'roster.json');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-roster.mjs'), src, out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^roster: 2 people from 3 entries/);
    const bundled = indexBundledRoster(JSON.parse(readFileSync(out, 'utf8')));
    expect(lookupRoster('Marsh', '2025-01-01', { bundled })).toMatchObject({ name: 'lena marsh', country: 'GB', from: '2024-07-05', to: null });
    expect(lookupRoster('Anna Berg', '2010-01-01', { bundled })).toMatchObject({ country: null, role: 'igo', to: '2012-12-31' });
  });
});
