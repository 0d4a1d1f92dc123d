#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli, from tsc) into dist/bundle: a cold `extract article.txt` spends
// about 60 ms resolving and linking ~100 small ES modules (ours, zod's, commander's), which one file per
// entry point avoids. Dynamic imports stay separate chunks, so --help and --version still never load
// the pipeline. compromise and world-countries stay external: both are loaded through require() as
// CommonJS, which is their fastest form; better-sqlite3 loads a native addon and stays external too. The library (dist/index.js) is not bundled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist', 'bundle'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['compromise', 'world-countries', 'better-sqlite3'],
  // CommonJS dependencies (commander, fast-glob) call require() for Node's own modules
  banner: { js: "import { createRequire as __extractCreateRequire } from 'node:module'; const require = __extractCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
