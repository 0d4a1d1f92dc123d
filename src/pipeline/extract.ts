import { createHash } from 'node:crypto';
import type { CountryMention, OfficialMention, Range } from '../extractors/types.js';
import type { OfficialMentionSpan } from '../schema/official-mention.js';
import type { CountryLexicon } from '../lexicon/countries.js';
import { bundledLexicons, type Lexicons } from '../lexicon/lexicons.js';
import { checkRosterOptions, type UserRoster } from '../lexicon/roster.js';
import { SCHEMA_VERSION, extractionSchema, type Country, type Extraction } from '../schema/extraction.js';
import type { Span } from '../schema/span.js';
import { createRuleSwitch } from '../rules/types.js';
import { parseDocument, type ParsedDoc } from '../document/document.js';
import { runStages } from './stages.js';
import { linkSources } from '../extractors/events/source.js';

export interface ExtractOptions {
  /** recorded as source.path; "-" for stdin */
  path?: string;
  /** notes from decoding the input, carried into the output */
  warnings?: string[];
  /**
   * A user's own roster of office holders, which wins over the bundled one (see src/lexicon/roster.ts).
   * Validated here; the officials extractor consults it where the text is silent.
   */
  roster?: UserRoster;
  /** the article's date (YYYY-MM-DD) for roster lookups when the text gives none (`published`) */
  date?: string;
  /** rule ids to turn off for this document (see `extract rules`); unknown ids are ignored here, the CLI rejects them */
  disable?: readonly string[];
  /**
   * The lexicons to read instead of the bundled ones: `buildLexicons(sources)` compiles them from
   * changed JSON (`lexiconSources()` gives a copy of the bundled JSON to change). compromise's own
   * tagging keeps the bundled country words, since its lexicon is global to the process.
   */
  lexicons?: Lexicons;
}

export class InvalidOutputError extends Error {
  override name = 'InvalidOutputError';
}

const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;

function uniqueSpans(doc: ParsedDoc, ranges: Range[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${r.start}:${r.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(doc.span(r.start, r.end));
  }
  return out;
}

/** An official's mentions as spans in text order; a span both named and referred to counts as the name. */
function officialMentionSpans(doc: ParsedDoc, mentions: readonly OfficialMention[]): OfficialMentionSpan[] {
  const byKey = new Map<string, OfficialMentionSpan>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${m.start}:${m.end}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...doc.span(m.start, m.end), kind: m.kind ?? 'name' });
    else if (m.kind !== 'reference') seen.kind = 'name';
  }
  return [...byKey.values()];
}

function buildCountries(doc: ParsedDoc, mentions: readonly CountryMention[], { byCode }: CountryLexicon): Country[] {
  const groups = new Map<string, Range[]>();
  for (const m of [...mentions].sort(byStart)) {
    const list = groups.get(m.code) ?? [];
    list.push(m);
    groups.set(m.code, list);
  }
  return [...groups].map(([code, ranges]) => {
    const info = byCode.get(code);
    return { code, iso3: info?.iso3 ?? 'XXX', name: info?.name ?? code, mentions: uniqueSpans(doc, ranges) };
  });
}

/** Extract records from one document's text. Pure: no I/O, same input → same output. */
export function extract(input: string, options: ExtractOptions = {}): Extraction {
  checkRosterOptions(options);
  const doc = parseDocument(input);
  const lexicons = options.lexicons ?? bundledLexicons();
  // the extractor stages in order (stages.ts): each reads what the ones before it made, none writes into another's
  const roster = { user: options.roster ?? null, date: options.date ?? null };
  const { article, countries, officials, events } = runStages({ doc, lexicons, rules: createRuleSwitch(options.disable), roster });

  const officialOrder = officials
    .map((o, i) => ({ o, i, first: Math.min(...o.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  const officialId = new Map(officialOrder.map((x, n) => [x.i, `o${n + 1}`]));
  const ids = (list: number[]): string[] => [...new Set(list.map((i) => officialId.get(i)).filter((x): x is string => !!x))];
  const sortEvents = <T extends { evidence: Range }>(list: T[]): T[] =>
    [...list].sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);

  const headline = article.headline ? doc.span(article.headline.start, article.headline.end) : null;
  const highlights = article.highlights.map((r) => doc.span(r.start, r.end));
  const header = { headline, highlights };
  const result: Extraction = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? '-',
      sha256: createHash('sha256').update(doc.input, 'utf8').digest('hex'),
      chars: doc.chars,
    },
    article: {
      headline,
      highlights,
      dateline: article.dateline
        ? { place: article.dateline.place, country: article.dateline.country, span: doc.span(article.dateline.range.start, article.dateline.range.end) }
        : null,
      publisher: article.publisher,
      published: article.published,
    },
    countries: buildCountries(doc, countries, lexicons.countries),
    officials: officialOrder.map(({ o, i }) => ({
      id: officialId.get(i)!,
      name: o.name,
      title: o.title,
      portfolio: o.portfolio,
      country: o.country,
      aliases: o.aliases,
      mentions: officialMentionSpans(doc, o.mentions),
      confidence: o.confidence,
      ruleIds: [...new Set(o.ruleIds)],
      evidence: o.evidence,
    })),
    agreements: linkSources(header, sortEvents(events.agreements).map((e, n) => {
      const { sentence: _s, ...rest } = e;
      return { ...rest, id: `a${n + 1}`, evidence: doc.span(e.evidence.start, e.evidence.end), officials: ids(e.officials) };
    })),
    commitments: linkSources(header, sortEvents(events.commitments).map((e, n) => {
      const { sentence: _s, ...rest } = e;
      return {
        ...rest,
        id: `c${n + 1}`,
        by: { country: e.by.country, official: e.by.official === null ? null : (officialId.get(e.by.official) ?? null) },
        evidence: doc.span(e.evidence.start, e.evidence.end),
        officials: ids(e.officials),
      };
    })),
    meetings: linkSources(header, sortEvents(events.meetings).map((e, n) => {
      const { sentence: _s, ...rest } = e;
      return { ...rest, id: `m${n + 1}`, evidence: doc.span(e.evidence.start, e.evidence.end), officials: ids(e.officials) };
    })),
    quotes: events.quotes
      .filter((q) => officialId.has(q.speaker))
      .sort((a, b) => a.text.start - b.text.start)
      .map((q) => ({ speaker: officialId.get(q.speaker)!, text: doc.span(q.text.start, q.text.end) })),
    warnings: options.warnings ?? [],
  };
  const checked = extractionSchema.safeParse(result);
  if (!checked.success) throw new InvalidOutputError(`output failed validation: ${checked.error.message}`);
  return checked.data;
}
