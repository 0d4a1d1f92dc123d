import type { Command } from 'commander';
import { parseFilterOptions, type RecordFilter } from '../dataset/filter.js';

export interface DatasetCliOptions {
  db?: string;
  csv?: string;
  prune: boolean;
  filter: RecordFilter;
}

/** The options shared by `extract` and `extract dataset`: where the dataset goes, and the record filters. */
export function addDatasetOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'write a SQLite dataset across all inputs (created, or updated: unchanged inputs are skipped)')
    .option('--csv <dir>', 'write the dataset as CSV tables (RFC 4180, with headers) into this folder')
    .option('--prune', 'with --db: remove documents whose path is not among this run\'s inputs')
    .option('--country <codes>', 'keep documents and events that involve these countries (ISO alpha-2, e.g. TR,PK)')
    .option('--kind <kinds>', 'keep only these events: agreement, commitment, meeting')
    .option('--since <date>', 'keep articles published on or after this date (YYYY-MM-DD); undated ones are dropped')
    .option('--until <date>', 'keep articles published on or before this date')
    .option('--min-confidence <x>', 'drop events and officials below this confidence (0 to 1)');
}

/** Reads and checks the values; throws an Error with a one-line message on a bad one. */
export function readDatasetOptions(o: Record<string, unknown>): DatasetCliOptions {
  const str = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const filter = parseFilterOptions({ country: str('country'), kind: str('kind'), since: str('since'), until: str('until'), minConfidence: str('minConfidence') });
  if (o.prune && !o.db) throw new Error('--prune needs --db (it removes rows from that database)');
  if (filter.since && filter.until && filter.since > filter.until) throw new Error(`--since ${filter.since} is after --until ${filter.until}`);
  return { db: str('db'), csv: str('csv'), prune: !!o.prune, filter };
}
