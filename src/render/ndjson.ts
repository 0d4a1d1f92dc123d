import type { CreateWriter } from './types.js';

export const createNdjsonWriter: CreateWriter = (write) => ({
  write(result) {
    write(`${JSON.stringify(result)}\n`);
  },
  end() {},
});
