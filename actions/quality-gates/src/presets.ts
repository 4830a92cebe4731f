/**
 * quality-gates' policy presets (`relaxed`, `standard`, `strict`), as data; core holds the
 * policy model and loading, and quality-gates hands these to `loadPolicy`. Each is versioned with the tool's major: within a major
 * a preset only relaxes or adds `warn` gates; it enforces more only in the next major. Every
 * gate entry notes the release that introduced the gate, and `rolloutProblems` (checked by the
 * tests for every preset) keeps a gate introduced in a minor release at `warn` until then.
 */
import { type GatePolicy, type PolicyPresets, type PolicySection, presetPolicy } from '@maint-actions/core';

/** The release that introduced the first gates. */
const FIRST = '1.0.0';

const enforce = (since: string): GatePolicy => ({ mode: 'enforce', since });
const warn = (since: string): GatePolicy => ({ mode: 'warn', since });
const off = (since: string): GatePolicy => ({ mode: 'off', since });

const preset = (name: string, description: string, qualityGates: PolicySection) =>
  presetPolicy(name, description, { 'quality-gates': qualityGates });

/** The presets by name. */
export const QUALITY_GATES_PRESETS: PolicyPresets = {
  relaxed: preset(
    'relaxed',
    'For a service adopting the gates: tests, Django checks and migrations block; import contracts warn; lint and the PR/MR checks are off.',
    {
      gates: {
        pytest: enforce(FIRST),
        'import-linter': warn(FIRST),
        'django-check': enforce(FIRST),
        migrations: enforce(FIRST),
        lint: off(FIRST),
        'change-flow': off(FIRST),
      },
      inputs: { 'django-check-fail-level': 'ERROR', 'django-check-deploy': false },
    },
  ),
  standard: preset(
    'standard',
    'The default gates enforced, and lint and the PR/MR checks reported as warnings.',
    {
      gates: {
        pytest: enforce(FIRST),
        'import-linter': enforce(FIRST),
        'django-check': enforce(FIRST),
        migrations: enforce(FIRST),
        lint: warn(FIRST),
        'change-flow': warn(FIRST),
      },
      inputs: { 'django-check-fail-level': 'ERROR', 'django-check-deploy': false },
    },
  ),
  strict: preset(
    'strict',
    'Every gate enforced; manage.py check fails on warnings and runs the deployment checklist.',
    {
      gates: {
        pytest: enforce(FIRST),
        'import-linter': enforce(FIRST),
        'django-check': enforce(FIRST),
        migrations: enforce(FIRST),
        lint: enforce(FIRST),
        'change-flow': enforce(FIRST),
      },
      inputs: { 'django-check-fail-level': 'WARNING', 'django-check-deploy': true },
    },
  ),
};
