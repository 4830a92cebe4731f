/**
 * Shard balance (issue 18.3): how close the shards planned from recorded durations come to an
 * even split, on many seeded suites. Each suite: 4,000 tests in 420 modules of very different
 * sizes (long-tailed), in classes, some parametrized; test times log-normal (median 40 ms, a
 * tail to tens of seconds, capped at 60 s); 40% of the modules with a set-up (module fixtures,
 * log-normal, median 0.5 s) that pytest counts in their first test and that a module split over
 * shards pays on every shard it runs on. The durations file comes from an earlier run whose
 * times differ from this run's by ±10% (log-normal noise on both), written by the same code the
 * merge job runs (`recordDurations`); 5% of the small modules (10 tests or fewer) and 3% of the
 * other tests are new (no recorded duration). A new test's real time is drawn exactly as a
 * recorded test's: from its module's scale (a new module gets its own scale and set-up, drawn
 * like every module's), so a new test in a known module is like its siblings and a new module
 * is any module, its speed known to nothing in the file. In the *apps and classes* scenario a
 * module's scale is partly its app's (its directory) and a test's partly its class's, the
 * spread of each unchanged in all: what the recorded siblings of a new module or test can tell.
 *
 * Figure: the makespan (the slowest shard's real time, the set-ups of split modules included)
 * over total/N (every test and every set-up once), for N = 2, 4, 8: the worst and the median
 * over the seeds. Target ≤ 1.05. Beside it, the lower bound (max(total/N, the slowest test with
 * its set-up) over total/N) and the file-level planner (`planShards`, whole files, the one the
 * action used before node-id plans) on the same suites.
 *
 * Run: pnpm exec tsx bench/shards.ts [seeds]
 */
import { planShards } from '../actions/quality-gates/src/shards/plan';
import {
  junitAddress,
  moduleOfCase,
  planTests,
  recordDurations,
} from '../actions/quality-gates/src/shards/plan-tests';

const TARGET = 1.05;
const MODULES = 420;
const TESTS = 4_000;
/** How a suite is drawn: the share of new modules and new tests, whether a new module may be any module, the run-to-run noise. */
interface Scenario {
  readonly name: string;
  readonly newModules: number;
  readonly newTests: number;
  readonly anyNewModule: boolean;
  readonly noise: number;
  /**
   * How much of the spread of module speeds is the app's (σ of log time; of the module's 1.2 in
   * all) and how much of the spread of test speeds within a module is the class's (of 1.0). 0: a
   * module's speed says nothing about its app's other modules, a class's nothing about its tests.
   */
  readonly appSigma: number;
  readonly classSigma: number;
}
const REALISTIC = {
  newModules: 0.05,
  newTests: 0.03,
  anyNewModule: false,
  noise: 0.1,
  appSigma: 0,
  classSigma: 0,
};
const SCENARIOS: Scenario[] = [
  { name: 'realistic', ...REALISTIC },
  { name: 'realistic, apps and classes differ in speed', ...REALISTIC, appSigma: 0.6, classSigma: 0.5 },
  { name: 'every test recorded', ...REALISTIC, newModules: 0, newTests: 0 },
  { name: 'stress: a new module may be any module', ...REALISTIC, anyNewModule: true },
];
const [SEEDS = 20] = process.argv.slice(2).map(Number);

/** A small seeded generator (mulberry32), so every run plans the same suites. */
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

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

interface Suite {
  readonly nodeIds: string[];
  /** This run's time of each test (without its module's set-up). */
  readonly actual: Map<string, number>;
  /** This run's set-up of each module, by file. */
  readonly setup: Map<string, number>;
  /** The durations file of the earlier run. */
  readonly recorded: ReturnType<typeof recordDurations>;
  /** The same, with the new tests' times of this run as if they had been recorded. */
  readonly oracle: ReturnType<typeof recordDurations>;
  /** Per file, as the file-level planner reads them. */
  readonly recordedFiles: Map<string, number>;
  readonly newTests: number;
  readonly newModules: number;
}

