import type { ChalkInstance } from 'chalk';
import type { Extraction, Result } from '../schema/extraction.js';
import type { CreateWriter } from './types.js';

// Input text must never reach a terminal raw: escape sequences in a clipping could rewrite the screen.
export function sanitise(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  ).replace(/\n/g, ' ');
}

function clip(text: string, max: number): string {
  const t = sanitise(text).replace(/\s+/g, ' ').trim();
  const chars = [...t];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : t;
}

function section(c: ChalkInstance, title: string, count: number, rows: string[]): string[] {
  const head = c.bold(`${title} (${count})`);
  return rows.length ? [head, ...rows.map((r) => `  ${r}`)] : [head, `  ${c.dim(`no ${title.toLowerCase()} found`)}`];
}

function renderDocument(r: Extraction, c: ChalkInstance): string {
  const a = r.article;
  const officialName = new Map(r.officials.map((o) => [o.id, o.name]));
  const parties = (countries: string[], officials: string[]): string =>
    [countries.join('/') || '—', officials.map((id) => officialName.get(id) ?? id).join(', ')].filter(Boolean).join(' ');
  const lines: string[] = [];
  lines.push(c.inverse.bold(` ${sanitise(r.source.path)} `) + c.dim(` ${r.source.chars} chars`));
  if (a.headline) lines.push(c.bold(clip(a.headline.text, 120)));
  for (const h of a.highlights) lines.push(`  • ${clip(h.text, 116)}`);
  const meta = [
    a.dateline ? `dateline ${sanitise(a.dateline.place)}${a.dateline.country ? ` (${a.dateline.country})` : ''}` : null,
    a.publisher ? `publisher ${sanitise(a.publisher)}` : null,
    a.published ? `published ${a.published}` : null,
  ].filter(Boolean);
  if (meta.length) lines.push(c.dim(meta.join(' · ')));
  lines.push('');
  lines.push(...section(c, 'Countries', r.countries.length, r.countries.map((x) => `${c.cyan(x.code)}  ${sanitise(x.name)} · ${x.mentions.length} mention${x.mentions.length === 1 ? '' : 's'}`)));
  lines.push(...section(c, 'Officials', r.officials.length, r.officials.map((o) =>
    `${c.green(sanitise(o.name))} · ${sanitise(o.title ?? '—')} · ${o.country ?? '—'} · ${o.mentions.length} mention${o.mentions.length === 1 ? '' : 's'}`)));
  lines.push(...section(c, 'Agreements', r.agreements.length, r.agreements.map((e) =>
    `${c.yellow(e.negated ? `not ${e.status}` : e.status)} · ${parties(e.countries, e.officials)} · ${clip(e.action, 60)} · ${c.dim(`“${clip(e.evidence.text, 70)}”`)}`)));
  lines.push(...section(c, 'Commitments', r.commitments.length, r.commitments.map((e) =>
    `${c.yellow(e.negated ? `not ${e.kind}` : e.kind)} · ${parties(e.countries, e.officials)} · ${clip(e.action, 60)} · ${c.dim(`“${clip(e.evidence.text, 70)}”`)}`)));
  lines.push(...section(c, 'Meetings', r.meetings.length, r.meetings.map((e) =>
    `${c.yellow(e.kind)} · ${parties(e.countries, e.officials)}${e.place ? ` · in ${sanitise(e.place)}` : ''} · ${c.dim(`“${clip(e.evidence.text, 80)}”`)}`)));
  if (r.quotes.length) lines.push(...section(c, 'Quotes', r.quotes.length, r.quotes.map((q) => `${c.green(officialName.get(q.speaker) ?? q.speaker)}: ${clip(q.text.text, 90)}`)));
  for (const w of r.warnings) lines.push(c.yellow(`warning: ${sanitise(w)}`));
  return `${lines.join('\n')}\n`;
}

export const createTableWriter: CreateWriter = (write, { chalk }) => {
  let first = true;
  const writeResult = (result: Result): void => {
    if ('error' in result) return; // failures are reported on stderr
    write(`${first ? '' : '\n'}${renderDocument(result, chalk)}`);
    first = false;
  };
  return {
    encoding: null,
    write: writeResult,
    writeEncoded: (text) => writeResult(JSON.parse(text) as Result),
    end() {},
  };
};
