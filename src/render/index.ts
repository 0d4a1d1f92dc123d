import { createCsvWriter } from './csv.js';
import { createHtmlWriter } from './html/index.js';
import { createJsonWriter } from './json.js';
import { createNdjsonWriter } from './ndjson.js';
import { createTableWriter } from './table.js';
import type { CreateWriter } from './types.js';

export const renderers = {
  table: createTableWriter,
  json: createJsonWriter,
  ndjson: createNdjsonWriter,
  csv: createCsvWriter,
  html: createHtmlWriter,
} as const satisfies Record<string, CreateWriter>;

export type Format = keyof typeof renderers;
export const formats = Object.keys(renderers) as Format[];
export type { CreateWriter, Encoding, ResultWriter, RenderOptions } from './types.js';
