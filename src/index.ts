export { extract, InvalidOutputError, type ExtractOptions } from './pipeline/extract.js';
export * from './schema/index.js';
