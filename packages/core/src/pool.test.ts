import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapLimit, settleLimit } from './pool';

/** Runs `fn` while tracking how many calls are in flight at once. */
function tracked<T, R>(fn: (item: T, index: number) => Promise<R>) {
  const state = { running: 0, peak: 0, started: [] as number[] };
  const wrapped = async (item: T, index: number): Promise<R> => {
    state.started.push(index);
    state.running++;
    state.peak = Math.max(state.peak, state.running);
    try {
      return await fn(item, index);
    } finally {
      state.running--;
    }
  };
  return { state, wrapped };
}

describe('mapLimit', () => {
  it('keeps the order of items, whatever order they finish in', async () => {
    const { state, wrapped } = tracked(async (ms: number, i) => {
      await sleep(ms);
      return `${i}:${ms}`;
    });
    const result = await mapLimit([30, 5, 20, 1, 10], 2, wrapped);
    expect(result).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
    expect(state.peak).toBe(2);
  });

  it('never runs more than the limit', async () => {
    const { state, wrapped } = tracked(async () => sleep(2));
    await mapLimit(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      wrapped,
    );
    expect(state.peak).toBe(3);
    expect(state.started).toHaveLength(20);
  });

  it('handles an empty list and a limit above the number of items', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
    expect(await mapLimit([1, 2], Number.POSITIVE_INFINITY, async (x) => x * 2)).toEqual([2, 4]);
  });

  it('rejects with the first error after the running calls settle, starting no more', async () => {
    const finished: number[] = [];
    const promise = mapLimit([0, 1, 2, 3, 4, 5], 2, async (item) => {
      if (item === 1) {
        await sleep(5);
        throw new Error('item 1 failed');
      }
      if (item === 2) {
        await sleep(40);
        finished.push(item);
        throw new Error('item 2 failed later');
      }
      await sleep(1);
      finished.push(item);
      return item;
    });
    await expect(promise).rejects.toThrow('item 1 failed');
    // 0 then 2 started before 1 failed; 2 was awaited before the rejection; 3..5 never started.
    expect(finished).toEqual([0, 2]);
  });

  it('turns a synchronous throw into a rejection', async () => {
    const fn = (() => {
      throw new Error('sync');
    }) as unknown as () => Promise<number>;
    await expect(mapLimit([1], 1, fn)).rejects.toThrow('sync');
  });

  it.each([0, -1, Number.NaN])('refuses the limit %s', async (limit) => {
    await expect(mapLimit([1], limit, async (x) => x)).rejects.toThrow(
      `Concurrency limit must be at least 1 (got ${limit}).`,
    );
  });
});

describe('settleLimit', () => {
  it('runs every item and reports each outcome in order', async () => {
    const error = new Error('two');
    const { state, wrapped } = tracked(async (item: number) => {
      await sleep(5 - item);
      if (item === 2) throw error;
      return item * 10;
    });
    const results = await settleLimit([1, 2, 3, 4], 2, wrapped);
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: error },
      { status: 'fulfilled', value: 30 },
      { status: 'fulfilled', value: 40 },
    ]);
    expect(state.peak).toBe(2);
  });

  it('refuses a limit below 1', async () => {
    await expect(settleLimit([1], 0.5, async (x) => x)).rejects.toThrow(RangeError);
  });
});
