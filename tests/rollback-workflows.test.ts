/**
 * The GitHub rollback (issue 19): the reusable django-rollback.yml, its starter, and the automatic
 * rollback of django-deploy.yml. Static: jobs, needs, `if:` conditions, permissions, environments
 * and the inputs handed to the actions (tests/workflows.test.ts runs actionlint, action-validator
 * and the policy over every file). Run: the shell steps that pick the releases, gate the automatic
 * rollback and walk the plan are run with bash as the runner runs them (`bash -eo pipefail`), in a
 * real git repository, with the team's commands as small scripts that record their calls.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: unknown;
  environment?: { name?: string; url?: string };
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  outputs?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { default?: unknown; required?: boolean; type?: string }> }>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** A GitHub expression as written in a workflow: `${{ <text> }}`. */
const expr = (text: string) => `$${'{{'} ${text} }}`;
const load = (rel: string) => parse(readFileSync(path.join(repoRoot, rel), 'utf8')) as Workflow;
const rollback = load('.github/workflows/django-rollback.yml');
const deploy = load('.github/workflows/django-deploy.yml');
const starter = load('workflows-templates/github/django-rollback.yml');
const { plan, approval, rollback: run, postmortem } = rollback.jobs as Record<string, Job>;

function step(job: Job | undefined, match: (s: Step) => boolean): Step {
  const found = job?.steps?.find(match);
  if (!found) throw new Error('no such step');
  return found;
}
const named = (job: Job | undefined, name: string) => step(job, (s) => s.name === name);
const using = (job: Job | undefined, action: string) =>
  step(job, (s) => s.uses?.startsWith(`org/maint-actions/${action}@`) ?? false);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'maint-rollback-wf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
}

/** Runs a `run:` script as GitHub's bash shell does, with `env` and a fresh GITHUB_OUTPUT. */
async function runStep(script: string, env: Record<string, string>, cwd = dir): Promise<Ran> {
  const file = path.join(dir, `step-${Math.random().toString(36).slice(2)}.sh`);
  const output = `${file}.out`;
  await writeFile(file, script);
  await writeFile(output, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env },
  });
  const outputs: Record<string, string> = {};
  for (const line of (await readFile(output, 'utf8')).split('\n').filter(Boolean))
    outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  return { status: result.status, stdout: result.stdout + result.stderr, outputs };
}

