import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formats, renderers, type Format } from '../render/index.js';
import type { Result } from '../schema/extraction.js';
import { colorLevel, createChalk } from './color.js';
import { ExitCode, UsageError } from './exit-code.js';
import { expandInputs, type InputItem } from './inputs.js';
import { outputName, writeAtomic } from './out-dir.js';
import { createReader, extractOne } from './process.js';

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
  quiet?: boolean;
  color?: boolean;
}

const EXAMPLES = `
Examples:
  $ extract article.txt                          coloured tables on a terminal
  $ extract article.txt | jq '.countries[].code' JSON when piped
  $ cat clipping.txt | extract - --format ndjson read standard input
  $ extract clippings/ 'archive/**/*.txt' --format ndjson > out.ndjson
  $ extract clippings/ --out-dir results/        one .json per input
  $ extract schema > extraction.schema.json      JSON Schema of the output (the 'schema' command)

Exit status: 0 all inputs processed, 1 some inputs failed, 2 usage error or nothing to read.`;

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
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
    .option('-q, --quiet', 'no summary or warnings on standard error (errors are still printed)')
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
function createSink(stream: NodeJS.WritableStream): { write(s: string): Promise<void>; closed: () => boolean } {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  });
  return {
    closed: () => closed,
    write(s) {
      if (closed || !s) return Promise.resolve();
      if (stream.write(s)) return Promise.resolve();
      return new Promise((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      });
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

  const outLevel = colorLevel({ env: io.env, isTTY: !!io.stdout.isTTY, flag: opts.color === false ? false : undefined }, 'stdout');
  const format: Format = opts.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const sink = createSink(io.stdout);
  const writer = renderers[format]((s) => void sink.write(s), { chalk: createChalk(format === 'table' ? outLevel : 0) });
  const read = createReader(() => readAll(io.stdin));

  let ok = 0;
  let failed = 0;
  let seen = 0;
  let missingArgs = 0;
  const started = Date.now();
  const handle = async (item: InputItem): Promise<Result> => {
    const got = await read(item);
    if ('schemaVersion' in got) return got;
    return extractOne(item.path, got.text, got.warnings);
  };

  for await (const item of expandInputs(inputs, { cwd: io.cwd, extensions: opts.ext })) {
    if (sink.closed()) break;
    seen++;
    if (item.kind === 'missing') missingArgs++;
    const result = await handle(item);
    if ('error' in result) {
      failed++;
      fail(`${result.source.path}: ${result.error.message} [${result.error.code}]`);
    } else {
      ok++;
      if (!opts.quiet) for (const w of result.warnings) io.stderr.write(`${errChalk.yellow('warning:')} ${result.source.path}: ${w}\n`);
    }
    if (opts.outDir) {
      if (!('error' in result)) await writeAtomic(opts.outDir, outputName(result.source.path), `${JSON.stringify(result, null, 2)}\n`);
    } else {
      writer.write(result);
    }
  }
  if (!opts.outDir) writer.end();

  if (!opts.quiet && (seen > 1 || failed > 0)) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(`${errChalk.dim(`extract: ${ok} ok, ${failed} failed in ${secs}s`)}\n`);
  }
  if (seen > 0 && missingArgs === seen) return ExitCode.Usage;
  return failed > 0 ? ExitCode.Partial : ExitCode.Ok;
}
