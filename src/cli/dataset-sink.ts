import { describeFilter, filterExtraction, type RecordFilter } from '../dataset/filter.js';
import { DatasetStore } from '../dataset/store.js';
import type { Result } from '../schema/extraction.js';
import { toolVersion } from './version.js';

export interface DatasetOptions {
  db?: string;
  csv?: string;
  prune?: boolean;
  filter: RecordFilter;
}

/**
 * Where `--db` and `--csv` send results: a SQLite file (or, for --csv alone, a database in memory that is
 * exported and dropped). Remembers every path it was shown, so that --prune knows what is gone.
 */
export class DatasetSink {
  private readonly store: DatasetStore;
  private readonly seen = new Set<string>();
  added = 0;

  constructor(private readonly opts: DatasetOptions) {
    // EXTRACT_DB_BATCH (documents per transaction) exists for the crash test, which needs small batches
    const batchSize = Number(process.env.EXTRACT_DB_BATCH) || undefined;
    this.store = new DatasetStore(opts.db ?? ':memory:', { toolVersion: toolVersion(), filters: describeFilter(opts.filter), batchSize });
  }

  /** Marks the path as present in this run; true when its current content is already in the database. */
  isCurrent(path: string, sha256: string): boolean {
    this.seen.add(path);
    return this.store.isCurrent(path, sha256);
  }

  add(result: Result, text: string | null): void {
    this.seen.add(result.source.path);
    if ('error' in result) return this.store.addError(result);
    const kept = filterExtraction(result, this.opts.filter);
    if (kept) this.store.addDocument(kept, text);
    else this.store.addExcluded(result.source.path, result.source.sha256);
    this.added++;
  }

  /** Commits, prunes when asked, rebuilds people, writes the CSV files; returns how many documents were pruned. */
  async finish(complete = true): Promise<number> {
    const pruned = this.opts.prune && complete ? this.store.prune(this.seen) : 0;
    this.store.finish();
    if (this.opts.csv) {
      const { exportCsv } = await import('../dataset/csv-export.js');
      await exportCsv(this.store.db, this.opts.csv);
    }
    this.store.close();
    return pruned;
  }

  /** Closes without rebuilding: what was committed stays, and the next run completes it. */
  abort(): void {
    this.store.close(false);
  }
}

/** The sink, or a one-line message saying why the database cannot be opened. */
export function openDatasetSink(opts: DatasetOptions): DatasetSink | string {
  try {
    return new DatasetSink(opts);
  } catch (e) {
    return `cannot use ${opts.db ?? 'the dataset'}: ${(e as Error).message}`;
  }
}
