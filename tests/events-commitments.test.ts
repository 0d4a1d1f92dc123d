import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { eventKindsOf, type EventKind } from './helpers.js';

const kindsOf = eventKindsOf;
type Kind = EventKind;

describe('commitments stated as what a government will do', () => {
  it.each<[string, Kind[]]>([
    ['The finance minister said the government would submit a revised budget to parliament next week.', ['commitment']],
    ['Officials in Quito said Ecuador would cooperate fully with the inquiry.', ['commitment']],
    ['The Irish foreign minister said Dublin was committed to rebuilding the damaged schools.', ['commitment']],
    ['The Chilean minister told reporters that Santiago will introduce legislation to cap fuel prices.', ['commitment']],
    ['Prime Minister Jonas Berg is expected to travel to Tallinn next week.', ['meeting']],
  ])('finds: %s', (text, kinds) => {
    expect(kindsOf(text)).toEqual(kinds);
  });

  it.each<[string]>([
    ['The carmaker said it would buy a smaller French rival for 2 billion euros.'],
    ['A Dutch brewer and a Belgian producer agreed to merge their bottling plants.'],
    ['Analysts said the rally would continue into next year.'],
    ['The crimes were committed to intimidate voters, the court heard.'],
    ['Fans will travel to Lisbon for the final.'],
  ])('reports nothing for: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe('the host of a visit', () => {
  it.each<[string, string[]]>([
    ['The Greek foreign minister visited Cairo on Tuesday for talks on gas.', ['GR', 'EG']],
    ['Chilean President Ana Soto will travel to Lima next week.', ['CL', 'PE']],
  ])('%s', (text, countries) => {
    expect(extract(text).meetings[0]?.countries).toEqual(countries);
  });

  it('does not make the venue of talks a party', () => {
    expect(extract('Pakistani and Afghan officials held talks in Doha on Sunday.').meetings[0]?.countries).toEqual(['PK', 'AF']);
  });
});

describe('agreements and meetings yet to come or adopted', () => {
  it.each<[string, Kind[]]>([
    ['Peru and Bolivia agree to revive border rail talks', ['agreement']],
    ['The two governments will resume negotiations next month.', ['commitment']],
    ['Peru and Bolivia resumed talks on Monday in La Paz.', ['meeting']],
    ['The Security Council unanimously adopted a resolution extending the mission in Mali.', ['agreement']],
    ['The family adopted a puppy from the shelter.', []],
  ])('%s', (text, kinds) => {
    expect(kindsOf(text)).toEqual(kinds);
  });
});
