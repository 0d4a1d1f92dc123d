import { createRequire } from 'node:module';
import { tableNames, viewNames } from '../../src/dataset/schema-sql.js';

export const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');

/** Every row of every table and view, as sorted JSON lines: equal dumps mean equal datasets. */
export function dumpDataset(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  const out: Record<string, string[]> = {};
  for (const t of [...tableNames, ...viewNames]) out[t] = (db.prepare(`SELECT * FROM ${t}`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
  db.close();
  return out;
}
