import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formats, renderers, type Format } from '../render/index.js';
import type { Result } from '../schema/extraction.js';
import { colorLevel, createChalk } from './color.js';
import { errorResult } from './errors.js';
import { ExitCode, UsageError } from './exit-code.js';
import { expandInputs, type InputItem } from './inputs.js';
import { readNdjson, type NdjsonItem } from './ndjson-input.js';
import { outputName, writeAtomic } from './out-dir.js';
import type { Pool } from './pool.js';
import { createReader, extractOne, textSha256 } from './process.js';
import { createProgress } from './progress.js';
import { schedule } from './reorder.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

interface CliOptions {
  format?: Format;
  ext: string[];
  outDir?: string;
  resume?: boolean;
  quiet?: boolean;
  color?: boolean;
  jobs?: number;
  unordered?: boolean;
  input: 'text' | 'ndjson';
}

type BatchItem = InputItem | NdjsonItem;
type Outcome = { result: Result } | { skipped: string };

const EXAMPLES = `
Examples:
  $ extract article.txt                          coloured tables on a terminal
  $ extract article.txt | jq '.countries[].code' JSON when piped
  $ cat clipping.txt | extract - --format ndjson read standard input
  $ extract clippings/ 'archive/**/*.txt' --format ndjson > out.ndjson
  $ extract clippings/ --out-dir results/        one .json per input
  $ extract clippings/ --out-dir results/ --resume   skip inputs already done (same sha256)
  $ extract 'archive/**/*.txt' --jobs 4 --unordered -f ndjson   4 workers, completion order
  $ extract --input ndjson < docs.ndjson         {"id","text"} lines in, results keyed by id
  $ extract schema > extraction.schema.json      JSON Schema of the output (the 'schema' command)

Exit status: 0 all inputs processed, 1 some inputs failed, 2 usage error or nothing to read.`;

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('must be a whole number from 1 to 256');
  return n;
}

function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 16));
}

