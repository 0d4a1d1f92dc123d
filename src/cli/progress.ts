
export interface Progress {
  /** inputs discovered so far (the total grows while folders and globs are still being listed) */
  found(total: number, complete: boolean): void;
  done(count: number, failed: number): void;
  /** a diagnostic line (with its newline) printed above the bar instead of through it */
  log(line: string): void;
  stop(): void;
}

const silent = (write: (s: string) => void): Progress => ({ found() {}, done() {}, log: write, stop() {} });

// A live line on a terminal only: when stderr is a file or a pipe (CI, 2> log) nothing but the
// diagnostics and the final summary are written, so logs stay readable.
export async function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean): Promise<Progress> {
  const write = (s: string): void => void stream.write(s);
  if (!enabled || !stream.isTTY) return silent(write);
  const { default: cliProgress } = await import('cli-progress');
  const multi = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: ' {value}/{total}{more} files | {rate} docs/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
      etaBuffer: 50,
      gracefulExit: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(0, 0, { more: '+', failed: 0, rate: '0.0' });
  const started = Date.now();
  let total = 0;
  let complete = false;
  return {
    found(t, c) {
      total = t;
      complete = c;
      bar.setTotal(total);
      bar.update({ more: complete ? '' : '+' });
    },
    done(count, failed) {
      const secs = (Date.now() - started) / 1000;
      bar.update(count, { failed, rate: secs > 0 ? (count / secs).toFixed(1) : '0.0', more: complete ? '' : '+' });
    },
    log(line) {
      multi.log(line);
    },
    stop() {
      // cli-progress prints logged lines only on its next redraw: draw once more so none are lost
      multi.update();
      multi.stop();
    },
  };
}
