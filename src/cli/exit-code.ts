// 0: every input processed (zero records is still success); 1: some input failed; 2: usage error or
// nothing to do (bad flag, no input, an argument that matched no file).
export const ExitCode = { Ok: 0, Partial: 1, Usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class UsageError extends Error {
  override name = 'UsageError';
}
