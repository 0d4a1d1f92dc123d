import { expandInputs, type InputItem } from './inputs.js';
import { SMALL_BATCH } from './jobs.js';
import { readNdjson, type NdjsonItem } from './ndjson-input.js';
import { manifestKey, type OutFolder } from './out-folder.js';
import type { Progress } from './progress.js';
import type { CliIo, CliOptions } from './run-cli.js';

export type BatchItem = InputItem | NdjsonItem;

/** What a batch has counted so far: the summary line and the exit status are made from it. */
export interface Tally {
  ok: number;
  failed: number;
  /** failures that set the exit status under --input-errors */
  fatal: number;
  skipped: number;
  /** inputs found so far */
  seen: number;
  /** arguments that named nothing: a run where every input is one of these is a usage error */
  missingArgs: number;
}

export const emptyTally = (): Tally => ({ ok: 0, failed: 0, fatal: 0, skipped: 0, seen: 0, missingArgs: 0 });

/** An input's key in the --out-dir manifest: its path, and which occurrence of it (an ndjson id given twice). */
export interface ItemKey {
  key: string;
  occurrence: number;
}

/** The inputs, of which the first (up to) two have already been read to tell a batch from a single document. */
export interface PeekedInputs {
  head: BatchItem[];
  rest: AsyncIterator<BatchItem>;
  batch: boolean;
}

// Peek two inputs: a single document runs in-process, since starting a worker would only add to its latency.
// An ndjson line that is too large is the exception: the next line may be gigabytes away (or never come,
// /dev/zero), and its record must be written now, so the run goes on as a batch without waiting for it.
export async function peekInputs(inputs: string[], opts: CliOptions, io: CliIo, maxBytes: number): Promise<PeekedInputs> {
  const source: AsyncIterable<BatchItem> =
    opts.input === 'ndjson' ? readNdjson(inputs, io.stdin, maxBytes) : expandInputs(inputs, { cwd: io.cwd, extensions: opts.ext });
  const rest = source[Symbol.asyncIterator]();
  const head: BatchItem[] = [];
  const lineTooLarge = (): boolean => opts.input === 'ndjson' && head[0]?.kind === 'invalid' && head[0].code === 'too-large';
  for (let i = 0; i < 2 && !lineTooLarge(); i++) {
    const n = await rest.next();
    if (n.done) break;
    head.push(n.value);
  }
  return { head, rest, batch: head.length > 1 || lineTooLarge() };
}

export interface CountContext {
  opts: CliOptions;
  folder: OutFolder | null;
  progress: Progress;
  tally: Tally;
  /** filled here for every input when there is a folder; read when its result is written */
  keys: WeakMap<BatchItem, ItemKey>;
  /** called once, when the batch stops being small (see jobs.ts) */
  grow: () => void;
}

/**
 * Yields every input, the peeked ones first, while counting them, telling the progress bar, and giving
 * each its manifest key and output name in --out-dir.
 */
export async function* countInputs(peeked: PeekedInputs, ctx: CountContext): AsyncGenerator<BatchItem> {
  const { opts, folder, progress, tally, keys } = ctx;
  const occurrences = new Map<string, number>();
  const note = (item: BatchItem): BatchItem => {
    tally.seen++;
    if (folder) {
      const occurrence = (occurrences.get(item.path) ?? 0) + 1;
      occurrences.set(item.path, occurrence);
      const key = manifestKey(item.path, occurrence);
      keys.set(item, { key, occurrence });
      if (item.kind !== 'invalid' && item.kind !== 'missing') folder.nameFor(key, item.path);
    }
    if (item.kind === 'missing' || (item.kind === 'invalid' && item.code === 'not-found')) tally.missingArgs++;
    progress.found(tally.seen, false);
    // a batch starts with one worker and takes the default number once it is no longer small (jobs.ts)
    if (tally.seen === SMALL_BATCH + 1 && opts.jobs === undefined) ctx.grow();
    return item;
  };
  for (const item of peeked.head) yield note(item);
  for (let n = await peeked.rest.next(); !n.done; n = await peeked.rest.next()) yield note(n.value);
  progress.found(tally.seen, true);
}
