import type { Extraction } from '../schema/extraction.js';

export type EventKind = 'agreement' | 'commitment' | 'meeting';
export const eventKinds: EventKind[] = ['agreement', 'commitment', 'meeting'];

export interface RecordFilter {
  /** alpha-2 codes: documents that mention none of them are dropped, and events that involve none of them */
  countries?: string[];
  /** event kinds kept; the others are emptied */
  kinds?: EventKind[];
  /** ISO dates, inclusive, compared with article.published: a document without a date is dropped */
  since?: string;
  until?: string;
  /** events and officials below this confidence are dropped (with the references to those officials) */
  minConfidence?: number;
}

export const hasFilter = (f: RecordFilter): boolean =>
  !!(f.countries?.length || f.kinds || f.since || f.until || f.minConfidence !== undefined);

/** A stable text form of a filter, stored with each document so that a changed filter reprocesses it. */
export function describeFilter(f: RecordFilter): string {
  const parts: string[] = [];
  if (f.countries?.length) parts.push(`country=${[...f.countries].sort().join(',')}`);
  if (f.kinds) parts.push(`kind=${[...f.kinds].sort().join(',')}`);
  if (f.since) parts.push(`since=${f.since}`);
  if (f.until) parts.push(`until=${f.until}`);
  if (f.minConfidence !== undefined) parts.push(`min-confidence=${f.minConfidence}`);
  return parts.join(' ');
}

type Event = Extraction['agreements'][number] | Extraction['commitments'][number] | Extraction['meetings'][number];

const eventCountries = (e: Event): string[] =>
  'by' in e ? [...e.countries, ...(e.by.country ? [e.by.country] : []), ...e.to] : e.countries;

/**
 * Applies a filter to one document's records; null when the whole document is filtered out. Ids are
 * kept as they were, so a filtered record still names the same officials as the unfiltered one.
 */
export function filterExtraction(r: Extraction, f: RecordFilter): Extraction | null {
  if (!hasFilter(f)) return r;
  const published = r.article.published;
  if ((f.since || f.until) && !published) return null;
  if (f.since && published! < f.since) return null;
  if (f.until && published! > f.until) return null;
  const wanted = f.countries?.length ? new Set(f.countries) : null;
  if (wanted && !r.countries.some((c) => wanted.has(c.code))) return null;

  const min = f.minConfidence ?? 0;
  const officials = r.officials.filter((o) => o.confidence >= min);
  const kept = new Set(officials.map((o) => o.id));
  const keepEvent = (kind: EventKind, e: Event): boolean =>
    (!f.kinds || f.kinds.includes(kind)) && e.confidence >= min && (!wanted || eventCountries(e).some((c) => wanted.has(c)));
  const ids = (list: string[]): string[] => list.filter((id) => kept.has(id));
  // a headline record's sameAs must not point at a body record the filter dropped
  const relink = <T extends { id: string; sameAs: string | null }>(list: T[]): T[] => {
    const here = new Set(list.map((e) => e.id));
    return list.map((e) => (e.sameAs && !here.has(e.sameAs) ? { ...e, sameAs: null } : e));
  };
  return {
    ...r,
    officials,
    agreements: relink(r.agreements.filter((e) => keepEvent('agreement', e)).map((e) => ({ ...e, officials: ids(e.officials) }))),
    commitments: relink(
      r.commitments
        .filter((e) => keepEvent('commitment', e))
        .map((e) => ({ ...e, officials: ids(e.officials), by: { ...e.by, official: e.by.official && kept.has(e.by.official) ? e.by.official : null } })),
    ),
    meetings: relink(r.meetings.filter((e) => keepEvent('meeting', e)).map((e) => ({ ...e, officials: ids(e.officials) }))),
    quotes: r.quotes.filter((q) => kept.has(q.speaker)),
  };
}

/** Parses the --country, --kind, --since, --until and --min-confidence option values; throws with a one-line message. */
export function parseFilterOptions(o: { country?: string; kind?: string; since?: string; until?: string; minConfidence?: string }): RecordFilter {
  const f: RecordFilter = {};
  const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);
  if (o.country !== undefined) {
    const codes = list(o.country).map((c) => c.toUpperCase());
    const bad = codes.find((c) => !/^[A-Z]{2}$/.test(c));
    if (bad || codes.length === 0) throw new Error(`--country takes ISO 3166-1 alpha-2 codes such as TR,PK (got '${bad ?? o.country}')`);
    f.countries = codes;
  }
  if (o.kind !== undefined) {
    const kinds = list(o.kind);
    const bad = kinds.find((k) => !(eventKinds as string[]).includes(k));
    if (bad || kinds.length === 0) throw new Error(`--kind takes ${eventKinds.join(', ')} (got '${bad ?? o.kind}')`);
    f.kinds = kinds as EventKind[];
  }
  for (const key of ['since', 'until'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`--${key} takes a date as YYYY-MM-DD, YYYY-MM or YYYY (got '${v}')`);
    // a partial date covers its whole month or year
    const pad = v.length === 10 ? '' : key === 'since' ? (v.length === 4 ? '-01-01' : '-01') : v.length === 4 ? '-12-31' : '-31';
    f[key] = `${v}${pad}`;
  }
  if (o.minConfidence !== undefined) {
    const n = Number(o.minConfidence);
    if (o.minConfidence.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new Error(`--min-confidence takes a number from 0 to 1 (got '${o.minConfidence}')`);
    f.minConfidence = n;
  }
  return f;
}