/** A team command that appends what it was called with to calls.log and exits with `code`. */
async function recorder(name: string, vars: string[], code = 0): Promise<string> {
  const script = path.join(dir, `${name}.sh`);
  const fields = vars.map((v) => `${v}=\${${v}:-}`).join(' ');
  await writeFile(script, `#!/bin/sh\necho "${name} ${fields}" >> "${dir}/calls.log"\nexit ${code}\n`);
  await chmod(script, 0o755);
  return script;
}
const calls = async () =>
  (await readFile(path.join(dir, 'calls.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean);

describe('django-rollback.yml: the jobs', () => {
  it('plans, asks for approval only when needed, rolls back, then opens the postmortem', () => {
    expect(Object.keys(rollback.jobs)).toEqual(['plan', 'approval', 'rollback', 'postmortem']);
    expect(plan?.needs).toBeUndefined();
    expect(approval?.needs).toBe('plan');
    expect(run?.needs).toEqual(['plan', 'approval']);
    expect(postmortem?.needs).toEqual(['plan', 'rollback']);
  });

  it('gives each job the least permissions: the plan and the rollback read, only the postmortem writes', () => {
    expect(rollback.permissions).toEqual({});
    expect(plan?.permissions).toEqual({ contents: 'read' });
    expect(approval?.permissions).toEqual({});
    expect(run?.permissions).toEqual({ contents: 'read' });
    expect(postmortem?.permissions).toEqual({ issues: 'write' });
    // The plan runs the project's code: no environment, so no environment secret reaches it.
    expect(plan?.environment).toBeUndefined();
  });

  it('waits for the approval environment’s reviewers only for a plan that is not safe, never when automatic', () => {
    expect(approval?.if).toBe("needs.plan.outputs.safe != 'true' && !inputs.auto");
    expect(approval?.environment).toEqual({ name: expr('inputs.approval-environment') });
    expect(rollback.on.workflow_call?.inputs?.['approval-environment']?.default).toBe('production-rollback');
    expect(run?.if).toBe(
      "always() && needs.plan.result == 'success' && (needs.plan.outputs.safe == 'true' || needs.approval.result == 'success')",
    );
  });

  it('rolls back in the environment, in the deploy’s concurrency group, never cancelled', () => {
    expect(run?.environment?.name).toBe(expr('inputs.environment'));
    expect(run?.concurrency).toEqual({
      group: `deploy-${expr('inputs.environment')}`,
      'cancel-in-progress': false,
    });
    expect(deploy.jobs.production?.concurrency?.group?.replace('production-environment', 'environment')).toBe(
      run?.concurrency?.group,
    );
  });

  it('plans with rollback-plan over the full history, with the project’s Python', () => {
    const checkout = step(plan, (s) => s.uses?.startsWith('actions/checkout@') ?? false);
    expect(checkout.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(using(plan, 'rollback-plan').with).toEqual({
      from: expr('steps.refs.outputs.from'),
      to: expr('steps.refs.outputs.to'),
      manifests: expr('inputs.manifests'),
      'working-directory': expr('inputs.working-directory'),
      python: 'python',
      // The action installs: the input, else the `install:` of .maint-actions.yml.
      install: expr('inputs.install'),
      'settings-module': expr('inputs.settings-module'),
      'report-dir': '.maint-actions/reports/rollback-plan',
    });
    expect(plan?.steps?.some((s) => s.name === 'Install the project')).toBe(false);
  });

  it('smoke-tests the service for the commit gone back to, and opens the postmortem with the outcome', () => {
    const smoke = using(run, 'smoke-test-gate');
    expect(smoke.with?.['base-url']).toBe(expr('inputs.url'));
    expect(smoke.with?.['ready-path']).toBe(expr('inputs.ready-path'));
    expect(smoke.with?.['version-pointer']).toBe(expr('inputs.version-pointer'));
    expect(String(smoke.with?.['expect-version'])).toContain('needs.plan.outputs.to-sha');
    const issue = using(postmortem, 'checklist');
    expect(issue.with).toMatchObject({ kind: 'postmortem' });
    expect(String(issue.with?.rollback)).toContain('needs.rollback.outputs.result');
    expect(String(issue.with?.['backup-id'])).toContain('needs.plan.outputs.backup-id');
    expect(postmortem?.if).toContain('inputs.postmortem');
  });
});

describe('django-rollback.yml: the shell steps, run', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };

  it('goes back to the newest release tag before the release running, or the tag given', async () => {
    const repo = await mkdtemp(path.join(dir, 'repo-'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'one');
    git(repo, 'tag', 'v1.0.0');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'two');
    git(repo, 'tag', 'v1.1.0');
    const v110 = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'three (deployed, smoke failed, never tagged)');
    const head = git(repo, 'rev-parse', 'HEAD');
    const script = named(plan, 'The two releases').run ?? '';

    const previous = await runStep(script, { FROM: head, TO: '' }, repo);
    expect(previous.status, previous.stdout).toBe(0);
    expect(previous.outputs).toEqual({ from: head, 'from-sha': head, to: 'v1.1.0', 'to-sha': v110 });
    // Rolling back a tagged release goes to the one before it.
    expect((await runStep(script, { FROM: 'v1.1.0', TO: 'previous' }, repo)).outputs.to).toBe('v1.0.0');
    expect((await runStep(script, { FROM: head, TO: 'v1.0.0' }, repo)).outputs.to).toBe('v1.0.0');

    const first = await runStep(script, { FROM: 'v1.0.0', TO: '' }, repo);
    expect(first.status).toBe(1);
    const sha = git(repo, 'rev-parse', 'v1.0.0');
    expect(first.stdout.trim()).toBe(
      `::error::to: no release tag (v*) before ${sha}; give the to input a tag, a commit or a backup manifest`,
    );
    const unknown = await runStep(script, { FROM: 'nope', TO: '' }, repo);
    expect(unknown.stdout.trim()).toBe(
      '::error::from: nope is not a commit, tag or branch of this repository',
    );
  });

  it('redeploys the manifest’s image, or the prefix and the commit of the target', async () => {
    const script = named(plan, 'The image to redeploy').run ?? '';
    const fromPlan = await runStep(script, { PLAN_IMAGE: '1.4.1', PREFIX: 'sha-', TO_SHA: 'abc' });
    expect(fromPlan.outputs['image-tag']).toBe('1.4.1');
    const fromSha = await runStep(script, { PLAN_IMAGE: '', PREFIX: 'sha-', TO_SHA: 'abc123' });
    expect(fromSha.outputs['image-tag']).toBe('sha-abc123');
    const none = await runStep(script, { PLAN_IMAGE: '', PREFIX: 'sha-', TO_SHA: '' });
    expect(none.status).toBe(1);
    expect(none.stdout.trim()).toBe(
      '::error::the plan names no image and the target is no commit: give a backup manifest that records imageTag',
    );
  });

  it('the automatic rollback passes a safe plan and stops on any other, naming the steps', async () => {
    const gate = named(plan, 'Automatic rollback only when the plan is safe');
    expect(gate.if).toBe('inputs.auto');
    const safe = await runStep(gate.run ?? '', { SAFE: 'true', STEPS: 'redeploy:v1.1.0' });
    expect(safe.status).toBe(0);
    expect(safe.outputs).toEqual({});
    const unsafe = await runStep(gate.run ?? '', {
      SAFE: 'false',
      STEPS: 'migrate:shop:0002_order_note,restore:production/20261201T100000Z-abc1234,redeploy:v1.1.0',
    });
    expect(unsafe.status).toBe(1);
    expect(unsafe.stdout.trim()).toBe(
      '::error::Automatic rollback stopped: the plan is not a redeploy only; migrate:shop:0002_order_note,restore:production/20261201T100000Z-abc1234 needs a person (run the rollback workflow, which asks for approval).',
    );
    expect(unsafe.outputs.result).toBe(
      'automatic rollback stopped: migrate:shop:0002_order_note,restore:production/20261201T100000Z-abc1234 needs a person (run the rollback workflow)',
    );
  });

  it('runs each step of the plan through the team’s commands, in order, the redeploy last', async () => {
    await rm(path.join(dir, 'calls.log'), { force: true });
    const env = {
      STEPS:
        'migrate:shop:0002_order_note,migrate:billing:zero,restore:production/20261201T100000Z-abc1234,redeploy:v1.1.0',
      IMAGE: 'sha-abc1234',
      DEPLOY_COMMAND: `${await recorder('deploy', ['IMAGE_TAG', 'DEPLOY_ENVIRONMENT', 'DEPLOY_URL'])}`,
      MIGRATE_COMMAND: `${await recorder('migrate', ['MIGRATE_APP', 'MIGRATE_TARGET', 'DEPLOY_ENVIRONMENT'])}`,
      RESTORE_COMMAND: `${await recorder('restore', ['BACKUP_ID', 'DEPLOY_ENVIRONMENT'])}`,
      DEPLOY_ENVIRONMENT: 'production',
      DEPLOY_URL: 'https://www.example.com',
    };
    const ran = await runStep(named(run, 'Run the plan').run ?? '', env);

    expect(ran.status, ran.stdout).toBe(0);
    expect(await calls()).toEqual([
      'migrate MIGRATE_APP=shop MIGRATE_TARGET=0002_order_note DEPLOY_ENVIRONMENT=production',
      'migrate MIGRATE_APP=billing MIGRATE_TARGET=zero DEPLOY_ENVIRONMENT=production',
      'restore BACKUP_ID=production/20261201T100000Z-abc1234 DEPLOY_ENVIRONMENT=production',
      'deploy IMAGE_TAG=sha-abc1234 DEPLOY_ENVIRONMENT=production DEPLOY_URL=https://www.example.com',
    ]);
    expect(ran.outputs.done).toBe(
      'migrate:shop:0002_order_note, migrate:billing:zero, restore:production/20261201T100000Z-abc1234, redeploy:sha-abc1234',
    );
  });

  it('a safe plan is a redeploy only', async () => {
    await rm(path.join(dir, 'calls.log'), { force: true });
    const ran = await runStep(named(run, 'Run the plan').run ?? '', {
      STEPS: 'redeploy:v1.1.0',
      IMAGE: 'sha-abc1234',
      DEPLOY_COMMAND: await recorder('deploy', ['IMAGE_TAG']),
      MIGRATE_COMMAND: await recorder('migrate', ['MIGRATE_APP']),
      RESTORE_COMMAND: '',
    });
    expect(ran.status, ran.stdout).toBe(0);
    expect(await calls()).toEqual(['deploy IMAGE_TAG=sha-abc1234']);
  });

  it('stops at a step whose command is missing or fails, and runs nothing after it', async () => {
    await rm(path.join(dir, 'calls.log'), { force: true });
    const steps = 'migrate:shop:0002_order_note,restore:production/20261201T100000Z-abc1234,redeploy:v1.1.0';
    const script = named(run, 'Run the plan').run ?? '';
    const noRestore = await runStep(script, {
      STEPS: steps,
      IMAGE: 'sha-abc1234',
      DEPLOY_COMMAND: await recorder('deploy', ['IMAGE_TAG']),
      MIGRATE_COMMAND: await recorder('migrate', ['MIGRATE_APP']),
      RESTORE_COMMAND: '',
    });
    expect(noRestore.status).toBe(1);
    expect(noRestore.stdout.trim()).toBe(
      '::error::plan step restore:production/20261201T100000Z-abc1234 needs the restore-command input, nothing was run for it',
    );
    expect(await calls()).toEqual(['migrate MIGRATE_APP=shop']);
    expect(noRestore.outputs.done).toBe('migrate:shop:0002_order_note');

    await rm(path.join(dir, 'calls.log'), { force: true });
    const failing = await runStep(script, {
      STEPS: steps,
      IMAGE: 'sha-abc1234',
      DEPLOY_COMMAND: await recorder('deploy', ['IMAGE_TAG']),
      MIGRATE_COMMAND: await recorder('migrate', ['MIGRATE_APP'], 3),
      RESTORE_COMMAND: await recorder('restore', ['BACKUP_ID']),
    });
    expect(failing.status).toBe(3);
    expect(await calls()).toEqual(['migrate MIGRATE_APP=shop']);
  });

  it('the outcome line says what ran and how the smoke test ended', async () => {
    const script = named(run, 'The outcome').run ?? '';
    const ok = await runStep(script, { DONE: 'redeploy:sha-abc', STEPS_OUTCOME: 'success', SMOKE: 'passed' });
    expect(ok.outputs.result).toBe('ran redeploy:sha-abc; smoke test passed');
    const broke = await runStep(script, { DONE: 'migrate:shop:0002', STEPS_OUTCOME: 'failure', SMOKE: '' });
    expect(broke.outputs.result).toBe('ran migrate:shop:0002, then failed (see the run)');
  });
});

describe('django-deploy.yml: the automatic rollback', () => {
  const inputs = deploy.on.workflow_call?.inputs ?? {};
  const job = deploy.jobs.rollback;

  it('is off by default and runs only after production’s smoke test failed', () => {
    expect(inputs['auto-rollback']).toMatchObject({ type: 'boolean', default: false });
    expect(job?.needs).toBe('production');
    expect(job?.if).toBe(
      "always() && inputs.auto-rollback && needs.production.result == 'failure' && needs.production.outputs.smoke-status == 'failed'",
    );
    expect(deploy.jobs.production?.outputs?.['smoke-status']).toBe(expr('steps.smoke.outputs.status'));
  });

  it('calls the rollback workflow automatic (a safe plan only) and without its own postmortem', () => {
    expect(job?.uses).toBe('org/maint-actions/.github/workflows/django-rollback.yml@v1');
    expect(job?.with).toMatchObject({ auto: true, postmortem: false });
    expect(job?.with?.['deploy-command']).toBe(expr('inputs.deploy-command'));
    expect(job?.with?.from).toBe(expr('inputs.ref || github.sha'));
    // The smoke test of the rollback reads the health answer as the deploy's does (one config).
    expect(job?.with?.['ready-path']).toBe(expr('inputs.ready-path'));
    expect(job?.with?.['version-pointer']).toBe(expr('inputs.version-pointer'));
    expect(job?.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('the postmortem waits for the rollback and says what it did', () => {
    const issue = using(deploy.jobs.postmortem, 'checklist');
    expect(String(issue.with?.rollback)).toContain('needs.rollback.outputs.result');
  });
});

describe('the rollback starter', () => {
  it('is dispatched by hand with the environment and the target, previous release by default', () => {
    const dispatch = starter.on.workflow_dispatch?.inputs ?? {};
    expect(Object.keys(dispatch)).toEqual(['environment', 'target']);
    expect(dispatch.environment).toMatchObject({ type: 'choice', default: 'production' });
    expect(dispatch.target).toMatchObject({ type: 'string', default: 'previous' });
    const call = starter.jobs.rollback;
    expect(call?.uses).toBe('org/maint-actions/.github/workflows/django-rollback.yml@v1');
    expect(call?.with?.to).toBe(expr('inputs.target'));
    expect(call?.with?.environment).toBe(expr('inputs.environment'));
    expect(call?.permissions).toEqual({ contents: 'read', issues: 'write' });
  });
});
