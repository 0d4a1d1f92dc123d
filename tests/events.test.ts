import { describe, expect, it } from 'vitest';
import { eventKindsOf, type EventKind } from './helpers.js';
import { readFileSync } from 'node:fs';
import { extract } from '../src/pipeline/extract.js';

const kindsOf = eventKindsOf;
type Kind = EventKind;

describe('events: what counts', () => {
  it.each<[string, Kind[]]>([
    ['Norway and Chile agreed to set up a joint fisheries commission.', ['agreement']],
    ['The foreign ministers of Peru and Ecuador signed a memorandum of understanding on water sharing.', ['agreement']],
    ['Lawmakers in Oslo ratified the border treaty with Sweden on Friday.', ['agreement']],
    ['Kenya and Uganda reached a deal on rail freight after two days of talks.', ['agreement', 'meeting']],
    ['Both sides decided to expand cooperation in customs.', ['agreement']],
    ['The talks resulted in an agreement to reopen the consulates.', ['agreement']],
    ['Joint task force to be set up to fight smuggling between the two navies', ['agreement']],
    ['Japan pledged $20m to the reconstruction fund.', ['commitment']],
    ['The Chilean president reaffirmed his commitment to regional trade.', ['commitment']],
    ['Canada announced its full support for Ghana in the upcoming council vote.', ['commitment']],
    ['Portugal is keen to expand cooperation with Angola in all fields.', ['commitment']],
    ['The minister expressed Brazil’s strong desire for closer ties with Nigeria.', ['commitment']],
    ['Spain has offered to send engineers to help rebuild the bridge in Mozambique.', ['commitment']],
    ['The Irish premier met the Dutch prime minister in Dublin on Monday.', ['meeting']],
    ['The Finnish defence minister visited Estonia last week.', ['meeting']],
    ['The two leaders held a one-to-one meeting, followed by delegation-level talks.', ['meeting']],
    ['The ambassador of Kenya called on the Indian foreign minister here.', ['meeting']],
    ['Mexico will host a regional summit in October.', ['meeting']],
    ['The Brazilian president spoke by telephone with his Argentine counterpart.', ['meeting']],
    ['Leaders of the two countries convened in Rabat.', ['meeting']],
    ['Britain will help Indonesia rebuild its ports.', ['commitment']],
    ['Germany donated 50 ambulances to Ukraine.', ['commitment']],
    ['The presidents of Ghana and Togo will meet next month to sign a border accord.', ['agreement', 'meeting']],
    ['Minister backs ending fuel embargo on Cuba\n\nThe Spanish minister spoke in Madrid.', ['commitment']],
    ['Chile hosted Peruvian diplomats for two days of talks.', ['meeting']],
    ['Norway offered to host the secretariat of the new fund in Oslo.', ['commitment']],
    ['Ministers agreed a fund of 20 million dollars to support flood victims.', ['agreement']],
    ['The Austrian government signed a gas contract with a Qatari company.', ['agreement']],
  ])('finds: %s', (text, kinds) => {
    expect(kindsOf(text)).toEqual(kinds);
  });

  it.each<[string]>([
    ['The Polish minister praised Lithuania’s role in the peace talks.'],
    ['The Greek minister thanked his Cypriot counterpart for the hospitality extended during the visit.'],
    ['The critics agreed that the film was good.'],
    ['The two companies signed a merger agreement worth $3bn, shareholders said.'],
    ['Ireland called on Iceland to sign the convention.'],
    ['The rebels vowed to retaliate, promising to kill the soldiers.'],
    ['If there is any plan for him to meet Austrian officials, he has not been told.'],
    ['The government will meet its deficit target next year.'],
    ['Funding was allocated to research by the university.'],
    ['The internationally-agreed plan remains on paper.'],
    ['Backed by Chile and Peru, Bolivia is pushing for a new canal.'],
    ['Egypt is hoping to strike a deal.'],
    ['Rainfall in the north was heavy this year, the weather office said.'],
    ['He gave a press briefing on the new tax rules.'],
    ['The trip follows claims of infighting in the cabinet.'],
    ['Thousands of fans visited the stadium on Sunday.'],
    ['The students met their teachers after class.'],
    ['Argentine champions Boca agreed a fee with Benfica for the Uruguayan defender.'],
    ['The Swedish brewer and its Danish rival reached an agreement to merge, the companies said.'],
    ['Forty MPs signed a letter opposing the plan.'],
    ['The president signed the bill into law on Monday.'],
  ])('reports nothing for: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each<[string, Kind]>([
    ['Hungary refused to sign the accord with Austria.', 'agreement'],
    ['Romania did not agree to the new quotas proposed by Bulgaria.', 'agreement'],
    ['Officials in Lima denied that any agreement had been signed with Bolivia.', 'agreement'],
    ['Ghana has never pledged troops to the mission in Mali.', 'commitment'],
  ])('marks refusals and denials as negated: %s', (text, kind) => {
    const r = extract(text);
    const records = kind === 'agreement' ? r.agreements : r.commitments;
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((e) => e.negated)).toBe(true);
  });

  it('keeps several kinds in one sentence', () => {
    expect(kindsOf('During the visit to Rome, the Maltese and Italian ministers signed an accord on migration.')).toEqual(['agreement', 'meeting']);
  });
});

