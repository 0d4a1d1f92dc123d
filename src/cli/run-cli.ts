import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formats, type Format } from '../render/index.js';
import { colorLevel, createChalk } from './color.js';
import { applyDisabledRules, collectRuleIds } from './disable.js';
import { ExitCode } from './exit-code.js';
import { escapeTerminalLines } from '../render/escape.js';
import { defaultJobs, SMALL_BATCH } from './jobs.js';
import { formatSize, DEFAULT_MAX_BYTES, parseSize } from './limits.js';
import { parseDateOption, type PipelineExtras } from './roster-option.js';
import { inputErrorPolicies, type InputErrorPolicy } from './exit-policy.js';
import { addDatasetOptions, readDatasetOptions, type DatasetCliOptions } from './dataset-options.js';
import { toolVersion } from './version.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CliOptions {
  format?: Format;
  ext: string[];
  outDir?: string;
  out?: string;
  resume?: boolean;
  quiet?: boolean;
  color?: boolean;
  jobs?: number;
  unordered?: boolean;
  input: 'text' | 'ndjson';
  roster?: string;
  date?: string;
  /** what --roster and --date give the pipeline, read and validated */
  pipeline?: PipelineExtras;
  inputErrors: InputErrorPolicy;
  disable: string[];
  /** --db, --csv, --prune and the record filters (see dataset-options.ts) */
  dataset?: DatasetCliOptions;
  /** --max-size in bytes */
  maxSize?: number;
}

const EXAMPLES = `
Examples:
  $ extract article.txt                          coloured tables on a terminal
  $ extract article.txt | jq '.countries[].code' JSON when piped
  $ cat clipping.txt | extract - --format ndjson read standard input
  $ extract clippings/ 'archive/**/*.txt' --format ndjson > out.ndjson
  $ extract clippings/ --out-dir results/        one .json per input
  $ extract clippings/ --format html --out report.html   one page: overview and every article
  $ extract clippings/ --out-dir results/ --resume   skip inputs already done (same sha256)
  $ extract 'archive/**/*.txt' --jobs 4 --unordered -f ndjson   4 workers, completion order
  $ extract --input ndjson < docs.ndjson         {"id","text"} lines in, results keyed by id
  $ extract --input ndjson --input-errors record < part.ndjson   bad lines are records, exit 0
  $ extract schema > extraction.schema.json      JSON Schema of the output (the 'schema' command)
  $ extract rules                                every rule, its ruleId and examples (the 'rules' command)
  $ extract article.txt --disable meeting/visit  turn one rule off for this run
  $ extract clippings/ --db clippings.sqlite     one SQLite dataset across articles (reruns add only what changed)
  $ extract dataset results.ndjson --db clippings.sqlite --csv tables/   load saved NDJSON; CSV tables
  $ extract clippings/ -f csv --kind meeting --country TR,PK   one CSV row per event

Exit status: 0 all inputs processed, 1 some inputs failed (with --input-errors record: only
extract's own faults, such as a crash), 2 usage error or nothing to read.`;

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('must be a whole number from 1 to 256');
  return n;
}


function parseMaxSize(value: string): number {
  const n = parseSize(value);
  if (n === null) throw new InvalidArgumentError('must be a size such as 64M, 500K or 1G');
  return n;
}

