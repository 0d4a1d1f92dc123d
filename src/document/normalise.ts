// Every rewrite here keeps the UTF-16 length of the text, so an offset into the normalised text is
// an offset into the input: spans never need a map back, only a UTF-16 → code-point conversion.

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
  // The tagger does not know zero-width characters; spaces keep the length.
  text = text.replace(/[\u200b-\u200d\u2060\ufeff]/g, ' ');
  text = cleanEntities(text);
  text = glueClitics(text);
  return unwrap(text);
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
