import { getHeapStatistics } from 'node:v8';
import type { ChalkInstance } from 'chalk';
import { escapeTerminal } from '../render/escape.js';
import { emptyTally, countInputs, peekInputs, type BatchItem, type ItemKey, type PeekedInputs } from './batch-inputs.js';
import { openOutputs } from './batch-outputs.js';
import { createEmit, createWork, type BatchRun } from './batch-steps.js';
import { ExitCode } from './exit-code.js';
import { DEFAULT_MAX_BYTES, readStreamBounded } from './limits.js';
import type { Pool } from './pool.js';
import { createReader } from './process.js';
import { createProgress } from './progress.js';
import { schedule } from './reorder.js';
import { defaultJobs } from './jobs.js';
import { WriteError } from './write-error.js';
import type { CliIo, CliOptions } from './run-cli.js';

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

/**
 * Reads, extracts and writes every input; returns the exit code.
 * The steps: open the outputs, peek at the inputs (one document runs in-process, more in workers),
 * stream them through work and emit (batch-steps.ts), then close the outputs and print the summary.
 */
export async function runBatch(inputs: string[], opts: CliOptions, io: CliIo, errChalk: ChalkInstance): Promise<ExitCode> {
  const outputs = await openOutputs(opts, io, errChalk);
  if (typeof outputs === 'number') return outputs;
  const maxBytes = opts.maxSize ?? DEFAULT_MAX_BYTES;
  const tally = emptyTally();
  const started = Date.now();
  const peeked = await peekInputs(inputs, opts, io, maxBytes);
  // A live bar only for batches, and never when the results themselves go to the same terminal.
  const showProgress = !opts.quiet && peeked.batch && (!io.stdout.isTTY || !!opts.outDir);
  const progress = await createProgress(io.stderr, showProgress);
  const jobs = opts.jobs ?? defaultJobs();
  const pool = peeked.batch ? await startPool(opts, jobs) : null;
  const run: BatchRun = {
    ...outputs,
    opts,
    errChalk,
    tally,
    progress,
    keys: new WeakMap<BatchItem, ItemKey>(),
    pool,
    jobs,
    maxBytes,
    read: createReader(() => readStreamBounded(io.stdin, maxBytes, 'standard input'), { sync: !pool, maxBytes }),
    // workers hand back the JSON text that will be written, not an object to clone and serialise again;
    // the dataset and the filters need objects
    encoding: outputs.dataset || outputs.filtering ? null : opts.outDir ? 'pretty' : outputs.writer.encoding,
  };
  const writeFailure = await runScheduled(run, peeked);
  return finishBatch(run, io, writeFailure, started);
}

// Any batch runs in workers, even with --jobs 1, so an input that crashes or exhausts memory costs only its own record.
async function startPool(opts: CliOptions, jobs: number): Promise<Pool> {
  const { createPool } = await import('./pool.js');
  return createPool({ size: opts.jobs ?? 1, resourceLimits: workerLimits(jobs), retryOutOfMemory: true, workerData: opts.pipeline });
}

// Streams the inputs through work and emit. A write failure (--out-dir on a full disk) ends the run
// and is returned to be reported; any other error is thrown after the dataset is abandoned.
async function runScheduled(run: BatchRun, peeked: PeekedInputs): Promise<WriteError | null> {
  const { opts, pool, jobs, folder, dataset, progress } = run;
  const items = countInputs(peeked, { opts, folder, progress, tally: run.tally, keys: run.keys, grow: () => pool?.grow(jobs) });
  try {
    await schedule(items, {
      concurrency: pool ? jobs * 2 : 1,
      window: pool ? Math.max(32, jobs * 8) : 1,
      ordered: !opts.unordered,
      work: createWork(run),
      emit: createEmit(run),
      stop: run.sink.closed,
    });
    await folder?.close();
  } catch (e) {
    if (!(e instanceof WriteError)) {
      dataset?.abort();
      throw e;
    }
    return e;
  } finally {
    progress.stop();
    await pool?.close();
  }
  return null;
}

// Closes the outputs (keeping a --out file and pruning the dataset only when the run saw every input),
// prints the summary line and picks the exit code.
async function finishBatch(run: BatchRun, io: CliIo, writeFailure: WriteError | null, started: number): Promise<ExitCode> {
  const { opts, errChalk, tally, sink, dataset } = run;
  if (writeFailure) {
    dataset?.abort();
    io.stderr.write(`${errChalk.red('extract:')} ${escapeTerminal(writeFailure.message)}; stopped after ${tally.ok + tally.failed + tally.skipped} of ${tally.seen} inputs\n`);
    return ExitCode.Partial;
  }
  if (run.toStdout && !sink.closed()) run.writer.end();
  if (run.out) await run.out.close(!sink.closed());
  // a run cut short (standard output closed) has not seen every input: it must not prune
  const pruned = dataset ? await dataset.finish(!sink.closed()) : 0;
  if (pruned && !opts.quiet) io.stderr.write(`${errChalk.dim(`extract: pruned ${pruned} document${pruned === 1 ? '' : 's'} no longer among the inputs`)}\n`);
  if (!opts.quiet && (tally.seen > 1 || tally.failed > 0 || tally.skipped > 0)) {
    const secs = (Date.now() - started) / 1000;
    const parts = [`${tally.ok} ok`, `${tally.failed} failed`, ...(tally.skipped ? [`${tally.skipped} skipped`] : [])];
    const rate = tally.seen > 1 && secs > 0 ? ` (${(tally.seen / secs).toFixed(1)} docs/s)` : '';
    io.stderr.write(`${errChalk.dim(`extract: ${parts.join(', ')} in ${secs.toFixed(1)}s${rate}`)}\n`);
  }
  if (tally.seen > 0 && tally.missingArgs === tally.seen) return ExitCode.Usage;
  return tally.fatal > 0 ? ExitCode.Partial : ExitCode.Ok;
}
