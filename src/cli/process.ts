import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { ErrorCode, Result } from '../schema/extraction.js';
import { decodeBytes } from './decode.js';
import { disabledRules } from './disable.js';
import { errorResult } from './errors.js';
import type { InputItem } from './inputs.js';
import type { PipelineExtras } from './roster-option.js';
import { DEFAULT_MAX_BYTES, readFileBounded, TooLargeError, tooLargeMessage } from './limits.js';
import { extractSegmented } from './segment.js';

export { errorResult } from './errors.js';

export type Decoded = { text: string; warnings: string[] };
export type ReadInput = (item: InputItem) => Promise<Decoded | Result>;

/**
 * `sync` reads files with one blocking call: right when extraction runs in this thread and blocks it
 * anyway (--jobs 1), where the promise API's open/stat/read/close round trips cost more than the read.
 */
export function createReader(
  readStdin: () => Promise<Uint8Array>,
  { sync = false, maxBytes = DEFAULT_MAX_BYTES, heapBytes }: { sync?: boolean; maxBytes?: number; heapBytes?: number } = {},
): ReadInput {
  // regular files of a known size take the promise API off the main thread; FIFOs and devices are read
  // in bounded chunks, since their size says nothing
  const readAsync = async (p: string): Promise<Uint8Array> => {
    const info = await stat(p);
    if (!info.isFile()) return readFileBounded(p, maxBytes);
    if (info.size > maxBytes) throw new TooLargeError(tooLargeMessage('file', maxBytes));
    return readFile(p);
  };
  return async (item) => {
    if (item.kind === 'missing') return errorResult(item.path, item.code, item.message);
    let bytes: Uint8Array;
    try {
      bytes = item.kind === 'stdin' ? await readStdin() : sync ? readFileBounded(item.path, maxBytes) : await readAsync(item.path);
    } catch (e) {
      if (e instanceof TooLargeError) return errorResult(item.path, 'too-large', e.message);
      const err = e as NodeJS.ErrnoException;
      const code: ErrorCode = err.code === 'ENOENT' ? 'not-found' : 'unreadable';
      const message =
        err.code === 'ENOENT' ? 'no such file (or a dangling link)' : err.code === 'ELOOP' ? 'symbolic link loop' : err.code === 'EISDIR' ? 'is a folder' : err.message;
      return errorResult(item.path, code, message);
    }
    // V8 cannot recover from one allocation bigger than what is left of its heap (the whole process
    // aborts, even from a worker): a text that could never fit is reported before it is decoded
    if (heapBytes !== undefined && bytes.length * 4 > heapBytes) {
      return errorResult(item.path, 'too-large', `needs more memory than a worker has (heap limit ${Math.round(heapBytes / 2 ** 20)} MiB; node --max-old-space-size raises it)`);
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return errorResult(item.path, decoded.code, decoded.message);
    return { text: decoded.text, warnings: decoded.warnings };
  };
}

/** The sha256 that extract() records in source.sha256 (UTF-8 of the text, BOM removed). */
export function textSha256(text: string): string {
  return createHash('sha256')
    .update(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'utf8')
    .digest('hex');
}

/** Runs the pipeline on one decoded input; loaded lazily so --help never pays for compromise. */
export async function extractOne(path: string, text: string, warnings: string[], extras: PipelineExtras = {}): Promise<Result> {
  const { extract } = await import('../pipeline/extract.js');
  const disable = disabledRules();
  try {
    return extractSegmented(disable ? (t, o) => extract(t, { ...o, disable }) : extract, text, { ...extras, path, warnings });
  } catch (e) {
    const err = e as Error;
    return errorResult(path, err.name === 'InvalidOutputError' || err.name === 'ZodError' ? 'invalid-output' : 'crashed', err.message);
  }
}
