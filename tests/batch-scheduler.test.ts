import { describe, expect, it } from 'vitest';
import { schedule } from '../src/cli/reorder.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function* numbers(n: number, onPull?: (i: number) => void): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    onPull?.(i);
    yield i;
  }
}

// pseudo-random but reproducible delays, so completion order differs from input order
const delay = (i: number): number => ((i * 7919) % 13) * 2;

describe('schedule', () => {
  it.each([
    [1, 1],
    [2, 4],
    [4, 8],
    [8, 8],
  ])('emits every input once, in input order (concurrency %i, window %i)', async (concurrency, window) => {
    const out: number[] = [];
    await schedule(numbers(40), {
      concurrency,
      window,
      ordered: true,
      work: async (i) => (await sleep(delay(i)), i * 10),
      emit: (r) => void out.push(r),
    });
    expect(out).toEqual(Array.from({ length: 40 }, (_x, i) => i * 10));
  });

  it('in completion order emits the same set, not necessarily in input order', async () => {
    const out: number[] = [];
    await schedule(numbers(30), {
      concurrency: 4,
      window: 8,
      ordered: false,
      work: async (i) => (await sleep(i === 0 ? 60 : 1), i),
      emit: (r) => void out.push(r),
    });
    expect([...out].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_x, i) => i));
    // the slow first input does not hold back the others
    expect(out[0]).not.toBe(0);
  });

  it.each([true, false])('never has more than the window started but not emitted (ordered=%s)', async (ordered) => {
    let started = 0;
    let emitted = 0;
    let peak = 0;
    let peakActive = 0;
    let active = 0;
    await schedule(numbers(60), {
      concurrency: 3,
      window: 6,
      ordered,
      work: async (i) => {
        started++;
        active++;
        peak = Math.max(peak, started - emitted);
        peakActive = Math.max(peakActive, active);
        // one straggler forces the ordered buffer to fill up
        await sleep(i === 5 ? 80 : delay(i));
        active--;
        return i;
      },
      emit: () => void emitted++,
    });
    expect(emitted).toBe(60);
    expect(peak).toBeLessThanOrEqual(6);
    expect(peakActive).toBeLessThanOrEqual(3);
  });

  it('pulls inputs lazily: a stop request leaves the rest of the source unread', async () => {
    let pulled = 0;
    let emitted = 0;
    await schedule(
      numbers(1000, () => pulled++),
      { concurrency: 2, window: 4, ordered: true, work: async (i) => i, emit: () => void emitted++, stop: () => emitted >= 10 },
    );
    expect(emitted).toBeGreaterThanOrEqual(10);
    expect(pulled).toBeLessThan(30);
  });

  it('propagates an emit failure after letting in-flight work settle', async () => {
    const run = schedule(numbers(20), {
      concurrency: 2,
      window: 4,
      ordered: true,
      work: async (i) => i,
      emit: (r) => {
        if (r === 3) throw new Error('disk full');
      },
    });
    await expect(run).rejects.toThrow('disk full');
  });

  it('does not hang when a work call rejects', async () => {
    const out: number[] = [];
    const run = schedule(numbers(10), {
      concurrency: 3,
      window: 3,
      ordered: true,
      work: async (i) => {
        await sleep(delay(i));
        if (i === 4) throw new Error('bad item');
        return i;
      },
      emit: (r) => void out.push(r),
    });
    await expect(run).rejects.toThrow('bad item');
    expect(out).toEqual(out.filter((x) => x < 4));
  });
});
