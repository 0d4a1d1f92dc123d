import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { lookupRosterState } from '../src/lexicon/roster.js';
import { officeClassOf, officeIn, validateOfficeEquivalents } from '../src/lexicon/office-equivalents.js';
import { validateOfficeVerbs } from '../src/lexicon/office-verbs.js';
import { validateRegions } from '../src/extractors/officials/regions.js';
import { isMilitaryRank } from '../src/extractors/officials/office-choice.js';

// Issue 10, country and title accuracy. Example articles are written for these tests.
const officials = (text: string) => extract(text).officials.map((o) => ({ name: o.name, title: o.title, country: o.country }));
const one = (text: string, name: string) => officials(text).find((o) => o.name === name);

describe('office lexicons', () => {
  it('validate, and reject a malformed entry', () => {
    expect(() => validateOfficeEquivalents()).not.toThrow();
    expect(() => validateOfficeVerbs()).not.toThrow();
    expect(() => validateRegions()).not.toThrow();
    expect(() => validateRegions({ regions: { usa: ['ohio'] } })).toThrow();
    expect(() => validateOfficeVerbs({ holderVerbs: ['Became'], leavingVerbs: ['quit as'], appointerVerbs: ['named'], chairVerbs: {}, chairedBodies: ['board'], notOffices: [] })).toThrow();
  });

  it('name the same office by state: Chancellor, Secretary of State, Treasurer', () => {
    expect(officeClassOf('chancellor', null, 'GB')?.name).toBe('finance');
    expect(officeClassOf('chancellor', null, 'DE')?.name).toBe('head of government');
    expect(officeClassOf('chancellor', null, null)).toBeNull();
    expect(officeClassOf('secretary of state', null, 'US')?.name).toBe('foreign affairs');
    expect(officeClassOf('secretary of state', null, 'GB')).toBeNull();
    const finance = officeClassOf('minister', 'finance', 'NO')!;
    expect(officeIn(finance, 'US').title).toBe('Treasury Secretary');
    expect(officeIn(finance, 'AU').title).toBe('Treasurer');
    expect(officeIn(finance, 'SE').title).toBe('Finance Minister');
  });

  it('tell a military rank from an office', () => {
    expect(isMilitaryRank('general')).toBe(true);
    expect(isMilitaryRank('lt col')).toBe(true);
    expect(isMilitaryRank('president')).toBe(false);
    expect(isMilitaryRank('attorney general')).toBe(false);
  });
});

describe('roster state at any date', () => {
  it('knows a full name or listed variant, not an ambiguous surname', () => {
    expect(lookupRosterState('Donald Rumsfeld')?.country).toBe('US');
    expect(lookupRosterState('Bush')).toEqual({ country: 'US', byFullName: true });
    expect(lookupRosterState('Brown')).toBeNull();
    expect(lookupRosterState('Marta Quillon')).toBeNull();
  });

  it('places a titled official of an undated article before the dateline, never before the text', () => {
    expect(one('BEIJING: Prime Minister Shaukat Aziz arrived here on Wednesday.', 'Shaukat Aziz')?.country).toBe('PK');
    expect(one('BEIJING: Prime Minister Lin Hao arrived here on Wednesday.', 'Lin Hao')?.country).toBe('CN');
    expect(one('BEIJING: Indian Prime Minister Shaukat Aziz arrived here on Wednesday.', 'Shaukat Aziz')?.country).toBe('IN');
  });
});

