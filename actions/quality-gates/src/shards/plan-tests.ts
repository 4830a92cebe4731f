/**
 * The shard plan at the level of pytest node ids (issue 18.3): every shard collects the same
 * tests, and the same pure function splits them, so each shard computes the same plan and runs
 * its part. Whole modules are kept together while that balances the shards; a module is split
 * (into runs of neighbouring tests, so classes stay together) only when the balance needs it,
 * and a split module is charged its set-up (module fixtures) once more on every other shard it
 * lands on.
 */
import { ConfigError } from '@maint-actions/core';

/** The recorded durations the plan is balanced by (the durations file, version 2). */
export interface RecordedDurations {
  /** Milliseconds per test, by JUnit address (`classname::name`, see {@link junitAddress}). */
  readonly tests: ReadonlyMap<string, number>;
  /** Milliseconds of a module's set-up, by dotted module (`tests.test_api`). */
  readonly setup: ReadonlyMap<string, number>;
  /** Milliseconds per test file (`tests/test_api.py`), from a version-1 file: spread over its tests. */
  readonly files?: ReadonlyMap<string, number>;
}

export const NO_DURATIONS: RecordedDurations = { tests: new Map(), setup: new Map() };

/** One shard of the plan: its node ids and the test files they are in, both sorted. */
export interface PlannedShard {
  readonly nodeIds: string[];
  readonly files: string[];
  /** The planned time, set-ups of split modules included. */
  readonly ms: number;
}

/** How the plan was made, for the log and the bench. */
export interface TestPlan {
  readonly shards: PlannedShard[];
  /** Tests whose duration was estimated (no record). */
  readonly estimated: number;
  /** Modules split over more than one shard. */
  readonly splitModules: number;
}

/** The share of total/N over which a plan of whole modules is refined by splitting modules. */
const TOLERANCE = 0.01;

/**
 * The small unrecorded modules are planned together when there are at least this many and none
 * is expected to take more than this share of them all (1 / POOL_MODULES): their sum is then
 * predictable, where one module's time is not.
 */
const POOL_MODULES = 5;

/** The pooled modules fill at most this share of a shard (more shards join the pool otherwise). */
const POOL_FILL = 0.5;

/**
 * Where pytest's JUnit writer puts a test (xunit2): the node id's path with `/` as `.` and
 * without `.py`, then its classes, joined by dots as `classname`; the last part is `name`
 * (a parameter in brackets stays with it). `module` is the dotted path alone.
 */
export function junitAddress(nodeId: string): { key: string; module: string } {
  const bracket = nodeId.indexOf('[');
  const path = bracket === -1 ? nodeId : nodeId.slice(0, bracket);
  const params = bracket === -1 ? '' : nodeId.slice(bracket);
  const names = path.split('::');
  names[0] = names[0]!.replaceAll('/', '.').replace(/\.py$/, '');
  names[names.length - 1] += params;
  const name = names.pop()!;
  return { key: `${names.join('.')}::${name}`, module: names[0]! };
}

/** The test file of a node id (`tests/test_api.py::TestX::test_y` → `tests/test_api.py`). */
export function nodeFile(nodeId: string): string {
  const end = nodeId.indexOf('::');
  return end === -1 ? nodeId : nodeId.slice(0, end);
}

interface Test {
  readonly nodeId: string;
  readonly ms: number;
}

interface Module {
  readonly file: string;
  readonly tests: Test[];
  readonly ms: number;
  readonly setupMs: number;
  /** No test of the module is recorded: its time is a guess from other modules. */
  readonly unrecorded: boolean;
  /**
   * For an unrecorded module, what it takes on average: its tests at the mean (not the median)
   * test time of the recorded modules in its directory, with the mean recorded set-up.
   */
  readonly expectedMs: number;
}

interface Unit {
  readonly module: Module;
  readonly tests: Test[];
  readonly ms: number;
  /** A pooled unrecorded module, whole, at its expected time: placed first, on the pool's shards. */
  readonly pooled?: true;
}

