export * from './span.js';
export * from './extraction.js';
export * from './json-schema.js';
