import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

// "clippings/2024/a b.txt" → "clippings__2024__a_b.json": flat, portable, and no path can escape the folder.
export function outputName(inputPath: string): string {
  if (inputPath === '-') return 'stdin.json';
  const rel = path.normalize(inputPath).replace(/^([a-zA-Z]:)?[\\/]+/, '').replace(/\.[^./\\]+$/, '');
  const flat = rel
    .split(/[\\/]+/)
    .filter((p) => p && p !== '.' && p !== '..')
    .join('__')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .slice(0, 180);
  const name = flat || 'input';
  // keep names unique when two inputs fold to the same name ("a b.txt" and "a_b.txt")
  const changed = flat !== rel.split(/[\\/]+/).join('__');
  return changed ? `${name}-${createHash('sha256').update(inputPath).digest('hex').slice(0, 8)}.json` : `${name}.json`;
}

export async function writeAtomic(dir: string, name: string, content: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(tmp, content);
  await rename(tmp, target);
  return target;
}
