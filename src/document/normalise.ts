// Two steps. removeInvisible drops characters that have no width (zero-width space and joiners, soft
// hyphen, word joiner, a BOM inside the text, bidi marks): they hide words from the tagger and the
// lexicons ("Pak\u200bistan"), and a space in their place would split the word. It keeps a map from the
// shorter text back to the input. normaliseText then keeps the UTF-16 length, so an offset into the
// normalised text is an offset into the text without invisibles; span() maps it back to the input.

const BOM = 0xfeff;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

const pad = (s: string, len: number): string => s + ' '.repeat(Math.max(0, len - s.length));

// HTML debris of scraped wire copy ("Israel #39;s", "&lt;b&gt;") confuses the tagger.
function cleanEntities(text: string): string {
  if (!/[#&][a-z0-9]+;/i.test(text)) return text;
  return text
    .replace(/ ?&?#39;s\b/g, (m) => pad("'s", m.length))
    .replace(/&?#39;/g, (m) => pad("'", m.length))
    .replace(/&quot;/g, (m) => pad('"', m.length))
    .replace(/&amp;/g, (m) => pad('&', m.length))
    .replace(/&(?:lt|gt);\/?[a-z]*&(?:lt|gt);|&(?:lt|gt|nbsp);/gi, (m) => ' '.repeat(m.length));
}

// Tokenised corpora write "Russia 's": glue the clitic back so possessives are recognised.
function glueClitics(text: string): string {
  return text.replace(/(\p{L}) ('s|’s)(?=\s|$)/gu, (_m, a: string, s: string) => `${a}${s} `);
}

const TERMINAL = /[.!?:;"”’»)\]…]$/;
const BULLET = /^\s*(?:[•●▪◦·*–—-]\s|\d+[.)]\s)/;
const DATELINE_START = /^\s*[A-Z][A-Z .'-]{2,}(?:,|:| -| —|\s\()/;

function isHardWrapped(lines: string[]): boolean {
  const long = lines.filter((l) => l.trim().length >= 40);
  if (long.length < 3) return false;
  const open = long.filter((l) => !TERMINAL.test(l.trimEnd())).length;
  return open / long.length >= 0.3;
}

// A newline always ends a sentence for compromise, so join the lines of hard-wrapped paragraphs.
function unwrap(text: string): string {
  const lines = text.split('\n');
  if (!isHardWrapped(lines)) return text;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    out += line;
    if (i === lines.length - 1) break;
    const next = lines[i + 1] ?? '';
    const join =
      line.trim().length >= 25 &&
      next.trim().length > 0 &&
      !TERMINAL.test(line.trimEnd()) &&
      !BULLET.test(next) &&
      !BULLET.test(line) &&
      !DATELINE_START.test(next) &&
      !(line === line.toUpperCase() && /[A-Z]/.test(line)) &&
      !/^\s{2,}|^\t/.test(next);
    out += join ? ' ' : '\n';
  }
  return out;
}

export function normaliseText(input: string): string {
  let text = input.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));
  text = text.replace(/[\u2028\u2029\u0085]/g, '\n').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  text = cleanEntities(text);
  text = glueClitics(text);
  return unwrap(text);
}

// Invisible format characters: soft hyphen, combining grapheme joiner, Arabic letter mark, Mongolian
// vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and isolates, word
// joiner and invisible operators, BOM / zero-width no-break space. None of them is part of a word's
// spelling or separates two words.
const INVISIBLE = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** Maps UTF-16 offsets in a text with invisibles removed back to UTF-16 offsets in the input. */
export interface InputMap {
  /** where the character at `i` is in the input (the input's length for the end of the text) */
  start(i: number): number;
  /** the input offset just after the character before `i`: a range never takes in invisibles at its edges */
  end(i: number): number;
}

function isInvisible(c: number): boolean {
  if (c < 0xad) return false;
  return (
    c === 0xad || c === 0x34f || c === 0x61c || c === 0x180e || c === 0xfeff ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206f)
  );
}

const identity: InputMap = { start: (i) => i, end: (i) => i };

export function removeInvisible(input: string): { text: string; toInput: InputMap } {
  if (!INVISIBLE.test(input)) return { text: input, toInput: identity };
  const text = input.replace(INVISIBLE_ALL, '');
  // kept[i] = input offset of text[i]; kept[text.length] = input.length
  const kept = new Uint32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < input.length; i++) if (!isInvisible(input.charCodeAt(i))) kept[k++] = i;
  kept[text.length] = input.length;
  return {
    text,
    toInput: {
      start: (i) => kept[Math.min(Math.max(i, 0), text.length)]!,
      end: (i) => (i <= 0 ? kept[0]! : kept[Math.min(i, text.length) - 1]! + 1),
    },
  };
}

// UTF-16 index → code-point index. Plain BMP text (the usual case) needs no table.
export interface OffsetMap {
  toCodePoint(utf16: number): number;
}

export function buildOffsetMap(text: string): OffsetMap {
  if (!/[\ud800-\udbff]/.test(text)) return { toCodePoint: (i) => i };
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return { toCodePoint: (i) => table[i] ?? cp };
}
