import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { parse as parseCsv } from 'csv-parse/sync';
import type * as z from 'zod';
import { loadCountryLexicon } from '../lexicon/countries.js';
import { isIsoDate, ROSTER_ROLES, rosterSchemas, type UserRoster, type UserRosterEntry } from '../lexicon/roster.js';

// --roster FILE (a user's own roster of office holders, CSV or JSON) and --date YYYY-MM-DD (the date of
// articles that carry none). The CLI reads and validates the file here, once; the pipeline receives
// the parsed entries as data (ExtractOptions.roster), in workers too.

export type PipelineExtras = { roster?: UserRoster; date?: string };

export class RosterFileError extends Error {
  override name = 'RosterFileError';
}

const COLUMNS = ['name', 'aliases', 'country', 'title', 'role', 'from', 'to'] as const;
const q = (v: unknown): string => JSON.stringify(v) ?? String(v); // quoted and escaped: file text never reaches a terminal raw

/** commander parser for --date: a real calendar date written YYYY-MM-DD. */
export function parseDateOption(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a date written YYYY-MM-DD');
  return value;
}

/** The first problem with one entry, in words, naming the field and its value. */
function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  if (issue.code === 'unrecognized_keys') return `unknown field ${q(issue.keys[0])} (fields: ${COLUMNS.join(', ')})`;
  const field = String(issue.path[0] ?? '');
  const value = raw[field];
  if (field === 'name') return value === undefined ? 'name is missing' : 'name is empty';
  if (field === 'country') return `country ${q(value)} is not an ISO 3166-1 alpha-2 code`;
  if (field === 'from' || field === 'to') return `${field} ${q(value)} is not a date written YYYY-MM-DD`;
  if (field === 'role') return `role ${q(value)} is not one of ${ROSTER_ROLES.join(', ')}`;
  if (field === 'aliases') return `aliases must be a list of names`;
  return `${field || 'entry'}: ${issue.message}`;
}

/** Validates one raw entry (CSV row or JSON object); throws RosterFileError "where: problem". */
export function checkEntry(raw: unknown, where: string, countries: ReadonlySet<string>): UserRosterEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RosterFileError(`${where}: expected an object with a name`);
  const obj = raw as Record<string, unknown>;
  const input = { ...obj };
  // forgiving where the meaning is clear: "pk" is PK, an empty cell is no value
  for (const [k, v] of Object.entries(input)) if (v === '' || v === null) delete input[k];
  if (typeof input.country === 'string') input.country = input.country.trim().toUpperCase();
  if (typeof input.aliases === 'string') input.aliases = input.aliases.split(';').map((a) => a.trim()).filter(Boolean);
  const parsed = rosterSchemas().userRosterEntry.safeParse(input);
  if (!parsed.success) throw new RosterFileError(`${where}: ${describeIssue(parsed.error.issues[0]!, obj)}`);
  const e = parsed.data;
  if (e.country !== null && !countries.has(e.country)) throw new RosterFileError(`${where}: country ${q(obj.country)} is not an ISO 3166-1 alpha-2 code`);
  if (e.country === null && e.title === null) throw new RosterFileError(`${where}: ${q(e.name)} needs a country or a title`);
  if (e.from && e.to && e.from > e.to) throw new RosterFileError(`${where}: from ${e.from} is after to ${e.to}`);
  return e;
}

function parseJsonRoster(text: string, label: string, countries: ReadonlySet<string>): UserRoster {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RosterFileError(`${label}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new RosterFileError(`${label}: expected a JSON array of entries ({"name": …, "country": …})`);
  return data.map((raw, i) => checkEntry(raw, `${label}: entry ${i + 1}`, countries));
}

function parseCsvRoster(text: string, label: string, countries: ReadonlySet<string>): UserRoster {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parseCsv(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim().toLowerCase());
        const unknown = names.find((h) => !(COLUMNS as readonly string[]).includes(h));
        if (unknown !== undefined) throw new RosterFileError(`${label}:1: unknown column ${q(unknown)} (columns: ${COLUMNS.join(', ')})`);
        if (!names.includes('name')) throw new RosterFileError(`${label}:1: no "name" column (columns: ${COLUMNS.join(', ')})`);
        return names;
      },
    }) as typeof rows;
  } catch (e) {
    if (e instanceof RosterFileError) throw e;
    const err = e as Error & { lines?: number };
    throw new RosterFileError(`${label}${err.lines ? `:${err.lines}` : ''}: not valid CSV (${err.message.replace(/^Invalid Record Length: /, '')})`);
  }
  return rows.map(({ record, info }) => checkEntry(record, `${label}:${info.lines}`, countries));
}

/** Parses a roster's text: JSON when the name ends in .json or the text opens with [ or {, CSV otherwise. */
export function parseUserRoster(text: string, label: string): UserRoster {
  const countries = new Set(loadCountryLexicon().byCode.keys());
  const json = /\.json$/i.test(label) || (!/\.csv$/i.test(label) && /^\s*[[{]/.test(text));
  const roster = json ? parseJsonRoster(text, label, countries) : parseCsvRoster(text, label, countries);
  if (roster.length === 0) throw new RosterFileError(`${label}: no entries`);
  return roster;
}

/** Reads --roster FILE (relative to cwd); errors are one line, "FILE:LINE: problem". */
export function readUserRoster(file: string, cwd: string): UserRoster {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.resolve(cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RosterFileError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RosterFileError(`${file}: not UTF-8 text`);
  }
  return parseUserRoster(text, file);
}

/** The pipeline options that --roster and --date give, read and validated. */
export function pipelineExtras(opts: { roster?: string; date?: string }, cwd: string): PipelineExtras {
  return {
    ...(opts.roster !== undefined ? { roster: readUserRoster(opts.roster, cwd) } : {}),
    ...(opts.date !== undefined ? { date: opts.date } : {}),
  };
}
