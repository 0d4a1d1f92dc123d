import { getHeapStatistics } from 'node:v8';
import type { ChalkInstance } from 'chalk';
import { escapeTerminal } from '../render/escape.js';
import { renderers, type Format } from '../render/index.js';
import { colorLevel, createChalk } from './color.js';
import { errorResult } from './errors.js';
import { ExitCode } from './exit-code.js';
import { failsRun } from './exit-policy.js';
import { formatForFile, openOutFile, type OutFile } from './out-file.js';
import { filterExtraction, hasFilter } from '../dataset/filter.js';
import type { DatasetSink } from './dataset-sink.js';
import { expandInputs, type InputItem } from './inputs.js';
import { readNdjson, type NdjsonItem } from './ndjson-input.js';
import { DEFAULT_MAX_BYTES, readStreamBounded } from './limits.js';
import { manifestKey, openOutFolder, type OutFolder } from './out-folder.js';
import { summaryOf, type Pool, type PoolResult } from './pool.js';
import { createReader, extractOne, textSha256 } from './process.js';
import { createProgress } from './progress.js';
import { schedule } from './reorder.js';
import { defaultJobs, SMALL_BATCH } from './jobs.js';
import { toolVersion } from './version.js';
import { WriteError } from './write-error.js';
import type { CliIo, CliOptions } from './run-cli.js';

type BatchItem = InputItem | NdjsonItem;

// V8 sizes a heap by its limit, not by what is live: with the defaults two workers grow past 300 MB on
// a long batch although each needs well under 100 MB. Capping the old generation keeps the whole run
// flat (about 225 MB for 2,000 documents with 2 workers) for a few percent more CPU in garbage
// collection; capping the young generation too saves a little more memory but costs 10-20% CPU.
// An input that needs more memory than the cap is retried once without it.
// A heap limit given to node itself (node --max-old-space-size=N) caps the workers as well.
// The young generation is where a parse's short-lived objects die: V8's default (48 MB) fills about
// every 4 documents, and a larger one cuts the number of collections by a third and their time by about
// a third too (--trace-gc over 400 bench documents: 103 scavenges and 1.0-1.4 s, against 74 and
// 0.9-1.0 s with 96 MB). The memory for it comes from one budget per run, so --jobs 1 gets 96 MB and
// two or more workers keep the default, which holds --jobs 2 under its 300 MB.
const YOUNG_BUDGET_MB = 96;
const workerLimits = (workers: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb?: number } => ({
  maxOldGenerationSizeMb: Math.min(512, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20)),
  ...(workers <= 1 ? { maxYoungGenerationSizeMb: YOUNG_BUDGET_MB } : {}),
});
type Outcome = { result: PoolResult; text?: string } | { skipped: string };

// Writes honour backpressure; a closed pipe (extract … | head -1) ends the run quietly. Any other write
// error (a full disk behind > file) also stops taking inputs; bin's handler reports it and exits 1.
function createSink(stream: NodeJS.WritableStream): {
  write(s: string): Promise<void>;
  idle(): Promise<void>;
  closed: () => boolean;
  failure: () => NodeJS.ErrnoException | undefined;
} {
  let closed = false;
  let failure: NodeJS.ErrnoException | undefined;
  let pending: Promise<void> = Promise.resolve();
  stream.on('error', (e: NodeJS.ErrnoException) => {
    closed = true;
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') failure ??= e;
  });
  return {
    closed: () => closed,
    failure: () => failure,
    idle: () => pending,
    write(s) {
      if (closed || !s) return Promise.resolve();
      if (stream.write(s)) return Promise.resolve();
      return (pending = new Promise((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      }));
    },
  };
}

