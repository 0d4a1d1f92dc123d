import type { ChalkInstance } from 'chalk';
import { escapeTerminal } from '../render/escape.js';
import { renderers, type Format, type ResultWriter } from '../render/index.js';
import { hasFilter, type RecordFilter } from '../dataset/filter.js';
import { colorLevel, createChalk } from './color.js';
import type { DatasetSink } from './dataset-sink.js';
import { ExitCode } from './exit-code.js';
import { formatForFile, openOutFile, type OutFile } from './out-file.js';
import { openOutFolder, type OutFolder } from './out-folder.js';
import type { CliIo, CliOptions } from './run-cli.js';
import { toolVersion } from './version.js';
import { WriteError } from './write-error.js';

export interface Sink {
  write(s: string): Promise<void>;
  /** settles once the last write that met backpressure has drained */
  idle(): Promise<void>;
  closed: () => boolean;
  failure: () => NodeJS.ErrnoException | undefined;
}

// Writes honour backpressure; a closed pipe (extract … | head -1) ends the run quietly. Any other write
// error (a full disk behind > file) also stops taking inputs; bin's handler reports it and exits 1.
function createSink(stream: NodeJS.WritableStream): Sink {
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

/** Everything a batch writes to, opened before the first input is read. */
export interface BatchOutputs {
  /** the --out file, or null for standard output */
  out: OutFile | null;
  sink: Sink;
  writer: ResultWriter;
  /** --out-dir: one file per input and a manifest */
  folder: OutFolder | null;
  /** --db and/or --csv */
  dataset: DatasetSink | null;
  filter: RecordFilter;
  filtering: boolean;
  /** whether the writer's output is wanted at all (not with --out-dir; with --db/--csv only for an explicit --format) */
  toStdout: boolean;
}

type Fail = (message: string) => void;

/**
 * Opens the --out file (or standard output) and its writer, the --out-dir folder and the --db/--csv
 * dataset, in that order. On failure the error has been printed and the exit code is returned instead.
 */
export async function openOutputs(opts: CliOptions, io: CliIo, errChalk: ChalkInstance): Promise<BatchOutputs | ExitCode> {
  const fail: Fail = (message) => void io.stderr.write(`${errChalk.red('extract:')} ${escapeTerminal(message)}\n`);
  const outLevel = colorLevel({ env: io.env, isTTY: !!io.stdout.isTTY && !opts.out, flag: opts.color === false ? false : undefined }, 'stdout');
  const format: Format = opts.format ?? (opts.out ? formatForFile(opts.out) : io.stdout.isTTY ? 'table' : 'json');
  let out: OutFile | null = null;
  try {
    out = opts.out ? await openOutFile(opts.out, io.cwd) : null;
  } catch (e) {
    fail((e as Error).message);
    return ExitCode.Usage;
  }
  const sink = createSink(out?.stream ?? io.stdout);
  const width = io.stdout.isTTY && !opts.out ? (io.stdout as { columns?: number }).columns : undefined;
  const writer = renderers[format]((s) => void sink.write(s), { chalk: createChalk(format === 'table' ? outLevel : 0), ...(width ? { width } : {}) });
  const folder = await openFolder(opts, fail);
  if (typeof folder === 'number') return folder;
  const dataset = await openDataset(opts, fail);
  if (typeof dataset === 'number') return dataset;
  const filter = opts.dataset?.filter ?? {};
  // --db/--csv take the records; standard output gets them too only when a --format is asked for
  const toStdout = !opts.outDir && (!dataset || opts.format !== undefined);
  return { out, sink, writer, folder, dataset, filter, filtering: hasFilter(filter), toStdout };
}

// A folder that cannot be written is a failed run (1), not a usage error: the arguments were fine.
async function openFolder(opts: CliOptions, fail: Fail): Promise<OutFolder | null | ExitCode> {
  if (!opts.outDir) return null;
  try {
    return await openOutFolder(opts.outDir, toolVersion());
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    fail(e.message);
    return ExitCode.Partial;
  }
}

// The dataset code (and better-sqlite3) loads only when --db or --csv asks for it.
async function openDataset(opts: CliOptions, fail: Fail): Promise<DatasetSink | null | ExitCode> {
  const wanted = opts.dataset;
  if (!wanted || (!wanted.db && !wanted.csv)) return null;
  const { openDatasetSink } = await import('./dataset-sink.js');
  const opened = openDatasetSink(wanted);
  if (typeof opened !== 'string') return opened;
  fail(opened);
  return ExitCode.Usage;
}
