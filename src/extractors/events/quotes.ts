import type { ParsedDoc } from '../../document/document.js';
import type { ExtractContext, QuoteDraft, Range } from '../types.js';

// Curly pairs, or straight double quotes on one line; bounded lengths keep the scan linear.
const QUOTE = /“([^“”]{1,3000})”|"([^"\n]{1,3000})"/g;
const PRONOUN_SPEAKER = /\b(?:he|she)\s+(?:said|added|told|noted|stressed|emphasi[sz]ed|insisted|declared|remarked)\b|\b(?:said|added)\s+(?:he|she)\b/i;
const MIN_WORDS = 4;

interface Mention {
  official: number;
  start: number;
  end: number;
  sentence: number;
}

function sentenceAt(doc: ParsedDoc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Direct speech attributed to an official: the official named in the sentence that opens or closes the
 * quote (outside the quote marks), or, for "he said", the official mentioned last before it.
 */
export function extractQuotes(ctx: ExtractContext): QuoteDraft[] {
  const { doc } = ctx;
  if (ctx.officials.length === 0 || doc.sentences.length === 0) return [];
  const mentions: Mention[] = ctx.officials
    .flatMap((o, official) => o.mentions.map((m) => ({ official, start: m.start, end: m.end, sentence: m.sentence })))
    .sort((a, b) => a.start - b.start);
  const bySentence = new Map<number, Mention[]>();
  for (const x of mentions) bySentence.set(x.sentence, [...(bySentence.get(x.sentence) ?? []), x]);
  // quotes come in text order, so the "last mention before" pointer only moves forward
  let before = -1;
  const out: QuoteDraft[] = [];
  for (const m of doc.text.matchAll(QUOTE)) {
    const body = m[1] ?? m[2] ?? '';
    if (body.trim().split(/\s+/).length < MIN_WORDS) continue;
    const text: Range = { start: m.index + 1, end: m.index + 1 + body.length };
    const sFirst = sentenceAt(doc, m.index);
    const sLast = sentenceAt(doc, text.end);
    const from = doc.sentences[sFirst]!.start;
    const to = doc.sentences[sLast]!.end;
    const inRange: Mention[] = [];
    for (let k = sFirst; k <= sLast; k++) inRange.push(...(bySentence.get(k) ?? []));
    const outside = inRange.filter((x) => x.end <= text.start || x.start >= text.end);
    let speaker: number | undefined;
    if (outside.length > 0) {
      // prefer the name closest to a quote edge
      outside.sort((a, b) => Math.min(Math.abs(a.end - text.start), Math.abs(a.start - text.end)) - Math.min(Math.abs(b.end - text.start), Math.abs(b.start - text.end)));
      speaker = outside[0]!.official;
    } else {
      const frame = doc.text.slice(from, text.start) + ' ' + doc.text.slice(text.end, to);
      while (before + 1 < mentions.length && mentions[before + 1]!.end <= from) before++;
      if (PRONOUN_SPEAKER.test(frame) && before >= 0) speaker = mentions[before]!.official;
    }
    if (speaker !== undefined) out.push({ speaker, text });
  }
  return out;
}
