// A failure to write results (a full disk, a read-only or missing folder, a file where a folder should
// be) ends the run with one line and exit 1: carrying on would only lose more results.
export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    readonly target: string,
    readonly cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${target}: ${describeErrno(cause)}`);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a path component is a file, not a folder',
  EEXIST: 'exists and is not a folder',
  EISDIR: 'is a folder',
  EPIPE: 'the reader closed the pipe',
  EIO: 'input/output error',
  EFBIG: 'file too large for the file system',
  ENAMETOOLONG: 'name too long',
};

/** "no space left on the device (ENOSPC)": the reason without a stack or a syscall dump. */
export function describeErrno(e: NodeJS.ErrnoException): string {
  return e.code ? `${REASONS[e.code] ?? e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')} (${e.code})` : e.message;
}
