import { DATE_WORDS } from '../../lexicon/dates.js';

/** When an event took or takes place, as calendar dates (YYYY-MM-DD), inclusive. */
export interface EventDate {
  /** one ISO 8601 date, or an interval "from/to" */
  iso: string;
  from: string;
  to: string;
}

export type Timing = 'happened' | 'planned';

const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const fmt = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const valid = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

function range(from: number, to: number): EventDate {
  const f = fmt(from);
  const t = fmt(to);
  return { iso: f === t ? f : `${f}/${t}`, from: f, to: t };
}
const monthRange = (y: number, m: number): EventDate => range(utc(y, m, 1), utc(y, m, daysIn(y, m)));
const yearRange = (y1: number, y2 = y1): EventDate => range(utc(y1, 1, 1), utc(y2, 12, 31));

function parsePublished(published: string | null): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? utc(y, mo, d) : null;
}

/** -1 for "last", 1 for "next", 0 for "this" or "earlier this", null when there is no shifter */
function shiftOf(words: string[], at: number): number | null {
  const prev = words[at - 1];
  if (prev === undefined) return null;
  if (DATE_WORDS.forward.has(prev)) return 1;
  if (DATE_WORDS.backward.has(prev)) return -1;
  if (DATE_WORDS.current.has(prev)) return 0;
  return null;
}

const YEAR = /^(1[89]\d\d|20\d\d|2100)$/;
const isYear = (w: string | undefined): boolean => !!w && YEAR.test(w);
const dayNumber = (w: string | undefined): number | null => {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w ?? '');
  return m ? Number(m[1]) : null;
};

/** "on Thursday's talks" → ["on", "thursday", "talks"]; commas and full stops go, digits and hyphens stay */
export function dateWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9'-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** The year for a month (and day) written without one: the one nearest the publication date, in the direction of the timing. */
function yearFor(pub: number, month: number, day: number | null, shift: number | null, timing: Timing | null): number | null {
  const y = new Date(pub).getUTCFullYear();
  const candidates = [y - 1, y, y + 1].filter((c) => day === null || valid(c, month, day));
  const start = (c: number): number => utc(c, month, day ?? 1);
  const end = (c: number): number => (day === null ? utc(c, month, daysIn(c, month)) : start(c));
  const pubMonth = utc(y, new Date(pub).getUTCMonth() + 1, 1);
  if (shift === 0) return candidates.includes(y) ? y : null;
  // no direction at all: the year that puts the date nearest the publication date
  if (shift === null && timing === null) {
    const gap = (c: number): number => Math.max(0, start(c) - pub, pub - end(c));
    return candidates.length ? candidates.reduce((a, b) => (gap(b) < gap(a) ? b : a)) : null;
  }
  const dir = shift ?? (timing === 'planned' ? 1 : -1);
  // "last October", "in October" (happened): the latest on or before the publication date; "next" and planned: the earliest on or after
  const fits = candidates.filter((c) => {
    if (shift === -1) return day === null ? start(c) < pubMonth : start(c) < pub;
    if (shift === 1) return day === null ? start(c) > pubMonth : start(c) > pub;
    return dir < 0 ? start(c) <= pub : end(c) >= pub;
  });
  if (!fits.length) return null;
  return dir < 0 ? Math.max(...fits) : Math.min(...fits);
}

function explicitDate(words: string[], pub: number | null, timing: Timing | null): EventDate | null {
  for (let i = 0; i < words.length; i++) {
    const month = DATE_WORDS.month.get(words[i]!);
    if (month === undefined) continue;
    // "may" is a month only beside a day or a year
    const before = dayNumber(words[i - 1]);
    const after = dayNumber(words[i + 1]);
    const day = before ?? after;
    const yearAt = before !== null ? i + 1 : after !== null ? i + 2 : i + 1;
    const year = isYear(words[yearAt]) ? Number(words[yearAt]) : null;
    if (words[i] === 'may' && day === null && year === null) continue;
    const shift = day === null && year === null ? shiftOf(words, i) : null;
    const y = year ?? (pub === null ? null : yearFor(pub, month, day, shift, timing));
    if (y === null) return null;
    if (day === null) return monthRange(y, month);
    if (!valid(y, month, day)) return null;
    // "August 25 to 31", "25-31 August"
    const toDay = after !== null && (words[i + 2] === 'to' || words[i + 2] === 'and') ? dayNumber(words[i + 3]) : null;
    if (toDay !== null && toDay > day && valid(y, month, toDay)) return range(utc(y, month, day), utc(y, month, toDay));
    return range(utc(y, month, day), utc(y, month, day));
  }
  return null;
}

