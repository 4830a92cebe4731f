/**
 * The django-check gate: `manage.py check` (Django's system check framework) at the
 * `django-check-fail-level`, with `--deploy` when `django-check-deploy` is set.
 */
import { ToolMissingError } from '@maint-actions/core';
import { hasModule } from '@maint-actions/python-env';
import { parseDjangoCheck } from '../parsers/django-check';
import { describeExit, type Gate, type GateContext, type GateResult, outputTail, runTool } from './gate';

const HINT =
  'add Django to your requirements (pip install Django), or point the "python" input at the project\'s interpreter';

/** Both Django gates need Django in the interpreter. @throws ToolMissingError naming Django. */
export async function requireDjango(ctx: GateContext): Promise<void> {
  if (!(await hasModule(ctx.python, 'django', ctx.env))) throw new ToolMissingError('Django', HINT);
}

export const djangoCheckGate: Gate = {
  id: 'django-check',
  name: 'manage.py check',
  async prepare(ctx) {
    await requireDjango(ctx);
    return { run: () => runDjangoCheck(ctx) };
  },
};

async function runDjangoCheck(ctx: GateContext): Promise<GateResult> {
  const args = ['manage.py', 'check', '--fail-level', ctx.inputs.djangoCheckFailLevel];
  if (ctx.inputs.djangoCheckDeploy) args.push('--deploy');
  const run = await runTool(ctx, 'django-check', ctx.python.path, args);
  const parsed = parseDjangoCheck(run.output, ctx.where);
  const count = parsed.issues.length;
  const base = { command: run.command, findings: parsed.findings, counts: { issues: count } };
  const issues = `${count} issue${count === 1 ? '' : 's'}`;
  if (run.exitCode === 0) {
    return {
      ...base,
      status: 'passed',
      summary: count === 0 ? 'no issues' : `${issues} below ${ctx.inputs.djangoCheckFailLevel}`,
    };
  }
  if (count > 0) {
    return {
      ...base,
      status: 'failed',
      summary: `${issues} (fail level ${ctx.inputs.djangoCheckFailLevel})`,
      outputTail: outputTail(run.output),
    };
  }
  return {
    ...base,
    status: 'error',
    summary: `manage.py check failed before checking (${describeExit(run)})`,
    outputTail: outputTail(run.output),
  };
}
