import type { ChalkInstance } from 'chalk';
import { escapeTerminal } from '../render/escape.js';
import type { Encoding } from '../render/index.js';
import { filterExtraction } from '../dataset/filter.js';
import type { Result } from '../schema/extraction.js';
import type { BatchOutputs } from './batch-outputs.js';
import type { BatchItem, ItemKey, Tally } from './batch-inputs.js';
import { errorResult } from './errors.js';
import { failsRun } from './exit-policy.js';
import { summaryOf, type EncodedResult, type Pool, type PoolResult } from './pool.js';
import { extractOne, textSha256, type ReadInput } from './process.js';
import type { Progress } from './progress.js';
import type { CliOptions } from './run-cli.js';

/** One input's fate: a result (with its text when a later step reads it), or skipped as already done. */
export type Outcome = { result: PoolResult; text?: string } | { skipped: string };

/** Everything the per-input steps share during one batch. */
export interface BatchRun extends BatchOutputs {
  opts: CliOptions;
  errChalk: ChalkInstance;
  tally: Tally;
  progress: Progress;
  keys: WeakMap<BatchItem, ItemKey>;
  /** the worker pool of a batch; null for a single document, which runs in-process */
  pool: Pool | null;
  /** how many workers the batch may use: --jobs, else the default once the batch is no longer small */
  jobs: number;
  maxBytes: number;
  read: ReadInput;
  /** the form workers serialise results in, when nothing here needs the objects */
  encoding: Encoding | null;
}

/** The step that turns one input into an outcome: read it (or let a worker read it), then extract. */
export function createWork(run: BatchRun): (item: BatchItem) => Promise<Outcome> {
  const { opts, pool, folder, dataset, writer, keys, maxBytes, read } = run;
  const encode = run.encoding ? { encode: run.encoding } : {};
  const extractText = (p: string, text: string, warnings: string[]): Promise<PoolResult> =>
    pool ? pool.run({ path: p, text, warnings, ...encode }) : extractOne(p, text, warnings, opts.pipeline);
  return async (item) => {
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
}

/** The step that takes each outcome, in output order: count it, report it, and write it where it goes. */
export function createEmit(run: BatchRun): (outcome: Outcome, item: BatchItem) => Promise<void> {
  const { tally, progress } = run;
  return async (outcome, item) => {
    if ('skipped' in outcome) tally.skipped++;
    else await emitResult(run, outcome, item);
    progress.done(tally.ok + tally.failed + tally.skipped, tally.failed);
  };
}

async function emitResult(run: BatchRun, outcome: { result: PoolResult; text?: string }, item: BatchItem): Promise<void> {
  let { result } = outcome;
  if (run.dataset && !('encoded' in result)) run.dataset.add(result, outcome.text?.replace(/^\ufeff/, '') ?? null);
  const summary = 'encoded' in result ? result.summary : summaryOf(result);
  countResult(run, summary);
  // the filters see objects only (encoding is off when there are filters); a document they drop is not written
  if (run.filtering && !('encoded' in result) && !('error' in result)) {
    const kept = filterExtraction(result, run.filter);
    if (!kept) return;
    result = kept;
  }
  await writeResult(run, result, summary, outcome.text, item);
}

// Errors are reported as they come, warnings too unless --quiet.
function countResult(run: BatchRun, summary: EncodedResult['summary']): void {
  const { tally, progress, errChalk, opts } = run;
  if (summary.error) {
    tally.failed++;
    if (failsRun(summary.error.code, opts.inputErrors)) tally.fatal++;
    progress.log(`${errChalk.red('extract:')} ${escapeTerminal(summary.path)}: ${escapeTerminal(summary.error.message)} [${summary.error.code}]\n`);
  } else {
    tally.ok++;
    if (!opts.quiet) for (const w of summary.warnings) progress.log(`${errChalk.yellow('warning:')} ${escapeTerminal(summary.path)}: ${escapeTerminal(w)}\n`);
  }
}

// One file per input in --out-dir, or the writer (standard output or --out), waiting for it to drain.
async function writeResult(run: BatchRun, result: Result | EncodedResult, summary: EncodedResult['summary'], text: string | undefined, item: BatchItem): Promise<void> {
  const { folder, writer } = run;
  if (folder) {
    const { key, occurrence } = run.keys.get(item)!;
    if (summary.error) folder.writeFailed(key, summary.path, occurrence, summary.error);
    else {
      const json = 'encoded' in result ? result.encoded : JSON.stringify(result, null, 2);
      const sha = summary.sha256 ?? ('error' in result ? '' : (result as { source: { sha256: string } }).source.sha256);
      await folder.writeOk(key, summary.path, occurrence, sha, `${json}\n`);
    }
  } else if (run.toStdout) {
    if ('encoded' in result) writer.writeEncoded(result.encoded, text);
    else writer.write(result, text);
    await run.sink.idle();
  }
}
