import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

// A news article is a few KB; a 50 MB dump is still text we can process in linear time. Past this a
// file, standard input or one ndjson line is almost certainly not an article (a log, /dev/zero, a
// producer that lost its newlines), and holding it would only exhaust memory. --max-size raises it.
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "64M", "500k", "1G", "1048576" → bytes; null when it is not a size. */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return null;
  const n = Math.floor(Number(m[1]) * unit);
  return n >= 1 ? n : null;
}

/** 67108864 → "64 MiB": how the limit is named in messages. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % (size / 1024) === 0) return `${+(bytes / size).toFixed(2)} ${unit}`;
  }
  return `${bytes} bytes`;
}

export const tooLargeMessage = (what: string, max: number): string => `${what} is larger than the limit of ${formatSize(max)} (raise it with --max-size)`;

export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/**
 * Reads a file with blocking calls, never more than max + 1 bytes: the size from fstat is only a hint
 * (a FIFO, a device or a growing file has none that holds).
 */
export function readFileBounded(file: string, max: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isFile() && info.size > max) throw new TooLargeError(tooLargeMessage('file', max));
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = info.isFile() ? Math.min(max + 1, Math.max(info.size + 1, 64 * 1024)) : 64 * 1024;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(chunkSize, max + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > max) throw new TooLargeError(tooLargeMessage('file', max));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream to its end, or rejects with TooLargeError once it passes max bytes (and stops reading it). */
export async function readStreamBounded(stream: NodeJS.ReadableStream, max: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const buf = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    total += buf.length;
    if (total > max) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new TooLargeError(tooLargeMessage(what, max));
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
