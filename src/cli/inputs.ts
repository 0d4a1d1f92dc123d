import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

export type InputItem =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'missing'; path: string; code: 'not-found' | 'unreadable'; message: string };

export interface InputOptions {
  cwd: string;
  extensions: string[];
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

function extPattern(extensions: string[]): string {
  const exts = extensions.map((e) => e.replace(/^\./, '')).filter(Boolean);
  return exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
}

// Lazily expands arguments in order: files as given, folders recursively by extension, globs by
// fast-glob's stream, so a folder of 100,000 files is never held in memory. Duplicates are dropped.
export async function* expandInputs(args: string[], opts: InputOptions): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  const once = (p: string): boolean => {
    const key = path.resolve(opts.cwd, p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    const abs = path.resolve(opts.cwd, arg);
    const info = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (!(info instanceof Error) && info.isFile()) {
      if (once(arg)) yield { kind: 'file', path: arg };
      continue;
    }
    if (!(info instanceof Error) && info.isDirectory()) {
      let found = 0;
      const stream = fg.stream(extPattern(opts.extensions), {
        cwd: abs,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: true,
        suppressErrors: true,
        caseSensitiveMatch: false,
      });
      const batch: string[] = [];
      for await (const entry of stream) batch.push(String(entry));
      // fast-glob streams in directory order; sorting per folder keeps output reproducible across machines
      batch.sort();
      for (const rel of batch) {
        const p = toPosix(path.join(arg, rel));
        found++;
        if (once(p)) yield { kind: 'file', path: p };
      }
      if (found === 0) {
        yield { kind: 'missing', path: arg, code: 'not-found', message: `no files ending in ${opts.extensions.map((e) => `.${e.replace(/^\./, '')}`).join(', ')} in folder` };
      }
      continue;
    }
    if (fg.isDynamicPattern(arg)) {
      let found = 0;
      const stream = fg.stream(arg, { cwd: opts.cwd, onlyFiles: true, followSymbolicLinks: true, suppressErrors: true });
      const batch: string[] = [];
      for await (const entry of stream) batch.push(String(entry));
      batch.sort();
      for (const p of batch) {
        found++;
        if (once(p)) yield { kind: 'file', path: p };
      }
      if (found === 0) yield { kind: 'missing', path: arg, code: 'not-found', message: 'pattern matched no files' };
      continue;
    }
    const code = info instanceof Error && info.code !== 'ENOENT' && info.code !== 'ENOTDIR' ? 'unreadable' : 'not-found';
    yield { kind: 'missing', path: arg, code, message: code === 'not-found' ? 'no such file or folder' : (info as Error).message };
  }
}
