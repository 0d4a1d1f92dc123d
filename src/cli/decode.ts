import { isUtf8 } from 'node:buffer';

export type DecodeResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; code: 'binary'; message: string };

// Bytes → text: BOMs for UTF-8 and UTF-16 are honoured (and dropped), NUL bytes mean a binary file,
// and invalid UTF-8 is decoded with replacement characters so nothing else in the file is lost.
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, code: 'binary', message: 'binary file (contains NUL bytes)' };
  // a strict TextDecoder costs a converter per file; validating first keeps the common case on the fast path
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (isUtf8(body)) return { ok: true, text, warnings: [] };
  let bad = 0;
  for (const ch of text) if (ch === '\ufffd') bad++;
  return { ok: true, text, warnings: [`invalid UTF-8: ${bad} byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`] };
}