function suite(seed: number, scenario: Scenario): Suite {
  const {
    newModules: newModuleShare,
    newTests: newShare,
    anyNewModule,
    noise,
    appSigma,
    classSigma,
  } = scenario;
  const next = random(seed);
  // Each app's own speed (drawn only when the scenario has one, so the other scenarios' suites stay as they were).
  const apps = Array.from({ length: 7 }, () => (appSigma > 0 ? appSigma * normal(next) : 0));
  const moduleSigma = appSigma > 0 ? Math.sqrt(1.2 ** 2 - appSigma ** 2) : 1.2;
  const testSigma = classSigma > 0 ? Math.sqrt(1 - classSigma ** 2) : 1;
  // Module sizes are long-tailed: the largest modules hold a tenth of the suite or more.
  const weights = Array.from({ length: MODULES }, () => (1 / (0.01 + next())) ** 1.5);
  const sum = weights.reduce((a, b) => a + b, 0);
  const nodeIds: string[] = [];
  const actual = new Map<string, number>();
  const setup = new Map<string, number>();
  const earlier: { classname: string; name: string; timeMs: number; file: string }[] = [];
  const recordedFiles = new Map<string, number>();
  // The earlier run and, for the oracle, this run's times of the new tests.
  const known: typeof earlier = [];
  let assigned = 0;
  let newTests = 0;
  let newModules = 0;
  for (const [m, weight] of weights.entries()) {
    const count =
      m === MODULES - 1 ? Math.max(1, TESTS - assigned) : Math.max(1, Math.round((weight / sum) * TESTS));
    assigned += count;
    const file = `tests/app${m % 7}/test_${String(m).padStart(3, '0')}.py`;
    const setupMs = next() < 0.4 ? Math.exp(Math.log(500) + normal(next)) : 0;
    setup.set(file, setupMs);
    // A new test file is a small one (a new feature's tests), unless the scenario says any module.
    const isNewModule = (anyNewModule || count <= 10) && next() < newModuleShare;
    if (isNewModule) newModules++;
    const classes = Math.floor(next() * 4);
    // Times are alike within a module (a module of slow tests is slow): its app's scale and its
    // own, then its class's, then each test's.
    const scale = Math.log(40) + apps[m % 7]! + moduleSigma * normal(next);
    const classScales = Array.from({ length: classes }, () =>
      classSigma > 0 ? classSigma * normal(next) : 0,
    );
    let first = true;
    let firstKnown = true;
    for (let t = 0; t < count; t++) {
      const group = classes === 0 ? -1 : Math.floor((t * classes) / count);
      const klass = group === -1 ? '' : `::TestGroup${group}`;
      const param = next() < 0.2 ? `[case-${t % 5}]` : '';
      const nodeId = `${file}${klass}::test_${t}${param}`;
      const base = Math.min(60_000, Math.exp(scale + (classScales[group] ?? 0) + testSigma * normal(next)));
      nodeIds.push(nodeId);
      actual.set(nodeId, base * Math.exp(noise * normal(next)));
      const { key } = junitAddress(nodeId);
      const split = key.lastIndexOf('::');
      const address = { classname: key.slice(0, split), name: key.slice(split + 2), file };
      if (isNewModule || next() < newShare) {
        newTests++;
        known.push({ ...address, timeMs: actual.get(nodeId)! + (firstKnown ? setupMs : 0) });
        firstKnown = false;
        continue;
      }
      // The earlier run: pytest counted the module's set-up in its first test.
      const recordedMs = base * Math.exp(noise * normal(next));
      const timeMs = recordedMs + (first ? setupMs : 0);
      first = false;
      earlier.push({ ...address, timeMs });
      known.push({ ...address, timeMs: recordedMs + (firstKnown ? setupMs : 0) });
      firstKnown = false;
      recordedFiles.set(file, (recordedFiles.get(file) ?? 0) + timeMs);
    }
  }
  const files = new Map(known.map((test) => [test.classname, test.file]));
  const moduleOf = (classname: string) => moduleOfCase(classname, files.get(classname));
  const recorded = recordDurations(earlier, moduleOf);
  const oracle = recordDurations(known, moduleOf);
  return { nodeIds, actual, setup, recorded, oracle, recordedFiles, newTests, newModules };
}