function weekdayDate(words: string[], pub: number, timing: Timing | null): EventDate | null {
  const at = words.findIndex((w) => DATE_WORDS.weekday.has(w));
  if (at < 0) return null;
  const wd = DATE_WORDS.weekday.get(words[at]!)!;
  const pubWd = new Date(pub).getUTCDay();
  const ahead = (wd - pubWd + 7) % 7;
  const back = (pubWd - wd + 7) % 7;
  const shift = shiftOf(words, at);
  let offset: number;
  if (shift === 1) offset = ahead || 7;
  else if (shift === -1) offset = -(back || 7);
  // a bare weekday (news style) is the nearest one: after the publication date for a planned event, before it for one that happened
  else offset = timing === 'planned' ? ahead : -back;
  const t = pub + offset * DAY;
  return range(t, t);
}

function periodDate(words: string[], pub: number, timing: Timing | null): EventDate | null {
  // singular only: "in the coming months" is no one month
  const at = words.findIndex((w) => DATE_WORDS.periods.has(w));
  if (at < 0) return null;
  const period = words[at]!;
  const shift = shiftOf(words, at);
  if (shift === null && period !== 'weekend') return null;
  const d = new Date(pub);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  const s = shift ?? 0;
  if (period === 'year') return yearRange(y + s);
  if (period === 'month') {
    const mm = m + s;
    return mm < 1 ? monthRange(y - 1, 12) : mm > 12 ? monthRange(y + 1, 1) : monthRange(y, mm);
  }
  // weeks run Monday to Sunday (ISO 8601)
  const monday = pub - ((d.getUTCDay() + 6) % 7) * DAY + s * 7 * DAY;
  if (period === 'week') return range(monday, monday + 6 * DAY);
  let saturday = monday + 5 * DAY;
  // "at the weekend": the one before the publication date when it happened, the coming one when planned
  if (shift === null && timing !== 'planned' && saturday > pub) saturday -= 7 * DAY;
  return range(saturday, saturday + DAY);
}

/**
 * `when` as calendar dates: a day ("on Thursday", "7 November 2025", "yesterday") or a range ("next
 * month", "last week", "August 25 to 31", "2007-2013"). Relative words are read against the article's
 * publication date, and a bare weekday or month looks forward for a planned event, back for one that
 * happened; with no timing (null) a day and month without a year take the year nearest the publication
 * date and a bare weekday looks back. Null when the text gives no date or it needs a publication date the
 * article does not have.
 */
export function resolveWhen(when: string | null, published: string | null, timing: Timing | null): EventDate | null {
  if (!when) return null;
  const pub = parsePublished(published);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(when);
  if (iso && valid(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return range(utc(Number(iso[1]), Number(iso[2]), Number(iso[3])), utc(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const span = /^\s*(?:in\s+|from\s+|between\s+)?((?:1[89]|20)\d\d)\s*(?:-|–|to|and)\s*((?:1[89]|20)\d\d)\s*$/i.exec(when);
  if (span && Number(span[2]) >= Number(span[1])) return yearRange(Number(span[1]), Number(span[2]));
  const words = dateWordsOf(when);
  const explicit = explicitDate(words, pub, timing);
  if (explicit) return explicit;
  if (words.some((w) => DATE_WORDS.month.has(w) && w !== 'may')) return null;
  const yearOnly = words.find(isYear);
  if (yearOnly && words.every((w) => isYear(w) || /^(in|on|during|since|by|of|the|year)$/.test(w))) return yearRange(Number(yearOnly));
  if (pub === null) return null;
  const dayWord = words.find((w) => DATE_WORDS.dayWords.has(w));
  if (dayWord !== undefined) {
    const t = pub + DATE_WORDS.dayWords.get(dayWord)! * DAY;
    return range(t, t);
  }
  return weekdayDate(words, pub, timing) ?? periodDate(words, pub, timing);
}

/**
 * The direction the words of `when` point in without grammar: "next", "tomorrow" forward; "last",
 * "yesterday", "ago" back; null when they do not say.
 */
export function directionOf(when: string | null): Timing | null {
  if (!when) return null;
  for (const w of dateWordsOf(when)) {
    if (DATE_WORDS.forward.has(w) || (DATE_WORDS.dayWords.get(w) ?? 0) > 0) return 'planned';
    if (DATE_WORDS.backward.has(w) || (DATE_WORDS.dayWords.get(w) ?? 0) < 0 || w === 'ago') return 'happened';
  }
  return null;
}
