/**
 * Shard balance (issue 18.3): how close the shards planned from recorded durations come to an
 * even split. A seeded, realistic suite: 4,000 tests in 420 files, test times long-tailed
 * (log-normal, a few tests of tens of seconds), files of very different sizes, and 5% of the
 * files new (no recorded duration: the planner counts them as the median file). The figure is
 * the makespan (the slowest shard's real time) over total/N, for N = 2, 4, 8. Target ≤ 1.05.
 *
 * The planner is `planShards` of actions/quality-gates/src/shards/plan.ts (whole test files, longest
 * first, each to the least-loaded shard), as the action runs it.
 *
 * Run: pnpm exec tsx bench/shards.ts
 */
import { planShards } from '../actions/quality-gates/src/shards/plan';

const TARGET = 1.05;
const FILES = 420;
const TESTS = 4_000;
const NEW_FILES = 0.05;

/** A small seeded generator (mulberry32), so every run plans the same suite. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-normal milliseconds: median about 40 ms, a long tail to tens of seconds. */
function testMs(next: () => number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return Math.min(60_000, Math.exp(Math.log(40) + 1.6 * normal));
}

function suite(seed: number): { actual: Map<string, number>; recorded: Map<string, number> } {
  const next = random(seed);
  // File sizes are long-tailed too: a few files hold many tests.
  const weights = Array.from({ length: FILES }, () => 1 / (0.05 + next()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const actual = new Map<string, number>();
  let assigned = 0;
  for (const [i, weight] of weights.entries()) {
    const count = i === FILES - 1 ? TESTS - assigned : Math.max(1, Math.round((weight / sum) * TESTS));
    assigned += count;
    let ms = 0;
    for (let t = 0; t < count; t++) ms += testMs(next);
    actual.set(`tests/test_${String(i).padStart(3, '0')}.py`, ms);
  }
  const recorded = new Map([...actual].filter(() => next() >= NEW_FILES));
  return { actual, recorded };
}

function main(): void {
  for (const seed of [18, 7, 2026]) report(seed);
}

function report(seed: number): void {
  const { actual, recorded } = suite(seed);
  const files = [...actual.keys()];
  const total = [...actual.values()].reduce((a, b) => a + b, 0);
  const largest = Math.max(...actual.values());
  console.log(
    `suite (seed ${seed}): ${TESTS} tests in ${FILES} files, ${(total / 1000).toFixed(0)} s in all, largest file ${(largest / 1000).toFixed(1)} s, ${FILES - recorded.size} files without a recorded duration`,
  );
  for (const n of [2, 4, 8]) {
    const shards = planShards(files, recorded, n);
    const times = shards.map((shard) => shard.reduce((sum, file) => sum + (actual.get(file) ?? 0), 0));
    const ratio = Math.max(...times) / (total / n);
    const bound = Math.max(total / n, largest) / (total / n);
    console.log(
      `N=${n}: makespan ${(Math.max(...times) / 1000).toFixed(1)} s vs total/N ${(total / n / 1000).toFixed(1)} s = ${ratio.toFixed(3)} (target ≤ ${TARGET}) ${ratio <= TARGET ? 'ok' : 'MISS'}; file-level lower bound ${bound.toFixed(3)}`,
    );
  }
}

main();
