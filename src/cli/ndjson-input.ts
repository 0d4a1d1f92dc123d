import { createReadStream } from 'node:fs';
import { DEFAULT_MAX_BYTES, tooLargeMessage } from './limits.js';
import { readLines } from './line-reader.js';

export type NdjsonItem =
  | { kind: 'inline'; path: string; text: string }
  | { kind: 'invalid'; path: string; code: 'invalid-input' | 'binary' | 'not-found' | 'unreadable' | 'too-large'; message: string };

/** Parses one `{"id": …, "text": …}` line; `where` names the line when it has no usable id. */
export function parseNdjsonLine(line: string, where: string): NdjsonItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'invalid', path: where, code: 'invalid-input', message: `not JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'invalid', path: where, code: 'invalid-input', message: 'expected an object {"id": …, "text": …}' };
  }
  const rec = value as Record<string, unknown>;
  const id = rec.id;
  const hasId = typeof id === 'string' ? id.length > 0 : typeof id === 'number' && Number.isFinite(id);
  const path = hasId ? String(id) : where;
  if (!hasId) return { kind: 'invalid', path, code: 'invalid-input', message: '"id" must be a non-empty string or a number' };
  if (typeof rec.text !== 'string') return { kind: 'invalid', path, code: 'invalid-input', message: '"text" must be a string' };
  if (rec.text.includes('\u0000')) return { kind: 'invalid', path, code: 'binary', message: 'text contains NUL characters' };
  return { kind: 'inline', path, text: rec.text };
}

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
    for await (const got of readLines(stream, maxBytes)) {
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
      const line = got.line.charCodeAt(0) === 0xfeff ? got.line.slice(1) : got.line;
      if (line.trim() === '') continue;
      yield parseNdjsonLine(line, where);
    }
  }
}
