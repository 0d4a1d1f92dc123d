import { availableParallelism } from 'node:os';

// One worker per core; past 16 the main thread (reading, ordering, writing) becomes the bottleneck.
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 16));
}

// A batch starts with one worker and takes the default number only after this many inputs: each extra
// worker loads compromise and the lexicons again (about 0.6 s of CPU), which a small batch never earns
// back (30 files: 2.1 s CPU with one worker, 3.4 s with two). An explicit --jobs is always honoured.
export const SMALL_BATCH = 64;
