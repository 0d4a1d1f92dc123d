import { readFileSync } from 'node:fs';

// The lexicons are validated and compiled (tries, folded sets) from their JSON and from world-countries,
// which costs a single-article run about 50 ms, every run (loading the snapshot costs about 15). The build does that work once and writes
// the result to dist/lexicon/snapshot.json (scripts/snapshot-lexicons.mjs); the loaders read it when
// it is there and compile from source when it is not (tests, or running from src/). The same relative
// path reaches dist/lexicon/ from dist/lexicon/*.js and from the CLI bundle in dist/bundle/.
const SNAPSHOT = new URL('../lexicon/snapshot.json', import.meta.url);

export type SnapshotName = 'countries' | 'officials' | 'events';

let loaded: Partial<Record<SnapshotName, unknown>> | null | undefined;

/** The compiled lexicon from the build's snapshot, or undefined: then compile it from source. */
export function snapshotOf<T>(name: SnapshotName): T | undefined {
  if (loaded === undefined) {
    try {
      loaded = reviveSnapshot(readFileSync(SNAPSHOT, 'utf8')) as Partial<Record<SnapshotName, unknown>>;
    } catch {
      loaded = null;
    }
  }
  return loaded?.[name] as T | undefined;
}

// JSON with Maps and Sets, which is all the compiled lexicons hold besides plain data.
export function serialiseSnapshot(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? { $map: [...v] } : v instanceof Set ? { $set: [...v] } : v));
}

export function reviveSnapshot(text: string): unknown {
  // a plain parse and one walk: JSON.parse's reviver would be called for every key of every trie node
  return revive(JSON.parse(text));
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
    return v;
  }
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.$map)) return new Map((o.$map as Array<[unknown, unknown]>).map(([k, x]) => [k, revive(x)]));
  if (Array.isArray(o.$set)) return new Set(o.$set);
  for (const k of Object.keys(o)) o[k] = revive(o[k]);
  return o;
}
