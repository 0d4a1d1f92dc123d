import type { Extraction, Result } from '../../schema/extraction.js';

/** One input as the page sees it: its result and the text its spans point into. */
export interface ReportDoc {
  result: Result;
  /** the decoded input (BOM removed); null when the caller had no text (the page then shows records only) */
  text: string | null;
}

/** An event of one document: [document index, record id]. */
export type EventRef = [number, string];
export type EventKind = 'agreement' | 'commitment' | 'meeting';

export interface Person {
  name: string;
  offices: string[];
  country: string | null;
  docs: number[];
  events: EventRef[];
}

export interface Pair {
  a: string;
  b: string;
  agreement: number;
  commitment: number;
  meeting: number;
  events: EventRef[];
}

export interface Period {
  /** YYYY-MM of the articles' publication dates, or '' for undated articles */
  month: string;
  agreement: number;
  commitment: number;
  meeting: number;
  events: EventRef[];
}

export interface Overview {
  counts: Record<'documents' | 'failed' | 'countries' | 'officials' | 'agreements' | 'commitments' | 'meetings' | 'quotes', number>;
  countryNames: Record<string, string>;
  people: Person[];
  pairs: Pair[];
  timeline: Period[];
}

export interface ReportData {
  docs: ReportDoc[];
  overview: Overview;
}

const isExtraction = (r: Result): r is Extraction => !('error' in r);

// Folding the name joins "Ali Yerlikaya" and "ALI YERLIKAYA" across articles; different people who share
// a name would be joined too, which the documents column makes visible.
const personKey = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function eventsOf(r: Extraction): Array<{ kind: EventKind; id: string; countries: string[]; officials: string[] }> {
  return [
    ...r.agreements.map((e) => ({ kind: 'agreement' as const, id: e.id, countries: e.countries, officials: e.officials })),
    ...r.commitments.map((e) => ({ kind: 'commitment' as const, id: e.id, countries: e.countries, officials: e.officials })),
    ...r.meetings.map((e) => ({ kind: 'meeting' as const, id: e.id, countries: e.countries, officials: e.officials })),
  ];
}

function collectPeople(docs: ReportDoc[]): Person[] {
  const people = new Map<string, Person & { countries: Map<string, number> }>();
  docs.forEach(({ result: r }, d) => {
    if (!isExtraction(r)) return;
    const byId = new Map<string, Person>();
    for (const o of r.officials) {
      const key = personKey(o.name);
      let p = people.get(key);
      if (!p) people.set(key, (p = { name: o.name, offices: [], country: null, docs: [], events: [], countries: new Map() }));
      if (o.title && !p.offices.includes(o.title)) p.offices.push(o.title);
      if (o.country) p.countries.set(o.country, (p.countries.get(o.country) ?? 0) + 1);
      if (p.docs[p.docs.length - 1] !== d) p.docs.push(d);
      byId.set(o.id, p);
    }
    for (const e of eventsOf(r)) {
      const seen = new Set<Person>();
      for (const id of e.officials) {
        const p = byId.get(id);
        if (p && !seen.has(p)) p.events.push([d, e.id]);
        if (p) seen.add(p);
      }
    }
  });
  return [...people.values()]
    .map(({ countries, ...p }) => ({ ...p, country: [...countries].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null }))
    .sort((x, y) => y.docs.length - x.docs.length || y.events.length - x.events.length || x.name.localeCompare(y.name));
}

function collectPairs(docs: ReportDoc[]): Pair[] {
  const pairs = new Map<string, Pair>();
  docs.forEach(({ result: r }, d) => {
    if (!isExtraction(r)) return;
    for (const e of eventsOf(r)) {
      const cs = [...new Set(e.countries)].sort();
      for (let i = 0; i < cs.length; i++) {
        for (let j = i + 1; j < cs.length; j++) {
          const key = `${cs[i]}-${cs[j]}`;
          let p = pairs.get(key);
          if (!p) pairs.set(key, (p = { a: cs[i]!, b: cs[j]!, agreement: 0, commitment: 0, meeting: 0, events: [] }));
          p[e.kind]++;
          p.events.push([d, e.id]);
        }
      }
    }
  });
  return [...pairs.values()].sort((x, y) => y.events.length - x.events.length || `${x.a}${x.b}`.localeCompare(`${y.a}${y.b}`));
}

function collectTimeline(docs: ReportDoc[]): Period[] {
  const periods = new Map<string, Period>();
  docs.forEach(({ result: r }, d) => {
    if (!isExtraction(r)) return;
    const month = r.article.published?.slice(0, 7) ?? '';
    for (const e of eventsOf(r)) {
      let p = periods.get(month);
      if (!p) periods.set(month, (p = { month, agreement: 0, commitment: 0, meeting: 0, events: [] }));
      p[e.kind]++;
      p.events.push([d, e.id]);
    }
  });
  // dated months in order, the undated bucket last
  return [...periods.values()].sort((x, y) => (x.month === '' ? 1 : y.month === '' ? -1 : x.month.localeCompare(y.month)));
}

/** Counts, people, country pairs and the timeline over every document of a report. */
export function buildOverview(docs: ReportDoc[]): Overview {
  const ok = docs.map((d) => d.result).filter(isExtraction);
  const sum = (f: (r: Extraction) => number): number => ok.reduce((n, r) => n + f(r), 0);
  const countryNames: Record<string, string> = {};
  for (const r of ok) for (const c of r.countries) countryNames[c.code] ??= c.name;
  return {
    counts: {
      documents: docs.length,
      failed: docs.length - ok.length,
      countries: sum((r) => r.countries.length),
      officials: sum((r) => r.officials.length),
      agreements: sum((r) => r.agreements.length),
      commitments: sum((r) => r.commitments.length),
      meetings: sum((r) => r.meetings.length),
      quotes: sum((r) => r.quotes.length),
    },
    countryNames,
    people: collectPeople(docs),
    pairs: collectPairs(docs),
    timeline: collectTimeline(docs),
  };
}
