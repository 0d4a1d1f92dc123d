import type { CreateWriter } from './types.js';

const indent = (s: string): string => s.replace(/\n/g, '\n  ');

// One input prints one object, several print an array. Whether there are several is only known once a
// second result arrives, so the first one is held back until then.
export const createJsonWriter: CreateWriter = (write) => {
  let held: string | undefined;
  let count = 0;
  const writeEncoded = (text: string): void => {
    count++;
    if (count === 1) {
      held = text;
      return;
    }
    if (count === 2) write(`[\n  ${indent(held!)}`);
    write(`,\n  ${indent(text)}`);
  };
  return {
    encoding: 'pretty',
    write(result) {
      writeEncoded(JSON.stringify(result, null, 2));
    },
    writeEncoded,
    end() {
      if (count === 0) write('[]\n');
      else if (count === 1) write(`${held!}\n`);
      else write('\n]\n');
    },
  };
};
