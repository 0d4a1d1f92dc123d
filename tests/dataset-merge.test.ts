import { describe, expect, it } from 'vitest';
import { mergePeople, nameFits, nameWords, type OfficialRef } from '../src/dataset/merge-people.js';

const refs = (list: Array<[string, string | null]>): OfficialRef[] => list.map(([name, country], i) => ({ id: i + 1, name, country }));
const groups = (list: Array<[string, string | null]>): string[][] =>
  mergePeople(refs(list))
    .map((p) => p.officials.map((id) => list[id - 1]![0]).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('nameWords and nameFits', () => {
  it('folds case, accents, punctuation and honorifics', () => {
    expect(nameWords('Tayyip Erdoğan')).toEqual(['tayyip', 'erdogan']);
    expect(nameWords('Mr. J. Smith-Jones')).toEqual(['j', 'smith', 'jones']);
  });
  it('fits a shorter name into a longer one in order, initials included', () => {
    expect(nameFits(['erdogan'], ['recep', 'tayyip', 'erdogan'])).toBe(true);
    expect(nameFits(['tayyip', 'erdogan'], ['recep', 'tayyip', 'erdogan'])).toBe(true);
    expect(nameFits(['j', 'smith'], ['john', 'smith'])).toBe(true);
    expect(nameFits(['xi'], ['xi', 'jinping'])).toBe(true);
  });
  it('does not fit other given names, middle words alone or reordered names', () => {
    expect(nameFits(['nick', 'brown'], ['gordon', 'brown'])).toBe(false);
    expect(nameFits(['tayyip'], ['recep', 'tayyip', 'erdogan'])).toBe(false);
    expect(nameFits(['erdogan', 'recep'], ['recep', 'tayyip', 'erdogan'])).toBe(false);
  });
});

describe('mergePeople', () => {
  it('merges the forms of one name in one country, across documents', () => {
    expect(groups([['Recep Tayyip Erdogan', 'TR'], ['Erdogan', 'TR'], ['Tayyip Erdoğan', 'TR'], ['Shehbaz Sharif', 'PK']])).toEqual([
      ['Erdogan', 'Recep Tayyip Erdogan', 'Tayyip Erdoğan'],
      ['Shehbaz Sharif'],
    ]);
  });
  it('keeps apart two people who share a surname, and a bare surname that could be either', () => {
    expect(groups([['Gordon Brown', 'GB'], ['Nick Brown', 'GB'], ['Brown', 'GB'], ['Gordon Brown', 'GB']])).toEqual([
      ['Brown'],
      ['Gordon Brown', 'Gordon Brown'],
      ['Nick Brown'],
    ]);
  });
  it('keeps apart the same surname in different countries', () => {
    expect(groups([['Imran Khan', 'PK'], ['Ahmed Khan', 'AF'], ['Khan', 'PK']])).toEqual([['Ahmed Khan'], ['Imran Khan', 'Khan']]);
  });
  it('takes a full name seen with several countries as one person, of the country it has most often', () => {
    const people = mergePeople(refs([['Benjamin Netanyahu', 'IL'], ['Benjamin Netanyahu', 'IL'], ['Benjamin Netanyahu', 'DE'], ['Netanyahu', 'IL'], ['Netanyahu', 'DE']]));
    expect(people.map((p) => [p.country, p.officials])).toEqual([['IL', [1, 2, 3, 4]], ['DE', [5]]]);
  });
  it('attaches an official without a country to the one person its name fits', () => {
    expect(groups([['Tony Blair', 'GB'], ['Blair', null], ['John Smith', 'US'], ['Smith', null], ['Ann Smith', 'GB']])).toEqual([
      ['Ann Smith'],
      ['Blair', 'Tony Blair'],
      ['John Smith'],
      ['Smith'],
    ]);
  });
  it('gives the same people whatever order the officials come in', () => {
    const list: Array<[string, string | null]> = [['Recep Tayyip Erdogan', 'TR'], ['Erdogan', 'TR'], ['Gordon Brown', 'GB'], ['Brown', null], ['Nick Brown', 'GB'], ['Xi', 'CN'], ['Xi Jinping', 'CN'], ['J. Smith', 'US']];
    const canon = (people: ReturnType<typeof mergePeople>, names: Array<[string, string | null]>) =>
      people.map((p) => ({ name: p.name, country: p.country, members: p.officials.map((id) => names[id - 1]!.join('/')).sort() }));
    const expected = canon(mergePeople(refs(list)), list);
    for (let seed = 1; seed < 6; seed++) {
      const shuffled = [...list].sort((a, b) => ((a[0].length * seed) % 7) - ((b[0].length * seed) % 7));
      expect(canon(mergePeople(refs(shuffled)), shuffled)).toEqual(expected);
    }
    expect(expected.find((p) => p.name === 'Xi Jinping')?.members).toEqual(['Xi Jinping/CN', 'Xi/CN']);
  });
  it('names a person by the longest form and lists every form', () => {
    const [p] = mergePeople(refs([['Erdogan', 'TR'], ['Recep Tayyip Erdogan', 'TR']]));
    expect(p).toMatchObject({ name: 'Recep Tayyip Erdogan', country: 'TR', aliases: ['Erdogan', 'Recep Tayyip Erdogan'] });
  });
});
