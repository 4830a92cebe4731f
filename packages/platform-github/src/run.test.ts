import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, defineAction, defineActionRun } from '@maint-actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { branchRefWarning, isEntryScript, runGithubAction } from './run';
import { type RunnerFiles, setUpRunner } from './runner.fixture';

const spec = defineAction({
  name: 'demo-gate',
  title: 'Demo gate',
  description: 'A gate that passes or fails on request.',
  inputs: {
    outcome: {
      type: 'enum',
      values: ['pass', 'fail', 'misconfigured'],
      default: 'pass',
      description: 'What to do.',
    },
    'api-token': { type: 'string', secret: true, description: 'A token the gate logs by mistake.' },
  },
  outputs: { status: { description: 'passed or failed' } },
});

const demo = defineActionRun(spec, async ({ inputs, platform }) => {
  if (inputs.outcome === 'misconfigured') {
    throw new ConfigError('Input "outcome" asks for a misconfiguration: set it to pass or fail.', {
      input: 'outcome',
    });
  }
  if (inputs.apiToken) platform.log.info(`calling the API with ${inputs.apiToken}`);
  const verdict = inputs.outcome === 'pass' ? 'passed' : 'failed';
  return { verdict, summary: `1 gate ${verdict}`, outputs: { status: verdict } };
});

const summaryFile = path.join(os.tmpdir(), `platform-github-run-summary-${process.pid}.md`);
let runner: RunnerFiles;
beforeEach(async () => {
  runner = await setUpRunner(summaryFile);
});
afterEach(async () => {
  process.exitCode = undefined;
  await runner.dispose();
});

/** Workflow-command lines (`::name ...::`), without the debug ones. */
const commands = (): string[] =>
  runner
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('::') && !l.startsWith('::debug'));

describe('runGithubAction', () => {
  it('passes: writes the outputs and leaves the exit code unset', async () => {
    await runGithubAction(demo);
    expect(await runner.outputs()).toEqual([['status', 'passed']]);
    expect(process.exitCode).toBeUndefined();
    expect(commands()).toEqual([]);
  });

  it('fails on a failed verdict: exit code 1, the summary and one setFailed line as errors', async () => {
    vi.stubEnv('INPUT_OUTCOME', 'fail');
    await runGithubAction(demo);
    expect(await runner.outputs()).toEqual([['status', 'failed']]);
    expect(process.exitCode).toBe(1);
    expect(commands()).toEqual([
      '::error::1 gate failed',
      '::error::Demo gate failed (see the report above)',
    ]);
  });

  it('reports a ConfigError in one line, without a stack, with exit code 2', async () => {
    vi.stubEnv('INPUT_OUTCOME', 'misconfigured');
    await runGithubAction(demo);
    expect(process.exitCode).toBe(2);
    expect(commands()).toEqual([
      '::error::Input "outcome" asks for a misconfiguration: set it to pass or fail.',
      '::error::Demo gate: configuration error (see the message above)',
    ]);
    expect(runner.stdout()).not.toMatch(/\n\s+at /);
    expect(await runner.outputs()).toEqual([['status', 'failed']]);
  });

  it('rejects a bad input value, naming the input and what it accepts', async () => {
    vi.stubEnv('INPUT_OUTCOME', 'maybe');
    await runGithubAction(demo);
    expect(process.exitCode).toBe(2);
    expect(commands()[0]).toBe(
      '::error::Input "outcome" must be one of pass, fail, misconfigured (got "maybe").',
    );
  });

  it('reads the action section of .maint-actions.yml in the workspace; explicit inputs win', async () => {
    await writeFile(path.join(runner.workspace, '.maint-actions.yml'), 'demo-gate:\n  outcome: fail\n');
    await runGithubAction(demo);
    expect(process.exitCode).toBe(1);
    vi.stubEnv('INPUT_OUTCOME', 'pass');
    process.exitCode = undefined;
    await runGithubAction(demo);
    expect(process.exitCode).toBeUndefined();
    expect(await runner.outputs()).toEqual([
      ['status', 'failed'],
      ['status', 'passed'],
    ]);
  });

  it('treats an unreadable config file as a configuration error (exit 2, one line)', async () => {
    await writeFile(path.join(runner.workspace, '.maint-actions.yml'), 'demo-gate: [unclosed\n');
    await runGithubAction(demo);
    expect(process.exitCode).toBe(2);
    const errors = commands();
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^::error::\.maint-actions\.yml:2: invalid YAML: /);
    expect(errors[1]).toBe('::error::Demo gate: configuration error (see the message above)');
    expect(runner.stdout()).not.toMatch(/\n\s+at /);
    expect(await runner.outputs()).toEqual([['status', 'failed']]);
  });

  it("stops on a typo in another action's section before running, naming the line and the key meant", async () => {
    await writeFile(
      path.join(runner.workspace, '.maint-actions.yml'),
      'demo-gate:\n  outcome: pass\nsmoke-test-gate:\n  ready-pth: /api/healthz\n',
    );
    await runGithubAction(demo);
    expect(process.exitCode).toBe(2);
    expect(commands()).toEqual([
      '::error::.maint-actions.yml:4: smoke-test-gate.ready-pth is not an input of smoke-test-gate; did you mean "ready-path"?',
      '::error::Demo gate: configuration error (see the message above)',
    ]);
    expect(await runner.outputs()).toEqual([['status', 'failed']]);
  });

  it('masks a secret input before the action runs', async () => {
    const token = 'tok_live_8fJ2kLmN0pQ';
    vi.stubEnv('INPUT_API-TOKEN', token);
    await runGithubAction(demo);
    const stdout = runner.stdout();
    expect(stdout.split('\n')[0]).toBe(`::add-mask::${token}`);
    expect(stdout).toContain('calling the API with ***\n');
    expect(stdout.split('\n').slice(1).join('\n')).not.toContain(token);
  });
});

