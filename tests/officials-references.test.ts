import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { DatasetStore } from '../src/dataset/store.js';
import { officialMentionSchema } from '../src/schema/official-mention.js';

// Articles written for these tests (issue 10: references marked in mentions, possessives, visitors,
// "both sides", short names).

type Result = ReturnType<typeof extract>;
const person = (r: Result, name: string) => r.officials.find((o) => o.name === name)!;
const refs = (r: Result, name: string): string[] => person(r, name).mentions.filter((m) => m.kind === 'reference').map((m) => m.text);
const names = (r: Result, name: string): string[] => person(r, name).mentions.filter((m) => m.kind === 'name').map((m) => m.text);

describe('mentions say whether they name or refer', () => {
  const r = extract(
    [
      'LIMA: Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Tomas Vos on Monday.',
      'The two ministers signed a fisheries accord.',
      'Ms Ruiz said the Chilean minister would return in May.',
      'She thanked Mr Vos for his hospitality.',
    ].join('\n'),
  );

  it('marks forms of the name as names', () => {
    expect(names(r, 'Ana Ruiz')).toEqual(['Ana Ruiz', 'Ms Ruiz']);
    expect(names(r, 'Tomas Vos')).toEqual(['Tomas Vos', 'Mr Vos']);
  });

  it('marks pronouns, plural and definite descriptions as references', () => {
    expect(refs(r, 'Ana Ruiz')).toEqual(expect.arrayContaining(['The two ministers', 'She']));
    expect(refs(r, 'Tomas Vos')).toEqual(expect.arrayContaining(['The two ministers', 'his']));
  });

  it('keeps every official mention valid for the published schema, in text order', () => {
    for (const o of r.officials) {
      for (const m of o.mentions) expect(officialMentionSchema.safeParse(m).success).toBe(true);
      const starts = o.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe('possessives', () => {
  it('resolves "his"/"her" opening a sentence to the subject of the sentence before', () => {
    const r = extract('President Omar Haddad arrived in Athens on Monday.\nHis visit will last three days.');
    expect(refs(r, 'Omar Haddad')).toEqual(['His']);
    const s = extract('Prime Minister Ms Lena Pappas flew to Cairo.\nHer talks with Egypt covered gas.');
    expect(refs(s, 'Lena Pappas')).toEqual(['Her']);
  });

  it('resolves a possessive after the subject to that subject', () => {
    const r = extract('Finance Minister Kofi Mensah said Ghana would defend his budget.');
    expect(refs(r, 'Kofi Mensah')).toEqual(['his']);
  });

  it('does not resolve against the gender the text shows, nor "her" as an object', () => {
    const r = extract('Prime Minister Ms Lena Pappas flew to Cairo.\nHis talks with Egypt covered gas.');
    expect(refs(r, 'Lena Pappas')).toEqual([]);
    const s = extract('Prime Minister Lena Pappas flew to Cairo.\nEgypt thanked her for the visit.');
    expect(refs(s, 'Lena Pappas')).toEqual([]);
  });

  it('leaves "his counterpart" to the counterpart and gives the meeting both people', () => {
    const r = extract('ANKARA: Greek Foreign Minister Nikos Petros said the sea was calm.\nThe talks came during his meeting with his Turkish counterpart on Monday.\nTurkish Foreign Minister Emre Kaya agreed.');
    expect(refs(r, 'Nikos Petros')).toEqual(['his', 'his']);
    expect(refs(r, 'Emre Kaya')).toEqual(['his Turkish counterpart']);
    const meeting = r.meetings.find((m) => m.evidence.text.startsWith('The talks came'))!;
    const ids = [person(r, 'Nikos Petros').id, person(r, 'Emre Kaya').id];
    expect([...meeting.officials].sort()).toEqual(ids.sort());
  });
});

describe('gender from a known given name, when the text shows none', () => {
  it('keeps "he"/"his" from a woman and "she"/"her" from a man', () => {
    expect(refs(extract('Foreign Minister Ana Ruiz arrived in Lima on Monday.\nHis visit will last three days.'), 'Ana Ruiz')).toEqual([]);
    expect(refs(extract('Trade Minister Omar Haddad arrived in Athens on Monday.\nShe said the talks went well.'), 'Omar Haddad')).toEqual([]);
  });

  it('still resolves the matching pronoun', () => {
    expect(refs(extract('Foreign Minister Ana Ruiz arrived in Lima on Monday.\nHer visit will last three days.'), 'Ana Ruiz')).toEqual(['Her']);
    expect(refs(extract('Trade Minister Omar Haddad arrived in Athens on Monday.\nHe said the talks went well.'), 'Omar Haddad')).toEqual(['He']);
  });

  it('lets an honorific in the text win over the name list', () => {
    expect(refs(extract('Trade Minister Ms Omar Haddad arrived in Athens on Monday.\nShe said the talks went well.'), 'Omar Haddad')).toEqual(['She']);
  });
});

describe('the subject after a dateline', () => {
  it('looks past a wire dateline and date to the subject', () => {
    const r = extract('NAIROBI, March 3, 2025 - Kenyan Trade Minister Joseph Otieno opened the fair.\nHe said exports would grow.');
    expect(refs(r, 'Joseph Otieno')).toEqual(['He']);
    const s = extract('LIMA, 4 June 2024 - Peruvian Foreign Minister Tomas Vos met the press.\nHis remarks were brief.');
    expect(refs(s, 'Tomas Vos')).toEqual(['His']);
  });

  it('does not take a person named deep inside a clause as the subject', () => {
    const r = extract('Officials from the ministry and the port said on Monday that Trade Minister Joseph Otieno opened the fair.\nHe said exports would grow.');
    expect(refs(r, 'Joseph Otieno')).toEqual([]);
    const s = extract('Reporters who waited outside the hall for hours saw Foreign Minister Tomas Vos leave.\nHis remarks were brief.');
    expect(refs(s, 'Tomas Vos')).toEqual([]);
  });
});

describe('"the visiting premier"', () => {
  it('is the guest, not the host', () => {
    const r = extract('CAIRO: Egyptian Prime Minister Sami Nour received Greek Prime Minister Lena Pappas on Monday.\nThe visiting premier laid a wreath.');
    expect(refs(r, 'Lena Pappas')).toEqual(['The visiting premier']);
    expect(refs(r, 'Sami Nour')).toEqual([]);
  });

  it('stays unresolved when no guest can be told from the host', () => {
    const r = extract('Egyptian Prime Minister Sami Nour received Greek Prime Minister Lena Pappas on Monday.\nThe visiting premier laid a wreath.');
    expect(refs(r, 'Lena Pappas')).toEqual([]);
    expect(refs(r, 'Sami Nour')).toEqual([]);
  });
});

describe('"both sides"', () => {
  it('are the two officials of two states just mentioned, and the agreement carries them', () => {
    const r = extract('Kenyan Trade Minister Joseph Otieno met Japanese Trade Minister Yuki Sato in Nairobi.\nThe two sides agreed to set up a joint committee on ports.');
    expect(refs(r, 'Joseph Otieno')).toEqual(['The two sides']);
    expect(refs(r, 'Yuki Sato')).toEqual(['The two sides']);
    const a = r.agreements.find((x) => x.evidence.text.startsWith('The two sides'))!;
    expect(a.officials).toHaveLength(2);
  });

  it('stay states when the officials serve one state or are long past', () => {
    const one = extract('Kenyan Trade Minister Joseph Otieno met Kenyan Finance Minister Ruth Wanjiru in Nairobi.\nBoth sides agreed to cut fees.');
    expect(refs(one, 'Joseph Otieno')).toEqual([]);
    const far = extract('Kenyan Trade Minister Joseph Otieno met Japanese Trade Minister Yuki Sato in Nairobi.\nThe port is busy.\nShips wait for days.\nCranes are old.\nBoth sides agreed to cut fees.');
    expect(refs(far, 'Yuki Sato')).toEqual([]);
  });
});

describe('short names', () => {
  it('links a middle name and a given name to the full name', () => {
    const r = extract('Lula hosts Spanish minister\nBRASILIA: Brazilian President Luiz Inácio Lula da Silva met Spanish Foreign Minister Marta Gil on Monday.\nLula said trade would grow.');
    expect(names(r, 'Luiz Inácio Lula da Silva')).toEqual(['Lula', 'Luiz Inácio Lula da Silva', 'Lula']);
    const s = extract('Thai Prime Minister Paetongtarn Shinawatra met investors.\nPaetongtarn promised lower taxes.');
    expect(names(s, 'Paetongtarn Shinawatra')).toEqual(['Paetongtarn Shinawatra', 'Paetongtarn']);
  });

  it('links a one-word name that fits two people to neither', () => {
    const r = extract('Foreign Minister Ana Ruiz met Trade Minister Ana Costa in Lima.\nAna promised lower taxes.');
    expect(names(r, 'Ana Ruiz')).toEqual(['Ana Ruiz']);
    expect(names(r, 'Ana Costa')).toEqual(['Ana Costa']);
  });
});

describe('the dataset keeps the kind of each mention', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-refs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const result = extract('Kenyan Trade Minister Joseph Otieno met Japanese Trade Minister Yuki Sato.\nThe two ministers signed a port accord.', { path: 'a.txt' });

  it('writes person_mentions.kind', () => {
    const file = join(dir, 'new.db');
    const store = new DatasetStore(file, { toolVersion: 't', filters: '' });
    store.addDocument(result, null);
    store.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT text, kind FROM person_mentions ORDER BY start, official_id').all() as Array<{ text: string; kind: string }>;
    db.close();
    expect(rows.filter((x) => x.kind === 'reference').map((x) => x.text)).toEqual(['The two ministers', 'The two ministers']);
    expect(rows.filter((x) => x.kind === 'name').map((x) => x.text)).toEqual(['Joseph Otieno', 'Yuki Sato']);
  });

  it('upgrades a version-1 file in place', () => {
    const file = join(dir, 'old.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO meta VALUES ('dataset_version', '1');
      CREATE TABLE person_mentions (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, official_id INTEGER NOT NULL, person_id INTEGER, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);`);
    old.close();
    const store = new DatasetStore(file, { toolVersion: 't', filters: '' });
    store.addDocument(result, null);
    store.close();
    const db = new Database(file, { readonly: true });
    const kinds = db.prepare('SELECT DISTINCT kind FROM person_mentions ORDER BY kind').pluck().all();
    const version = db.prepare("SELECT value FROM meta WHERE key = 'dataset_version'").pluck().get();
    db.close();
    expect(kinds).toEqual(['name', 'reference']);
    expect(version).toBe('2');
  });
});
