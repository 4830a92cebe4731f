/**
 * The lint gate: ruff (`ruff check --output-format json`) or flake8 (`python -m flake8`), run in
 * the working directory with the project's own configuration.
 *
 * `lint-tool: auto` picks ruff when the project configures it (`ruff.toml`, `.ruff.toml` or
 * `[tool.ruff]` in `pyproject.toml`), else flake8 when the interpreter has it, else ruff when it
 * is installed; with none of them the gate is skipped with a note. A project that configures
 * ruff gets ruff or a missing-tool error, never flake8 in its place.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runProcess, ToolMissingError } from '@maint-actions/core';
import { findTool, hasModule } from '@maint-actions/python-env';
import { parseFlake8, parseRuffJson } from '../parsers/lint';
import { toPosix, VENV_MARKER } from '../parsers/paths';
import {
  describeExit,
  type Gate,
  type GateContext,
  type GateResult,
  outputTail,
  runTool,
  type ToolRun,
} from './gate';

const RUFF_HINT = 'add ruff to your dev requirements (pip install ruff)';
const FLAKE8_HINT = 'add flake8 to your dev requirements (pip install flake8)';

/**
 * Directories that are never the project's code, by name anywhere in the tree: flake8's and
 * ruff's own defaults (version control, caches, build output, virtualenvs), GitLab's local
 * runner's copies (`.gitlab-ci-local`) and our own directory (the `install` venv, reports).
 * Added to the project's own excludes (`--extend-exclude`), never in their place.
 */
export const LINT_EXCLUDES: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  '.bzr',
  'CVS',
  '__pycache__',
  '.tox',
  '.nox',
  '.eggs',
  '*.egg',
  'build',
  'dist',
  'node_modules',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.venv',
  'venv',
  '.gitlab-ci-local',
  '.maint-actions',
];

/** The `--extend-exclude` value is one argument: kept well under Linux's 128 KiB per argument. */
const EXCLUDE_ARG_CHARS = 100_000;
/** Directories visited looking for virtualenvs under other names, at most. */
const VENV_SEARCH_DIRS = 20_000;

export const lintGate: Gate = {
  id: 'lint',
  name: 'lint',
  async prepare(ctx) {
    const choice = ctx.inputs.lintTool;
    if (choice === 'ruff' || (choice === 'auto' && (await ruffConfigured(ctx.cwd)))) {
      const ruff = await findTool(ctx.python.path, 'ruff', ctx.env);
      if (!ruff) throw new ToolMissingError('ruff', RUFF_HINT);
      return { run: () => runRuff(ctx, ruff) };
    }
    const flake8 = await hasModule(ctx.python, 'flake8', ctx.env);
    if (choice === 'flake8' && !flake8) throw new ToolMissingError('flake8', FLAKE8_HINT);
    if (flake8) return { run: () => runFlake8(ctx) };
    const ruff = await findTool(ctx.python.path, 'ruff', ctx.env);
    if (ruff) return { run: () => runRuff(ctx, ruff) };
    return { skip: 'no linter configured or installed (install ruff or flake8, or set lint-tool)' };
  },
};

/** True when the working directory configures ruff. */
export async function ruffConfigured(cwd: string): Promise<boolean> {
  if (existsSync(path.join(cwd, 'ruff.toml')) || existsSync(path.join(cwd, '.ruff.toml'))) return true;
  const pyproject = await readFile(path.join(cwd, 'pyproject.toml'), 'utf8').catch(() => '');
  return /^\s*\[tool\.ruff[\].]/m.test(pyproject);
}

/**
 * The `--extend-exclude` argument: {@link LINT_EXCLUDES}, every virtualenv under another name
 * (a directory with `pyvenv.cfg`) and what the project's `.gitignore` ignores (directories and
 * Python files, as git lists them; without git, the patterns of the working directory's
 * `.gitignore`). Paths are relative to the working directory, as `./dir`.
 */
export async function lintExcludes(ctx: Pick<GateContext, 'cwd' | 'env' | 'platform'>): Promise<string> {
  const ignored = await gitIgnored(ctx.cwd, ctx.env);
  const skip = new Set(ignored.map((entry) => path.resolve(ctx.cwd, entry)));
  const venvs = await findVenvs(ctx.cwd, skip);
  const entries = [...LINT_EXCLUDES];
  let length = entries.join(',').length;
  for (const entry of [...venvs, ...ignored]) {
    const shown = entry.startsWith('./') || !entry.includes('/') ? entry : `./${entry}`;
    if (/[,\n]/.test(shown) || entries.includes(shown)) continue;
    if (length + shown.length + 1 > EXCLUDE_ARG_CHARS) {
      ctx.platform.log.debug(`lint: the exclude list is cut at ${entries.length} entries`);
      break;
    }
    entries.push(shown);
    length += shown.length + 1;
  }
  return `--extend-exclude=${entries.join(',')}`;
}

