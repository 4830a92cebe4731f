/** Bounded concurrency for parallel work (gates, uploads, API calls). */

/**
 * Maps `items` through `fn` with at most `limit` calls running at once; results keep the order
 * of `items`.
 *
 * On the first rejection no further item is started, the calls already running are awaited
 * (so nothing is left running in the background), and then the promise rejects with that first
 * error; later errors are dropped. Use `settleLimit` to run every item regardless.
 *
 * @throws RangeError when `limit` is not at least 1.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let failure: { error: unknown } | undefined;
  await runPool(items.length, limit, async (index) => {
    if (failure) return false;
    try {
      results[index] = await fn(items[index] as T, index);
    } catch (error) {
      failure ??= { error };
    }
    return failure === undefined;
  });
  if (failure) throw failure.error;
  return results;
}

/**
 * Like `mapLimit`, but runs every item and never rejects: each result is a
 * `PromiseSettledResult`, in the order of `items`.
 *
 * @throws RangeError when `limit` is not at least 1.
 */
export async function settleLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results = new Array<PromiseSettledResult<R>>(items.length);
  await runPool(items.length, limit, async (index) => {
    try {
      results[index] = { status: 'fulfilled', value: await fn(items[index] as T, index) };
    } catch (reason) {
      results[index] = { status: 'rejected', reason };
    }
    return true;
  });
  return results;
}

/** Runs `task(0..count-1)` on `limit` workers; a worker stops when `task` returns false. */
async function runPool(
  count: number,
  limit: number,
  task: (index: number) => Promise<boolean>,
): Promise<void> {
  if (!(limit >= 1)) throw new RangeError(`Concurrency limit must be at least 1 (got ${limit}).`);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      if (!(await task(index))) return;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}
