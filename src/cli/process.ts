import { readFile } from 'node:fs/promises';
import type { ErrorCode, Result } from '../schema/extraction.js';
import { SCHEMA_VERSION } from '../schema/extraction.js';
import { decodeBytes } from './decode.js';
import type { InputItem } from './inputs.js';

export function errorResult(path: string, code: ErrorCode, message: string): Result {
  return { schemaVersion: SCHEMA_VERSION, source: { path }, error: { code, message } };
}

export type ReadInput = (item: InputItem) => Promise<{ text: string; warnings: string[] } | Result>;

export function createReader(readStdin: () => Promise<Uint8Array>): ReadInput {
  return async (item) => {
    if (item.kind === 'missing') return errorResult(item.path, item.code, item.message);
    let bytes: Uint8Array;
    try {
      bytes = item.kind === 'stdin' ? await readStdin() : await readFile(item.path);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const code: ErrorCode = err.code === 'ENOENT' ? 'not-found' : 'unreadable';
      return errorResult(item.path, code, err.code === 'ENOENT' ? 'no such file (or a dangling link)' : err.message);
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return errorResult(item.path, decoded.code, decoded.message);
    return { text: decoded.text, warnings: decoded.warnings };
  };
}

/** Runs the pipeline on one decoded input; loaded lazily so --help never pays for compromise. */
export async function extractOne(path: string, text: string, warnings: string[]): Promise<Result> {
  const { extract } = await import('../pipeline/extract.js');
  try {
    return extract(text, { path, warnings });
  } catch (e) {
    const err = e as Error;
    return errorResult(path, err.name === 'InvalidOutputError' ? 'invalid-output' : 'crashed', err.message);
  }
}
