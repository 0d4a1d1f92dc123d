import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';

// Example sentences are written for these tests; the only real article is the committed fixture.
const officials = (text: string) =>
  extract(text).officials.map((o) => ({ name: o.name, title: o.title, country: o.country }));

describe('extractOfficials: patterns', () => {
  it.each([
    ['demonym + title', 'Turkish Interior Minister Ali Yerlikaya arrived in the capital on Monday.', { name: 'Ali Yerlikaya', title: 'Interior Minister', country: 'TR' }],
    ['title + of + country', 'Interior Minister of Turkiye Ali Yerlikaya said the talks were useful.', { name: 'Ali Yerlikaya', title: 'Interior Minister', country: 'TR' }],
    ['possessive country', "Pakistan's Prime Minister Shehbaz Sharif opened the new port.", { name: 'Shehbaz Sharif', title: 'Prime Minister', country: 'PK' }],
    ['apposition after the name', "Shehbaz Sharif, Pakistan's prime minister, opened the new port.", { name: 'Shehbaz Sharif', title: 'Prime Minister', country: 'PK' }],
    ['middle initial', 'US Secretary of State Antony J. Blinken flew to Cairo.', { name: 'Antony J. Blinken', title: 'Secretary of State', country: 'US' }],
    ['honorific skipped', "India's External Affairs Minister Dr. S. Jaishankar spoke first.", { name: 'S. Jaishankar', title: 'External Affairs Minister', country: 'IN' }],
    ['international body has no country', 'UN Secretary-General António Guterres called for calm.', { name: 'António Guterres', title: 'Secretary-General', country: null }],
    ['hyphenated particle name', 'Iraqi Prime Minister Mohammed Shia al-Sudani visited the dam.', { name: 'Mohammed Shia al-Sudani', title: 'Prime Minister', country: 'IQ' }],
    ['particle name', 'European Commission President Ursula von der Leyen met farmers.', { name: 'Ursula von der Leyen', title: 'President', country: null }],
    ['slashed double title keeps the first', 'Deputy Prime Minister/Foreign Minister Ishaq Dar of Pakistan left early.', { name: 'Ishaq Dar', title: 'Deputy Prime Minister', country: 'PK' }],
    ['title, comma, name', "Norway's foreign minister, Ola Berg, denied the report.", { name: 'Ola Berg', title: 'Foreign Minister', country: 'NO' }],
    ['institution in the tail', 'The head of the Chilean Copper Board, Rosa Vidal, said prices would rise.', { name: 'Rosa Vidal', title: 'Head of the Chilean Copper Board', country: 'CL' }],
    ['institution before the title', 'Central Bank chief Rosa Vidal of Chile said prices would rise.', { name: 'Rosa Vidal', title: 'Central Bank Chief', country: 'CL' }],
  ])('%s', (_label, text, want) => {
    const got = officials(text);
    expect(got.map((o) => o.name)).toContain(want.name);
    const o = got.find((x) => x.name === want.name)!;
    expect(o.title).toBe(want.title);
    expect(o.country).toBe(want.country);
  });

  it.each([
    ['a title alone', 'The President said the plan would work.'],
    ['an unnamed official', 'A senior official said the border would reopen.'],
    ['a journalist', 'Reporter Jane Smith wrote the story for the paper.'],
    ['a name inside an airport', 'The delegation landed at Jinnah International Airport late at night.'],
    ['a rebel leader', 'Rebel leader Omar Haddad rejected the truce.'],
    ['a company chief', 'Acme Corp. chief executive Tom Reed resigned.'],
    ['an organisation after a title word', 'The Assembly voted on the budget.'],
  ])('not an official: %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('extractOfficials: resolution across the article', () => {
  const text = [
    'ISLAMABAD: Interior Minister Mohsin Naqvi met his Turkish counterpart on Monday.',
    'Turkish Interior Minister Ali Yerlikaya praised the talks.',
    'Mr Naqvi said the two countries would share training.',
    'The Turkish interior minister later met President Recep Tayyip Erdogan in Ankara.',
    'Erdogan welcomed the plan.',
  ].join('\n');
  const result = extract(text);
  const byName = new Map(result.officials.map((o) => [o.name, o]));

  it('keeps one record per person', () => {
    expect([...byName.keys()].sort()).toEqual(['Ali Yerlikaya', 'Mohsin Naqvi', 'Recep Tayyip Erdogan']);
  });

  it.each([
    ['Mohsin Naqvi', 'Mr Naqvi'],
    ['Ali Yerlikaya', 'The Turkish interior minister'],
    ['Recep Tayyip Erdogan', 'Erdogan'],
  ])('%s is also mentioned as %s', (name, mention) => {
    expect(byName.get(name)!.mentions.map((m) => m.text)).toContain(mention);
  });

  it('never lists a pronoun as a form of the name', () => {
    for (const o of result.officials) for (const m of o.mentions) if (/^(he|she|him|her|his)$/i.test(m.text)) expect(m.kind).toBe('reference');
    expect(result.officials.flatMap((o) => o.mentions).some((m) => m.kind === 'reference')).toBe(true);
  });

  it('spans point at their text', () => {
    for (const o of result.officials) for (const m of o.mentions) expect([...text].slice(m.start, m.end).join('')).toBe(m.text);
  });

  it('gives the local official the dateline country with lower confidence', () => {
    const naqvi = byName.get('Mohsin Naqvi')!;
    expect(naqvi.country).toBe('PK');
    expect(naqvi.confidence).toBeLessThan(byName.get('Ali Yerlikaya')!.confidence);
  });

  it('keeps the title a person was introduced with', () => {
    expect(byName.get('Recep Tayyip Erdogan')!.title).toBe('President');
  });

  it('records the portfolio', () => {
    expect(byName.get('Ali Yerlikaya')!.portfolio).toBe('interior');
  });
});

describe('extractOfficials: country evidence after the name', () => {
  it.each([
    ['of + country after the name', 'President Amadou Diallo of Senegal arrived on Sunday.', 'SN'],
    ['a descriptive mention with a demonym', 'Prime Minister Tom Harlow met farmers.\nThe Irish prime minister promised new roads.', 'IE'],
    ['a pope', 'Pope Leo XIV received the delegation.', 'VA'],
  ])('%s', (_label, text, country) => {
    expect(officials(text)[0]?.country).toBe(country);
  });

  it('does not borrow a demonym for someone who already has a different country', () => {
    const got = officials('Norwegian Prime Minister Ola Berg arrived.\nThe Swedish prime minister stayed home.');
    expect(got).toEqual([{ name: 'Ola Berg', title: 'Prime Minister', country: 'NO' }]);
  });

  it('finds a name written in capitals in a headline once it is known', () => {
    const r = extract('BERG SAYS TALKS WILL GO ON\nOSLO - Norwegian Prime Minister Ola Berg said talks would go on.');
    expect(r.officials[0]!.mentions.map((m) => m.text)).toContain('BERG');
  });
});

describe('extractOfficials: a definite title linked to a person named without one', () => {
  it.each([
    [
      'the office follows the person',
      'Gordon Tay has asked rich nations for more aid.\nMr Tay said the fund would save lives.\nThe chancellor added that the plan was affordable.',
      [{ name: 'Gordon Tay', title: 'Chancellor', country: null }],
    ],
    [
      'the person and the title in one sentence are two people',
      'Jane Pell spoke on Monday.\nMs Pell said the chancellor was wrong about taxes.',
      [],
    ],
    ['no honorific form, no link', 'Jane Pell spoke on Monday.\nThe chancellor replied on Tuesday.', []],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});

describe('extractOfficials: counterparts', () => {
  it('names a counterpart with the title of the official it is paired with', () => {
    const got = officials('Foreign Minister Lena Holm of Sweden and her Danish counterpart Jens Vad signed the accord.');
    expect(got).toContainEqual({ name: 'Jens Vad', title: 'Foreign Minister', country: 'DK' });
  });

  it('gives an unnamed counterpart country to the official named later', () => {
    const got = officials(
      'Turkish Defence Minister Kemal Aydin met his Greek counterpart on Friday.\nDefence Minister Nikos Pappas said the meeting went well.',
    );
    expect(got).toContainEqual({ name: 'Nikos Pappas', title: 'Defence Minister', country: 'GR' });
  });
});

describe('the sample article', () => {
  const text = readFileSync(new URL('../fixtures/dawn-2025-11-07-pakistan-turkiye.txt', import.meta.url), 'utf8');
  const result = extract(text, { path: 'dawn.txt' });

  it('finds exactly the four officials', () => {
    expect(result.officials.map((o) => ({ name: o.name, title: o.title, country: o.country }))).toEqual([
      { name: 'Ali Yerlikaya', title: 'Interior Minister', country: 'TR' },
      { name: 'Mohsin Naqvi', title: 'Interior Minister', country: 'PK' },
      { name: 'Shehbaz Sharif', title: 'Prime Minister', country: 'PK' },
      { name: 'Recep Tayyip Erdogan', title: 'President', country: 'TR' },
    ]);
  });

  it.each([
    ['Mohsin Naqvi', ['Mr Naqvi']],
    ['Shehbaz Sharif', ['PM Shehbaz']],
    ['Recep Tayyip Erdogan', ['Erdogan']],
  ])('%s has aliases %j', (name, aliases) => {
    expect(result.officials.find((o) => o.name === name)!.aliases).toEqual(aliases);
  });

  it('resolves both "his Pakistani counterpart" phrases to Mohsin Naqvi', () => {
    const o = result.officials.find((x) => x.name === 'Mohsin Naqvi')!;
    expect(o.mentions.filter((m) => m.text === 'his Pakistani counterpart')).toHaveLength(2);
  });

  it('counts every mention of the Turkish minister', () => {
    const o = result.officials.find((x) => x.name === 'Ali Yerlikaya')!;
    expect(o.mentions.length).toBeGreaterThanOrEqual(5);
  });
});
