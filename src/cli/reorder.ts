export interface ScheduleOptions<T, R> {
  /** at most this many `work` calls run at once */
  concurrency: number;
  /** at most this many inputs started but not yet emitted: bounds the reorder buffer and memory */
  window: number;
  /** emit in input order (default) or in completion order */
  ordered: boolean;
  work: (item: T, seq: number) => Promise<R>;
  /** called one at a time, in order when `ordered` */
  emit: (result: R, item: T, seq: number) => Promise<void> | void;
  /** checked before each new input: stop taking inputs (e.g. stdout was closed) */
  stop?: () => boolean;
}

// Streams inputs through `work` with bounded concurrency and emits results as soon as the next one in
// order is ready. Nothing is held per input beyond the window, so memory does not grow with the batch.
export async function schedule<T, R>(items: AsyncIterable<T>, opts: ScheduleOptions<T, R>): Promise<void> {
  const concurrency = Math.max(1, opts.concurrency);
  const window = Math.max(concurrency, opts.window);
  const ready = new Map<number, { result: R; item: T } | { failed: true }>();
  let started = 0;
  let emitted = 0;
  let active = 0;
  let nextToEmit = 0;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const wait = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  let chain: Promise<void> = Promise.resolve();
  const enqueueEmit = (): void => {
    chain = chain.then(async () => {
      if (opts.ordered) {
        for (let next = ready.get(nextToEmit); next; next = ready.get(nextToEmit)) {
          ready.delete(nextToEmit);
          await emitOne(next, nextToEmit++);
        }
      } else {
        const [seq, next] = ready.entries().next().value ?? [];
        if (next === undefined || seq === undefined) return;
        ready.delete(seq);
        await emitOne(next, seq);
      }
    });
  };
  const emitOne = async (entry: { result: R; item: T } | { failed: true }, seq: number): Promise<void> => {
    try {
      if (!failure && !('failed' in entry)) await opts.emit(entry.result, entry.item, seq);
    } catch (error) {
      failure ??= { error };
    }
    emitted++;
    signal();
  };

  for await (const item of items) {
    if (failure || opts.stop?.()) break;
    while (active >= concurrency || started - emitted >= window) await wait();
    if (failure || opts.stop?.()) break;
    const seq = started++;
    active++;
    void opts.work(item, seq).then(
      (result) => {
        active--;
        ready.set(seq, { result, item });
        enqueueEmit();
        signal();
      },
      (error: unknown) => {
        active--;
        failure ??= { error };
        // the slot still passes through the emitter so the ordered stream and the counts stay whole
        ready.set(seq, { failed: true });
        enqueueEmit();
        signal();
      },
    );
  }
  while (emitted < started) await wait();
  await chain;
  const failed = failure as { error: unknown } | null;
  if (failed) throw failed.error;
}
