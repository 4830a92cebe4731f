/**
 * Cold start of each committed bundle against `node -e 0`: the time Node takes to load and
 * evaluate `dist/<name>/index.js` and exit before any real work. The CLI prints `--version`; an
 * action bundle runs under the GitHub runner's environment with one invalid input, so it stops at
 * input parsing with a configuration error (exit code 2). Target: at most 150 ms over `node -e 0`.
 *
 * Run: pnpm exec tsx bench/cold-start.ts [--dist <dir>] [--against <dir>] [<bundle> ...]
 * `--dist` measures the bundles of another build (a copy of `dist/` from before a change, say);
 * `--against` also runs each bundle of another build in the same rounds, interleaved with this
 * one and `node -e 0`, so a before/after comparison suffers the same moment's load on both
 * sides; names limit the run to those bundles.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InputSpec } from '@maint-actions/core';
import { repoRoot } from '@maint-actions/testing';
import { type Figure, interleave, median, printFigure, type Sample, timeCommand } from './lib';

const ROUNDS = 15;
const WARMUP = 2;
const TARGET_MS = 150;
const NODE = process.execPath;

type Env = Record<string, string | undefined>;

/** How one bundle is started so that it exits at once, and the exit code that proves it did. */
interface Launch {
  readonly args: readonly string[];
  readonly env: Env;
  readonly exitCode: number;
  readonly how: string;
}

/** What to measure: the bundles of `dist` (the repository's by default), all or those named. */
export interface BenchOptions {
  readonly dist?: string;
  /** Another build whose bundles run in the same rounds, for a before/after figure. */
  readonly against?: string;
  readonly only?: readonly string[];
}

/** Measures every `dist/<name>/index.js` (or those named); one figure per bundle. */
export async function bench(options: BenchOptions = {}): Promise<Figure[]> {
  const dist = options.dist ?? path.join(repoRoot, 'dist');
  const runner = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-runner-'));
  try {
    const runnerEnv = await githubRunnerEnv(runner);
    const figures: Figure[] = [];
    const names = (await bundleNames(dist)).filter(
      (name) => !options.only?.length || options.only.includes(name),
    );
    for (const name of names) {
      const launch = name === 'cli' ? cliLaunch() : await actionLaunch(name, runnerEnv);
      if (!launch) {
        console.log(`skip cold start of dist/${name}: its spec has no enum or boolean input to stop it at`);
        continue;
      }
      const bundle = path.join(dist, name, 'index.js');
      const found = options.against
        ? await compare(bundle, path.join(options.against, name, 'index.js'), name, launch)
        : [await measure(bundle, name, launch)];
      for (const figure of found) printFigure(figure);
      figures.push(...found);
    }
    return figures;
  } finally {
    await rm(runner, { recursive: true, force: true });
  }
}

async function measure(bundle: string, name: string, launch: Launch): Promise<Figure> {
  const { subject, baseline } = await interleave(
    ROUNDS,
    async () =>
      expectExit(await timeCommand(NODE, [bundle, ...launch.args], { env: launch.env }), launch, name),
    async () =>
      expectExit(await timeCommand(NODE, ['-e', '0'], { env: launch.env }), { exitCode: 0 }, 'node -e 0'),
    WARMUP,
  );
  const subjectMs = median(subject);
  const baselineMs = median(baseline);
  const value = subjectMs - baselineMs;
  return {
    name: `cold start dist/${name}`,
    measure: `median of ${ROUNDS}, ${launch.how}`,
    subjectMs,
    baselineMs,
    value,
    unit: 'ms',
    target: `≤ ${TARGET_MS} ms over node -e 0`,
    ok: value <= TARGET_MS,
  };
}

/**
 * `bundle` and `other` (the same bundle from another build) in the same rounds: each round runs
 * `node -e 0` and `bundle`, then `other` (or the other way round); one figure for each build.
 */
async function compare(bundle: string, other: string, name: string, launch: Launch): Promise<Figure[]> {
  const node: number[] = [];
  const run = async (file: string, what: string) =>
    expectExit(await timeCommand(NODE, [file, ...launch.args], { env: launch.env }), launch, what);
  const { subject, baseline } = await interleave(
    ROUNDS,
    async () => {
      node.push(
        expectExit(await timeCommand(NODE, ['-e', '0'], { env: launch.env }), { exitCode: 0 }, 'node -e 0'),
      );
      return run(bundle, name);
    },
    () => run(other, `${name} (${other})`),
    WARMUP,
  );
  const baselineMs = median(node.slice(WARMUP));
  const figure = (label: string, samples: number[]): Figure => {
    const subjectMs = median(samples);
    return {
      name: `cold start ${label}`,
      measure: `median of ${ROUNDS}, interleaved with the other build, ${launch.how}`,
      subjectMs,
      baselineMs,
      value: subjectMs - baselineMs,
      unit: 'ms',
      target: `≤ ${TARGET_MS} ms over node -e 0`,
      ok: subjectMs - baselineMs <= TARGET_MS,
    };
  };
  return [
    figure(`${name} (${path.dirname(path.dirname(other))})`, baseline),
    figure(`dist/${name}`, subject),
  ];
}

/** A run that exits otherwise did not stop where the bench meant it to, and would time something else. */
function expectExit(sample: Sample, launch: Pick<Launch, 'exitCode'>, what: string): number {
  if (sample.exitCode !== launch.exitCode) {
    throw new Error(`${what} exited with ${sample.exitCode}, expected ${launch.exitCode}`);
  }
  return sample.ms;
}

async function bundleNames(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function cliLaunch(): Launch {
  return {
    args: ['--version'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    exitCode: 0,
    how: '--version',
  };
}

/**
 * The action's first enum or boolean input (read from its spec) set to a value it rejects: the
 * entry parses inputs before anything else, so the bundle exits 2 right after loading.
 */
async function actionLaunch(name: string, runnerEnv: Env): Promise<Launch | undefined> {
  const specFile = path.join(repoRoot, 'actions', name, 'src', 'spec.ts');
  const { spec } = (await import(pathToFileURL(specFile).href)) as {
    spec: { inputs: Record<string, InputSpec> };
  };
  const input = Object.entries(spec.inputs).find(([, s]) => s.type === 'enum' || s.type === 'boolean')?.[0];
  if (!input) return undefined;
  const variable = `INPUT_${input.toUpperCase()}`;
  return {
    args: [],
    env: { ...runnerEnv, [variable]: 'NOT-A-VALUE' },
    exitCode: 2,
    how: `${variable}=NOT-A-VALUE, exit 2`,
  };
}

/** The variables and file commands the GitHub runner gives a JavaScript action. */
async function githubRunnerEnv(dir: string): Promise<Env> {
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_PATH: path.join(dir, 'path'),
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  await writeFile(files.GITHUB_EVENT_PATH, '{}');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'acme/backend',
    GITHUB_EVENT_NAME: 'push',
    ...files,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dist');
  const dist = at === -1 ? undefined : path.resolve(args.splice(at, 2)[1] ?? '');
  const other = args.indexOf('--against');
  const against = other === -1 ? undefined : path.resolve(args.splice(other, 2)[1] ?? '');
  await bench({ ...(dist ? { dist } : {}), ...(against ? { against } : {}), only: args });
}
