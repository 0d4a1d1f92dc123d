import type { ErrorCode, Result } from '../schema/extraction.js';
import { SCHEMA_VERSION } from '../schema/extraction.js';

export function errorResult(path: string, code: ErrorCode, message: string): Result {
  return { schemaVersion: SCHEMA_VERSION, source: { path }, error: { code, message } };
}
