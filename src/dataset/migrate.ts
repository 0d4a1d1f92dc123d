import type Database from 'better-sqlite3';
import { DATASET_VERSION } from './schema-sql.js';

type Db = Database.Database;

/** Adds a column unless the table has it already (a file written part-way by a newer build). */
function addColumn(db: Db, table: string, column: string, type: string): void {
  const has = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
  if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
}

// One step per dataset version: MIGRATIONS[n] turns a version-n database into version n+1. A step only
// adds (columns, tables) and marks what it cannot fill as stale, so that the next run redoes it.
const MIGRATIONS: Record<number, (db: Db) => void> = {
  // 2 (schema 1.1.0): when, date, timing and origin of every event, and whether a person's mention names
  // them or refers to them. Old rows have no values for them: their documents are marked as made by
  // another tool version, so the next run extracts them again (old mentions read as 'name' until then).
  1: (db) => {
    addColumn(db, 'person_mentions', 'kind', "TEXT NOT NULL DEFAULT 'name'");
    for (const column of ['timing', 'date_from', 'date_to', 'source', 'same_as']) addColumn(db, 'events', column, 'TEXT');
    db.exec("UPDATE documents SET tool_version = tool_version || ' (dataset 1)'");
    // the views now leave out headline records that repeat a body record: the caller creates them again
    db.exec('DROP VIEW IF EXISTS country_pairs; DROP VIEW IF EXISTS who_met_whom');
  },
};

/**
 * Brings a database made by an older version of the dataset format up to this one, in one transaction
 * per step, and records the version. A new database is already current; one made by a newer version (or
 * an unknown one) is refused. Returns whether it changed anything (then run the schema's DDL again: it
 * recreates what a step dropped).
 */
export function migrateDataset(db: Db): boolean {
  const read = (): string | undefined => db.prepare("SELECT value FROM meta WHERE key = 'dataset_version'").pluck().get() as string | undefined;
  const write = (v: number): void => {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run('dataset_version', String(v));
  };
  const found = read();
  if (found === undefined) {
    write(DATASET_VERSION);
    return false;
  }
  let v = Number(found);
  const refuse = (): Error => new Error(`the database was made by another version of extract's dataset format (${found}); write to a new file`);
  if (!Number.isInteger(v) || v > DATASET_VERSION) throw refuse();
  const migrated = v < DATASET_VERSION;
  for (; v < DATASET_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw refuse();
    db.transaction(() => {
      step(db);
      write(v + 1);
    })();
  }
  return migrated;
}
