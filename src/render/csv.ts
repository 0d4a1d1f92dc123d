import { stringify } from 'csv-stringify/sync';
import type { Extraction, Result } from '../schema/extraction.js';
import type { CreateWriter } from './types.js';

/** The columns of one event row, in `--format csv` and in events.csv of `--csv DIR`. */
export const eventCsvColumns = [
  'document', 'published', 'ref', 'kind', 'subkind', 'negated', 'action', 'place', 'when',
  'countries', 'by', 'to', 'people', 'by_person', 'topics', 'confidence', 'rule_id', 'evidence', 'start', 'end',
  // schema 1.1.0: new columns go at the end, so that readers of the old columns by position keep working
  'timing', 'date_from', 'date_to', 'source', 'same_as',
] as const;

export type EventCsvRow = Record<(typeof eventCsvColumns)[number], string | number | null>;

/** RFC 4180: CRLF between records, fields quoted when they hold a comma, a quote or a line break. */
export const csvOptions = { record_delimiter: 'windows', cast: { boolean: (b: boolean) => (b ? '1' : '0') } } as const;

type EventLike = Pick<Extraction['meetings'][number], 'countries' | 'officials' | 'confidence' | 'ruleId' | 'evidence' | 'place' | 'when' | 'date' | 'timing' | 'source' | 'sameAs'> & { negated?: boolean };

const joinSorted = (xs: Iterable<string>): string => [...new Set(xs)].sort().join(';');

/** One row per agreement, commitment and meeting, with names and country codes instead of ids. */
export function eventRowsOf(r: Extraction): EventCsvRow[] {
  const names = new Map(r.officials.map((o) => [o.id, o.name]));
  const people = (ids: string[]): string => joinSorted(ids.map((id) => names.get(id) ?? id));
  const base = (ref: string, kind: string, subkind: string, e: EventLike) => ({
    document: r.source.path,
    published: r.article.published,
    ref,
    kind,
    subkind,
    negated: e.negated ? 1 : 0,
    countries: joinSorted(e.countries),
    people: people(e.officials),
    confidence: e.confidence,
    rule_id: e.ruleId,
    evidence: e.evidence.text,
    start: e.evidence.start,
    end: e.evidence.end,
    place: e.place,
    when: e.when,
    timing: e.timing,
    date_from: e.date?.from ?? null,
    date_to: e.date?.to ?? null,
    source: e.source,
    same_as: e.sameAs,
  });
  return [
    ...r.agreements.map((a): EventCsvRow => ({ ...base(a.id, 'agreement', a.status, a), action: a.action, by: null, to: null, by_person: null, topics: a.topics.join(';') })),
    ...r.commitments.map((c): EventCsvRow => ({
      ...base(c.id, 'commitment', c.kind, c),
      action: c.action, by: c.by.country, to: joinSorted(c.to),
      by_person: c.by.official ? (names.get(c.by.official) ?? null) : null, topics: c.topics.join(';'),
    })),
    ...r.meetings.map((m): EventCsvRow => ({ ...base(m.id, 'meeting', m.kind, m), action: null, by: null, to: null, by_person: null, topics: '' })),
  ];
}

// Input text must not reach a terminal raw: control characters other than tab and line breaks (which CSV
// quotes) are written as \uXXXX, as the table format does.
const scrub = (v: string | number | null): string | number | null =>
  typeof v === 'string' ? v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : v;

export const createCsvWriter: CreateWriter = (write) => {
  let header = false;
  const writeResult = (result: Result): void => {
    if (!header) {
      write(stringify([[...eventCsvColumns]], csvOptions));
      header = true;
    }
    if ('error' in result) return; // failures are reported on stderr
    const rows = eventRowsOf(result).map((row) => eventCsvColumns.map((c) => scrub(row[c])));
    if (rows.length) write(stringify(rows, csvOptions));
  };
  return {
    encoding: null,
    write: writeResult,
    writeEncoded: (text) => writeResult(JSON.parse(text) as Result),
    end() {
      if (!header) write(stringify([[...eventCsvColumns]], csvOptions));
    },
  };
};
