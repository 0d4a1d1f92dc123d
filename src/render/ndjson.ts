import type { CreateWriter } from './types.js';

export const createNdjsonWriter: CreateWriter = (write) => {
  const writeEncoded = (text: string): void => write(`${text}\n`);
  return {
    encoding: 'compact',
    write(result) {
      writeEncoded(JSON.stringify(result));
    },
    writeEncoded,
    end() {},
  };
};
