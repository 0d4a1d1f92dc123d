import type { Span } from '../schema/span.js';
import { buildOffsetMap, normaliseText, removeInvisible, stripBom } from './normalise.js';
import { foldWord } from '../lexicon/fold.js';
import { getNlp } from './nlp.js';

export interface Token {
  /** index in doc.tokens */
  index: number;
  sentence: number;
  text: string;
  normal: string;
  machine: string;
  tags: ReadonlySet<string>;
  /** folded word, possessive and edge punctuation removed ("Pakistan’s" → "pakistan"): the lexicons' key */
  key: string;
  pre: string;
  post: string;
  /** UTF-16 offsets into doc.text, punctuation excluded */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  /** UTF-16 offsets into doc.text, from the first token to the end of the last token's punctuation */
  start: number;
  end: number;
  /** doc.tokens[firstToken .. lastToken] */
  firstToken: number;
  lastToken: number;
  /** 0-based line number of the sentence start in the input */
  line: number;
}

/** The tokens a sentence (or a stretch of one) spans: what the event rules read a sentence by. */
export type TokenRange = Pick<Sentence, 'firstToken' | 'lastToken'>;

export interface ParsedDoc {
  /** the input, a leading BOM removed: spans are code points of this */
  readonly input: string;
  /** length of input in code points */
  readonly chars: number;
  /** the text analysed: input without invisible characters (zero-width, soft hyphen, bidi marks) */
  readonly text: string;
  /** same UTF-16 length as text: line ends, wraps and HTML debris normalised */
  readonly normalised: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** a span over doc.input from UTF-16 offsets into doc.text */
  span(start: number, end: number): Span;
  sentenceText(index: number): string;
}

// compromise is quadratic within one "sentence" it cannot split (100 KB of "Mr. " or of dots takes
// 15-30 s in one parse), so long texts are parsed in chunks cut at line or sentence ends: the cost is
// then linear in text length with a constant set by the chunk size. 10 K is above any news article.
const CHUNK = 10_000;

function cutChunks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const window = text.slice(at, end);
      let cut = window.lastIndexOf('\n');
      if (cut < CHUNK / 4) {
        const re = /[.!?]["”’)]?\s+(?=[A-Z“"])/g;
        let m: RegExpExecArray | null;
        let last = -1;
        while ((m = re.exec(window)) !== null) last = m.index + m[0].length;
        cut = last > CHUNK / 4 ? last - 1 : window.lastIndexOf(' ');
      }
      if (cut > 0) end = at + cut + 1;
    }
    out.push([at, end]);
    at = end;
  }
  return out;
}

function keyOf(text: string, normal: string, machine: string): string {
  // compromise expands contractions into a second, empty-text term whose machine form is the word
  if (text === '') return foldWord(machine);
  return foldWord(normal || text)
    .replace(/'s$|'$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export function parseDocument(input: string): ParsedDoc {
  const original = stripBom(input);
  const { text, toInput } = removeInvisible(original);
  const normalised = normaliseText(text);
  const nlp = getNlp();
  const offsets = buildOffsetMap(original);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let lineCursor = 0;

  for (const [from, to] of cutChunks(normalised)) {
    const view = nlp(normalised.slice(from, to));
    view.compute('offset');
    for (const terms of view.docs as Array<Array<Record<string, any>>>) {
      if (terms.length === 0) continue;
      const firstToken = tokens.length;
      const s = sentences.length;
      for (const t of terms) {
        const start = from + (t.offset?.start as number);
        const machine = (t.machine as string) ?? (t.normal as string) ?? '';
        tokens.push({
          index: tokens.length,
          sentence: s,
          text: t.text as string,
          normal: (t.normal as string) ?? '',
          machine,
          tags: t.tags as Set<string>,
          key: keyOf(t.text as string, (t.normal as string) ?? '', machine),
          pre: (t.pre as string) ?? '',
          post: (t.post as string) ?? '',
          start,
          end: start + (t.text as string).length,
        });
      }
      const last = tokens[tokens.length - 1]!;
      const sStart = tokens[firstToken]!.start;
      while (lineCursor + 1 < lineStarts.length && lineStarts[lineCursor + 1]! <= sStart) lineCursor++;
      sentences.push({
        index: s,
        start: sStart,
        end: last.end + last.post.replace(/\s.*$/s, '').length,
        firstToken,
        lastToken: tokens.length - 1,
        line: lineCursor,
      });
    }
  }

  const span = (start: number, end: number): Span => {
    const from = toInput.start(start);
    const to = Math.max(from, toInput.end(end));
    return { text: original.slice(from, to), start: offsets.toCodePoint(from), end: offsets.toCodePoint(to) };
  };

  return {
    input: original,
    chars: offsets.toCodePoint(original.length),
    text,
    normalised,
    tokens,
    sentences,
    span,
    sentenceText: (i) => {
      const s = sentences[i];
      return s ? text.slice(s.start, s.end) : '';
    },
  };
}
