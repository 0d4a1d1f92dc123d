export type LineEvent = { line: string } | { tooLong: true } | { endless: true } | { error: NodeJS.ErrnoException };

/**
 * Splits a byte stream into UTF-8 lines ("\n" or "\r\n"), never holding more than maxBytes of one
 * line: a longer line is reported as { tooLong } as soon as it passes the limit, the rest of it is
 * dropped as it streams past, and reading goes on at the next newline, so no input (not even
 * /dev/zero) can exhaust memory. A line that has still not ended maxSkip bytes past the limit is not
 * a line (/dev/zero, a producer that lost its newlines): { endless } is reported and reading stops, so
 * the run ends. A read error ends the stream with { error } instead of a throw.
 */
export async function* readLines(stream: NodeJS.ReadableStream, maxBytes: number, maxSkip = Infinity): AsyncGenerator<LineEvent> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const take = (): LineEvent | null => {
    const was = over;
    let buf = was ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    over = false;
    if (!buf) return null;
    if (buf.length > 0 && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    return { line: buf.toString('utf8') };
  };
  // true when this piece took the line past the limit (report it once, now)
  const add = (piece: Buffer): boolean => {
    size += piece.length;
    if (over) return false;
    if (size <= maxBytes) {
      if (piece.length > 0) parts.push(piece);
      return false;
    }
    over = true;
    parts = [];
    return true;
  };
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      let from = 0;
      for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
        if (add(buf.subarray(from, nl))) yield { tooLong: true };
        const line = take();
        if (line) yield line;
        from = nl + 1;
      }
      // copy the tail: a slice would pin the whole chunk while the line waits for its end
      if (from < buf.length && add(over ? buf.subarray(from) : Buffer.from(buf.subarray(from)))) yield { tooLong: true };
      if (over && size > maxBytes + maxSkip) {
        yield { endless: true };
        return;
      }
    }
  } catch (e) {
    yield { error: e as NodeJS.ErrnoException };
    return;
  }
  if (size > 0 || parts.length > 0) {
    const line = take();
    if (line) yield line;
  }
}
