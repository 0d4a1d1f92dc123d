import { createHash } from 'node:crypto';
import type { UserRoster } from '../lexicon/roster.js';
import type { Extraction, Official } from '../schema/extraction.js';
import type { Span } from '../schema/span.js';
import { SCHEMA_VERSION, extractionSchema } from '../schema/extraction.js';

/** The pipeline's `extract`, passed in so this module never loads compromise itself. */
export type ExtractFn = (text: string, options: { path?: string; warnings?: string[]; roster?: UserRoster; date?: string }) => Extraction;

// A news article is a few KB. Anything far bigger (a concatenated dump, a 20 MB single line) is cut
// into segments on paragraph, line, sentence or word boundaries and each segment is extracted on its
// own, so memory stays bounded by the segment size instead of growing with the whole token graph.
export const SEGMENT_CHARS = 200_000;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** UTF-16 cut points [0, …, text.length]; never inside a surrogate pair. Linear in text length. */
export function cutSegments(text: string, size = SEGMENT_CHARS): number[] {
  const cuts = [0];
  let at = 0;
  const min = Math.floor(size / 2);
  while (text.length - at > size) {
    const limit = at + size;
    // search only the second half of the window: lastIndexOf on the whole text would rescan it for
    // every segment when there is no separator (quadratic on a 20 MB single line)
    const window = text.slice(at + min, limit);
    let cut = -1;
    for (const sep of ['\n\n', '\n']) {
      const i = window.lastIndexOf(sep);
      if (i >= 0) {
        cut = at + min + i + sep.length;
        break;
      }
    }
    if (cut < 0) {
      // last sentence end (". " followed by a capital)
      for (let i = window.length - 3; i >= 0; i--) {
        const c = window.charCodeAt(i);
        if ((c === 46 || c === 33 || c === 63) && window.charCodeAt(i + 1) === 32) {
          const n = window.charCodeAt(i + 2);
          if (n >= 65 && n <= 90) {
            cut = at + min + i + 2;
            break;
          }
        }
      }
    }
    if (cut < 0) {
      const i = window.lastIndexOf(' ');
      if (i >= 0) cut = at + min + i + 1;
    }
    if (cut < 0) cut = isHigh(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
    cuts.push(cut);
    at = cut;
  }
  cuts.push(text.length);
  return cuts;
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

// generic so that an official's mention keeps its kind
const shift = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

/** Runs `extract` on a long text segment by segment and merges the records; short texts go straight through. */
export function extractSegmented(
  extract: ExtractFn,
  input: string,
  options: { path: string; warnings: string[]; roster?: UserRoster; date?: string },
  size = SEGMENT_CHARS,
): Extraction {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length <= size) return extract(text, options);
  const cuts = cutSegments(text, size);
  const segments = cuts.length - 1;
  // each segment is folded into the merged records as soon as it is extracted and then dropped, so a
  // 50 MB document holds its output and one segment's working set, never every segment's result
  const merger = createMerger([...options.warnings, `long document (${text.length} UTF-16 units) processed in ${segments} segments; records do not span segment boundaries`]);
  let offset = 0;
  for (let k = 0; k < segments; k++) {
    const from = cuts[k]!;
    const to = cuts[k + 1]!;
    const { roster, date } = options;
    merger.add(extract(text.slice(from, to), { path: options.path, ...(roster ? { roster } : {}), ...(date ? { date } : {}) }), offset);
    offset += countCodePoints(text, from, to);
  }
  return merger.finish({ path: options.path, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), chars: offset });
}

const officialKey = (o: Official): string => `${o.name.toLowerCase()}\u0000${o.country ?? ''}`;

/** Merges per-segment extractions (offsets in code points of the whole text) into one valid record. */
export function mergeSegments(
  parts: Array<{ result: Extraction; offset: number }>,
  source: { path: string; sha256: string; chars: number; warnings: string[] },
): Extraction {
  const merger = createMerger(source.warnings);
  for (const { result, offset } of parts) merger.add(result, offset);
  return merger.finish(source);
}

