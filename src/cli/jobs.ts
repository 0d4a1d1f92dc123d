import { availableParallelism } from 'node:os';

// One worker per core; past 16 the main thread (reading, ordering, writing) becomes the bottleneck.
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 16));
}
