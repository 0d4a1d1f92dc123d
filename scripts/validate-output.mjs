#!/usr/bin/env node
// Validates what extract wrote against the schema `extract schema` prints, with Ajv (draft 2020-12,
// strict mode, formats checked), as a consumer would:
//
//   node bin/extract.js ../shared/corpus/dev -f ndjson -q | node scripts/validate-output.mjs
//   node bin/extract.js a.txt b.txt -f json | node scripts/validate-output.mjs          # the array
//   … | node scripts/validate-output.mjs --closed   # also fail on any property the schema does not list
//
// Standard input is one JSON document (json output) or NDJSON (one Result per line). Exits 1 if any
// record is invalid. Needs the devDependencies (ajv, ajv-formats) and a build (dist/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The published schema with every object closed: proves the schema names every field extract writes. */
export function closeSchema(node) {
  if (Array.isArray(node)) return node.map(closeSchema);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closeSchema(v)]));
  if (out.type === 'object' && out.properties) out.additionalProperties = false;
  return out;
}

/** Compiled validators for a whole document and for one record. */
export function createValidators(schema) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  return { document: ajv.getSchema(schema.$id), record: ajv.getSchema(`${schema.$id}#/$defs/Result`) };
}

async function main() {
  const { outputJsonSchema } = await import(path.join(root, 'dist', 'schema', 'json-schema.js'));
  const published = outputJsonSchema();
  const schema = process.argv.includes('--closed') ? { ...closeSchema(published), $id: `${published.$id}:closed` } : published;
  const { document, record } = createValidators(schema);
  const input = readFileSync(0, 'utf8');
  let docs;
  try {
    docs = [{ validate: document, value: JSON.parse(input), where: 'document' }];
  } catch {
    docs = input
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, i }) => ({ validate: record, value: JSON.parse(line), where: `line ${i + 1}` }));
  }
  let bad = 0;
  let records = 0;
  let errors = 0;
  for (const { validate, value, where } of docs) {
    const list = Array.isArray(value) ? value : [value];
    records += list.length;
    errors += list.filter((r) => r && r.error).length;
    if (!validate(value)) {
      bad++;
      if (bad <= 5) console.error(`${where}: ${JSON.stringify(validate.errors.slice(0, 3))}`);
    }
  }
  console.log(`${docs.length - bad} of ${docs.length} documents valid (${records} records, ${errors} of them error records)`);
  process.exitCode = bad ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
