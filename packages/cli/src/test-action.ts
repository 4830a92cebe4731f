/**
 * A tiny action for the CLI's own tests: one input of each kind, outputs, and a run that does
 * what its `outcome` input says (pass, fail, or raise a configuration error).
 */
import { type ActionDefinition, ConfigError, defineAction, defineActionRun } from '@maint-actions/core';

export const echoSpec = defineAction({
  name: 'echo-gates',
  title: 'Echo gates',
  description: 'A test action that reports the gates it was given and ends as its outcome input says.',
  inputs: {
    gates: {
      type: 'list',
      description: 'Gates to report.',
      default: ['pytest'],
      values: ['pytest', 'lint', 'django-check'],
    },
    outcome: {
      type: 'enum',
      description: 'How the run ends.',
      default: 'pass',
      values: ['pass', 'fail', 'config-error'],
    },
    verbose: { type: 'boolean', description: 'Log more.', default: false },
    retries: { type: 'number', description: 'How many times to retry.', default: 0 },
    'working-directory': { type: 'path', description: 'Where to run.', default: '.' },
    token: { type: 'string', description: 'A secret token.', secret: true },
  },
  outputs: {
    status: { description: '`passed` or `failed`.' },
    gates: { description: 'The gates, comma-separated.' },
  },
});

/** The echo action: logs its inputs, reports progress for each gate, ends as `outcome` says. */
export const echoGates: ActionDefinition = defineActionRun(echoSpec, async ({ platform, inputs }) => {
  if (inputs.outcome === 'config-error')
    throw new ConfigError('Input "outcome" asked for a configuration error.');
  platform.log.info(
    `gates: ${inputs.gates.join(',')}; verbose: ${inputs.verbose}; token: ${inputs.token ?? '-'}`,
  );
  for (const gate of inputs.gates) {
    platform.progress({ id: gate, label: gate, state: 'running' });
    platform.progress({ id: gate, label: gate, state: inputs.outcome === 'fail' ? 'failed' : 'passed' });
  }
  await platform.writeSummary('## Echo\n\n| Gate | Status |\n| --- | --- |\n| pytest | passed |\n');
  const status = inputs.outcome === 'fail' ? 'failed' : 'passed';
  return {
    verdict: status,
    summary: `${inputs.gates.length} gates ${status}`,
    outputs: { status, gates: inputs.gates.join(',') },
  };
});