/**
 * Splits the collected tests into `total` shards of about equal time. A test's time is its
 * recorded one; a test without a record counts as the mean of its recorded siblings in the
 * same class, else in the same module (the module's set-up taken off the longest, which pytest
 * counted it in), else its share of a recorded file total (version-1 durations); a test of a module with no record at all counts as the average test of the
 * typical (median) recorded module in the nearest directory above it that has one, else in the
 * whole suite (1 ms each when nothing is recorded, so shards are balanced by test count).
 * When five or more unrecorded modules are small (none expected to take more than a fifth of
 * them all), they are planned first, together, on as few shards as hold them within half a shard
 * each, each counted at its expected time (its tests at the mean, not the median, test of its
 * directory's recorded modules, plus the mean recorded set-up): one new module's time is a guess
 * from a long tail, but the sum of several is close to the sum of their means, so the shards
 * that carry them take that much less recorded work and the others carry none of the risk.
 * Then whole modules go longest first to the shard that ends soonest, the recorded ones before
 * the other unrecorded ones (so those guesses are spread over the balanced shards, not stacked
 * on one) unless that leaves the plan more than 1% uneven and mixing them in is more even. When the
 * plan leaves the slowest shard more than 1% over total/N, modules longer than
 * total/N ÷ 2, ÷ 4, … are cut into runs of neighbouring tests (in node-id order, so a class
 * stays together) no longer than that, until the plan is within 1% or single tests are reached;
 * the plan with the shortest slowest shard wins (the coarser one on a tie). Placing a run of a
 * module on a shard that does not hold the module yet costs its recorded set-up again.
 *
 * The plan depends only on the set of node ids, the durations and `total`: not on the order
 * the tests were collected in, nor on the machine.
 *
 * @throws ConfigError naming `shard-total` when `total` is not a positive whole number.
 */
export function planTests(nodeIds: readonly string[], recorded: RecordedDurations, total: number): TestPlan {
  if (!Number.isInteger(total) || total < 1) {
    throw new ConfigError(`Input "shard-total" must be a whole number of 1 or more, got ${total}.`, {
      input: 'shard-total',
    });
  }
  const { modules, estimated } = estimate(nodeIds, recorded);
  const pooled = poolOf(modules, total);
  const sum = modules.reduce(
    (acc, module) => acc + (pooled.modules.has(module) ? module.expectedMs : module.ms),
    0,
  );
  const target = sum / total;
  const bothKinds =
    modules.some((module) => module.unrecorded) && modules.some((module) => !module.unrecorded);
  let best: { shards: PlannedShard[]; makespan: number; split: number } | undefined;
  // Coarsest first: whole modules, then runs no longer than target/2, /4, … down to single tests.
  for (let limit = Number.POSITIVE_INFINITY, level = 0; ; level++) {
    const list = units(modules, limit, pooled.modules);
    // The guesses after the known units, unless that leaves the plan uneven where placing them
    // among the known units (longest first, as they come) would not: a large unrecorded module
    // placed last has no smaller units left to balance it.
    let plan = assign(list, total, true, pooled.shards);
    if (bothKinds && plan.makespan > target * (1 + TOLERANCE)) {
      const among = assign(list, total, false, pooled.shards);
      if (among.makespan < plan.makespan) plan = among;
    }
    if (best === undefined || plan.makespan < best.makespan) best = plan;
    if (best.makespan <= target * (1 + TOLERANCE) || limit === 0) break;
    limit = level >= 12 ? 0 : target / 2 ** (level + 1);
  }
  return { shards: best.shards, estimated, splitModules: best.split };
}

/**
 * The pool: the unrecorded modules, smallest expected first, up to the largest one that is no
 * more than a fifth of the pool so far (so at least five, and no single guess dominates their
 * sum), and the shards that hold it: as few as keep it within half a shard each. None when
 * nothing is recorded (nothing to balance it with) or when it would need every shard.
 */
