import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputJsonSchema } from '../dist/schema/json-schema.js';
// the same validators a consumer gets from scripts/validate-output.mjs: Ajv 2020, strict, formats
import { closeSchema, createValidators } from '../scripts/validate-output.mjs';
import { binPath, fixturesDir, listFixtures, root } from './helpers.js';

type Json = Record<string, any>;
type Validate = ((v: unknown) => boolean) & { errors?: unknown };

function run(args: string[], input = ''): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [binPath, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1e8 });
  return { code: r.status, stdout: r.stdout };
}
const lines = (s: string): Json[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);

/** Every schema object that lists properties, with its JSON pointer. */
function objectsWithProperties(node: unknown, at = '#'): Array<{ at: string; properties: Record<string, Json> }> {
  if (Array.isArray(node)) return node.flatMap((v, i) => objectsWithProperties(v, `${at}/${i}`));
  if (!node || typeof node !== 'object') return [];
  const o = node as Json;
  const here = o.properties && typeof o.properties === 'object' ? [{ at, properties: o.properties as Record<string, Json> }] : [];
  return [...here, ...Object.entries(o).flatMap(([k, v]) => objectsWithProperties(v, `${at}/${k}`))];
}

const schema = outputJsonSchema() as Json;
const open = createValidators(schema) as { document: Validate; record: Validate };
const closed = createValidators({ ...closeSchema(schema), $id: `${schema.$id}:closed` }) as { document: Validate; record: Validate };

describe('the published schema', () => {
  it('is what `extract schema` prints, with a stable $id, a title and the compatibility policy', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(schema);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:extract:output:1');
    expect(schema.title).toMatch(/extract output/);
    expect(schema.description).toMatch(/minor version only adds/);
    expect(schema.description).toMatch(/ignore properties they do not know/);
  });

  it('describes every property (and every definition)', () => {
    const objects = objectsWithProperties(schema);
    const all = objects.flatMap(({ at, properties }) => Object.entries(properties).map(([name, p]) => ({ where: `${at}/properties/${name}`, p })));
    // the walk must see the whole schema, or the next assertion proves nothing
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(({ p }) => typeof p.description !== 'string' || p.description.length < 10).map(({ where }) => where)).toEqual([]);
    for (const [name, def] of Object.entries(schema.$defs as Record<string, Json>)) {
      expect(def.description, name).toMatch(/\w{3,}/);
      expect(def.title, name).toBeTruthy();
    }
  });

  it('documents what the issue asked: confidence, local ids, units, format: date', () => {
    const ex = schema.$defs.Extraction.properties;
    const official = ex.officials.items.properties;
    expect(official.confidence.description).toMatch(/not a calibrated probability/);
    expect(official.id.description).toMatch(/Local to this record/);
    expect(schema.$defs.Span.properties.start.description).toMatch(/code points/);
    expect(ex.article.properties.published.anyOf[0].format).toBe('date');
    expect(ex.source.properties.chars.description).toMatch(/code points/);
  });

  it('accepts what a later 1.x may add and rejects what it may not', () => {
    const ok = JSON.parse(run([path.join(fixturesDir, listFixtures()[0]!), '-f', 'json']).stdout) as Json;
    expect(open.record(ok)).toBe(true);
    const newer = { ...ok, schemaVersion: '1.4.0', sentiment: 0.2, officials: ok.officials.map((o: Json) => ({ ...o, gender: null })) };
    expect(open.record(newer)).toBe(true);
    expect(closed.record(newer)).toBe(false); // the closed twin does notice the unknown fields
    expect(open.record({ schemaVersion: '1.1.0', source: { path: 'x' }, error: { code: 'too-large', message: 'm' } })).toBe(true);
    expect(open.record({ ...ok, schemaVersion: '2.0.0' })).toBe(false);
    expect(open.record({ ...ok, article: { ...ok.article, published: '2025-02-30' } })).toBe(false);
    expect(open.record({ ...ok, countries: undefined })).toBe(false);
    expect(open.record({ ...ok, officials: [{ ...ok.officials[0], confidence: 1.5 }] })).toBe(false);
  });
});

describe('extract output validates against it (Ajv 2020, strict mode)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'extract-schema-'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks: Kenya and Peru agreed.', 'latin1'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
  });

  it('the multi-input JSON array: fixtures, synthetic bad inputs and a missing file', () => {
    const inputs = [...listFixtures().map((f) => path.join(fixturesDir, f)), path.join(dir, 'binary.txt'), path.join(dir, 'latin1.txt'), path.join(dir, 'empty.txt'), path.join(dir, 'gone.txt')];
    const r = run([...inputs, '-f', 'json', '--jobs', '1']);
    const doc = JSON.parse(r.stdout) as Json[];
    expect(Array.isArray(doc)).toBe(true);
    expect(doc).toHaveLength(inputs.length);
    expect(doc.filter((d) => d.error).map((d) => d.error.code).sort()).toEqual(['binary', 'not-found']);
    expect(doc.some((d) => d.officials?.length > 0 && d.agreements?.length > 0)).toBe(true);
    expect(open.document(doc), JSON.stringify(open.document.errors)).toBe(true);
    expect(closed.document(doc), JSON.stringify(closed.document.errors)).toBe(true);
    // one element alone is a Result, and a single input prints just that
    expect(open.document(doc[0])).toBe(true);
  });

  it('NDJSON error records from --input ndjson, one per bad line', () => {
    const input = [
      JSON.stringify({ id: 'ok', text: 'Ghana and Togo signed a trade agreement.' }),
      '{"id": "cut-short", "text": "Ghana and',
      'not json at all',
      JSON.stringify({ id: 'nul', text: 'a\u0000b' }),
      JSON.stringify({ id: 3, text: 42 }),
      '[1, 2]',
    ].join('\n');
    const out = lines(run(['--input', 'ndjson', '-f', 'ndjson', '--input-errors', 'record'], input).stdout);
    expect(out).toHaveLength(6);
    expect(out.filter((o) => o.error)).toHaveLength(5);
    for (const o of out) {
      expect(open.record(o), JSON.stringify(open.record.errors)).toBe(true);
      expect(closed.record(o), JSON.stringify(closed.record.errors)).toBe(true);
    }
  });
});

describe('the README validation recipe', () => {
  it('runs as written and passes on the fixtures', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const line = readme.split('\n').find((l) => l.includes('| node scripts/validate-output.mjs'));
    expect(line).toBeDefined();
    const r = spawnSync('sh', ['-c', line!], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${listFixtures().length} of ${listFixtures().length} documents valid`));
  });
});
