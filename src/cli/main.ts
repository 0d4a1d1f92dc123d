import { runCli } from './run-cli.js';
import { describeErrno } from './write-error.js';

// `extract … | head -1` closes the pipe early: stop quietly instead of printing a stack trace. Any other
// failure to write the results (a full disk behind `> file`) ends the run with one line and exit 1.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      try {
        process.stderr.write(`extract: cannot write standard output: ${describeErrno(e)}\n`);
      } catch {
        // standard error is gone as well: the exit status still tells
      }
    }
    process.exit(1);
  });
}

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`extract: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
