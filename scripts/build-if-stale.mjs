#!/usr/bin/env node
// `npm test` needs dist/ for the tests that run bin/extract.js. `npm ci` has just built it (the
// `prepare` script), so building again would only cost time: build only when a source is newer than
// the oldest build output, or an output is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputs = ['dist/index.js', 'dist/lexicon/snapshot.json', 'dist/bundle/main.js', 'dist/bundle/worker.js'].map((p) => path.join(root, p));
const sources = ['src', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => path.join(root, p));

function newest(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

const missing = outputs.filter((p) => !existsSync(p));
const built = missing.length ? 0 : Math.min(...outputs.map((p) => statSync(p).mtimeMs));
const changed = Math.max(...sources.filter(existsSync).map(newest));
if (missing.length || changed > built) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
console.log('dist/ is up to date with src/: not rebuilding');
