import type nlpDefault from 'compromise';
import { bulkMatch } from './rule-sweep.js';

// rule-sweep.ts replaces compromise's internal `methods.one.bulkMatch`. An internal method can be
// renamed, change its signature or stop being called in any release, and then the override would be a
// silent no-op or worse, so it goes in only when all of these hold, and otherwise compromise keeps its
// own tagger (same tags, slower) and a warning says so:
// - compromise is the version the override was checked against (package.json pins it exactly);
// - the method and the helpers the override calls exist;
// - a probe parse goes through the override.
// EXTRACT_STOCK_TAGGER=1 keeps the stock tagger deliberately (no warning): for comparing, or debugging.

/** The compromise release rule-sweep.ts was written and checked against. */
export const TESTED_COMPROMISE = '14.17.0';

type Nlp = typeof nlpDefault;
interface One {
  bulkMatch?: unknown;
  cacheDoc?: unknown;
  match?: unknown;
}

export type TaggerStatus = { override: 'installed' } | { override: 'off'; reason: string; deliberate: boolean };

const oneOf = (nlp: Nlp): One => ((nlp.world() as unknown as { methods?: { one?: One } }).methods?.one ?? {}) as One;

/** Why the override cannot go into this compromise, or null when it can. */
export function overrideBlocker(nlp: Nlp): string | null {
  const version = (nlp as unknown as { version?: string }).version;
  if (version !== TESTED_COMPROMISE) return `compromise ${version ?? '(unknown version)'} is not ${TESTED_COMPROMISE}, the version the tagger override was checked against`;
  const one = oneOf(nlp);
  for (const name of ['bulkMatch', 'cacheDoc', 'match'] as const) {
    if (typeof one[name] !== 'function') return `compromise has no methods.one.${name}`;
  }
  return null;
}

/**
 * Installs the rule sweep into a configured compromise, if it is safe to. `stock` keeps compromise's
 * own tagger. Returns what happened; the caller decides how to tell the user.
 */
export function installTagger(nlp: Nlp, { stock = false }: { stock?: boolean } = {}): TaggerStatus {
  if (stock) return { override: 'off', reason: 'EXTRACT_STOCK_TAGGER=1', deliberate: true };
  const blocker = overrideBlocker(nlp);
  if (blocker) return { override: 'off', reason: blocker, deliberate: false };
  const one = oneOf(nlp);
  const original = one.bulkMatch;
  let calls = 0;
  one.bulkMatch = (...args: Parameters<typeof bulkMatch>) => {
    calls++;
    return bulkMatch(...args);
  };
  nlp('The minister met her counterpart in Lima.');
  if (calls === 0) {
    one.bulkMatch = original;
    return { override: 'off', reason: 'compromise no longer calls methods.one.bulkMatch while tagging', deliberate: false };
  }
  one.bulkMatch = bulkMatch;
  return { override: 'installed' };
}
