import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const codes = (text: string): string[] => extract(text).countries.map((c) => c.code).sort();

describe('countries: names in every common form', () => {
  it.each([
    ['Türkiye and Turkiye and Turkey', ['TR']],
    ['the United States, the U.S. and the US', ['US']],
    ['UK officials and Britain', ['GB']],
    ['Pakistan’s army and Pakistan\'s navy', ['PK']],
    ['The Netherlands, also called Holland', ['NL']],
    ['South Korea and the Republic of Korea', ['KR']],
    ['The Soviet Union collapsed', ['RU']],
    ['Bosnia-Herzegovina and Côte d’Ivoire', ['BA', 'CI']],
    ['UAE and U.K. envoys', ['AE', 'GB']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('countries: demonyms and capitals', () => {
  it.each([
    ['The Turkish minister met his Pakistani counterpart.', ['PK', 'TR']],
    ['Afghan Taliban fighters and the Saudis', ['AF', 'SA']],
    ['Ankara said it would respond.', ['TR']],
    ['Washington and Beijing agreed on tariffs.', ['CN', 'US']],
    ["Moscow's decision surprised analysts.", ['RU']],
    ['The U.S.-led coalition', ['US']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('countries: what is not a country', () => {
  it.each([
    ['Let us go and ask us again.'],
    ['Chad Johnson scored twice for his club.'],
    ['Michael Jordan retired from basketball.'],
    ['Atlanta, Georgia hosted the conference.'],
    ['Turkish Airlines and the Pakistan Peoples Party'],
    ['The Bank of England raised rates.'],
    ['Talks were held in Istanbul and later in Ankara.'],
    ['She flew from Moscow to Washington.'],
    ['The minister answered in Arabic and French.'],
    ['The EU, the UN and NATO issued statements.'],
    ['We ate turkey and chad is a word.'],
    ['Latin American and North American markets'],
    ['New Mexico and New Jersey voted.'],
    ['Ships crossed the Indian Ocean.'],
    ['Air India and Royal Jordanian flights were delayed.'],
    ['Voice of America reported it.'],
    ['Guards in West Azerbaijan province were attacked.'],
  ])('%s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('skips the dateline city but keeps the country named later', () => {
    const r = extract('ISLAMABAD: The minister said Pakistan would respond.');
    expect(r.countries.map((c) => c.code)).toEqual(['PK']);
    expect(r.countries[0]!.mentions).toHaveLength(1);
  });

  it.each([
    ['Congo and Rwanda agreed to talks.', ['CD', 'RW']],
    ['Congo-Brazzaville said Congo would host the summit.', ['CG']],
  ])('resolves a name two states share from the rest of the text: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('reads flag emoji as the country they spell', () => {
    expect(codes('Leaders 🇹🇷🤝🇦🇿 met')).toEqual(['AZ', 'TR']);
  });
});

describe('country records', () => {
  it('carries alpha-2, alpha-3, a display name and every mention', () => {
    const [tr] = extract('Turkiye’s minister and the Turkish side met. Türkiye agreed.').countries;
    expect(tr).toMatchObject({ code: 'TR', iso3: 'TUR', name: 'Türkiye' });
    expect(tr!.mentions.map((m) => m.text)).toEqual(['Turkiye', 'Turkish', 'Türkiye']);
  });
});
