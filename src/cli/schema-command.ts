export { outputJsonSchema } from '../schema/json-schema.js';
