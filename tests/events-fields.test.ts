import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import { linkSources } from '../src/extractors/events/source.js';
import type { Meeting } from '../src/schema/extraction.js';

// Articles written for these tests. 7 November 2025 is a Friday.
const VISIT = [
  'Chilean president to visit Lima next week',
  '',
  'SANTIAGO, 7 November 2025 (Reuters) - The Chilean president will travel to Lima next week for talks with the Peruvian president on water sharing, officials said.',
  'The Chilean foreign minister met her Bolivian counterpart in La Paz on Thursday.',
].join('\n');

describe('events: timing (happened or planned)', () => {
  it.each<[string, 'happened' | 'planned']>([
    ['The Finnish defence minister will travel to Tallinn next month.', 'planned'],
    ['The Finnish defence minister visited Estonia last week.', 'happened'],
    ['Kenya and Uganda are due to sign a rail agreement in Nairobi.', 'planned'],
    ['Kenya and Uganda signed a rail agreement in Nairobi on Monday.', 'happened'],
    // one meeting per sentence: "ahead of the summit" only dates it (constraint/time-reference), the
    // meeting reported is the king receiving the premier
    ['Ahead of the summit in Rabat, the Moroccan king received the Spanish premier.', 'happened'],
    ['The Moroccan king received the Spanish premier in Rabat.', 'happened'],
    ['The Irish premier met the Dutch prime minister in Dublin on Monday.', 'happened'],
    ['Mexico will host a regional summit in October.', 'planned'],
    ['Canada is expected to pledge $20m to Ghana at the donor conference.', 'planned'],
    ['Norway pledged $20m to Chad for school meals.', 'happened'],
    // the modal is the promise itself, made now
    ['Japan said it would provide $20m to the Fijian school fund.', 'happened'],
    // a refusal is what happened
    ['Kenya refused to sign the rail accord with Uganda.', 'happened'],
    ['Kenya and Uganda will sign the rail accord in Kampala on Monday.', 'planned'],
  ])('%s → %s', (text, timing) => {
    const r = extract(text);
    const events = [...r.agreements, ...r.commitments, ...r.meetings];
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]!.timing).toBe(timing);
  });

  it('reads an infinitive headline as an announced event', () => {
    const r = extract(VISIT);
    expect(r.meetings[0]).toMatchObject({ kind: 'visit', source: 'headline', timing: 'planned' });
  });
});

describe('events: place and when on every kind, with dates', () => {
  it('resolves when against the publication date and skips the dateline date', () => {
    const r = extract(VISIT);
    expect(r.article.published).toBe('2025-11-07');
    const body = r.meetings.filter((m) => m.source === 'body');
    expect(body[0]).toMatchObject({ place: 'Lima', when: 'next week', date: { iso: '2025-11-10/2025-11-16' }, timing: 'planned' });
    expect(body[1]).toMatchObject({ place: 'La Paz', when: 'on Thursday', date: { iso: '2025-11-06', from: '2025-11-06', to: '2025-11-06' }, timing: 'happened' });
  });

  it('gives agreements and commitments a place and a when', () => {
    const r = extract('Published: 2025-11-07\n\nKenya and Uganda signed a rail agreement in Nairobi on Monday.\nJapan pledged $20m to Ghana on Tuesday.');
    expect(r.agreements[0]).toMatchObject({ place: 'Nairobi', when: 'on Monday', date: { iso: '2025-11-03' } });
    expect(r.commitments[0]).toMatchObject({ when: 'on Tuesday', date: { iso: '2025-11-04' } });
  });

  it('a date after the publication date makes an event planned when the grammar does not say', () => {
    const r = extract('Published: 2025-11-07\n\nThe Kenyan and Ugandan leaders meet in Nairobi on 14 November for border talks.');
    expect(r.meetings[0]).toMatchObject({ when: 'on 14 November', date: { iso: '2025-11-14' }, timing: 'planned' });
  });

  it('has no date without a publication date, but keeps the words', () => {
    const r = extract('Kenya and Uganda signed a rail agreement in Nairobi on Monday.');
    expect(r.agreements[0]).toMatchObject({ when: 'on Monday', date: null });
  });
});

describe('events: source and sameAs', () => {
  it('links a headline record to the body record of the same event', () => {
    const r = extract(VISIT);
    const [head, ...body] = r.meetings;
    expect(head!.source).toBe('headline');
    const lima = body.find((m) => m.place === 'Lima')!;
    expect(head!.sameAs).toBe(lima.id);
    expect(body.every((m) => m.source === 'body' && m.sameAs === null)).toBe(true);
    // counting body records counts each event once
    expect(r.meetings.filter((m) => m.source === 'body').length).toBe(2);
  });

  it('leaves sameAs null when the body does not report the headline event', () => {
    const r = extract('Chilean president to visit Lima next week\n\nThe Chilean foreign minister met her Bolivian counterpart in La Paz on Thursday.');
    expect(r.meetings.map((m) => [m.source, m.sameAs])).toEqual([
      ['headline', null],
      ['body', null],
    ]);
  });

  it('prefers the most alike body record and never links a denial to an assertion', () => {
    const base = { kind: 'visit' as const, place: null, when: null, date: null, timing: 'happened' as const, confidence: 0.9, ruleId: 'meeting/visit', officials: [] };
    const span = (text: string, start: number) => ({ text, start, end: start + text.length });
    const rec = (id: string, countries: string[], text: string, start: number): Omit<Meeting, 'source' | 'sameAs'> => ({ ...base, id, countries, evidence: span(text, start) });
    const header = { headline: { start: 0, end: 20 }, highlights: [] };
    const out = linkSources(header, [
      rec('m1', ['CL', 'PE'], 'Chile leader in Peru', 0),
      rec('m2', ['CL', 'BO'], 'The Chilean minister went to Bolivia.', 30),
      rec('m3', ['CL', 'PE'], 'The Chilean president arrived in Peru.', 80),
    ]);
    expect(out.map((m) => [m.id, m.source, m.sameAs])).toEqual([
      ['m1', 'headline', 'm3'],
      ['m2', 'body', null],
      ['m3', 'body', null],
    ]);
  });
});
