import type { ErrorCode } from '../schema/extraction.js';

/**
 * What a failed input does to the exit status. `fail` (the default): any failed input makes the run exit
 * 1. `record`: a fault in the input itself (a bad ndjson line, a missing, unreadable, binary or too large input) is
 * data: its error record is written and the run still exits 0, so a pipeline engine that treats a
 * non-zero exit as a task failure (Spark's pipe, Hadoop Streaming) does not lose the partition over one
 * bad line. A fault in extract (a crash, invalid output, a failed write) always exits non-zero.
 */
export type InputErrorPolicy = 'fail' | 'record';
export const inputErrorPolicies: InputErrorPolicy[] = ['fail', 'record'];

const INPUT_FAULTS: ReadonlySet<string> = new Set<ErrorCode>(['not-found', 'unreadable', 'binary', 'invalid-input', 'too-large']);

/** Whether a failed input with this error code makes the run exit non-zero under the policy. */
export function failsRun(code: string, policy: InputErrorPolicy = 'fail'): boolean {
  return policy === 'fail' || !INPUT_FAULTS.has(code);
}
