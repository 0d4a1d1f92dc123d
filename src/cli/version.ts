import { createRequire } from 'node:module';

/** The tool's version (package.json): shown by --version, and recorded in an --out-dir manifest (so --resume redoes outputs of other versions) and in a --db dataset. */
export function toolVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
