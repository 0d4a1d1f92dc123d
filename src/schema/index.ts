export * from './span.js';
export * from './extraction.js';
