import type { Result } from '../schema/extraction.js';
import type { CreateWriter } from './types.js';

const indent = (s: string): string => s.replace(/\n/g, '\n  ');

// One input prints one object, several print an array. Whether there are several is only known once a
// second result arrives, so the first one is held back until then.
export const createJsonWriter: CreateWriter = (write) => {
  let held: Result | undefined;
  let count = 0;
  return {
    write(result) {
      count++;
      if (count === 1) {
        held = result;
        return;
      }
      if (count === 2) write(`[\n  ${indent(JSON.stringify(held, null, 2))}`);
      write(`,\n  ${indent(JSON.stringify(result, null, 2))}`);
    },
    end() {
      if (count === 0) write('[]\n');
      else if (count === 1) write(`${JSON.stringify(held, null, 2)}\n`);
      else write('\n]\n');
    },
  };
};
