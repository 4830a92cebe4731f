/**
 * The migrations gate: `manage.py makemigrations --check --dry-run` fails when a model changed
 * without a migration; nothing is written.
 */
import { parseMakemigrationsCheck } from '../parsers/migrations';
import { requireDjango } from './django-check';
import { describeExit, type Gate, type GateContext, type GateResult, outputTail, runTool } from './gate';

export const migrationsGate: Gate = {
  id: 'migrations',
  name: 'migrations',
  async prepare(ctx) {
    await requireDjango(ctx);
    return { run: () => runMigrationsCheck(ctx) };
  },
};

async function runMigrationsCheck(ctx: GateContext): Promise<GateResult> {
  const run = await runTool(ctx, 'migrations', ctx.python.path, [
    'manage.py',
    'makemigrations',
    '--check',
    '--dry-run',
  ]);
  const parsed = parseMakemigrationsCheck(run.output, run.exitCode ?? -1, {
    workspace: ctx.workspace,
    cwd: ctx.cwd,
  });
  const missing = parsed.missing.length;
  const base = { command: run.command, findings: parsed.findings, counts: { missing } };
  if (run.exitCode === 0)
    return { ...base, status: 'passed', summary: 'no model changes without a migration' };
  if (missing > 0) {
    return {
      ...base,
      status: 'failed',
      summary: `${missing} migration${missing === 1 ? '' : 's'} missing (run makemigrations)`,
      outputTail: outputTail(run.output),
    };
  }
  return {
    ...base,
    status: 'error',
    summary: `makemigrations --check failed: ${parsed.error ?? describeExit(run)}`,
    outputTail: outputTail(run.output),
  };
}
