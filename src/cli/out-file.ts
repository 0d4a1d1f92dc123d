import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Format } from '../render/index.js';
import { UsageError } from './exit-code.js';

/** The format a --out file name asks for when --format is not given: report.html is a report. */
export function formatForFile(name: string): Format {
  const ext = path.extname(name).toLowerCase();
  return ext === '.html' || ext === '.htm' ? 'html' : ext === '.ndjson' || ext === '.jsonl' ? 'ndjson' : 'json';
}

export interface OutFile {
  stream: WriteStream;
  /** finishes the file: moves it into place when `keep`, else removes it */
  close(keep: boolean): Promise<void>;
}

// --out writes to a temporary file beside the target and renames it at the end, so a report that is
// interrupted never replaces a good one with half a file.
export async function openOutFile(target: string, cwd: string): Promise<OutFile> {
  const file = path.resolve(cwd, target);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream = createWriteStream(tmp);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot write --out ${JSON.stringify(target)}: ${e.code === 'ENOENT' ? 'no such folder' : e.message}`)));
  });
  return {
    stream,
    async close(keep) {
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
      if (keep) await rename(tmp, file);
      else await unlink(tmp).catch(() => {});
    },
  };
}
