/**
 * The import-linter gate: `lint-imports` from the project's environment (beside the
 * interpreter, else on PATH), run in the working directory with it on PYTHONPATH.
 *
 * import-linter caches the import graph in `.import_linter_cache/` of the current directory;
 * the gate keeps it in `.maint-actions/cache/import-linter` of the workspace instead
 * (`--cache-dir`), which ignores itself in git. A version without caching (before 1.3) does
 * not know the option: it is run again without it.
 */
import path from 'node:path';
import { ensureOwnDir, OWN_DIR, ToolMissingError } from '@maint-actions/core';
import { findTool } from '@maint-actions/python-env';
import { parseImportLinter } from '../parsers/import-linter';
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
  const options = { env: { ...ctx.env, PYTHONPATH: pythonPath } };
  const cacheDir = ensureOwnDir(path.join(ctx.workspace, OWN_DIR, 'cache', 'import-linter'));
  let run = await runTool(ctx, 'import-linter', tool, [`--cache-dir=${cacheDir}`], options);
  if (run.exitCode === 2 && /no such option:? .*--cache-dir/i.test(run.output)) {
    run = await runTool(ctx, 'import-linter', tool, [], options);
  }
  const parsed = parseImportLinter(run.output, ctx.where);
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
