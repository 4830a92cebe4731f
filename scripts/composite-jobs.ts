/**
 * The `MAINT_INPUT_*` variables of the two hand-written multi-job components,
 * templates/pipeline.yml and templates/maintenance.yml, declared here and written by
 * `pnpm generate` (scripts/generate.ts, `updateCompositeTemplate`). The rest of each job (stage,
 * rules, script, artifacts, other variables) stays written by hand in the template.
 *
 * One entry per job, keyed by the job name after `$[[ inputs.job-prefix ]]-`: the action it runs
 * and, in order, the action inputs it sets. A value is a component input (`input('x')`, written
 * `$[[ inputs.x ]]`) or a constant (a CI variable such as `$CI_COMMIT_SHA`, or text). The
 * generator checks each entry against the action's spec and the template: an unknown action
 * input (a rename), a mandatory action input left out, an unknown component input, a job missing
 * from the template or a template job that sets MAINT_INPUT_* without an entry here fails
 * `pnpm generate` with one line. Inputs not listed are left to `.maint-actions.yml` or the default.
 */

/** An action input's value in a job: a YAML scalar, with an optional comment line above it. */
export interface JobValue {
  readonly value: string;
  readonly note?: string;
}

export interface CompositeJob {
  /** The action the job runs (`maint-actions <action>`). */
  readonly action: string;
  /** Action input -> value, in the order the variables are written. */
  readonly inputs: Readonly<Record<string, string | JobValue>>;
}

/** A component input's reference, as GitLab interpolates it. */
export function input(name: string): string {
  return `$[[ inputs.${name} ]]`;
}

