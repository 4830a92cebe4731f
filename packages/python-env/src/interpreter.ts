/**
 * The Python interpreter an action runs the project with (the gates, `manage.py`, pip-audit):
 * found from the `python` input, asked for its version, and asked which tools (modules) it has.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CommandNotFoundError, ConfigError, runProcess, which } from '@maint-actions/core';

/** A resolved interpreter. */
export interface PythonInfo {
  /** Absolute path of the executable (a venv's `bin/python` is kept as is, not followed). */
  readonly path: string;
  /** `major.minor.micro`, such as `3.11.2`. */
  readonly version: string;
  /** Which of PROBED_MODULES the interpreter can import, asked once with its version. */
  readonly modules: ReadonlyMap<string, boolean>;
}

/**
 * The modules the gates and generate-openapi look for, asked in the same interpreter start as
 * the version: one process instead of one a gate.
 */
export const PROBED_MODULES = [
  'pytest',
  'xdist',
  'django',
  'flake8',
  'rest_framework',
  'drf_spectacular',
] as const;

type Env = Readonly<Record<string, string | undefined>>;

export interface ResolvePythonOptions {
  /** The `python` input: `auto`, a path (relative to `workspace`) or a command on PATH. */
  readonly python: string;
  /** Repository root, for relative paths. */
  readonly workspace: string;
  /** The working directory: `auto` tries its `.venv/bin/python` first. */
  readonly cwd: string;
  /** The venv `install` makes; `auto` tries it second. Left out when resolving the interpreter that creates it. */
  readonly installVenv?: string;
  readonly env: Env;
}

/** Prints the version, then one line per probed module: its name, a tab and 1 or 0. */
const FACTS_SCRIPT = [
  'import importlib.util, sys',
  'print("%d.%d.%d" % sys.version_info[:3])',
  'for name in sys.argv[1:]: print("%s\\t%d" % (name, importlib.util.find_spec(name) is not None))',
].join('\n');

/**
 * Resolves the interpreter. `auto`: `<cwd>/.venv/bin/python`, then `installVenv`'s
 * `bin/python`, then `python3`, then `python` on PATH. Anything else is a path (when it has a
 * slash) or a command on PATH.
 *
 * @throws ConfigError naming the `python` input when nothing is found or the interpreter does not run.
 */
export async function resolvePython(options: ResolvePythonOptions): Promise<PythonInfo> {
  const found = options.python === 'auto' ? await findAuto(options) : await findExplicit(options);
  return { path: found, ...(await pythonFacts(found, options.env)) };
}

async function findAuto(options: ResolvePythonOptions): Promise<string> {
  const venvs = [path.join(options.cwd, '.venv'), options.installVenv].filter((dir) => dir !== undefined);
  for (const venv of venvs) {
    const candidate = venvPython(venv);
    if (await which(candidate, options.env)) return candidate;
  }
  for (const command of ['python3', 'python']) {
    const found = await which(command, options.env);
    if (found) return found;
  }
  throw new ConfigError(
    'No Python interpreter found (tried .venv/bin/python in the working directory, python3 and python on PATH): set the "python" input to an interpreter.',
    { input: 'python' },
  );
}

async function findExplicit(options: ResolvePythonOptions): Promise<string> {
  const value = options.python;
  const candidate = value.includes('/') ? path.resolve(options.workspace, value) : value;
  const found = await which(candidate, options.env);
  if (found) return candidate.includes('/') ? candidate : found;
  const where = value.includes('/') ? `${candidate} is not an executable file` : `${value} is not on PATH`;
  throw new ConfigError(`Input "python" names no interpreter: ${where}.`, { input: 'python' });
}

/** `<venv>/bin/python`. */
export function venvPython(venv: string): string {
  return path.join(venv, 'bin', 'python');
}

/**
 * Asks the interpreter for its version and which of PROBED_MODULES it has, in one start.
 *
 * @throws ConfigError when it does not run.
 */
export async function pythonFacts(python: string, env: Env): Promise<Omit<PythonInfo, 'path'>> {
  const broken = (why: string): ConfigError =>
    new ConfigError(`Input "python": ${python} does not run (${why}); set it to a working interpreter.`, {
      input: 'python',
    });
  let result: Awaited<ReturnType<typeof runProcess>>;
  try {
    result = await runProcess({
      command: python,
      args: ['-c', FACTS_SCRIPT, ...PROBED_MODULES],
      env,
      timeoutMs: 60_000,
    });
  } catch (error) {
    if (error instanceof CommandNotFoundError) throw broken('not found');
    throw error;
  }
  const [version = '', ...lines] = result.stdout.trim().split('\n');
  if (result.exitCode !== 0 || !/^\d+\.\d+\.\d+$/.test(version.trim())) {
    throw broken(result.stderr.trim().split('\n').pop() || `exit code ${result.exitCode}`);
  }
  const modules = new Map<string, boolean>();
  for (const line of lines) {
    const [name = '', found] = line.trim().split('\t');
    modules.set(name, found === '1');
  }
  return { version: version.trim(), modules };
}

/**
 * True when `module` can be imported by the interpreter (found by `importlib.util.find_spec`, not
 * imported). A probed module of a resolved interpreter is answered without starting it again.
 */
export async function hasModule(python: PythonInfo | string, module: string, env: Env): Promise<boolean> {
  const known = typeof python === 'string' ? undefined : python.modules.get(module);
  if (known !== undefined) return known;
  const command = typeof python === 'string' ? python : python.path;
  const script = 'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec(sys.argv[1]) else 1)';
  const result = await runProcess({ command, args: ['-c', script, module], env, timeoutMs: 60_000 });
  return result.exitCode === 0;
}

/**
 * An executable installed beside the interpreter (a venv's `bin/`), else on PATH; undefined when
 * neither has it.
 */
export async function findTool(python: string, tool: string, env: Env): Promise<string | undefined> {
  const beside = path.join(path.dirname(python), tool);
  if (await which(beside, env)) return beside;
  return which(tool, env);
}

/**
 * The environment with the interpreter's venv activated (its `bin/` first on PATH, VIRTUAL_ENV
 * set) when the interpreter is a venv's, so custom gates and tools find what it installed;
 * `env` unchanged otherwise.
 */
export function activateVenv(env: Env, python: string): Env {
  const venv = path.dirname(path.dirname(python));
  if (!existsSync(path.join(venv, 'pyvenv.cfg'))) return env;
  const bin = path.dirname(python);
  return { ...env, VIRTUAL_ENV: venv, PATH: [bin, env.PATH].filter(Boolean).join(path.delimiter) };
}
