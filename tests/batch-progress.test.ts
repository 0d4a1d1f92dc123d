import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/cli/progress.js';

function fakeStderr(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean; columns?: number }; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let out = '';
  stream.on('data', (d: Buffer) => (out += d.toString()));
  return { stream, text: () => out };
}

describe('progress line', () => {
  it('draws files done/total, rate and failures on a terminal, and logs above the bar', async () => {
    const { stream, text } = fakeStderr(true);
    const p = await createProgress(stream, true);
    p.found(4, false);
    p.done(1, 0);
    p.log('extract: a.txt: broken [binary]\n');
    p.found(5, true);
    p.done(5, 1);
    p.stop();
    const out = text();
    expect(out).toMatch(/5\/5 files/);
    expect(out).toMatch(/docs\/s/);
    expect(out).toMatch(/1 failed/);
    expect(out).toContain('extract: a.txt: broken [binary]');
  });

  it.each([
    ['stderr is not a terminal', false, true],
    ['progress is disabled (--quiet)', true, false],
  ])('stays silent when %s, but still passes diagnostics through', async (_name, isTTY, enabled) => {
    const { stream, text } = fakeStderr(isTTY);
    const p = await createProgress(stream, enabled);
    p.found(3, true);
    p.done(2, 0);
    p.log('warning: x\n');
    p.stop();
    expect(text()).toBe('warning: x\n');
  });
});
