import * as z from 'zod';
import publishersJson from '../lexicon/publishers.json' with { type: 'json' };
import dateWordsJson from '../lexicon/dates.json' with { type: 'json' };
import { placeCountry } from '../lexicon/countries.js';
import type { ParsedDoc } from '../document/document.js';
import type { ArticleInfo, Range } from './types.js';

const publishersSchema = z.object({ agencies: z.record(z.string(), z.string()) });
const AGENCIES = publishersSchema.parse(publishersJson).agencies;

// the month names, January first, from the one list of them (validated by the build with the other date words)
const MONTHS: readonly string[] = dateWordsJson.months;
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DATE_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})\\b`, 'i');
const DATE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const BULLET = /^(\s*(?:[•●▪◦·*]|[-–—](?=\s))\s*)(\S.*?)\s*$/u;
const DATELINE = /^(\s*)([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=\s*(?:\([^)]{1,40}\)\s*)?(?:[,:]|\s+[-–—]|\s+\d{4}-\d{2}-\d{2}))/u;
const TITLE_DATELINE = /^(\s*)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=\s*(?:\([^)]{1,40}\)\s*)?(?::\s|\s+[-–—]\s))/u;

/** the words after a dateline's city up to the next comma, bracket or dash: "GEORGE TOWN, Malaysia, ..." */
const DATELINE_STATE = /^\s*,\s*([A-Z][\p{L}.'’ -]{1,30}?)\s*(?=[,(]|\s[-–—])/u;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

export function parseDate(text: string): string | null {
  let m = DATE_MDY.exec(text);
  if (m) return isoDate(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = DATE_DMY.exec(text);
  if (m) return isoDate(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  m = DATE_ISO.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return null;
}

function isoDate(y: number, monthIdx: number, d: number): string | null {
  if (monthIdx < 0 || monthIdx > 11 || d < 1 || y < 1800 || y > 2200) return null;
  // a day the month does not have ("February 30") is a misreading, not a date: the schema says format: date
  if (d > new Date(Date.UTC(y, monthIdx + 1, 0)).getUTCDate()) return null;
  return `${y}-${pad2(monthIdx + 1)}-${pad2(d)}`;
}

interface Line extends Range {
  text: string;
}

function linesOf(text: string, max: number): Line[] {
  const out: Line[] = [];
  let at = 0;
  // CRLF, LF and a lone CR (old Mac files) all end a line
  const br = /\r\n?|\n/g;
  while (at <= text.length && out.length < max) {
    br.lastIndex = at;
    const m = br.exec(text);
    const nl = m ? m.index : text.length;
    const raw = text.slice(at, nl);
    if (raw.trim()) out.push({ text: raw, start: at, end: at + raw.length });
    at = m ? nl + m[0].length : text.length + 1;
  }
  return out;
}

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function looksLikeHeadline(line: Line, next: Line | undefined): boolean {
  if (!next) return false;
  const t = line.text.trim();
  if (t.length > 200 || BULLET.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase()) return true;
  return !/[.!?]["”’]?$/.test(t) || t.length < 90 && next.start - line.end > 1;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function findPublisher(text: string, head: string): { publisher: string | null; published: string | null } {
  const tail = text.slice(Math.max(0, text.length - 600));
  const pub = /Published in (?:the )?([A-Z][\w&'’. -]{1,40}?),\s+([^\n]{4,40})/.exec(tail);
  if (pub) return { publisher: pub[1]!.trim(), published: parseDate(pub[2]!) };
  const agencyIn = (s: string): string | null => {
    const m = /\((\w[\w .-]{0,30})\)|^\s*(REUTERS?|AP|AFP)\s*$/m.exec(s);
    const key = m?.[1] ?? m?.[2];
    return key && AGENCIES[key.trim()] ? AGENCIES[key.trim()]! : null;
  };
  const publisher = agencyIn(head) ?? agencyIn(tail.slice(-80));
  return { publisher, published: null };
}

export function extractArticle(doc: ParsedDoc): ArticleInfo {
  const text = doc.text;
  const lines = linesOf(text, 12);
  let headline: Range | null = null;
  const highlights: Range[] = [];
  let cursor = 0;
  const first = lines[0];
  if (first && looksLikeHeadline(first, lines[1])) {
    headline = trimRange(text, first);
    cursor = 1;
  }
  for (; cursor < lines.length; cursor++) {
    const m = BULLET.exec(lines[cursor]!.text);
    if (!m) break;
    const start = lines[cursor]!.start + m[1]!.length;
    highlights.push(trimRange(text, { start, end: lines[cursor]!.end }));
  }

  let dateline: ArticleInfo['dateline'] = null;
  for (const line of lines.slice(cursor, cursor + 3)) {
    const m = DATELINE.exec(line.text) ?? TITLE_DATELINE.exec(line.text);
    if (!m) continue;
    const raw = m[2]!.replace(/[.'’-]+$/, '');
    // "GEORGE TOWN, Malaysia, May 5": a state named after the city says which one it is
    const named = DATELINE_STATE.exec(line.text.slice(m[0].length));
    const country = (named ? placeCountry(named[1]!) : null) ?? placeCountry(raw);
    const isCaps = m[2] === m[2]!.toUpperCase();
    if (!country && !isCaps) continue;
    const start = line.start + m[1]!.length;
    dateline = { place: titleCase(raw), country, range: { start, end: start + raw.length } };
    break;
  }

  const headText = text.slice(0, lines[Math.min(lines.length - 1, cursor + 1)]?.end ?? 0);
  let { publisher, published } = findPublisher(text, headText);
  if (!published) {
    const near = text.slice(0, Math.min(text.length, (lines[cursor]?.end ?? 0) + 1));
    published = parseDate(near);
  }

  const headerSentences = new Set<number>();
  const headerRanges = [headline, ...highlights].filter((r): r is Range => r !== null);
  for (const s of doc.sentences) {
    if (headerRanges.some((r) => s.start >= r.start && s.start < r.end)) headerSentences.add(s.index);
  }
  return { headline, highlights, dateline, publisher, published, headerSentences };
}
