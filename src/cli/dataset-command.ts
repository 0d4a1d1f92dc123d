import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Command, CommanderError } from 'commander';
import { resultSchema, type Result } from '../schema/extraction.js';
import { decodeBytes } from './decode.js';
import { addDatasetOptions, readDatasetOptions } from './dataset-options.js';
import { openDatasetSink } from './dataset-sink.js';
import { ExitCode } from './exit-code.js';
import { textSha256 } from './process.js';
import type { CliIo } from './run-cli.js';

const HELP = `
Loads results that extract wrote as NDJSON (extract … --format ndjson, GNU parallel, a Spark pipe) into
the same SQLite dataset and CSV tables as \`extract FILES --db\`. Documents already in the database with
the same sha256 are skipped. Each document's text is read from its source.path when that file still has
the same sha256, so that the offsets in the database can be checked against it; otherwise text is NULL.

Examples:
  $ extract dataset results.ndjson --db clippings.sqlite
  $ cat part-*.ndjson | extract dataset - --db clippings.sqlite --csv tables/`;

/** The document's text when the file at its path still has the content the result was made from. */
function readSourceText(cwd: string, p: string, sha256: string): string | null {
  if (p === '-') return null;
  try {
    const decoded = decodeBytes(readFileSync(path.resolve(cwd, p)));
    return decoded.ok && textSha256(decoded.text) === sha256 ? decoded.text : null;
  } catch {
    return null;
  }
}

async function* lines(inputs: string[], io: CliIo): AsyncGenerator<{ line: string; where: string }> {
  for (const input of inputs) {
    const stream = input === '-' ? io.stdin : createReadStream(path.resolve(io.cwd, input), { encoding: 'utf8' });
    let n = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (line.trim()) yield { line, where: `${input}:${n}` };
    }
  }
}

/** `extract dataset [results.ndjson…] --db FILE [--csv DIR]`: returns the exit code. */
export async function runDatasetCommand(argv: string[], io: CliIo, fail: (msg: string) => void): Promise<ExitCode> {
  const program = addDatasetOptions(new Command('extract dataset').usage('[options] [results.ndjson...]').argument('[inputs...]', 'NDJSON files of extract results, or - for standard input'))
    .option('-q, --quiet', 'no summary on standard error (errors are still printed)')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP)
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
  let opts;
  try {
    program.parse(argv, { from: 'user' });
    opts = readDatasetOptions(program.opts());
    if (!opts.db && !opts.csv) throw new Error('extract dataset needs --db FILE or --csv DIR (where to put the dataset)');
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    fail((e as Error).message);
    return ExitCode.Usage;
  }
  const inputs = program.args.length ? program.args : ['-'];
  if (inputs.filter((i) => i === '-').length > 1) {
    fail('standard input (-) can be read only once');
    return ExitCode.Usage;
  }
  const sink = openDatasetSink(opts);
  if (typeof sink === 'string') {
    fail(sink);
    return ExitCode.Usage;
  }
  let loaded = 0;
  let skipped = 0;
  let bad = 0;
  let errors = 0;
  try {
    for await (const { line, where } of lines(inputs, io)) {
      let parsed: Result;
      try {
        const r = resultSchema.safeParse(JSON.parse(line));
        if (!r.success) throw new Error(`not an extract result: ${r.error.issues[0]?.path.join('.') || '(root)'}: ${r.error.issues[0]?.message}`);
        parsed = r.data;
      } catch (e) {
        bad++;
        fail(`${where}: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)}`);
        continue;
      }
      if ('error' in parsed) {
        errors++;
        sink.add(parsed, null);
      } else if (sink.isCurrent(parsed.source.path, parsed.source.sha256)) skipped++;
      else {
        sink.add(parsed, readSourceText(io.cwd, parsed.source.path, parsed.source.sha256));
        loaded++;
      }
    }
  } catch (e) {
    sink.abort();
    fail(`could not read input: ${(e as Error).message}`);
    return ExitCode.Partial;
  }
  const pruned = await sink.finish();
  if (!program.opts().quiet) {
    const parts = [`${loaded} loaded`, `${skipped} unchanged`, `${errors} error records`, ...(bad ? [`${bad} bad lines`] : []), ...(pruned ? [`${pruned} pruned`] : [])];
    io.stderr.write(`extract dataset: ${parts.join(', ')}\n`);
  }
  return bad > 0 ? ExitCode.Partial : ExitCode.Ok;
}