describe('counterparts', () => {
  it('belong to the subject, not to the last official named, nor to one of their own state', () => {
    const text = 'Chilean Foreign Minister Ana Ruiz was received in Brasilia by President Pedro Lemos. She then met her Brazilian counterpart Mauro Vale.';
    expect(one(text, 'Mauro Vale')).toEqual({ name: 'Mauro Vale', title: 'Foreign Minister', country: 'BR' });
    expect(one(text, 'Pedro Lemos')?.country).not.toBe('CL');
  });

  it('keep the nearest official of their own sentence', () => {
    const text = 'President Pedro Lemos received Chilean Foreign Minister Ana Ruiz, who then met her Brazilian counterpart Mauro Vale.';
    expect(one(text, 'Mauro Vale')?.title).toBe('Foreign Minister');
  });

  it('hold the office under their own state\'s name', () => {
    expect(one('Chancellor of the Exchequer Rosa Lane flew to Washington. She met her American counterpart Paul Grant.', 'Paul Grant')?.title).toBe('Treasury Secretary');
    expect(one('German Chancellor Karl Weber spoke with his British counterpart Tom Hale.', 'Tom Hale')?.title).toBe('Prime Minister');
    expect(one('Finance Minister Lena Berg of Norway met her Swedish counterpart Anna Lind.', 'Anna Lind')?.title).toBe('Finance Minister');
  });

  it('named later with the bare head take the office whole', () => {
    const text = 'Kenyan Trade Minister Paul Otieno met his Tanzanian counterpart on Tuesday. The Tanzanian minister, Ali Juma, said the border would stay open.';
    expect(one(text, 'Ali Juma')).toEqual({ name: 'Ali Juma', title: 'Trade Minister', country: 'TZ' });
  });

  it('are officials of their state even when the possessor holds no known office', () => {
    expect(one('Rui Costa later held talks with his Brazilian counterpart Mauro Vale.', 'Mauro Vale')).toEqual({ name: 'Mauro Vale', title: null, country: 'BR' });
  });
});

describe('offices from verbs', () => {
  it.each([
    ['resigned as', 'Ana Ruiz resigned as finance minister on Friday.', 'Ana Ruiz', 'Finance Minister'],
    ['sworn in as', 'Luis Mena was sworn in as president on Sunday.', 'Luis Mena', 'President'],
    ['named ... as acting', 'The president named Camila Rojas as acting finance minister.', 'Camila Rojas', 'Acting Finance Minister'],
    ['appointed ambassador to', 'Maria Soto was appointed ambassador to Germany last month.', 'Maria Soto', 'Ambassador'],
    ['who chairs', 'Jorge Pinto, who chairs the budget committee, called the move reckless.', 'Jorge Pinto', 'Chair of the Budget Committee'],
    ['the office taken now wins', 'Deputy Finance Minister Camila Rojas was named acting finance minister.', 'Camila Rojas', 'Acting Finance Minister'],
    ['an office left does not replace the one held', 'Trade Minister Maria Soto resigned as deputy speaker in 2019.', 'Maria Soto', 'Trade Minister'],
  ])('%s', (_label, text, name, title) => {
    expect(one(text, name)?.title).toBe(title);
  });

  it.each([
    ['a forecast', 'Diego Lara, who is seen as a future premier, said nothing.'],
    ['a company post', 'Ana Ruiz resigned from the bank on Friday.'],
    ['a meeting chaired', 'Jorge Pinto, who chairs the meeting every week, called the move reckless.'],
    ['a coach', 'Tony Vale resigns as head coach at Northfield after six years.'],
    ['a federation post', 'Rosa Lima was elected president of the football federation.'],
    ['a company chair', 'Ana Ruiz resigned as chairman on Friday.'],
  ])('no office: %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('sub-national offices', () => {
  it('belong to the region\'s state', () => {
    expect(one('Ontario Premier Dana Fell said the tariffs would hurt workers.', 'Dana Fell')?.country).toBe('CA');
    expect(one("California's governor, Ruth Kemp, signed the bill.", 'Ruth Kemp')?.country).toBe('US');
    expect(one('Chinese Premier Li Wen met business leaders in Beijing.', 'Li Wen')?.country).toBe('CN');
  });

  it('not from a dateline', () => {
    const o = extract('NEW YORK - President Tomas Vale met reporters.').officials.find((x) => x.name === 'Tomas Vale');
    expect(o?.ruleIds).not.toContain('official/country-region');
    expect(extract('New York Governor Tomas Vale met reporters.').officials[0]?.ruleIds).toContain('official/country-region');
  });

  it('of a region two states share, only with the state the article names', () => {
    expect(one('Punjab Chief Minister Sana Tariq opened a hospital, Pakistan state media said.', 'Sana Tariq')?.country).toBe('PK');
    expect(one('Punjab Chief Minister Sana Tariq opened a hospital, Indian state media said.', 'Sana Tariq')?.country).toBe('IN');
  });
});
