import { defineAction } from '@maint-actions/core';
import { installInput, pythonProjectInputs } from '@maint-actions/python-env';

/** The built-in gates, in the order they are reported. */
export const GATES = [
  'pytest',
  'import-linter',
  'django-check',
  'migrations',
  'lint',
  'change-flow',
] as const;
export type GateName = (typeof GATES)[number];

export const spec = defineAction({
  name: 'quality-gates',
  title: 'Quality gates',
  description:
    'Run the quality gates of a Django service (pytest, import-linter, manage.py check, migrations drift, lint and custom gates) in parallel and report them as one.',
  branding: { icon: 'check-circle', color: 'green' },
  inputs: {
    gates: {
      type: 'list',
      description:
        'Built-in gates to run, comma-separated: `pytest`, `import-linter`, `django-check`, `migrations`, `lint`, `change-flow` (the PR/MR checks: description sections, docs for API changes, deployment notes for migrations). Unset: the gates the policy runs, else the default.',
      default: ['pytest', 'import-linter', 'django-check', 'migrations'],
      values: GATES,
    },
    warn: {
      type: 'list',
      description:
        'Gates that only warn: their failures are reported but do not fail the verdict, and a missing tool makes them skipped instead of a configuration error. Names from `gates` or custom gates; they add to the gates the policy makes warn, and a value given here (workflow, component, `--warn`) adds to the `warn` list of `.maint-actions.yml`.',
      default: [],
      combine: 'add',
    },
    enforce: {
      type: 'list',
      description:
        'Built-in gates that fail the verdict even where the policy makes them warn (or turns them off), comma-separated. A value given here adds to the `enforce` list of `.maint-actions.yml`.',
      default: [],
      values: GATES,
      combine: 'add',
    },
    policy: {
      type: 'string',
      description:
        "Quality policy: a preset (`relaxed`, `standard`, `strict`) or the path of a policy file relative to the workspace, such as `./.platform/policy.yml`. It sets each gate's mode and the thresholds `django-check-fail-level`, `django-check-deploy` and `required-sections` where the inputs leave them unset. Unset: the top-level `policy:` of `.maint-actions.yml`; without one, no policy.",
    },
    'custom-gates': {
      type: 'string',
      description:
        'Extra gates, one per line as `name: command`. Each command is run with `sh -c` in the working directory; it passes when it exits 0.',
    },
    ...pythonProjectInputs({ project: 'django', python: 'Python interpreter.', installVenv: true }),
    'settings-module': {
      type: 'string',
      description:
        'Django settings module (`DJANGO_SETTINGS_MODULE`) for every gate. Unset: the project default.',
    },
    ...installInput(),
    concurrency: {
      type: 'number',
      description: 'How many gates run at once. 0 means the number of CPUs.',
      default: 0,
    },
    'timeout-minutes': {
      type: 'number',
      description: 'Timeout of each gate, in minutes; the gate process tree is killed when it runs out.',
      default: 30,
    },
    'pytest-args': {
      type: 'string',
      description: 'Extra arguments for pytest, split like a shell would split them (no shell runs).',
    },
    'pytest-workers': {
      type: 'string',
      description:
        'pytest processes with pytest-xdist (`pytest -n`): `auto` runs one per CPU left after the short gates (all CPUs when pytest runs alone, at least 2), `0` runs one process, a number runs that many. `auto` without pytest-xdist installed runs one process and says so in the report; a number without it is a configuration error. Left alone when `pytest-args` sets `-n`.',
      default: 'auto',
    },
    'django-check-deploy': {
      type: 'boolean',
      description: 'Run `manage.py check --deploy` (the deployment checklist).',
      default: false,
    },
    'django-check-fail-level': {
      type: 'enum',
      description: 'Message level that fails `manage.py check` (its `--fail-level`).',
      default: 'ERROR',
      values: ['CRITICAL', 'ERROR', 'WARNING', 'INFO', 'DEBUG'],
    },
    'lint-tool': {
      type: 'enum',
      description: 'Linter for the `lint` gate: `auto` picks ruff when configured, then flake8.',
      default: 'auto',
      values: ['auto', 'ruff', 'flake8'],
    },
    'shard-index': {
      type: 'number',
      description:
        'This shard (1-based) when pytest is split across jobs. On GitLab `CI_NODE_INDEX` of `parallel:` is used when unset.',
    },
    'shard-total': {
      type: 'number',
      description: 'Number of shards. On GitLab `CI_NODE_TOTAL` of `parallel:` is used when unset.',
    },
    mode: {
      type: 'enum',
      description:
        '`run` runs the gates; `merge` combines the JUnit files of shards (`merge-files`) into one report.',
      default: 'run',
      values: ['run', 'merge'],
    },
    'merge-files': {
      type: 'string',
      description:
        'In `merge` mode: JUnit files or glob patterns of the shards, comma- or newline-separated.',
    },
    'pr-body': {
      type: 'string',
      description:
        "For `change-flow`: the PR/MR description. Unset: the event payload's `pull_request.body` on GitHub, `CI_MERGE_REQUEST_DESCRIPTION` on GitLab.",
    },
    'pr-labels': {
      type: 'list',
      description:
        "For `change-flow`: the PR/MR labels, comma-separated. Unset: the event payload's labels on GitHub, `CI_MERGE_REQUEST_LABELS` on GitLab.",
    },
    'base-ref': {
      type: 'string',
      description:
        'For `change-flow`: the branch or commit the change is compared with. Unset: the PR base / MR target branch; outside a PR/MR the gate is skipped.',
    },
    'required-sections': {
      type: 'list',
      description:
        'For `change-flow`: the sections (`##` or `###` headings, any case) the PR/MR description must fill.',
      default: ['Summary', 'Tests run', 'Risks'],
    },
    schema: {
      type: 'path',
      description:
        'For `change-flow`: the committed OpenAPI schema, relative to the working directory; a change to it means the API changed.',
      default: 'schema.yml',
    },
    'api-changes': {
      type: 'number',
      description:
        'For `change-flow`: the `changes` output of generate-openapi; more than 0 means the API changed.',
    },
    'docs-paths': {
      type: 'list',
      description:
        'For `change-flow`: where the documentation lives, relative to the repository root; an API change must change a file there.',
      default: ['docs/'],
    },
    'waive-label': {
      type: 'string',
      description: 'For `change-flow`: a PR/MR label that waives the docs requirement of an API change.',
      default: 'no-docs-needed',
    },
    'report-dir': {
      type: 'path',
      description:
        'Directory for the reports (JSON, JUnit, Code Quality, SARIF, summary). Default `.maint-actions/reports/quality-gates`.',
    },
    // Issue 20: one `gates` list for GitHub's one job and GitLab's lint and test jobs.
    'gate-stage': {
      type: 'enum',
      description:
        "Run only the gates of one stage, of those `gates` (or `.maint-actions.yml`, or the policy) says run: `lint` (`django-check`, `migrations`, `lint`, `change-flow`), `test` (`pytest`, `import-linter` and the custom gates), or `all`. GitLab's pipeline component runs its lint job with `lint` and its test job with `test`, so one `gates:` list in `.maint-actions.yml` runs the same gates on both platforms. Gates named by the `gates` input of this very job run whatever their stage.",
      default: 'all',
      values: ['all', 'lint', 'test'],
    },
  },
  outputs: {
    'failed-gates': { description: 'Comma-separated names of the enforced gates that failed.' },
    report: { description: 'Path of the JSON report.' },
    junit: { description: 'Path of the JUnit XML report.' },
    summary: { description: 'One line, such as `4 gates: 3 passed, 1 failed (pytest)`.' },
  },
});

export type QualityGatesSpec = typeof spec;
