import type { Agreement, Commitment, EventSource, Meeting } from '../../schema/extraction.js';
import type { Range } from '../types.js';

/** The headline and highlight lines, in the same units as the records' evidence. */
export interface HeaderLines {
  headline: Range | null;
  highlights: readonly Range[];
}

type Unlinked<T> = Omit<T, 'source' | 'sameAs'>;
type AnyEvent = Unlinked<Agreement> | Unlinked<Commitment> | Unlinked<Meeting>;
const negatedOf = (e: AnyEvent): boolean => ('negated' in e ? e.negated : false);

const overlaps = (r: Range | null, e: Range): boolean => !!r && e.start < r.end && e.end > r.start;

/** headline, highlight or body: where the record's sentence is (ranges in the same units as `evidence`). */
export function sourceOf(article: HeaderLines, evidence: Range): EventSource {
  if (overlaps(article.headline, evidence)) return 'headline';
  if (article.highlights.some((h) => overlaps(h, evidence))) return 'highlight';
  return 'body';
}

// short words and grammar words say nothing about which event it is
const STEM = 5;
const contentStems = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, STEM)),
  );

const shared = <T>(a: readonly T[], b: readonly T[]): number => a.filter((x) => b.includes(x)).length;

/** What sets a record apart beyond its parties: its subtype, the amounts and instruments of its details, its place. */
function markers(e: AnyEvent): { sub: string; amounts: number[]; instruments: string[]; place: string | null; by: string | null } {
  const details = 'details' in e ? e.details : null;
  return {
    sub: 'status' in e ? e.status : e.kind,
    amounts: details?.amounts.map((a) => a.value) ?? [],
    instruments: details?.instruments ?? [],
    place: e.place?.toLowerCase() ?? null,
    by: 'by' in e ? e.by.country : null,
  };
}

/**
 * How strongly a body record looks like the same event as a headline record: shared parties weigh most,
 * then amounts, instruments, place, subtype and the words of the two sentences. 0 when they cannot be
 * the same: one denied and the other not, or each naming a state the other does not.
 */
function likeness(head: AnyEvent, body: AnyEvent): number {
  if (negatedOf(head) !== negatedOf(body)) return 0;
  // Chile and Peru in the headline, Chile and Bolivia in the body: another event
  const within = (a: readonly string[], b: readonly string[]): boolean => a.every((c) => b.includes(c));
  if (head.countries.length && body.countries.length && !within(head.countries, body.countries) && !within(body.countries, head.countries)) return 0;
  const h = markers(head);
  const b = markers(body);
  const parties = shared(head.countries, body.countries) + shared(head.officials, body.officials) + (h.by && h.by === b.by ? 1 : 0);
  const terms = 2 * shared(h.amounts, b.amounts) + shared(h.instruments, b.instruments) + (h.place && h.place === b.place ? 1 : 0);
  const headWords = contentStems(head.evidence.text);
  const words = [...contentStems(body.evidence.text)].filter((w) => headWords.has(w)).length;
  // a headline names the event in a few words: two of them shared, or one party and one more sign
  // (the words include the parties' names, so one party and one word is not enough)
  const enough = parties + terms >= 2 || (parties + terms >= 1 && words >= 2) || words >= 2;
  return enough ? 3 * parties + 2 * terms + words + (h.sub === b.sub ? 1 : 0) : 0;
}

/**
 * Marks where each record comes from and links a headline or highlight record to the body record of the
 * same kind that reports the same event (the most alike; the first on a tie), so that counting body
 * records counts each event once. Records must already have their ids, in text order.
 */
export function linkSources<T extends AnyEvent & { id: string }>(article: HeaderLines, records: T[]): Array<T & { source: EventSource; sameAs: string | null }> {
  const sources = records.map((e) => sourceOf(article, e.evidence));
  const body = records.filter((_, i) => sources[i] === 'body');
  return records.map((e, i) => {
    const source = sources[i]!;
    let sameAs: string | null = null;
    if (source !== 'body') {
      let best = 0;
      for (const b of body) {
        const score = likeness(e, b);
        if (score > best) [best, sameAs] = [score, b.id];
      }
    }
    return { ...e, source, sameAs };
  });
}
