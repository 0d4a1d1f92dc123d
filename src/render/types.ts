import type { ChalkInstance } from 'chalk';
import type { Result } from '../schema/extraction.js';

export interface RenderOptions {
  chalk: ChalkInstance;
}

/** Receives results in output order and writes text through `write`; output always ends with a newline. */
export interface ResultWriter {
  write(result: Result): void;
  end(): void;
}

export type CreateWriter = (write: (chunk: string) => void, options: RenderOptions) => ResultWriter;