describe('branchRefWarning', () => {
  it.each(['v1', 'v1.4', 'v1.4.2', 'v2.0.0-rc.1', '1.4.2', 'a'.repeat(40), ''])(
    'stays quiet at %j',
    (ref) => {
      expect(
        branchRefWarning({ GITHUB_ACTION_REF: ref, GITHUB_ACTION_REPOSITORY: 'acme/maint-actions' }),
      ).toBeUndefined();
    },
  );

  it.each(['main', 'release/v1', 'v1-dev', 'abc123'])('warns at the branch %j', (ref) => {
    expect(branchRefWarning({ GITHUB_ACTION_REF: ref, GITHUB_ACTION_REPOSITORY: 'acme/maint-actions' })).toBe(
      `This action runs at the branch "${ref}" of acme/maint-actions, which changes with every push: pin a major tag such as @v1 (fixes, new gates only as warnings), or @v1.4.2 or a commit SHA for exactly this code.`,
    );
  });

  it('reads the ref from the action path when GITHUB_ACTION_REF is unset', () => {
    const env = { GITHUB_ACTION_PATH: '/home/runner/work/_actions/acme/maint-actions/main/quality-gates' };
    expect(branchRefWarning(env)).toMatch(/^This action runs at the branch "main" of this repository,/);
    expect(
      branchRefWarning({
        GITHUB_ACTION_PATH: '/home/runner/work/_actions/acme/maint-actions/v1/quality-gates',
      }),
    ).toBeUndefined();
  });
});

describe('runGithubAction at a branch', () => {
  it('writes a warning annotation and still runs the action', async () => {
    vi.stubEnv('GITHUB_ACTION_REF', 'main');
    vi.stubEnv('GITHUB_ACTION_REPOSITORY', 'acme/maint-actions');
    await runGithubAction(demo);
    expect(commands()).toEqual([
      '::warning title=Unpinned action::This action runs at the branch "main" of acme/maint-actions, which changes with every push: pin a major tag such as @v1 (fixes, new gates only as warnings), or @v1.4.2 or a commit SHA for exactly this code.',
    ]);
    expect(await runner.outputs()).toEqual([['status', 'passed']]);
  });

  it('says nothing at a version tag', async () => {
    vi.stubEnv('GITHUB_ACTION_REF', 'v1');
    await runGithubAction(demo);
    expect(commands()).toEqual([]);
  });
});

describe('isEntryScript', () => {
  it('is true for the script node runs (as the runner runs a bundle), also through a link', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entry-script-'));
    try {
      const bundle = path.join(dir, 'index.js');
      await writeFile(bundle, '');
      await symlink(bundle, path.join(dir, 'linked.js'));
      expect(isEntryScript(pathToFileURL(bundle).href, bundle)).toBe(true);
      expect(isEntryScript(pathToFileURL(bundle).href, path.join(dir, 'linked.js'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is false when another program imports the entry (@github/local-action, a test)', () => {
    const entry = pathToFileURL(path.join(import.meta.dirname, 'run.ts')).href;
    expect(isEntryScript(entry, path.join(import.meta.dirname, 'platform.ts'))).toBe(false);
    expect(isEntryScript(entry, undefined)).toBe(false);
    expect(isEntryScript('data:text/javascript,0', '/bin/sh')).toBe(false);
    expect(isEntryScript(entry, process.argv[1])).toBe(false);
  });
});