describe('events: records', () => {
  it('fills status, action, topics and details of an agreement', () => {
    const r = extract('Estonia and Latvia agreed to establish a joint working group on counter-narcotics that will meet four times a year.');
    expect(r.agreements).toHaveLength(1);
    const a = r.agreements[0]!;
    expect(a.status).toBe('agreed');
    expect(a.action).toMatch(/^establish a joint working group on counter-narcotics/);
    expect(a.topics).toContain('counter-narcotics');
    expect(a.details.frequency).toEqual({ count: 4, per: 'year' });
    expect(a.details.instruments).toContain('joint working group');
    expect(a.countries.sort()).toEqual(['EE', 'LV']);
    expect(a.evidence.text).toBe('Estonia and Latvia agreed to establish a joint working group on counter-narcotics that will meet four times a year.');
    // the group's future meetings are a term of the agreement, not a meeting
    expect(r.meetings).toHaveLength(0);
  });

  it('gives the committing side and the beneficiary', () => {
    const r = extract('Norway pledged $5m in flood relief to Bangladesh.');
    const c = r.commitments[0]!;
    expect(c.kind).toBe('pledge');
    expect(c.by.country).toBe('NO');
    expect(c.to).toEqual(['BD']);
    // a bare $ is not USD when nothing points to the United States (tests/events-currency.test.ts)
    expect(c.details.amounts).toEqual([{ value: 5e6, currency: null, text: '$5m' }]);
    expect(extract('Norway pledged US$5m in flood relief to Bangladesh.').commitments[0]!.details.amounts).toEqual([{ value: 5e6, currency: 'USD', text: 'US$5m' }]);
  });

  it('resolves "both sides" to the article participants', () => {
    const text = [
      'Chile and Argentina hold border talks',
      '',
      'The foreign ministers of Chile and Argentina met in Santiago on Tuesday.',
      'Both sides agreed to open two new border crossings.',
    ].join('\n');
    const r = extract(text);
    const a = r.agreements.find((e) => e.evidence.text.startsWith('Both sides'));
    expect(a?.countries.sort()).toEqual(['AR', 'CL']);
  });

  it.each<[string, string]>([
    ['Peru and Chile signed a fisheries pact.', 'signed'],
    ['The presidents of Ghana and Togo will meet next month to sign a border accord.', 'proposed'],
    ['Lawmakers in Oslo ratified the border treaty with Sweden.', 'ratified'],
    ['Sudan and Chad reached a ceasefire deal.', 'reached'],
    ['Mali and Niger extended their security pact by two years.', 'extended'],
  ])('status of "%s" is %s', (text, status) => {
    expect(extract(text).agreements[0]?.status).toBe(status);
  });

  it('reads place and time of a meeting', () => {
    const r = extract('The Irish premier met the Dutch prime minister in Dublin on Monday.');
    expect(r.meetings[0]).toMatchObject({ kind: 'meeting', place: 'Dublin', when: 'on Monday' });
  });

  it('finds every event of the sample article with Pakistan and Türkiye as parties', () => {
    const text = readFileSync(new URL('../fixtures/dawn-2025-11-07-pakistan-turkiye.txt', import.meta.url), 'utf8');
    const r = extract(text);
    expect(r.agreements.filter((e) => !e.negated)).toHaveLength(6);
    for (const a of r.agreements) expect([...a.countries].sort()).toEqual(['PK', 'TR']);
    expect(r.commitments.length).toBeGreaterThanOrEqual(5);
    expect(r.meetings.length).toBeGreaterThanOrEqual(5);
    // praise and thanks alone are not events
    const all = [...r.agreements, ...r.commitments, ...r.meetings].map((e) => e.evidence.text);
    expect(all.some((t) => /\b(?:praised|thanked)\b/.test(t))).toBe(false);
  });
});
