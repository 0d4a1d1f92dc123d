import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';

export type InputItem =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'missing'; path: string; code: 'not-found' | 'unreadable'; message: string };

export interface InputOptions {
  cwd: string;
  extensions: string[];
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

function hasExtension(name: string, extensions: string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => {
    const ext = e.replace(/^\./, '').toLowerCase();
    return ext.length > 0 && lower.endsWith(`.${ext}`);
  });
}

// Depth-first, one folder listing at a time (sorted, so output order is the same on every machine).
// Linked folders are followed once: a folder is identified by device and inode, so a link loop or a
// link back up the tree is entered at most once. Links to nothing are yielded, and reading them
// reports the dangling link, so no matching name is silently dropped.
async function* walkFolder(root: string, opts: InputOptions): AsyncGenerator<string> {
  const visited = new Set<string>();
  async function* walk(rel: string): AsyncGenerator<string> {
    const abs = path.resolve(opts.cwd, rel);
    const info = await stat(abs).catch(() => null);
    if (!info) return;
    const key = `${info.dev}:${info.ino}`;
    if (visited.has(key)) return;
    visited.add(key);
    const entries: Dirent[] = [];
    try {
      const dir = await opendir(abs);
      for await (const entry of dir) entries.push(entry);
    } catch {
      return; // unreadable folder: nothing in it can be listed
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = toPosix(path.join(rel, entry.name));
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path.resolve(opts.cwd, child)).catch(() => null);
        isDir = !!target?.isDirectory();
        isFile = !target || target.isFile();
      }
      if (isDir) yield* walk(child);
      else if (isFile && hasExtension(entry.name, opts.extensions)) yield child;
    }
  }
  yield* walk(root);
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
    // FIFOs and devices named on the command line (<(cmd), /dev/stdin) are read like files, within --max-size
    if (!(info instanceof Error) && (info.isFile() || info.isFIFO() || info.isCharacterDevice() || info.isBlockDevice())) {
      if (once(arg)) yield { kind: 'file', path: arg };
      continue;
    }
    if (!(info instanceof Error) && info.isSocket()) {
      yield { kind: 'missing', path: arg, code: 'unreadable', message: 'is a socket, not a file' };
      continue;
    }
    if (!(info instanceof Error) && info.isDirectory()) {
      let found = 0;
      for await (const p of walkFolder(arg, opts)) {
        found++;
        if (once(p)) yield { kind: 'file', path: p };
      }
      if (found === 0) {
        yield { kind: 'missing', path: arg, code: 'not-found', message: `no files ending in ${opts.extensions.map((e) => `.${e.replace(/^\./, '')}`).join(', ')} in folder` };
      }
      continue;
    }
    // fast-glob loads only for patterns: a plain file argument does not pay for it
    const fg = (await import('fast-glob')).default;
    if (fg.isDynamicPattern(arg)) {
      let found = 0;
      // links are not followed inside globs: a link back up the tree would otherwise repeat it until ELOOP
      // onlyFiles would drop a dangling link silently; a folder walk reports it, and so does a glob
      const stream = fg.stream(arg, { cwd: opts.cwd, onlyFiles: false, objectMode: true, followSymbolicLinks: false, suppressErrors: true });
      const batch: string[] = [];
      for await (const raw of stream) {
        const entry = raw as unknown as { path: string; dirent: Dirent };
        if (entry.dirent.isDirectory()) continue;
        if (entry.dirent.isSymbolicLink()) {
          const target = await stat(path.resolve(opts.cwd, entry.path)).catch(() => null);
          if (target && !target.isFile()) continue;
        } else if (!entry.dirent.isFile()) continue;
        batch.push(entry.path);
      }
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
