import type { ChalkInstance } from 'chalk';
import type { Result } from '../schema/extraction.js';

export interface RenderOptions {
  chalk: ChalkInstance;
  /** the terminal's width in columns, when known: tables fit it instead of a fixed width */
  width?: number;
}

/** JSON text of one record: compact (JSON.stringify(r)) or pretty (JSON.stringify(r, null, 2)). */
export type Encoding = 'compact' | 'pretty';

/** Receives results in output order and writes text through `write`; output always ends with a newline. */
export interface ResultWriter {
  /** the JSON form this writer prints a record in, so that workers can serialise for it; null: it needs objects */
  readonly encoding: Encoding | null;
  /** true when the writer shows the input text itself (html): the batch then passes each input's text along */
  readonly needsText?: boolean;
  write(result: Result, text?: string): void;
  /** a record already serialised as `encoding` (by a worker thread) */
  writeEncoded(encoded: string, text?: string): void;
  end(): void;
}

export type CreateWriter = (write: (chunk: string) => void, options: RenderOptions) => ResultWriter;