function poolOf(modules: readonly Module[], total: number): { modules: Set<Module>; shards: number } {
  const none = { modules: new Set<Module>(), shards: 0 };
  if (!modules.some((module) => !module.unrecorded)) return none;
  const candidates = modules
    .filter((module) => module.unrecorded)
    .sort((a, b) => a.expectedMs - b.expectedMs || byCodeUnit(a.file, b.file));
  let size = 0;
  let running = 0;
  for (const [i, module] of candidates.entries()) {
    running += module.expectedMs;
    if (i + 1 >= POOL_MODULES && module.expectedMs * POOL_MODULES <= running) size = i + 1;
  }
  if (size === 0) return none;
  const pool = candidates.slice(0, size);
  const pooled = new Set(pool);
  const poolMs = pool.reduce((acc, module) => acc + module.expectedMs, 0);
  const sum = modules.reduce((acc, module) => acc + (pooled.has(module) ? module.expectedMs : module.ms), 0);
  const shards = Math.max(1, Math.ceil(poolMs / ((POOL_FILL * sum) / total)));
  return shards >= total ? none : { modules: pooled, shards };
}

/** The modules of the tests, each test with its recorded or estimated time. */
function estimate(
  nodeIds: readonly string[],
  recorded: RecordedDurations,
): { modules: Module[]; estimated: number } {
  const byFile = new Map<string, { nodeId: string; key: string; parent: string; known?: number }[]>();
  for (const nodeId of [...new Set(nodeIds)].sort(byCodeUnit)) {
    const file = nodeFile(nodeId);
    const address = junitAddress(nodeId);
    const known = recorded.tests.get(address.key);
    // The class (or the module) the test is in: the node id up to its last `::`, parameters aside.
    const bare = nodeId.includes('[') ? nodeId.slice(0, nodeId.indexOf('[')) : nodeId;
    const parent = nodeId.slice(0, Math.max(file.length, bare.lastIndexOf('::')));
    const list = byFile.get(file) ?? [];
    list.push({ nodeId, key: address.key, parent, ...(known === undefined ? {} : { known }) });
    byFile.set(file, list);
  }
  // A module with no recorded test: its tests count as the average test of the typical recorded
  // module in the nearest directory that has one (a new file beside its app's other tests), else
  // of the typical recorded module of the suite.
  const byDirectory = new Map<string, number[]>();
  for (const [file, list] of byFile) {
    const known = list.flatMap((test) => (test.known === undefined ? [] : [test.known]));
    if (known.length === 0) continue;
    // Its set-up aside (pytest counted it in one test): a new module's own set-up is counted
    // apart, as the mean recorded set-up, where it is counted at all.
    const setupMs = Math.min(
      recorded.setup.get(junitAddress(list[0]!.nodeId).module) ?? 0,
      Math.max(...known),
    );
    const average = (known.reduce((a, b) => a + b, 0) - setupMs) / known.length;
    for (const directory of directories(file)) {
      const averages = byDirectory.get(directory);
      if (averages) averages.push(average);
      else byDirectory.set(directory, [average]);
    }
  }
  const typical = (file: string, of: (values: readonly number[]) => number = median): number => {
    for (const directory of directories(file)) {
      const averages = byDirectory.get(directory);
      if (averages) return of(averages);
    }
    return 1;
  };
  const setups = [...byFile.values()].flatMap((list) =>
    list.some((test) => test.known !== undefined)
      ? [recorded.setup.get(junitAddress(list[0]!.nodeId).module) ?? 0]
      : [],
  );
  const meanSetup = setups.length > 0 ? mean(setups) : 0;
  let estimated = 0;
  const modules: Module[] = [];
  for (const [file, list] of byFile) {
    const setupMs = recorded.setup.get(junitAddress(list[0]!.nodeId).module) ?? 0;
    // The recorded tests without the module's set-up, which pytest counted in one of them (taken
    // off the longest): a new test counts as the mean of these siblings, what they add up to.
    let carrier: (typeof list)[number] | undefined;
    for (const test of list) {
      if (test.known !== undefined && (carrier === undefined || test.known > carrier.known!)) carrier = test;
    }
    const own = (test: (typeof list)[number]) =>
      test === carrier ? Math.max(0, test.known! - setupMs) : test.known!;
    const inFile = list.flatMap((test) => (test.known === undefined ? [] : [own(test)]));
    const byParent = new Map<string, number[]>();
    for (const test of list) {
      if (test.known === undefined) continue;
      const siblings = byParent.get(test.parent);
      if (siblings) siblings.push(own(test));
      else byParent.set(test.parent, [own(test)]);
    }
    const fileTotal = recorded.files?.get(file);
    const unrecorded = inFile.length === 0 && fileTotal === undefined;
    const fallback =
      inFile.length > 0 ? mean(inFile) : fileTotal !== undefined ? fileTotal / list.length : typical(file);
    const tests = list.map((test) => {
      if (test.known !== undefined) return { nodeId: test.nodeId, ms: test.known };
      estimated++;
      const siblings = byParent.get(test.parent);
      return { nodeId: test.nodeId, ms: siblings ? mean(siblings) : fallback };
    });
    const ms = tests.reduce((acc, test) => acc + test.ms, 0);
    const expectedMs = unrecorded ? list.length * typical(file, mean) + meanSetup : ms;
    modules.push({ file, tests, ms, setupMs, unrecorded, expectedMs });
  }
  return { modules, estimated };
}

