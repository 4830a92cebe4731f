/**
 * The `install` input's cached virtualenv: a warm run (the venv restored from the cache by
 * `installVenv`) against a fresh one (`installVenv` with an empty cache: `python -m venv`, then
 * pip installs the requirements from a local wheelhouse, then the venv is saved to the cache).
 * Both sides are the action's own code; the cache copies directories, standing in for the CI's.
 * The wheelhouse is built here with `pip wheel` from generated projects: 30 small packages in
 * three layers of dependencies, 10 named in requirements.txt. Target: warm at most 0.2 × fresh.
 *
 * Run: pnpm exec tsx bench/install.ts
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { CacheProvider } from '@maint-actions/core';
import { FakePlatform, systemPython } from '@maint-actions/testing';
import {
  type InstalledVenv,
  installVenv,
  installVenvDir,
  type PythonInfo,
  pythonFacts,
} from '../packages/python-env/src/index';
import { type Figure, interleave, median, printFigure, timeCommand, timeFn } from './lib';

const execFileAsync = promisify(execFile);

const ROUNDS = 5;
const TARGET = 0.2;
/** Packages per layer: layer 0 is required by requirements.txt and needs layer 1, which needs layer 2. */
const LAYER = 10;
const LAYERS = 3;
/** Modules per package, and functions per module: enough files for pip to copy and byte-compile. */
const MODULES = 12;
const FUNCTIONS = 25;

type Env = Record<string, string | undefined>;