function parseFormat(value: string): Format {
  if (!(formats as string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${formats.join(', ')}`);
  return value as Format;
}

function buildProgram(io: CliIo): Command {
  const program = new Command('extract')
    .description('Extract countries, officials, agreements, commitments and meetings from news articles.\nEvery record points back at the text it came from.')
    .usage('[options] [inputs...]\n       extract schema')
    .argument('[inputs...]', 'files, folders, globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', `output format: ${formats.join(', ')} (default: table on a terminal, json otherwise)`).argParser(parseFormat))
    .option('--ext <list>', 'file extensions to read in folders', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean), ['txt', 'md', 'text'])
    .option('-o, --out-dir <dir>', 'write one .json file per input into this folder instead of standard output')
    .option('--resume', 'with --out-dir: skip inputs whose output exists and has the same sha256')
    .option('-j, --jobs <n>', `worker threads (default: number of CPUs, here ${defaultJobs()}); 1 runs in-process`, parseJobs)
    .option('--unordered', 'write results as they finish instead of in input order')
    .addOption(new Option('--input <kind>', 'what inputs contain: text, or ndjson lines {"id": …, "text": …}').choices(['text', 'ndjson']).default('text'))
    .option('-q, --quiet', 'no progress, summary or warnings on standard error (errors are still printed)')
    .option('--no-color', 'never colour the output')
    .version(version(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  return program;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

// Writes honour backpressure; a closed pipe (extract … | head -1) ends the run quietly.
function createSink(stream: NodeJS.WritableStream): { write(s: string): Promise<void>; idle(): Promise<void>; closed: () => boolean } {
  let closed = false;
  let pending: Promise<void> = Promise.resolve();
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  });
  return {
    closed: () => closed,
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

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const program = buildProgram(io);
  const errLevel = colorLevel({ env: io.env, isTTY: !!io.stderr.isTTY }, 'stderr');
  const errChalk = createChalk(errLevel);
  const fail = (msg: string): void => void io.stderr.write(`${errChalk.red('extract:')} ${msg}\n`);

  if (argv[0] === 'schema') {
    if (argv.length > 1 && !['-h', '--help'].includes(argv[1]!)) {
      fail(`schema takes no arguments`);
      return ExitCode.Usage;
    }
    if (argv[1]) {
      io.stdout.write('Usage: extract schema\n\nPrint the JSON Schema (draft 2020-12) of the output records.\n');
      return ExitCode.Ok;
    }
    const { outputJsonSchema } = await import('./schema-command.js');
    io.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    return ExitCode.Ok;
  }

  let inputs: string[];
  let opts: CliOptions;
  try {
    program.parse(argv, { from: 'user' });
    inputs = program.args;
    opts = program.opts<CliOptions>();
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    throw e;
  }

  try {
    if (inputs.length === 0) {
      if (io.stdin.isTTY) throw new UsageError('no input: give files, folders or globs, or pipe text into standard input (see --help)');
      inputs = ['-'];
    }
    if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  } catch (e) {
    fail((e as Error).message);
    return ExitCode.Usage;
  }

  if (opts.resume && !opts.outDir) {
    fail('--resume needs --out-dir (it compares against the files written there)');
    return ExitCode.Usage;
  }

  const outLevel = colorLevel({ env: io.env, isTTY: !!io.stdout.isTTY, flag: opts.color === false ? false : undefined }, 'stdout');
  const format: Format = opts.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const sink = createSink(io.stdout);
  const writer = renderers[format]((s) => void sink.write(s), { chalk: createChalk(format === 'table' ? outLevel : 0) });
  const read = createReader(() => readAll(io.stdin));
  const progress = createProgress(io.stderr, !opts.quiet);
  const report = (msg: string): void => progress.log(`${errChalk.red('extract:')} ${msg}\n`);

  let ok = 0;
  let failed = 0;
  let skipped = 0;
  let seen = 0;
  let missingArgs = 0;
  const started = Date.now();

  const source: AsyncIterable<BatchItem> =
    opts.input === 'ndjson' ? readNdjson(inputs, io.stdin) : expandInputs(inputs, { cwd: io.cwd, extensions: opts.ext });
  // Peek two inputs: a single document runs in-process, since starting a worker would only add to its latency.
  const iterator = source[Symbol.asyncIterator]();
  const head: BatchItem[] = [];
  for (let i = 0; i < 2; i++) {
    const n = await iterator.next();
    if (n.done) break;
    head.push(n.value);
  }
  async function* counted(): AsyncGenerator<BatchItem> {
    const note = (item: BatchItem): BatchItem => {
      seen++;
      if (item.kind === 'missing' || (item.kind === 'invalid' && item.code === 'not-found')) missingArgs++;
      progress.found(seen, false);
      return item;
    };
    for (const item of head) yield note(item);
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield note(n.value);
    progress.found(seen, true);
  }

  const jobs = opts.jobs ?? defaultJobs();
  let pool: Pool | null = null;
  if (jobs > 1 && head.length > 1) {
    const { createPool } = await import('./pool.js');
    pool = createPool({ size: jobs });
  }
  const extractText = (p: string, text: string, warnings: string[]): Promise<Result> =>
    pool ? pool.run({ path: p, text, warnings }) : extractOne(p, text, warnings);

  const alreadyDone = async (p: string, text: string): Promise<boolean> => {
    try {
      const prev = JSON.parse(await readFile(path.join(opts.outDir!, outputName(p)), 'utf8')) as { source?: { sha256?: unknown } };
      return prev.source?.sha256 === textSha256(text);
    } catch {
      return false;
    }
  };

  const work = async (item: BatchItem): Promise<Outcome> => {
    if (item.kind === 'invalid') return { result: errorResult(item.path, item.code, item.message) };
    const got = item.kind === 'inline' ? { text: item.text, warnings: [] } : await read(item);
    if ('schemaVersion' in got) return { result: got };
    if (opts.resume && (await alreadyDone(item.path, got.text))) return { skipped: item.path };
    return { result: await extractText(item.path, got.text, got.warnings) };
  };

  const emit = async (outcome: Outcome): Promise<void> => {
    if ('skipped' in outcome) skipped++;
    else {
      const { result } = outcome;
      if ('error' in result) {
        failed++;
        report(`${result.source.path}: ${result.error.message} [${result.error.code}]`);
      } else {
        ok++;
        if (!opts.quiet) for (const w of result.warnings) progress.log(`${errChalk.yellow('warning:')} ${result.source.path}: ${w}\n`);
      }
      if (opts.outDir) {
        if (!('error' in result)) await writeAtomic(opts.outDir, outputName(result.source.path), `${JSON.stringify(result, null, 2)}\n`);
      } else {
        writer.write(result);
        await sink.idle();
      }
    }
    progress.done(ok + failed + skipped, failed);
  };

  try {
    await schedule(counted(), {
      concurrency: pool ? jobs * 2 : 1,
      window: pool ? Math.max(32, jobs * 8) : 1,
      ordered: !opts.unordered,
      work,
      emit,
      stop: sink.closed,
    });
  } finally {
    progress.stop();
    await pool?.close();
  }
  if (!opts.outDir && !sink.closed()) writer.end();

  if (!opts.quiet && (seen > 1 || failed > 0 || skipped > 0)) {
    const secs = (Date.now() - started) / 1000;
    const parts = [`${ok} ok`, `${failed} failed`, ...(skipped ? [`${skipped} skipped`] : [])];
    const rate = seen > 1 && secs > 0 ? ` (${(seen / secs).toFixed(1)} docs/s)` : '';
    io.stderr.write(`${errChalk.dim(`extract: ${parts.join(', ')} in ${secs.toFixed(1)}s${rate}`)}\n`);
  }
  if (seen > 0 && missingArgs === seen) return ExitCode.Usage;
  return failed > 0 ? ExitCode.Partial : ExitCode.Ok;
}