/** The directories a test file is in, nearest first, ending with the suite's root (`''`). */
function directories(file: string): string[] {
  const out: string[] = [];
  for (let end = file.lastIndexOf('/'); end > 0; end = file.lastIndexOf('/', end - 1)) {
    out.push(file.slice(0, end));
  }
  out.push('');
  return out;
}

/** Whole modules up to `limit` ms; longer ones cut into runs of neighbouring tests up to `limit`. */
function units(modules: readonly Module[], limit: number, pooled: ReadonlySet<Module>): Unit[] {
  const out: Unit[] = [];
  for (const module of modules) {
    if (pooled.has(module)) {
      out.push({ module, tests: module.tests, ms: module.expectedMs, pooled: true });
      continue;
    }
    if (module.ms <= limit) {
      out.push({ module, tests: module.tests, ms: module.ms });
      continue;
    }
    let run: Test[] = [];
    let ms = 0;
    for (const test of module.tests) {
      if (run.length > 0 && ms + test.ms > limit) {
        out.push({ module, tests: run, ms });
        run = [];
        ms = 0;
      }
      run.push(test);
      ms += test.ms;
    }
    if (run.length > 0) out.push({ module, tests: run, ms });
  }
  return out;
}

/**
 * Longest unit first, each to the shard where it ends soonest (a module's set-up counted again on
 * a new shard). With `guessesLast`, the units of unrecorded modules after all the others, so the
 * known work is balanced first and the guesses, whose error no plan can see, are spread over the
 * shards one at a time rather than decided among the known units.
 */
function assign(
  list: readonly Unit[],
  total: number,
  guessesLast: boolean,
  poolShards: number,
): { shards: PlannedShard[]; makespan: number; split: number } {
  const last = (unit: Unit) => (unit.pooled ? -1 : guessesLast && unit.module.unrecorded ? 1 : 0);
  const sorted = [...list].sort(
    (a, b) => last(a) - last(b) || b.ms - a.ms || byCodeUnit(a.tests[0]!.nodeId, b.tests[0]!.nodeId),
  );
  const shards = Array.from({ length: total }, () => ({
    nodeIds: [] as string[],
    modules: new Set<Module>(),
    ms: 0,
  }));
  const placed = new Map<Module, number>();
  for (const unit of sorted) {
    const { module } = unit;
    const elsewhere = (placed.get(module) ?? 0) > 0;
    let best = shards[0]!;
    let bestEnd = Number.POSITIVE_INFINITY;
    for (const shard of unit.pooled ? shards.slice(0, poolShards) : shards) {
      const setup = elsewhere && !shard.modules.has(module) ? module.setupMs : 0;
      const end = shard.ms + unit.ms + setup;
      if (end < bestEnd || (end === bestEnd && shard.nodeIds.length < best.nodeIds.length)) {
        best = shard;
        bestEnd = end;
      }
    }
    if (!best.modules.has(module)) placed.set(module, (placed.get(module) ?? 0) + 1);
    best.modules.add(module);
    best.ms = bestEnd;
    for (const test of unit.tests) best.nodeIds.push(test.nodeId);
  }
  let split = 0;
  for (const count of placed.values()) if (count > 1) split++;
  return {
    shards: shards.map((shard) => ({
      nodeIds: shard.nodeIds.sort(byCodeUnit),
      files: [...shard.modules].map((module) => module.file).sort(byCodeUnit),
      ms: shard.ms,
    })),
    makespan: Math.max(...shards.map((shard) => shard.ms)),
    split,
  };
}