/** The real time of a shard: its tests, and the set-up of every module it runs a test of. */
function shardTime(suite: Suite, nodeIds: readonly string[]): number {
  const files = new Set<string>();
  let ms = 0;
  for (const nodeId of nodeIds) {
    ms += suite.actual.get(nodeId) ?? 0;
    files.add(nodeId.slice(0, nodeId.indexOf('::')));
  }
  for (const file of files) ms += suite.setup.get(file) ?? 0;
  return ms;
}

interface Row {
  readonly ratio: number;
  readonly fileLevel: number;
  readonly bound: number;
  readonly split: number;
  readonly oracle: number;
}

function main(): void {
  for (const scenario of SCENARIOS) {
    console.log(`\n${scenario.name}:`);
    run(scenario);
  }
}

function run(scenario: Scenario): void {
  const rows = new Map<number, Row[]>([
    [2, []],
    [4, []],
    [8, []],
  ]);
  let planMs = 0;
  for (let s = 0; s < SEEDS; s++) {
    const seed = 18 + s * 7919;
    const data = suite(seed, scenario);
    const total =
      [...data.actual.values()].reduce((a, b) => a + b, 0) +
      [...data.setup.values()].reduce((a, b) => a + b, 0);
    let slowest = 0;
    for (const [nodeId, ms] of data.actual) {
      slowest = Math.max(slowest, ms + (data.setup.get(nodeId.slice(0, nodeId.indexOf('::'))) ?? 0));
    }
    const files = [...new Set(data.nodeIds.map((nodeId) => nodeId.slice(0, nodeId.indexOf('::'))))];
    for (const [n, list] of rows) {
      const started = performance.now();
      const plan = planTests(data.nodeIds, data.recorded, n);
      planMs = Math.max(planMs, performance.now() - started);
      const planned = plan.shards.flatMap((shard) => shard.nodeIds);
      if (planned.length !== data.nodeIds.length || new Set(planned).size !== planned.length) {
        throw new Error(`seed ${seed}, N=${n}: the plan does not run every test exactly once`);
      }
      const makespan = Math.max(...plan.shards.map((shard) => shardTime(data, shard.nodeIds)));
      const oraclePlan = planTests(data.nodeIds, data.oracle, n);
      const oracle = Math.max(...oraclePlan.shards.map((shard) => shardTime(data, shard.nodeIds)));
      const byFile = planShards(files, data.recordedFiles, n).map((shardFiles) => {
        const mine = new Set(shardFiles);
        return shardTime(
          data,
          data.nodeIds.filter((nodeId) => mine.has(nodeId.slice(0, nodeId.indexOf('::')))),
        );
      });
      list.push({
        ratio: makespan / (total / n),
        fileLevel: Math.max(...byFile) / (total / n),
        bound: Math.max(total / n, slowest) / (total / n),
        split: plan.splitModules,
        oracle: oracle / (total / n),
      });
    }
    if (s === 0) {
      console.log(
        `suite (seed ${seed}): ${data.nodeIds.length} tests in ${files.length} modules, ${(total / 1000).toFixed(0)} s in all, slowest test ${(slowest / 1000).toFixed(1)} s with its set-up, ${data.newTests} tests without a recorded duration (${data.newModules} new modules)`,
      );
    }
  }
  console.log(`${SEEDS} seeds; planning took at most ${planMs.toFixed(0)} ms`);
  for (const [n, list] of rows) {
    const ratios = list.map((row) => row.ratio);
    const worst = Math.max(...ratios);
    const over = ratios.filter((ratio) => ratio > TARGET).length;
    console.log(
      `N=${n}: makespan / (total/N) worst ${worst.toFixed(3)}, median ${median(ratios).toFixed(3)} (target ≤ ${TARGET}) ${worst <= TARGET ? 'ok' : `MISS (${over} of ${list.length} seeds)`}; ` +
        `lower bound worst ${Math.max(...list.map((row) => row.bound)).toFixed(3)}; ` +
        `modules split median ${median(list.map((row) => row.split))}; ` +
        `knowing the new tests' times: worst ${Math.max(...list.map((row) => row.oracle)).toFixed(3)}; ` +
        `file-level planner worst ${Math.max(...list.map((row) => row.fileLevel)).toFixed(3)}, median ${median(list.map((row) => row.fileLevel)).toFixed(3)}`,
    );
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

main();