/** Reads, extracts and writes every input; returns the exit code. */
export async function runBatch(inputs: string[], opts: CliOptions, io: CliIo, errChalk: ChalkInstance): Promise<ExitCode> {
  const outLevel = colorLevel({ env: io.env, isTTY: !!io.stdout.isTTY && !opts.out, flag: opts.color === false ? false : undefined }, 'stdout');
  const format: Format = opts.format ?? (opts.out ? formatForFile(opts.out) : io.stdout.isTTY ? 'table' : 'json');
  let out: OutFile | null = null;
  try {
    out = opts.out ? await openOutFile(opts.out, io.cwd) : null;
  } catch (e) {
    io.stderr.write(`${errChalk.red('extract:')} ${escapeTerminal((e as Error).message)}\n`);
    return ExitCode.Usage;
  }
  const sink = createSink(out?.stream ?? io.stdout);
  const width = io.stdout.isTTY && !opts.out ? (io.stdout as { columns?: number }).columns : undefined;
  const writer = renderers[format]((s) => void sink.write(s), { chalk: createChalk(format === 'table' ? outLevel : 0), ...(width ? { width } : {}) });
  const maxBytes = opts.maxSize ?? DEFAULT_MAX_BYTES;
  let folder: OutFolder | null = null;
  if (opts.outDir) {
    try {
      folder = await openOutFolder(opts.outDir, toolVersion());
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      io.stderr.write(`${errChalk.red('extract:')} ${escapeTerminal(e.message)}\n`);
      return ExitCode.Partial;
    }
  }

  // --db/--csv take the records; standard output gets them too only when a --format is asked for
  const filter = opts.dataset?.filter ?? {};
  const filtering = hasFilter(filter);
  let dataset: DatasetSink | null = null;
  if (opts.dataset?.db || opts.dataset?.csv) {
    const { openDatasetSink } = await import('./dataset-sink.js');
    const opened = openDatasetSink(opts.dataset);
    if (typeof opened === 'string') {
      io.stderr.write(`${errChalk.red('extract:')} ${escapeTerminal(opened)}\n`);
      return ExitCode.Usage;
    }
    dataset = opened;
  }
  const toStdout = !opts.outDir && (!dataset || opts.format !== undefined);

  let ok = 0;
  let failed = 0;
  let fatal = 0; // failures that set the exit status under --input-errors
  let skipped = 0;
  let seen = 0;
  let missingArgs = 0;
  const started = Date.now();

  const source: AsyncIterable<BatchItem> =
    opts.input === 'ndjson' ? readNdjson(inputs, io.stdin, maxBytes) : expandInputs(inputs, { cwd: io.cwd, extensions: opts.ext });
  // Peek two inputs: a single document runs in-process, since starting a worker would only add to its latency.
  // An ndjson line that is too large is the exception: the next line may be gigabytes away (or never come,
  // /dev/zero), and its record must be written now, so the run goes on as a batch without waiting for it.
  const iterator = source[Symbol.asyncIterator]();
  const head: BatchItem[] = [];
  const lineTooLarge = (): boolean => opts.input === 'ndjson' && head[0]?.kind === 'invalid' && head[0].code === 'too-large';
  for (let i = 0; i < 2 && !lineTooLarge(); i++) {
    const n = await iterator.next();
    if (n.done) break;
    head.push(n.value);
  }
  const batch = head.length > 1 || lineTooLarge();
  // A live bar only for batches, and never when the results themselves go to the same terminal.
  const showProgress = !opts.quiet && batch && (!io.stdout.isTTY || !!opts.outDir);
  const progress = await createProgress(io.stderr, showProgress);
  const report = (msg: string): void => progress.log(`${errChalk.red('extract:')} ${msg}\n`);
  // each input's key in the out-dir manifest: its path, and which occurrence of it (an ndjson id given twice)
  const occurrences = new Map<string, number>();
  const keys = new WeakMap<BatchItem, { key: string; occurrence: number }>();
  async function* counted(): AsyncGenerator<BatchItem> {
    const note = (item: BatchItem): BatchItem => {
      seen++;
      if (folder) {
        const occurrence = (occurrences.get(item.path) ?? 0) + 1;
        occurrences.set(item.path, occurrence);
        const key = manifestKey(item.path, occurrence);
        keys.set(item, { key, occurrence });
        if (item.kind !== 'invalid' && item.kind !== 'missing') folder.nameFor(key, item.path);
      }
      if (item.kind === 'missing' || (item.kind === 'invalid' && item.code === 'not-found')) missingArgs++;
      progress.found(seen, false);
      // a batch starts with one worker and takes the default number once it is no longer small (jobs.ts)
      if (seen === SMALL_BATCH + 1 && opts.jobs === undefined) pool?.grow(jobs);
      return item;
    };
    for (const item of head) yield note(item);
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield note(n.value);
    progress.found(seen, true);
  }

  const jobs = opts.jobs ?? defaultJobs();
  let pool: Pool | null = null;
  // any batch runs in workers, even with --jobs 1, so an input that crashes or exhausts memory costs only its own record
  if (batch) {
    const { createPool } = await import('./pool.js');
    pool = createPool({ size: opts.jobs ?? 1, resourceLimits: workerLimits(jobs), retryOutOfMemory: true, workerData: opts.pipeline });
  }
  const read = createReader(() => readStreamBounded(io.stdin, maxBytes, 'standard input'), { sync: !pool, maxBytes });
  // workers hand back the JSON text that will be written, not an object to clone and serialise again
  // the dataset and the filters need objects
  const encoding = dataset || filtering ? null : opts.outDir ? 'pretty' : writer.encoding;
  const encode = encoding ? { encode: encoding } : {};
  const extractText = (p: string, text: string, warnings: string[]): Promise<PoolResult> =>
    pool ? pool.run({ path: p, text, warnings, ...encode }) : extractOne(p, text, warnings, opts.pipeline);

  const work = async (item: BatchItem): Promise<Outcome> => {
    if (item.kind === 'invalid') return { result: errorResult(item.path, item.code, item.message) };
    // --resume and --db need the text here (its sha256), and so does a writer that shows it; otherwise a worker reads the file itself
    if (pool && item.kind === 'file' && !opts.resume && !dataset && !writer.needsText) return { result: await pool.run({ path: item.path, warnings: [], maxBytes, ...encode }) };
    const got = item.kind === 'inline' ? { text: item.text, warnings: [] } : await read(item);
    if ('schemaVersion' in got) return { result: got };
    if (opts.resume && folder && (await folder.isDone(keys.get(item)!.key, textSha256(got.text)))) return { skipped: item.path };
    if (dataset?.isCurrent(item.path, textSha256(got.text))) return { skipped: item.path };
    // only the dataset and a writer that shows the text read it later: others need not hold it in the reorder window
    return { result: await extractText(item.path, got.text, got.warnings), ...(dataset || writer.needsText ? { text: got.text } : {}) };
  };

  const emit = async (outcome: Outcome, item: BatchItem): Promise<void> => {
    if ('skipped' in outcome) skipped++;
    else {
      let { result } = outcome;
      if (dataset && !('encoded' in result)) dataset.add(result, outcome.text?.replace(/^\ufeff/, '') ?? null);
      const summary = 'encoded' in result ? result.summary : summaryOf(result);
      if (summary.error) {
        failed++;
        if (failsRun(summary.error.code, opts.inputErrors)) fatal++;
        report(`${escapeTerminal(summary.path)}: ${escapeTerminal(summary.error.message)} [${summary.error.code}]`);
      } else {
        ok++;
        if (!opts.quiet) for (const w of summary.warnings) progress.log(`${errChalk.yellow('warning:')} ${escapeTerminal(summary.path)}: ${escapeTerminal(w)}\n`);
      }
      if (filtering && !('encoded' in result) && !('error' in result)) {
        const kept = filterExtraction(result, filter);
        if (!kept) return void progress.done(ok + failed + skipped, failed);
        result = kept;
      }
      if (folder) {
        const { key, occurrence } = keys.get(item)!;
        if (summary.error) folder.writeFailed(key, summary.path, occurrence, summary.error);
        else {
          const text = 'encoded' in result ? result.encoded : JSON.stringify(result, null, 2);
          const sha = summary.sha256 ?? ('error' in result ? '' : (result as { source: { sha256: string } }).source.sha256);
          await folder.writeOk(key, summary.path, occurrence, sha, `${text}\n`);
        }
      } else if (toStdout) {
        if ('encoded' in result) writer.writeEncoded(result.encoded, outcome.text);
        else writer.write(result, outcome.text);
        await sink.idle();
      }
    }
    progress.done(ok + failed + skipped, failed);
  };

  let writeFailure: WriteError | null = null;
  try {
    await schedule(counted(), {
      concurrency: pool ? jobs * 2 : 1,
      window: pool ? Math.max(32, jobs * 8) : 1,
      ordered: !opts.unordered,
      work,
      emit,
      stop: sink.closed,
    });
    await folder?.close();
  } catch (e) {
    if (!(e instanceof WriteError)) {
      dataset?.abort();
      throw e;
    }
    writeFailure = e;
  } finally {
    progress.stop();
    await pool?.close();
  }
  if (writeFailure) {
    dataset?.abort();
    io.stderr.write(`${errChalk.red('extract:')} ${escapeTerminal(writeFailure.message)}; stopped after ${ok + failed + skipped} of ${seen} inputs\n`);
    return ExitCode.Partial;
  }
  if (toStdout && !sink.closed()) writer.end();
  if (out) await out.close(!sink.closed());
  // a run cut short (standard output closed) has not seen every input: it must not prune
  const pruned = dataset ? await dataset.finish(!sink.closed()) : 0;
  if (pruned && !opts.quiet) io.stderr.write(`${errChalk.dim(`extract: pruned ${pruned} document${pruned === 1 ? '' : 's'} no longer among the inputs`)}\n`);

  if (!opts.quiet && (seen > 1 || failed > 0 || skipped > 0)) {
    const secs = (Date.now() - started) / 1000;
    const parts = [`${ok} ok`, `${failed} failed`, ...(skipped ? [`${skipped} skipped`] : [])];
    const rate = seen > 1 && secs > 0 ? ` (${(seen / secs).toFixed(1)} docs/s)` : '';
    io.stderr.write(`${errChalk.dim(`extract: ${parts.join(', ')} in ${secs.toFixed(1)}s${rate}`)}\n`);
  }
  if (seen > 0 && missingArgs === seen) return ExitCode.Usage;
  return fatal > 0 ? ExitCode.Partial : ExitCode.Ok;
}
