import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/pipeline/extract.js';
import type { Span } from '../src/schema/span.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixturesDir = path.join(root, 'fixtures');
export const binPath = path.join(root, 'bin', 'extract.js');

export function listFixtures(): string[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' && v !== null && typeof (v as Span).text === 'string' && Number.isInteger((v as Span).start) && Number.isInteger((v as Span).end);

/** Every {text,start,end} object anywhere in a value, with its JSON path. */
export function collectSpans(value: unknown, at = '$'): Array<{ path: string; span: Span }> {
  if (isSpan(value)) return [{ path: at, span: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectSpans(v, `${at}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => collectSpans(v, `${at}.${k}`));
  return [];
}

export function spanHolds(input: string, span: Span): boolean {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return [...text].slice(span.start, span.end).join('') === span.text;
}

export type EventKind = 'agreement' | 'commitment' | 'meeting';

/** Kinds of the asserted (not negated) events that `extract` finds in a text. */
export function eventKindsOf(text: string): EventKind[] {
  const r = extract(text);
  const out: EventKind[] = [];
  if (r.agreements.some((e) => !e.negated)) out.push('agreement');
  if (r.commitments.some((e) => !e.negated)) out.push('commitment');
  if (r.meetings.length > 0) out.push('meeting');
  return out;
}
