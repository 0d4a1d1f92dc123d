import * as z from 'zod';
import { resultSchema } from '../schema/extraction.js';

export function outputJsonSchema(): unknown {
  return {
    $id: 'https://github.com/extract/extract/schema/extraction.json',
    ...z.toJSONSchema(resultSchema, { target: 'draft-2020-12' }),
  };
}