/** Runs the bench and prints its figure. */
export async function bench(): Promise<Figure> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-install-'));
  try {
    const wheelhouse = path.join(dir, 'wheelhouse');
    await buildWheelhouse(path.join(dir, 'projects'), wheelhouse);
    const workspace = path.join(dir, 'ws');
    await mkdir(workspace);
    const roots = Array.from({ length: LAYER }, (_, i) => `${packageName(0, i)}==1.0`);
    await writeFile(path.join(workspace, 'requirements.txt'), `${roots.join('\n')}\n`);

    // pip sees the wheelhouse through its environment only, as the action documents.
    const env: Env = {
      ...process.env,
      PIP_NO_INDEX: '1',
      PIP_FIND_LINKS: wheelhouse,
      PIP_CONFIG_FILE: '/dev/null',
    };
    const basePython: PythonInfo = { path: systemPython, ...(await pythonFacts(systemPython, env)) };
    const install = (cache: CacheProvider): Promise<InstalledVenv> =>
      installVenv({
        platform: new FakePlatform({ env, cache }),
        workspace,
        install: 'requirements.txt',
        basePython,
        env,
        timeoutMs: 600_000,
      });
    const venv = installVenvDir(workspace);

    // Fill the warm cache once, and check the venv really has every package.
    const warmCache = directoryCache(path.join(dir, 'warm-cache'));
    await install(warmCache);
    await checkImports(venv);

    let fresh = 0;
    const { subject, baseline } = await interleave(
      ROUNDS,
      async () => {
        await rm(venv, { recursive: true, force: true });
        return timeFn(async () => expectReused(await install(warmCache), true));
      },
      async () => {
        await rm(venv, { recursive: true, force: true });
        const store = path.join(dir, `empty-cache-${fresh++}`);
        const ms = await timeFn(async () => expectReused(await install(directoryCache(store)), false));
        await rm(store, { recursive: true, force: true });
        return ms;
      },
    );
    const subjectMs = median(subject);
    const baselineMs = median(baseline);
    const figure: Figure = {
      name: 'install: warm venv vs fresh install',
      measure: `median of ${ROUNDS}, ${LAYER * LAYERS} wheels from a local wheelhouse`,
      subjectMs,
      baselineMs,
      value: subjectMs / baselineMs,
      unit: 'ratio',
      target: `≤ ${TARGET}`,
      ok: subjectMs / baselineMs <= TARGET,
    };
    printFigure(figure);
    return figure;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A cache that copies paths into `store/<key>/<n>` and back with `cp -a`, like a CI cache on
 * local disk. (Node's `fs.cp` walks the tree file by file in JavaScript and was several times
 * slower than `cp -a` here: it would time the stand-in, not the action.)
 */
function directoryCache(store: string): CacheProvider {
  const entry = (key: string, index: number): string =>
    path.join(store, encodeURIComponent(key), String(index));
  const copy = async (from: string, to: string): Promise<void> => {
    await rm(to, { recursive: true, force: true });
    await mkdir(path.dirname(to), { recursive: true });
    await execFileAsync('cp', ['-a', from, to]);
  };
  return {
    async restore(paths, key) {
      if (!existsSync(entry(key, 0))) return undefined;
      for (const [index, target] of paths.entries()) await copy(entry(key, index), target);
      return key;
    },
    async save(paths, key) {
      for (const [index, source] of paths.entries()) await copy(source, entry(key, index));
    },
  };
}

/** A warm run that reinstalled, or a fresh one that reused, would be timing the other side. */
function expectReused(installed: InstalledVenv, reused: boolean): void {
  if (installed.reused !== reused)
    throw new Error(`installVenv reused=${installed.reused}, expected ${reused}`);
}

function packageName(layer: number, index: number): string {
  return `benchpkg_l${layer}_${String(index).padStart(2, '0')}`;
}

/** Writes the projects and builds all their wheels with one `pip wheel` (no index, no build isolation). */
async function buildWheelhouse(projects: string, wheelhouse: string): Promise<void> {
  const dirs: string[] = [];
  for (let layer = 0; layer < LAYERS; layer++) {
    for (let index = 0; index < LAYER; index++) {
      dirs.push(await writeProject(projects, layer, index));
    }
  }
  const args = [
    '-m',
    'pip',
    'wheel',
    '--no-deps',
    '--no-index',
    '--no-build-isolation',
    '--disable-pip-version-check',
    '-w',
    wheelhouse,
    ...dirs,
  ];
  const built = await timeCommand(systemPython, args);
  if (built.exitCode !== 0)
    throw new Error(`pip wheel exited ${built.exitCode}: ${systemPython} ${args.join(' ')}`);
  console.log(`     set-up: built ${dirs.length} wheels with pip wheel in ${(built.ms / 1000).toFixed(1)} s`);
}

/** A setuptools project with MODULES modules; a package of a layer depends on its namesake in the next layer. */
async function writeProject(projects: string, layer: number, index: number): Promise<string> {
  const name = packageName(layer, index);
  const dir = path.join(projects, name);
  await mkdir(path.join(dir, name), { recursive: true });
  const dependencies = layer + 1 < LAYERS ? [`"${packageName(layer + 1, index)}==1.0"`] : [];
  await writeFile(
    path.join(dir, 'pyproject.toml'),
    [
      '[build-system]',
      'requires = ["setuptools"]',
      'build-backend = "setuptools.build_meta"',
      '',
      '[project]',
      `name = "${name}"`,
      'version = "1.0"',
      `dependencies = [${dependencies.join(', ')}]`,
      '',
    ].join('\n'),
  );
  await writeFile(path.join(dir, name, '__init__.py'), `NAME = "${name}"\n`);
  for (let m = 0; m < MODULES; m++) {
    const functions = Array.from(
      { length: FUNCTIONS },
      (_, f) =>
        `def f${f}(x):\n    """Returns x scaled by ${f}."""\n    return [x * ${f} + i for i in range(${f})]\n`,
    );
    await writeFile(path.join(dir, name, `m${m}.py`), functions.join('\n'));
  }
  return dir;
}

/** @throws when the venv's interpreter cannot import every package. */
async function checkImports(venv: string): Promise<void> {
  const names = Array.from({ length: LAYERS * LAYER }, (_, i) =>
    packageName(Math.floor(i / LAYER), i % LAYER),
  );
  const result = await timeCommand(path.join(venv, 'bin', 'python'), ['-c', `import ${names.join(', ')}`]);
  if (result.exitCode !== 0) throw new Error('the installed venv cannot import the bench packages');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();
