import type { ChalkInstance } from 'chalk';
import type { Extraction, Result } from '../schema/extraction.js';
import { escapeInline } from './escape.js';
import type { CreateWriter } from './types.js';

// Input text must never reach a terminal raw: escape sequences in a clipping could rewrite the screen.
export const sanitise = escapeInline;

function clip(text: string, max: number): string {
  const t = escapeInline(text).replace(/\s+/g, ' ').trim();
  const chars = [...t];
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : t;
}

const visible = (s: string): number => [...s].length;

function section(c: ChalkInstance, title: string, count: number, rows: string[]): string[] {
  const head = c.bold(`${title} (${count})`);
  return rows.length ? [head, ...rows.map((r) => `  ${r}`)] : [head, `  ${c.dim(`no ${title.toLowerCase()} found`)}`];
}

// Limits per field: fixed when the width is unknown (a file or a pipe), fitted to the terminal otherwise.
function limits(width: number | undefined): { line: number; action: number; evidence: (prefix: string, fixed: number) => number } {
  if (!width) return { line: 120, action: 60, evidence: (_p, fixed) => fixed };
  const w = Math.max(40, width);
  // "  " indent, " · " separator and the two quote marks around the evidence
  return { line: w - 1, action: Math.min(60, Math.floor(w / 3)), evidence: (prefix) => w - 1 - 2 - visible(prefix) - 5 };
}

type EventNotes = Pick<Extraction['meetings'][number], 'timing' | 'when' | 'date' | 'source' | 'sameAs'>;

function renderDocument(r: Extraction, c: ChalkInstance, width?: number): string {
  const a = r.article;
  const fit = limits(width);
  const officialName = new Map(r.officials.map((o) => [o.id, escapeInline(o.name)]));
  const parties = (countries: string[], officials: string[]): string =>
    [countries.join('/') || '—', officials.map((id) => officialName.get(id) ?? escapeInline(id)).join(', ')].filter(Boolean).join(' ');
  // on a narrow terminal the evidence gives way first
  const quoted = (text: string, room: number): string => (room < 8 ? '' : ` · ${c.dim(`“${clip(text, room)}”`)}`);
  const eventRow = (label: string, who: string, action: string, evidence: string, fixed: number): string => {
    const head = `${label} · ${who} · ${clip(action, fit.action)}`;
    return `${c.yellow(label)}${head.slice(label.length)}${quoted(evidence, fit.evidence(head, fixed))}`;
  };
  // planned events say so; when (with its date) and a headline or highlight origin follow the parties
  const label = (base: string, e: EventNotes): string => (e.timing === 'planned' ? `${base} (planned)` : base);
  const notes = (e: EventNotes): string => {
    const when = e.when ? ` · ${sanitise(e.when)}${e.date ? ` (${e.date.iso})` : ''}` : '';
    const origin = e.source === 'body' ? '' : ` · ${e.source}${e.sameAs ? ` = ${e.sameAs}` : ''}`;
    return `${when}${origin}`;
  };
  const lines: string[] = [];
  lines.push(c.inverse.bold(` ${sanitise(r.source.path)} `) + c.dim(` ${r.source.chars} chars`));
  if (a.headline) lines.push(c.bold(clip(a.headline.text, fit.line)));
  for (const h of a.highlights) lines.push(`  • ${clip(h.text, fit.line - 4)}`);
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
    eventRow(label(e.negated ? `not ${e.status}` : e.status, e), parties(e.countries, e.officials) + notes(e), e.action, e.evidence.text, 70))));
  lines.push(...section(c, 'Commitments', r.commitments.length, r.commitments.map((e) =>
    eventRow(label(e.negated ? `not ${e.kind}` : e.kind, e), parties(e.countries, e.officials) + notes(e), e.action, e.evidence.text, 70))));
  lines.push(...section(c, 'Meetings', r.meetings.length, r.meetings.map((e) => {
    const kind = label(e.kind, e);
    const head = `${kind} · ${parties(e.countries, e.officials)}${e.place ? ` · in ${width ? clip(e.place, fit.action) : sanitise(e.place)}` : ''}${notes(e)}`;
    return `${c.yellow(kind)}${head.slice(kind.length)}${quoted(e.evidence.text, fit.evidence(head, 80))}`;
  })));
  if (r.quotes.length) lines.push(...section(c, 'Quotes', r.quotes.length, r.quotes.map((q) => {
    const who = officialName.get(q.speaker) ?? escapeInline(q.speaker);
    return `${c.green(who)}: ${clip(q.text.text, width ? Math.max(12, fit.line - 4 - visible(who)) : 90)}`;
  })));
  for (const w of r.warnings) lines.push(c.yellow(`warning: ${sanitise(w)}`));
  return `${lines.join('\n')}\n`;
}

export const createTableWriter: CreateWriter = (write, { chalk, width }) => {
  let first = true;
  const writeResult = (result: Result): void => {
    if ('error' in result) return; // failures are reported on stderr
    write(`${first ? '' : '\n'}${renderDocument(result, chalk, width)}`);
    first = false;
  };
  return {
    encoding: null,
    write: writeResult,
    writeEncoded: (text) => writeResult(JSON.parse(text) as Result),
    end() {},
  };
};
