export * from './span.js';
export * from './official-mention.js';
export * from './extraction.js';
export * from './json-schema.js';
