import * as z from 'zod';
import {
  SCHEMA_VERSION,
  errorCodeMeanings,
  errorCodeSchema,
  resultArraySchema,
  resultSchema,
  schemaVersionSchema,
  type ErrorCode,
} from './extraction.js';

/**
 * The schema's identifier: it names the major version, so it stays the same for every 1.x release. It is
 * a name, not a download location; `extract schema` prints the schema.
 */
export const SCHEMA_ID = `urn:extract:output:${SCHEMA_VERSION.split('.')[0]}`;

const MAJOR = SCHEMA_VERSION.split('.')[0]!;

export const COMPATIBILITY_POLICY = [
  `Compatibility: records carry schemaVersion (now ${SCHEMA_VERSION}).`,
  'A patch version changes no shape (descriptions, extraction quality).',
  'A minor version only adds: new properties on any object, new error codes.',
  'Anything else is a new major version and a new $id: removing or renaming a property, changing its type, unit, range or meaning, or a value allowed in an enumeration.',
  'Consumers should ignore properties they do not know (every object here allows them) and treat an unknown error code as a failed input.',
  'The document may be one Result (an NDJSON line, an --out-dir file, --format json for one input) or Results (--format json for several); validate a single record against #/$defs/Result.',
].join(' ');

// The zod schemas stay exact for extract's own validation; what is published is relaxed where a later
// minor version may legitimately differ: any 1.x version and new error codes here, unknown properties in
// openObjects.
function relaxForConsumers(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const js = ctx.jsonSchema;
  if (ctx.zodSchema === schemaVersionSchema) {
    delete js.const;
    js.pattern = `^${MAJOR}\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$`;
    js.examples = [SCHEMA_VERSION];
  }
  if (ctx.zodSchema === errorCodeSchema || (ctx.zodSchema as { _zod?: { parent?: unknown } })?._zod?.parent === errorCodeSchema) {
    const known = (js.enum as ErrorCode[] | undefined) ?? [];
    delete js.enum;
    js.anyOf = [
      ...known.map((code) => ({ const: code, description: errorCodeMeanings[code] })),
      { pattern: '^[a-z][a-z0-9-]*$', description: 'A code added in a later minor version: a failure of this input.' },
    ];
  }
}

/** Opens every object: a later minor version may add properties, and a consumer must accept them. */
function openObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openObjects);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = openObjects(v);
  // zod closes objects, and repeats that on a described reference to one ({ $ref, additionalProperties })
  if (out.additionalProperties === false) {
    if (out.type === 'object') out.additionalProperties = true;
    else delete out.additionalProperties;
  }
  return out;
}

/** The published JSON Schema (draft 2020-12) of everything extract writes as JSON. */
export function outputJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(z.union([resultSchema, resultArraySchema]), {
    target: 'draft-2020-12',
    override: relaxForConsumers,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = openObjects(generated) as Record<string, unknown>;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `extract output, schema ${SCHEMA_VERSION}`,
    description: `What extract writes as JSON: one Result per input. ${COMPATIBILITY_POLICY}`,
    ...rest,
  };
}