/** Template file (under templates/) -> its jobs. */
export const COMPOSITE_JOBS: Readonly<Record<string, Readonly<Record<string, CompositeJob>>>> = {
  'pipeline.yml': {
    lint: {
      action: 'quality-gates',
      inputs: {
        gates: input('lint-gates'),
        'gate-stage': 'lint',
        warn: input('warn-gates'),
        'working-directory': input('working-directory'),
        python: input('python'),
        'report-dir': '.maint-actions/reports/lint',
      },
    },
    test: {
      action: 'quality-gates',
      inputs: {
        gates: input('test-gates'),
        'gate-stage': 'test',
        warn: input('warn-gates'),
        'pytest-workers': input('pytest-workers'),
        'working-directory': input('working-directory'),
        python: input('python'),
        'report-dir': '.maint-actions/reports/test',
      },
    },
    'dependency-audit': {
      action: 'dependency-audit',
      inputs: {
        requirements: input('requirements'),
        'working-directory': input('working-directory'),
        python: input('python'),
        'tracking-issue': 'false',
      },
    },
    schema: {
      action: 'generate-openapi',
      inputs: {
        'working-directory': input('working-directory'),
        python: input('python'),
        schema: input('schema'),
      },
    },
    'deploy-staging': {
      action: 'backup-before-deploy',
      inputs: {
        'database-url': input('staging-database-url'),
        destination: input('backup-destination'),
        environment: 'staging',
        'image-tag': '$CI_COMMIT_SHORT_SHA',
        'report-dir': '.maint-actions/reports/backup-staging',
      },
    },
    smoke: {
      action: 'smoke-test-gate',
      inputs: {
        'base-url': input('staging-url'),
        checks: input('smoke-checks'),
        'expect-version': '$CI_COMMIT_SHA',
        'version-pointer': input('version-pointer'),
        'ready-path': input('ready-path'),
        'ready-timeout': input('smoke-ready-timeout'),
        'auth-header': input('smoke-auth-header'),
      },
    },
    'deploy-production': {
      action: 'backup-before-deploy',
      inputs: {
        'database-url': input('production-database-url'),
        destination: input('backup-destination'),
        environment: 'production',
        'image-tag': '$CI_COMMIT_SHORT_SHA',
        'report-dir': '.maint-actions/reports/backup-production',
      },
    },
    'smoke-production': {
      action: 'smoke-test-gate',
      inputs: {
        'base-url': input('production-url'),
        checks: input('production-smoke-checks'),
        'expect-version': '$CI_COMMIT_SHA',
        'version-pointer': input('version-pointer'),
        'ready-path': input('ready-path'),
        'ready-timeout': input('smoke-ready-timeout'),
        'auth-header': input('production-smoke-auth-header'),
        'report-dir': '.maint-actions/reports/smoke-production',
      },
    },
    // create-release is set by the script (false without a token).
    'tag-release': {
      action: 'tag-release',
      inputs: {
        token: input('release-token'),
        'git-remote': input('release-git-remote'),
      },
    },
    // version is set by the script, from tag-release's dotenv report.
    'publish-schema': {
      action: 'publish-schema',
      inputs: {
        schema: `${input('working-directory')}/${input('schema')}`,
        targets: input('publish-targets'),
        token: input('release-token'),
      },
    },
    // The manual rollback and the automatic one run the same script (issue 19); smoke-test-gate's
    // inputs after the plan are set by that script, under their own report folder.
    rollback: {
      action: 'rollback-plan',
      inputs: {
        from: '$CI_COMMIT_SHA',
        to: input('rollback-to'),
        manifests: input('rollback-manifests'),
        'working-directory': input('working-directory'),
        python: input('python'),
        'report-dir': '.maint-actions/reports/rollback-plan',
      },
    },
    'auto-rollback': {
      action: 'rollback-plan',
      inputs: {
        from: '$CI_COMMIT_SHA',
        to: input('rollback-to'),
        manifests: input('rollback-manifests'),
        'working-directory': input('working-directory'),
        python: input('python'),
        'report-dir': '.maint-actions/reports/rollback-plan',
      },
    },
    // backup-id, failed-checks and rollback are set by the script, from the dotenv reports before it.
    postmortem: {
      action: 'checklist',
      inputs: {
        kind: 'postmortem',
        environment: 'production',
        'deployed-image': '$CI_COMMIT_SHORT_SHA',
        token: input('issue-token'),
      },
    },
  },
  'maintenance.yml': {
    'weekly-gates': {
      action: 'quality-gates',
      inputs: {
        gates: input('gates'),
        'working-directory': input('working-directory'),
        python: input('python'),
      },
    },
    'weekly-usage-alert': {
      action: 'usage-alert',
      inputs: {
        command: input('usage-command'),
        'working-directory': input('working-directory'),
        threshold: input('usage-threshold'),
        token: input('issue-token'),
      },
    },
    'weekly-latency': {
      action: 'smoke-test-gate',
      inputs: {
        'base-url': input('production-url'),
        checks: input('production-checks'),
        'auth-header': input('production-auth-header'),
        samples: { value: '5', note: 'Several samples per check, for a p95 worth reading.' },
        'ready-timeout': '60',
      },
    },
    'weekly-checklist': {
      action: 'checklist',
      inputs: { cadence: 'weekly', token: input('issue-token') },
    },
    'monthly-audit': {
      action: 'dependency-audit',
      inputs: {
        requirements: input('requirements'),
        'working-directory': input('working-directory'),
        python: input('python'),
        outdated: 'true',
        'tracking-issue': 'true',
        token: input('issue-token'),
      },
    },
    'monthly-restore-drill': {
      action: 'restore',
      inputs: {
        'latest-in': input('restore-drill-from'),
        'target-database-url': input('restore-drill-database-url'),
        confirm: input('restore-drill-confirm'),
      },
    },
    'monthly-checklist': {
      action: 'checklist',
      inputs: { cadence: 'monthly', items: input('monthly-checklist'), token: input('issue-token') },
    },
    'quarterly-access-review': {
      action: 'access-review',
      inputs: {
        command: input('access-command'),
        'working-directory': input('working-directory'),
        tokens: input('service-tokens'),
        token: input('issue-token'),
      },
    },
    'quarterly-contracts': {
      action: 'quality-gates',
      inputs: {
        gates: 'import-linter',
        'working-directory': input('working-directory'),
        python: input('python'),
        'report-dir': '.maint-actions/reports/architecture-contracts',
      },
    },
    'quarterly-checklist': {
      action: 'checklist',
      inputs: { cadence: 'quarterly', items: input('quarterly-checklist'), token: input('issue-token') },
    },
  },
};
