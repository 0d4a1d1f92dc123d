import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorCode } from '../schema/extraction.js';
import { errorResult } from './errors.js';
import { createNameAllocator, tempPattern, writeAtomic } from './out-dir.js';
import { WriteError } from './write-error.js';

// The manifest makes a results folder account for every input on its own: one line per input with
// its output file, the input's sha256, the output's sha256, the tool version and the status. It is
// appended to as results are written (a killed run keeps what it finished) and rewritten compactly,
// one line per input, at the end. Neither name ends in ".json", so no output can ever take it.
export const MANIFEST = 'manifest.ndjson';
export const ERRORS = 'errors.ndjson';

export interface ManifestEntry {
  input: string;
  /** the n-th input with the same name (an ndjson id given twice); absent for the first */
  occurrence?: number;
  output: string | null;
  status: 'ok' | 'failed';
  sha256: string | null;
  outputSha256: string | null;
  version: string;
  error?: { code: ErrorCode; message: string };
}

export const manifestKey = (input: string, occurrence = 1): string => (occurrence > 1 ? `${input}\u0000${occurrence}` : input);
const keyOf = (e: ManifestEntry): string => manifestKey(e.input, e.occurrence);
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

const pidAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function readManifest(file: string): Promise<Map<string, ManifestEntry>> {
  const entries = new Map<string, ManifestEntry>();
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    try {
      const e = JSON.parse(line) as ManifestEntry;
      if (typeof e.input === 'string' && (e.status === 'ok' || e.status === 'failed')) entries.set(keyOf(e), e);
    } catch {
      // a line cut short by a killed run or a full disk: that input is simply done again
    }
  }
  return entries;
}

export interface OutFolder {
  /** the output file name for an input, unique in the folder, stable across runs */
  nameFor(key: string, input: string): string;
  /** --resume: true when this input's output was written by this version from the same text and is unchanged */
  isDone(key: string, textSha256: string): Promise<boolean>;
  writeOk(key: string, input: string, occurrence: number, textSha256: string, text: string): Promise<void>;
  /** a failed input: a line in errors.ndjson and in the manifest; no output file */
  writeFailed(key: string, input: string, occurrence: number, error: { code: ErrorCode; message: string }): void;
  close(): Promise<void>;
}

const writeFailure = (target: string, e: unknown): WriteError => (e instanceof WriteError ? e : new WriteError(target, e as NodeJS.ErrnoException));

export async function openOutFolder(dir: string, version: string): Promise<OutFolder> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new WriteError(`--out-dir ${dir}`, Object.assign(new Error('exists'), { code: 'EEXIST' }));
  await mkdir(dir, { recursive: true }).catch((e: unknown) => {
    throw writeFailure(`--out-dir ${dir}`, e);
  });
  // temp files of a run that was killed (or hit a full disk) are removed; a live run's are left alone
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const m = tempPattern.exec(name);
    if (m && !pidAlive(Number(m[1]))) await unlink(path.join(dir, name)).catch(() => undefined);
  }
  const manifestFile = path.join(dir, MANIFEST);
  const previous = await readManifest(manifestFile);
  const allocate = createNameAllocator(new Map([...previous].filter(([, e]) => e.output).map(([k, e]) => [k, e.output!])));
  const current = new Map<string, ManifestEntry>();
  let journal: number;
  let errors: number;
  try {
    journal = openSync(manifestFile, 'a');
    errors = openSync(path.join(dir, ERRORS), 'w');
  } catch (e) {
    throw writeFailure(path.join(dir, MANIFEST), e);
  }
  const append = (fd: number, file: string, line: string): void => {
    try {
      writeSync(fd, `${line}\n`);
    } catch (e) {
      throw writeFailure(path.join(dir, file), e);
    }
  };

  return {
    nameFor: allocate,
    async isDone(key, textSha) {
      const e = previous.get(key);
      if (!e || e.status !== 'ok' || !e.output || e.version !== version || e.sha256 !== textSha) return false;
      const written = await readFile(path.join(dir, e.output), 'utf8').catch(() => null);
      return written !== null && sha256(written) === e.outputSha256;
    },
    async writeOk(key, input, occurrence, textSha, text) {
      const output = allocate(key, input);
      try {
        await writeAtomic(dir, output, text);
      } catch (e) {
        throw writeFailure(path.join(dir, output), e);
      }
      const entry: ManifestEntry = { input, ...(occurrence > 1 ? { occurrence } : {}), version, output, status: 'ok', sha256: textSha, outputSha256: sha256(text) };
      current.set(key, entry);
      append(journal, MANIFEST, JSON.stringify(entry));
    },
    writeFailed(key, input, occurrence, error) {
      const entry: ManifestEntry = { input, ...(occurrence > 1 ? { occurrence } : {}), version, output: null, status: 'failed', sha256: null, outputSha256: null, error };
      current.set(key, entry);
      append(errors, ERRORS, JSON.stringify(errorResult(input, error.code, error.message)));
      append(journal, MANIFEST, JSON.stringify(entry));
    },
    async close() {
      closeSync(journal);
      closeSync(errors);
      const all = new Map(previous);
      for (const [k, e] of current) all.set(k, e);
      const lines = [...all.values()].map((e) => `${JSON.stringify(e)}\n`).join('');
      try {
        await writeAtomic(dir, MANIFEST, lines);
      } catch (e) {
        throw writeFailure(path.join(dir, MANIFEST), e);
      }
    },
  };
}
