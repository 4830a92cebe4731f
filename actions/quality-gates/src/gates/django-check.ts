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

/**
 * A gate of Django's `manage.py` (this one and migrations): `prepare` checks that the interpreter
 * has Django (@throws ToolMissingError naming it), then the gate is `run`.
 */
export function djangoGate(id: string, name: string, run: (ctx: GateContext) => Promise<GateResult>): Gate {
  return {
    id,
    name,
    async prepare(ctx) {
      if (!(await hasModule(ctx.python, 'django', ctx.env))) throw new ToolMissingError('Django', HINT);
      return { run: () => run(ctx) };
    },
  };
}

export const djangoCheckGate: Gate = djangoGate('django-check', 'manage.py check', runDjangoCheck);

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
