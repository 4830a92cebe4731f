/**
 * The import-linter gate: `lint-imports` from the project's environment (beside the
 * interpreter, else on PATH), run in the working directory with it on PYTHONPATH.
 */
import path from 'node:path';
import { ToolMissingError } from '@maint-actions/core';
import { parseImportLinter } from '../parsers/import-linter';
import { findTool } from '../python';
import { describeExit, type Gate, type GateContext, type GateResult, outputTail, runTool } from './gate';

const HINT = 'add import-linter to your dev requirements (pip install import-linter)';

export const importLinterGate: Gate = {
  id: 'import-linter',
  name: 'import-linter',
  async prepare(ctx) {
    const tool = await findTool(ctx.python.path, 'lint-imports', ctx.env);
    if (!tool) throw new ToolMissingError('import-linter', HINT);
    return { run: () => runImportLinter(ctx, tool) };
  },
};

async function runImportLinter(ctx: GateContext, tool: string): Promise<GateResult> {
  const pythonPath = [ctx.cwd, ctx.env.PYTHONPATH].filter(Boolean).join(path.delimiter);
  const run = await runTool(ctx, 'import-linter', tool, [], { env: { ...ctx.env, PYTHONPATH: pythonPath } });
  const parsed = parseImportLinter(run.output, { workspace: ctx.workspace, cwd: ctx.cwd });
  const base = {
    command: run.command,
    findings: parsed.findings,
    counts: { kept: parsed.kept, broken: parsed.broken },
  };
  if (parsed.configError) {
    return {
      ...base,
      status: 'error',
      summary: `configuration error: ${parsed.configError}`,
      outputTail: outputTail(run.output),
    };
  }
  if (run.exitCode === 0) return { ...base, status: 'passed', summary: `${parsed.kept} contracts kept` };
  if (parsed.broken > 0) {
    return {
      ...base,
      status: 'failed',
      summary: `${parsed.broken} broken, ${parsed.kept} kept`,
      outputTail: outputTail(run.output),
    };
  }
  return {
    ...base,
    status: 'error',
    summary: `lint-imports failed without a broken contract (${describeExit(run)})`,
    outputTail: outputTail(run.output),
  };
}
