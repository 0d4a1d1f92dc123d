import { createHash } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const hash8 = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 8);

/**
 * "clippings/2024/a.txt" → "clippings__2024__a.txt.json": flat, portable, and no path can escape the
 * folder. The extension is kept (x, x.txt and x.md stay apart). Whenever the flat name does not spell
 * the path back exactly (a "__" or a replaced character in the path, "..", an absolute path, standard
 * input, a very long name) a hash of the path is appended, so "a/b.txt" and "a__b.txt" never meet.
 */
export function outputName(inputPath: string): string {
  if (inputPath === '-') return `stdin-${hash8('-')}.json`;
  const norm = path.normalize(inputPath);
  const stripped = norm.replace(/^([a-zA-Z]:)?[\\/]+/, '');
  const parts = stripped.split(/[\\/]+/);
  const kept = parts.filter((p) => p && p !== '.' && p !== '..');
  const joined = kept.join('__');
  const flat = joined.replace(/[^\p{L}\p{N}._-]+/gu, '_');
  const exact =
    stripped === norm && kept.length === parts.length && flat === joined && !kept.some((p) => p.includes('__')) && flat.length <= 180 && flat.length > 0 && !flat.startsWith('.');
  return exact ? `${flat}.json` : `${(flat || 'input').slice(0, 180)}-${hash8(inputPath)}.json`;
}

/**
 * Gives every input of a run its own output name, deterministically (in input order). `owned` maps
 * names already taken in the folder (from its manifest) to the input key that owns them; an input keeps
 * the name the manifest gave it. Names are compared case-insensitively (macOS and Windows folders).
 */
export function createNameAllocator(previous: Map<string, string>): (key: string, inputPath: string) => string {
  const owner = new Map<string, string>();
  for (const [key, name] of previous) owner.set(name.toLowerCase(), key);
  const mine = new Map<string, string>();
  return (key, inputPath) => {
    const had = mine.get(key);
    if (had) return had;
    const free = (n: string): boolean => {
      const o = owner.get(n.toLowerCase());
      return o === undefined || o === key;
    };
    let name = previous.get(key) ?? outputName(inputPath);
    if (!free(name)) {
      const stem = name.replace(/\.json$/, '');
      name = `${stem}-${hash8(key)}.json`;
      for (let n = 2; !free(name); n++) name = `${stem}-${hash8(key)}-${n}.json`;
    }
    owner.set(name.toLowerCase(), key);
    mine.set(key, name);
    return name;
  };
}

/** Temp files are named `.NAME.PID.MS.tmp`: the pid tells a killed run's leftovers from a live run's. */
export const tempPattern = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Writes through a temp file and a rename; on failure the temp file is removed before the error is passed on. */
export async function writeAtomic(dir: string, name: string, content: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  return target;
}