/** What git ignores under `cwd` (directories without their slash, and `.py` files), relative to `cwd`. */
async function gitIgnored(cwd: string, env: GateContext['env']): Promise<string[]> {
  const listed = await runProcess({
    command: 'git',
    args: [
      'ls-files',
      '--others',
      '--ignored',
      '--exclude-standard',
      '--directory',
      '--no-empty-directory',
      '-z',
    ],
    cwd,
    env,
    timeoutMs: 60_000,
  }).catch(() => undefined);
  if (listed && listed.exitCode === 0) {
    return listed.stdout
      .split('\0')
      .filter((entry) => entry.endsWith('/') || entry.endsWith('.py'))
      .map((entry) => entry.replace(/\/$/, ''))
      .filter((entry) => entry !== '' && !LINT_EXCLUDES.includes(path.basename(entry)))
      .map((entry) => `./${entry}`);
  }
  // No git (or not a repository): the plain patterns of the project's own .gitignore.
  const text = await readFile(path.join(cwd, '.gitignore'), 'utf8').catch(() => '');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
    .map((line) => line.replace(/\/+$/, ''))
    .map((line) => (line.startsWith('/') ? `.${line}` : line))
    .filter((line) => line !== '' && line !== '.');
}

/** Directories holding a `pyvenv.cfg` under `cwd`, other than those already excluded, as `./path`. */
async function findVenvs(cwd: string, skip: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = [];
  const queue = [cwd];
  let visited = 0;
  while (queue.length > 0 && visited < VENV_SEARCH_DIRS) {
    const dir = queue.shift()!;
    visited++;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    if (dir !== cwd && entries.some((entry) => entry.isFile() && entry.name === VENV_MARKER)) {
      found.push(`./${toPosix(path.relative(cwd, dir))}`);
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || LINT_EXCLUDES.includes(entry.name) || entry.name.endsWith('.egg')) continue;
      const full = path.join(dir, entry.name);
      if (!skip.has(full)) queue.push(full);
    }
  }
  return found;
}

async function runRuff(ctx: GateContext, ruff: string): Promise<GateResult> {
  const exclude = await lintExcludes(ctx);
  const run = await runTool(ctx, 'lint', ruff, ['check', '--output-format', 'json', exclude, '.']);
  if (run.exitCode !== 0 && run.exitCode !== 1) return crashed('ruff', run);
  const findings = parseRuffJson(run.stdout, ctx.where);
  return lintResult('ruff', run, findings);
}

async function runFlake8(ctx: GateContext): Promise<GateResult> {
  const exclude = await lintExcludes(ctx);
  // `--format=default` keeps the parseable `path:line:col: CODE message` whatever the config says.
  // Beside other gates, one process: flake8's default (a process per CPU, `--jobs=auto`) starts a
  // pool that competes with them for the same CPUs and costs more CPU than it saves here.
  const jobs = ctx.gatesShareCpus ? ['--jobs=1'] : [];
  const run = await runTool(ctx, 'lint', ctx.python.path, [
    '-m',
    'flake8',
    '--format=default',
    ...jobs,
    exclude,
    '.',
  ]);
  if (run.exitCode !== 0 && run.exitCode !== 1) return crashed('flake8', run);
  const findings = parseFlake8(run.stdout, ctx.where);
  return lintResult('flake8', run, findings);
}

function lintResult(tool: string, run: ToolRun, findings: GateResult['findings']): GateResult {
  const base = { command: run.command, findings, counts: { problems: findings.length } };
  if (run.exitCode === 0) return { ...base, status: 'passed', summary: `${tool}: no problems` };
  if (findings.length === 0) return crashed(tool, run);
  return {
    ...base,
    status: 'failed',
    summary: `${tool}: ${findings.length} problem${findings.length === 1 ? '' : 's'}`,
    outputTail: outputTail(run.output),
  };
}

function crashed(tool: string, run: ToolRun): GateResult {
  return {
    command: run.command,
    status: 'error',
    summary: `${tool} failed to run (${describeExit(run)})`,
    findings: [],
    outputTail: outputTail(run.output),
  };
}
