import Database from 'better-sqlite3';
import type { ErrorResult, Extraction } from '../schema/extraction.js';
import { rebuildPeople } from './people-table.js';
import { migrateDataset } from './migrate.js';
import { schemaSql } from './schema-sql.js';

type Db = Database.Database;

export interface StoreOptions {
  /** the tool's version, stored with each document: a new version reprocesses everything */
  toolVersion: string;
  /** the filter's text form (describeFilter): a different filter reprocesses everything */
  filters: string;
  /** documents per transaction */
  batchSize?: number;
}

type Pending =
  | { kind: 'document'; result: Extraction; text: string | null }
  | { kind: 'error'; result: ErrorResult }
  | { kind: 'excluded'; path: string; sha256: string };

const json = (v: unknown): string => JSON.stringify(v);

function prepare(db: Db) {
  const s = (sql: string) => db.prepare(sql);
  return {
    current: s(`SELECT 1 FROM documents WHERE path = ? AND sha256 = ? AND tool_version = ? AND filters = ?
                UNION ALL SELECT 1 FROM excluded WHERE path = ? AND sha256 = ? AND tool_version = ? AND filters = ?`).pluck(),
    dropDocument: s('DELETE FROM documents WHERE path = ?'),
    dropError: s('DELETE FROM errors WHERE path = ?'),
    dropExcluded: s('DELETE FROM excluded WHERE path = ?'),
    country: s('INSERT INTO countries (code, iso3, name) VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET iso3 = coalesce(excluded.iso3, iso3), name = coalesce(excluded.name, name)'),
    countryCode: s('INSERT OR IGNORE INTO countries (code) VALUES (?)'),
    document: s(`INSERT INTO documents (path, sha256, tool_version, filters, chars, headline, publisher, published, dateline, dateline_country, warnings, text)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    countryMention: s('INSERT INTO country_mentions (document_id, country, text, start, "end") VALUES (?, ?, ?, ?, ?)'),
    official: s(`INSERT INTO officials (document_id, ref, name, title, portfolio, country, aliases, confidence, rule_ids)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    personMention: s('INSERT INTO person_mentions (document_id, official_id, text, start, "end", kind) VALUES (?, ?, ?, ?, ?, ?)'),
    event: s(`INSERT INTO events (document_id, ref, kind, subkind, negated, action, place, "when", date, topics, details, evidence, start, "end", confidence, rule_id, timing, date_from, date_to, source, same_as)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    eventCountry: s('INSERT OR IGNORE INTO event_countries (event_id, country, role) VALUES (?, ?, ?)'),
    eventPerson: s('INSERT OR IGNORE INTO event_people (event_id, official_id, role) VALUES (?, ?, ?)'),
    quote: s('INSERT INTO quotes (document_id, official_id, text, start, "end") VALUES (?, ?, ?, ?, ?)'),
    error: s('INSERT INTO errors (path, code, message, tool_version) VALUES (?, ?, ?, ?)'),
    excluded: s('INSERT INTO excluded (path, sha256, tool_version, filters) VALUES (?, ?, ?, ?)'),
    setMeta: s('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
  };
}
type Statements = ReturnType<typeof prepare>;

type EventRow = Pick<Extraction['meetings'][number], 'evidence' | 'confidence' | 'ruleId' | 'countries' | 'officials' | 'place' | 'when' | 'date' | 'timing' | 'source' | 'sameAs'> & { negated?: boolean };

function insertEvents(st: Statements, docId: number | bigint, r: Extraction, officialIds: Map<string, number | bigint>): void {
  const date = r.article.published;
  const add = (ref: string, kind: string, subkind: string, e: EventRow, extra: { action?: string; topics?: string[]; details?: unknown }) => {
    const id = st.event.run(docId, ref, kind, subkind, e.negated ? 1 : 0, extra.action ?? null, e.place, e.when, date, json(extra.topics ?? []), extra.details === undefined ? null : json(extra.details), e.evidence.text, e.evidence.start, e.evidence.end, e.confidence, e.ruleId,
      e.timing, e.date?.from ?? null, e.date?.to ?? null, e.source, e.sameAs).lastInsertRowid;
    for (const c of e.countries) {
      st.countryCode.run(c);
      st.eventCountry.run(id, c, 'party');
    }
    for (const o of e.officials) {
      const oid = officialIds.get(o);
      if (oid !== undefined) st.eventPerson.run(id, oid, 'party');
    }
    return id;
  };
  for (const a of r.agreements) add(a.id, 'agreement', a.status, a, { action: a.action, topics: a.topics, details: a.details });
  for (const c of r.commitments) {
    const id = add(c.id, 'commitment', c.kind, c, { action: c.action, topics: c.topics, details: c.details });
    if (c.by.country) {
      st.countryCode.run(c.by.country);
      st.eventCountry.run(id, c.by.country, 'by');
    }
    for (const t of c.to) {
      st.countryCode.run(t);
      st.eventCountry.run(id, t, 'to');
    }
    const by = c.by.official ? officialIds.get(c.by.official) : undefined;
    if (by !== undefined) st.eventPerson.run(id, by, 'by');
  }
  for (const m of r.meetings) add(m.id, 'meeting', m.kind, m, {});
}

function insertDocument(st: Statements, opts: StoreOptions, r: Extraction, text: string | null): void {
  const a = r.article;
  if (a.dateline?.country) st.countryCode.run(a.dateline.country);
  const docId = st.document.run(r.source.path, r.source.sha256, opts.toolVersion, opts.filters, r.source.chars, a.headline?.text ?? null, a.publisher, a.published, a.dateline?.place ?? null, a.dateline?.country ?? null, json(r.warnings), text).lastInsertRowid;
  for (const c of r.countries) {
    st.country.run(c.code, c.iso3, c.name);
    for (const m of c.mentions) st.countryMention.run(docId, c.code, m.text, m.start, m.end);
  }
  const officialIds = new Map<string, number | bigint>();
  for (const o of r.officials) {
    if (o.country) st.countryCode.run(o.country);
    const oid = st.official.run(docId, o.id, o.name, o.title, o.portfolio, o.country, json(o.aliases), o.confidence, json(o.ruleIds)).lastInsertRowid;
    officialIds.set(o.id, oid);
    for (const m of o.mentions) st.personMention.run(docId, oid, m.text, m.start, m.end, m.kind);
  }
  insertEvents(st, docId, r, officialIds);
  for (const q of r.quotes) {
    const oid = officialIds.get(q.speaker);
    if (oid !== undefined) st.quote.run(docId, oid, q.text.text, q.text.start, q.text.end);
  }
}

/**
 * The SQLite sink. Documents are written in batches, one transaction each, in WAL mode: a run killed at
 * any moment leaves every committed batch whole and the rest absent, and the next run redoes the rest.
 * synchronous=NORMAL: in WAL mode a crash of the process loses nothing committed (a power cut may lose
 * the last batches, never consistency).
 */
export class DatasetStore {
  readonly db: Db;
  private readonly st: Statements;
  private openedAt = 0;
  private inBatch = 0;
  private readonly batchSize: number;
  private dirty = false;

  constructor(
    file: string,
    private readonly opts: StoreOptions,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(schemaSql);
    if (migrateDataset(this.db)) this.db.exec(schemaSql);
    this.st = prepare(this.db);
    this.batchSize = opts.batchSize ?? 200;
  }

  /** Whether this path, with this content, tool version and filter, is already in the database. */
  isCurrent(path: string, sha256: string): boolean {
    const { toolVersion: v, filters: f } = this.opts;
    return this.st.current.get(path, sha256, v, f, path, sha256, v, f) !== undefined;
  }

  addDocument(result: Extraction, text: string | null): void {
    this.push({ kind: 'document', result, text });
  }

  addError(result: ErrorResult): void {
    this.push({ kind: 'error', result });
  }

  /** A document the filters dropped: remembered so that the next run skips it too. */
  addExcluded(path: string, sha256: string): void {
    this.push({ kind: 'excluded', path, sha256 });
  }

  // Rows go in as each document arrives, inside a transaction that is committed every `batchSize`
  // documents or after two seconds: no batch of results is held in memory, and a killed run loses only
  // the open transaction, which SQLite rolls back when the file is next opened.
  private push(p: Pending): void {
    const { st, opts } = this;
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN');
      this.openedAt = Date.now();
      this.inBatch = 0;
    }
    try {
      const path = p.kind === 'excluded' ? p.path : p.result.source.path;
      st.dropDocument.run(path);
      st.dropError.run(path);
      st.dropExcluded.run(path);
      if (p.kind === 'document') insertDocument(st, opts, p.result, p.text);
      else if (p.kind === 'error') st.error.run(path, p.result.error.code, p.result.error.message, opts.toolVersion);
      else st.excluded.run(path, p.sha256, opts.toolVersion, opts.filters);
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
    this.dirty = true;
    if (++this.inBatch >= this.batchSize || Date.now() - this.openedAt > 2000) this.flush();
  }

  /** Commits the open transaction, marking the people stale until they are rebuilt. */
  flush(): void {
    if (!this.db.open || !this.db.inTransaction) return;
    // a run killed before the rebuild leaves this set, and the next run rebuilds the people
    this.st.setMeta.run('people_stale', '1');
    this.db.exec('COMMIT');
  }

  /** Removes documents, errors and exclusions whose path is not in `keep`; returns how many documents went. */
  prune(keep: Set<string>): number {
    this.flush();
    let removed = 0;
    this.db.transaction(() => {
      const paths = this.db.prepare('SELECT path FROM documents UNION SELECT path FROM errors UNION SELECT path FROM excluded').pluck().all() as string[];
      for (const p of paths) {
        if (keep.has(p)) continue;
        removed += this.st.dropDocument.run(p).changes;
        this.st.dropError.run(p);
        this.st.dropExcluded.run(p);
      }
      if (removed) this.st.setMeta.run('people_stale', '1');
    })();
    if (removed) this.dirty = true;
    return removed;
  }

  /** Commits and rebuilds people if anything changed (or a killed run left them stale). */
  finish(): void {
    this.flush();
    const stale = this.db.prepare("SELECT value FROM meta WHERE key = 'people_stale'").pluck().get() === '1';
    if (this.dirty || stale) {
      this.db.transaction(() => {
        rebuildPeople(this.db);
        this.st.setMeta.run('people_stale', '0');
      })();
    }
    this.dirty = false;
  }

  /** Commits what is pending (unless `commit` is false) and closes, leaving one plain SQLite file. */
  close(commit = true): void {
    if (!this.db.open) return;
    if (commit) this.flush();
    else if (this.db.inTransaction) this.db.exec('ROLLBACK');
    try {
      // back to a rollback journal: the result is one file, openable from read-only media by any tool
      this.db.pragma('journal_mode = DELETE');
    } catch (e) {
      // another program has the file open (sqlite3, Datasette): it stays in WAL mode, which is as good
      if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
    }
    this.db.close();
  }
}
