import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DEFAULT_MAX_BYTES, formatSize, tooLargeMessage } from './limits.js';
import { readLines } from './line-reader.js';

export type NdjsonItem =
  | { kind: 'inline'; path: string; text: string }
  | { kind: 'invalid'; path: string; code: 'invalid-input' | 'binary' | 'not-found' | 'unreadable' | 'too-large'; message: string };

/**
 * The name of a line that has no usable id: a digest of its bytes, the same in every partition and run
 * (a line number would be local to whichever process read it).
 */
export function lineName(line: string): string {
  return `line-sha256:${createHash('sha256').update(line, 'utf8').digest('hex')}`;
}

// A line cut short or broken after its id ({"id": "a17", "text": "…) still names itself by that id.
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(?:[,}]|$)/;

function leadingId(line: string): string | null {
  const m = LEADING_ID.exec(line);
  if (!m) return null;
  try {
    const id: unknown = JSON.parse(m[1]!);
    return (typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : null;
  } catch {
    return null;
  }
}

/** Parses one `{"id": …, "text": …}` line; `where` ("stdin:18") is added to error messages as a hint. */
export function parseNdjsonLine(line: string, where: string): NdjsonItem {
  const invalid = (path: string, code: 'invalid-input' | 'binary', message: string): NdjsonItem => ({ kind: 'invalid', path, code, message: `${message} (${where})` });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return invalid(leadingId(line) ?? lineName(line), 'invalid-input', `not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(lineName(line), 'invalid-input', 'expected an object {"id": …, "text": …}');
  }
  const rec = value as Record<string, unknown>;
  const id = rec.id;
  const hasId = typeof id === 'string' ? id.length > 0 : typeof id === 'number' && Number.isFinite(id);
  if (!hasId) return invalid(lineName(line), 'invalid-input', '"id" must be a non-empty string or a number');
  const path = String(id);
  if (typeof rec.text !== 'string') return invalid(path, 'invalid-input', '"text" must be a string');
  if (rec.text.includes('\u0000')) return invalid(path, 'binary', 'text contains NUL characters');
  return { kind: 'inline', path, text: rec.text };
}

// An over-long line is reported at once and skipped to its newline, so the lines after it still run. One
// that has not ended 16 times the limit further on is no line at all (/dev/zero, a producer that lost
// its newlines): the rest of that source is reported as one more record and not read, so the run ends.
const SKIP_FACTOR = 16;

/** Lazily yields one item per non-blank line of each source ("-" is standard input). */
export async function* readNdjson(sources: string[], stdin: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<NdjsonItem> {
  for (const source of sources) {
    const label = source === '-' ? 'stdin' : source;
    let stream: NodeJS.ReadableStream;
    if (source === '-') stream = stdin;
    else {
      const file = createReadStream(source);
      const opened = await new Promise<Error | null>((resolve) => {
        file.once('ready', () => resolve(null));
        file.once('error', (e) => resolve(e));
      });
      if (opened) {
        const code = (opened as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
        yield { kind: 'invalid', path: source, code, message: code === 'not-found' ? 'no such file' : opened.message };
        continue;
      }
      stream = file;
    }
    let n = 0;
    for await (const got of readLines(stream, maxBytes, SKIP_FACTOR * maxBytes)) {
      n++;
      const where = `${label}:${n}`;
      if ('error' in got) {
        const message = got.error.code === 'EISDIR' ? 'is a folder' : got.error.message;
        yield { kind: 'invalid', path: n === 1 ? source : where, code: 'unreadable', message };
        break;
      }
      if ('tooLong' in got) {
        yield { kind: 'invalid', path: where, code: 'too-large', message: tooLargeMessage('line', maxBytes) };
        continue;
      }
      if ('endless' in got) {
        const message = `line ${n - 1} has not ended ${formatSize(SKIP_FACTOR * maxBytes)} past the limit: the rest of ${label} is not ndjson and was not read (raise it with --max-size)`;
        yield { kind: 'invalid', path: label, code: 'too-large', message };
        break;
      }
      const line = got.line.charCodeAt(0) === 0xfeff ? got.line.slice(1) : got.line;
      if (line.trim() === '') continue;
      yield parseNdjsonLine(line, where);
    }
  }
}