function parseFormat(value: string): Format {
  if (!(formats as string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${formats.join(', ')}`);
  return value as Format;
}

function buildProgram(io: CliIo): Command {
  const program = new Command('extract')
    .description('Extract countries, officials, agreements, commitments and meetings from news articles.\nEvery record points back at the text it came from.')
    .usage('[options] [inputs...]\n       extract schema\n       extract rules [--format table|json]')
    .argument('[inputs...]', 'files, folders, globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', `output format: ${formats.join(', ')} (default: table on a terminal, json otherwise)`).argParser(parseFormat))
    .addOption(new Option('--ext <list>', 'file extensions to read in folders').argParser((v: string) => v.split(',').map((s) => s.trim()).filter(Boolean)).default(['txt', 'md', 'text'], 'txt,md,text'))
    .option('-o, --out-dir <dir>', 'write one .json file per input into this folder instead of standard output')
    .option('--out <file>', 'write the output to this file instead of standard output (html: a report)')
    .option('--resume', 'with --out-dir: skip inputs whose output exists and has the same sha256')
    .option('-j, --jobs <n>', `worker threads (default: 1 for under ${SMALL_BATCH} inputs, else the number of CPUs, here ${defaultJobs()})`, parseJobs)
    .addOption(new Option('--max-size <size>', 'skip any file, standard input or ndjson line larger than this as too-large').argParser(parseMaxSize).default(DEFAULT_MAX_BYTES, formatSize(DEFAULT_MAX_BYTES).replace(' MiB', 'M')))
    .option('--unordered', 'write results as they finish instead of in input order')
    .addOption(new Option('--input <kind>', 'what inputs contain: text, or ndjson lines {"id": …, "text": …}').choices(['text', 'ndjson']).default('text', 'text'))
    .option('--roster <file>', 'your own roster of office holders (CSV or JSON: name, aliases, country, title, from, to); wins over the bundled one')
    .option('--date <YYYY-MM-DD>', "the articles' date when they carry none (which office holders the roster counts)", parseDateOption)
    .addOption(
      new Option('--input-errors <policy>', 'fail: a bad input makes the exit status 1; record: bad inputs are only error records (exit 0), crashes still fail')
        .choices(inputErrorPolicies)
        .default('fail'),
    )
    .option('--disable <rule>', 'turn a rule off for this run (repeatable, or comma-separated; see extract rules)', collectRuleIds, []);
  addDatasetOptions(program);
  program
    .option('-q, --quiet', 'no progress, summary or warnings on standard error (errors are still printed)')
    .option('--no-color', 'never colour the output')
    .version(toolVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      // commander repeats the user's argument in its errors: it may hold escape sequences
      writeErr: (s) => void io.stderr.write(escapeTerminalLines(s)),
    });
  return program;
}

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const program = buildProgram(io);
  const errLevel = colorLevel({ env: io.env, isTTY: !!io.stderr.isTTY }, 'stderr');
  const errChalk = createChalk(errLevel);
  const fail = (msg: string): void => void io.stderr.write(`${errChalk.red('extract:')} ${msg}\n`);

  // `extract help` is what many tools accept; a file named help is still read as ./help
  if (argv.length === 1 && argv[0] === 'help') argv = ['--help'];
  const done = await runSubcommand(argv, io, fail);
  if (done !== undefined) return done;

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    throw e;
  }
  const args = await readBatchArgs(program, io);
  if (typeof args === 'string') {
    fail(args);
    return ExitCode.Usage;
  }

  // everything that reads inputs (fast-glob, zod, the pipeline) loads only now: --help and --version stay fast
  const { runBatch } = await import('./batch.js');
  const restore = await applyDisabledRules(args.opts.disable);
  if (typeof restore === 'string') {
    fail(restore);
    return ExitCode.Usage;
  }
  return runBatch(args.inputs, args.opts, io, errChalk).finally(restore);
}

// `extract schema`, `extract dataset …` and `extract rules …`: each loads its own code only when asked for.
// Returns undefined when argv is not one of them.
async function runSubcommand(argv: string[], io: CliIo, fail: (msg: string) => void): Promise<ExitCode | undefined> {
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
  if (argv[0] === 'dataset') {
    const { runDatasetCommand } = await import('./dataset-command.js');
    return runDatasetCommand(argv.slice(1), io, fail);
  }
  if (argv[0] === 'rules') return (await import('./rules-command.js')).runRulesCommand(argv.slice(1), io, fail);
  return undefined;
}

/**
 * The inputs and options of a parsed command line, checked against each other and with --roster and
 * --date read; or the message of the usage error that stops the run. Checks run in the order the
 * errors are reported in: inputs, dataset options, --out with --out-dir, --resume, the roster.
 */
async function readBatchArgs(program: Command, io: CliIo): Promise<{ inputs: string[]; opts: CliOptions } | string> {
  let inputs = program.args;
  const opts = program.opts<CliOptions>();
  if (inputs.length === 0) {
    if (io.stdin.isTTY) return 'no input: give files, folders or globs, or pipe text into standard input (see --help)';
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) return 'standard input (-) can be read only once';
  try {
    opts.dataset = readDatasetOptions(program.opts());
  } catch (e) {
    return (e as Error).message;
  }
  if (opts.out && opts.outDir) return '--out and --out-dir cannot be used together';
  if (opts.resume && !opts.outDir) return '--resume needs --out-dir (it compares against the files written there)';
  let pipeline: PipelineExtras;
  try {
    pipeline = (await import('./roster-option.js')).pipelineExtras(opts, io.cwd);
  } catch (e) {
    if ((e as Error).name !== 'RosterFileError') throw e;
    return (e as Error).message;
  }
  return { inputs, opts: { ...opts, pipeline } };
}
