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
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ToolMissingError } from '@maint-actions/core';
import { parseFlake8, parseRuffJson } from '../parsers/lint';
import { findTool, hasModule } from '../python';
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
/** Our own directory (the `install` venv, reports) is never the project's code. */
const EXCLUDE_OURS = '--extend-exclude=.maint-actions';

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

async function runRuff(ctx: GateContext, ruff: string): Promise<GateResult> {
  const run = await runTool(ctx, 'lint', ruff, ['check', '--output-format', 'json', EXCLUDE_OURS, '.']);
  if (run.exitCode !== 0 && run.exitCode !== 1) return crashed('ruff', run);
  const findings = parseRuffJson(run.stdout, { workspace: ctx.workspace, cwd: ctx.cwd });
  return lintResult('ruff', run, findings);
}

async function runFlake8(ctx: GateContext): Promise<GateResult> {
  // `--format=default` keeps the parseable `path:line:col: CODE message` whatever the config says.
  const run = await runTool(ctx, 'lint', ctx.python.path, [
    '-m',
    'flake8',
    '--format=default',
    EXCLUDE_OURS,
    '.',
  ]);
  if (run.exitCode !== 0 && run.exitCode !== 1) return crashed('flake8', run);
  const findings = parseFlake8(run.stdout, { workspace: ctx.workspace, cwd: ctx.cwd });
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