/**
 * The durations file's content from a complete run's test cases (in the order the reports list
 * them): each test's time by JUnit address, and each module's set-up, estimated as what its
 * first listed test took over the median test of the module (pytest counts a module fixture's
 * set-up in the first test that uses it). `moduleOf` gives a case's dotted module, or undefined.
 */
export function recordDurations(
  tests: Iterable<{ classname: string; name: string; timeMs: number }>,
  moduleOf: (classname: string) => string | undefined,
): RecordedDurations {
  const list = [...tests];
  return { tests: new Map(testDurations(list)), setup: recordSetup(list, moduleOf) };
}

/**
 * {@link recordDurations}' tests as `[key, time]` in the order each test is first met, the times
 * of a test met more than once summed. Repeats are found by sorting the tests' positions, so a
 * million test cases add 13 bytes each (no string, no map entry): a merge job of a large suite
 * writes these straight out.
 */
export function* testDurations(
  tests: readonly { classname: string; name: string; timeMs: number }[],
): Generator<[string, number]> {
  const order = new Uint32Array(tests.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  // By class name, then name, then position: a test's repeats follow its first listing.
  order.sort((a, b) => compareTests(tests[a]!, tests[b]!) || a - b);
  const total = new Float64Array(tests.length);
  const repeat = new Uint8Array(tests.length);
  for (let at = 0; at < order.length; ) {
    const first = order[at]!;
    let sum = 0;
    let next = at;
    // Summed in the order listed, as a running total over the listings would be.
    for (; next < order.length && compareTests(tests[order[next]!]!, tests[first]!) === 0; next++) {
      sum += tests[order[next]!]!.timeMs;
      if (next > at) repeat[order[next]!] = 1;
    }
    total[first] = sum;
    at = next;
  }
  for (const [i, test] of tests.entries()) {
    if (repeat[i] === 0) yield [`${test.classname}::${test.name}`, total[i]!];
  }
}

function compareTests(
  a: { classname: string; name: string },
  b: { classname: string; name: string },
): number {
  if (a.classname !== b.classname) return a.classname < b.classname ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return 0;
}

/** {@link recordDurations}' set-up of each module: its first test's time beyond its median. */
export function recordSetup(
  tests: Iterable<{ classname: string; timeMs: number }>,
  moduleOf: (classname: string) => string | undefined,
): Map<string, number> {
  const byModule = new Map<string, { first: number; all: number[] }>();
  for (const test of tests) {
    const module = moduleOf(test.classname);
    if (module === undefined) continue;
    const entry = byModule.get(module);
    if (entry) entry.all.push(test.timeMs);
    else byModule.set(module, { first: test.timeMs, all: [test.timeMs] });
  }
  const setup = new Map<string, number>();
  for (const [module, { first, all }] of byModule) {
    const extra = first - median(all);
    if (all.length > 1 && extra > 0) setup.set(module, Math.round(extra * 1000) / 1000);
  }
  return setup;
}

/**
 * The dotted module of a JUnit case, from its classname and its test file's path: the longest
 * start of the classname that is the end of the file's path (`tests.test_api.TestX` with
 * `svc/tests/test_api.py` → `tests.test_api`).
 */
export function moduleOfCase(classname: string, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const parts = classname.split('.');
  const pathParts = file.replace(/\.py$/, '').split('/');
  for (let k = Math.min(parts.length, pathParts.length); k > 0; k--) {
    if (parts.slice(0, k).join('/') === pathParts.slice(pathParts.length - k).join('/')) {
      return parts.slice(0, k).join('.');
    }
  }
  return undefined;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Code-unit order: the same on every machine, whatever its locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