function createMerger(initialWarnings: string[]): {
  add(result: Extraction, offset: number): void;
  finish(source: { path: string; sha256: string; chars: number }): Extraction;
} {
  let first: Extraction | undefined;
  const countries = new Map<string, Extraction['countries'][number]>();
  const officials = new Map<string, Official>();
  const merged: Pick<Extraction, 'agreements' | 'commitments' | 'meetings' | 'quotes'> = { agreements: [], commitments: [], meetings: [], quotes: [] };
  const warnings = new Set(initialWarnings);

  const add = (result: Extraction, offset: number): void => {
    first ??= result;
    for (const c of result.countries) {
      const have = countries.get(c.code);
      const mentions = c.mentions.map((m) => shift(m, offset));
      if (have) have.mentions.push(...mentions);
      else countries.set(c.code, { ...c, mentions });
    }
    // the same person named in two segments is one official; ids are renumbered in first-mention order
    const idMap = new Map<string, string>();
    for (const o of result.officials) {
      const key = officialKey(o);
      const mentions = o.mentions.map((m) => shift(m, offset));
      const have = officials.get(key);
      if (have) {
        have.mentions.push(...mentions);
        have.aliases = [...new Set([...have.aliases, ...o.aliases])];
        have.ruleIds = [...new Set([...have.ruleIds, ...o.ruleIds])];
        have.title ??= o.title;
        have.portfolio ??= o.portfolio;
        have.confidence = Math.max(have.confidence, o.confidence);
        idMap.set(o.id, have.id);
      } else {
        const id = `o${officials.size + 1}`;
        officials.set(key, { ...o, id, mentions, aliases: [...o.aliases], ruleIds: [...o.ruleIds] });
        idMap.set(o.id, id);
      }
    }
    const ids = (list: string[]): string[] => [...new Set(list.map((i) => idMap.get(i)).filter((x): x is string => !!x))];
    // only the first segment has the article's header lines, and its records keep their ids (sameAs holds)
    const origin = <T extends { source: string; sameAs: string | null }>(e: T): T => (result === first ? e : { ...e, source: 'body', sameAs: null });
    for (const a of result.agreements) {
      merged.agreements.push({ ...origin(a), id: `a${merged.agreements.length + 1}`, evidence: shift(a.evidence, offset), officials: ids(a.officials) });
    }
    for (const c of result.commitments) {
      merged.commitments.push({
        ...origin(c),
        id: `c${merged.commitments.length + 1}`,
        by: { country: c.by.country, official: c.by.official === null ? null : (idMap.get(c.by.official) ?? null) },
        evidence: shift(c.evidence, offset),
        officials: ids(c.officials),
      });
    }
    for (const m of result.meetings) {
      merged.meetings.push({ ...origin(m), id: `m${merged.meetings.length + 1}`, evidence: shift(m.evidence, offset), officials: ids(m.officials) });
    }
    for (const q of result.quotes) {
      const speaker = idMap.get(q.speaker);
      if (speaker) merged.quotes.push({ speaker, text: shift(q.text, offset) });
    }
    for (const w of result.warnings) warnings.add(w);
  };

  const finish = (source: { path: string; sha256: string; chars: number }): Extraction => {
    const out: Extraction = {
      schemaVersion: first?.schemaVersion ?? SCHEMA_VERSION,
      source: { path: source.path, sha256: source.sha256, chars: source.chars },
      // headline, dateline and publisher live at the top of a document: the first segment has them
      article: first?.article ?? { headline: null, highlights: [], dateline: null, publisher: null, published: null },
      countries: [...countries.values()],
      officials: [...officials.values()],
      ...merged,
      warnings: [...warnings],
    };
    return extractionSchema.parse(out);
  };
  return { add, finish };
}
