/**
 * One config for both platforms (issue 20), checked statically and by running the workflows'
 * own shell: the reusable workflows and templates/pipeline.yml leave the health path, the
 * version pointer and the gate modes to `.maint-actions.yml` (or the same action defaults), the
 * default gates are the same on both, the Python version defaults to the project's own on
 * GitHub, and the GitLab jobs that run the project install it as the `install` input says.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, systemPython, writeTinyWheel } from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { spec as qualityGates } from '../actions/quality-gates/src/spec';
import { spec as smokeTestGate } from '../actions/smoke-test-gate/src/spec';

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}
interface Workflow {
  readonly on: { workflow_call: { inputs: Record<string, { default?: unknown }> } };
  readonly jobs: Record<string, { steps?: Step[] }>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(path.join(repoRoot, '.github', 'workflows', name), 'utf8')) as Workflow;
const ci = workflow('django-ci.yml');
const deploy = workflow('django-deploy.yml');
const [header, body] = parseAllDocuments(
  readFileSync(path.join(repoRoot, 'templates', 'pipeline.yml'), 'utf8'),
);
const componentInputs = (
  (header as NonNullable<typeof header>).toJS() as { spec: { inputs: Record<string, { default?: string }> } }
).spec.inputs;
const jobs = body?.toJS() as Record<
  string,
  { variables?: Record<string, string | null>; before_script?: string[]; script?: string[] }
>;
const job = (name: string) => jobs[`$[[ inputs.job-prefix ]]-${name}`];

/** A GitHub expression as written in a workflow. */
const expr = (inner: string): string => ['$', '{{ ', inner, ' }}'].join('');

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-wf-config-'));
  temps.push(dir);
  return dir;
}

describe('health path and version pointer: one default, set once', () => {
  it('GitLab leaves them to .maint-actions.yml or the action default: no /healthz or /commit in the jobs', () => {
    expect(componentInputs['ready-path']?.default).toBe('');
    expect(componentInputs['version-pointer']?.default).toBe('');
    for (const name of ['smoke', 'smoke-production']) {
      expect(job(name)?.variables?.MAINT_INPUT_READY_PATH).toBe('$[[ inputs.ready-path ]]');
      expect(job(name)?.variables?.MAINT_INPUT_VERSION_POINTER).toBe('$[[ inputs.version-pointer ]]');
    }
  });

  it('the GitHub deploy takes both as inputs, empty by default, and gives them to every smoke test', () => {
    const inputs = deploy.on.workflow_call.inputs;
    expect(inputs['ready-path']?.default).toBe('');
    expect(inputs['version-pointer']?.default).toBe('');
    const smokes = Object.values(deploy.jobs)
      .flatMap((j) => j.steps ?? [])
      .filter((s) => s.uses?.startsWith('org/maint-actions/smoke-test-gate@'));
    expect(smokes.length).toBeGreaterThanOrEqual(2);
    for (const step of smokes) {
      expect(step.with?.['ready-path']).toBe(expr('inputs.ready-path'));
      expect(step.with?.['version-pointer']).toBe(expr('inputs.version-pointer'));
    }
  });

  it('so both platforms default to the action: /healthz with the version at /version', () => {
    expect(smokeTestGate.inputs['ready-path'].default).toBe('/healthz');
    expect(smokeTestGate.inputs['version-pointer'].default).toBe('/version');
  });
});

describe('gates: the same by default on both platforms, modes from .maint-actions.yml', () => {
  it("GitLab's lint and test jobs leave the gates to the config and split them by stage, as GitHub's one job runs them", () => {
    expect(componentInputs['lint-gates']?.default).toBe('');
    expect(componentInputs['test-gates']?.default).toBe('');
    expect(job('lint')?.variables?.MAINT_INPUT_GATES).toBe('$[[ inputs.lint-gates ]]');
    expect(job('test')?.variables?.MAINT_INPUT_GATES).toBe('$[[ inputs.test-gates ]]');
    expect(job('lint')?.variables?.MAINT_INPUT_GATE_STAGE).toBe('lint');
    expect(job('test')?.variables?.MAINT_INPUT_GATE_STAGE).toBe('test');
    // GitHub's gates job runs every stage in one job.
    expect(ci.on.workflow_call.inputs.gates?.default).toBe('');
    const steps = Object.values(ci.jobs).flatMap((j) => j.steps ?? []);
    const gates = steps.find((s) => s.uses?.startsWith('org/maint-actions/quality-gates@') && s.with?.gates);
    expect(gates?.with?.['gate-stage']).toBeUndefined();
    expect(qualityGates.inputs['gate-stage'].default).toBe('all');
  });

  it('leaves warn and enforce to the config: GitLab passes warn-gates (empty: unset), neither sets enforce', () => {
    expect(componentInputs['warn-gates']?.default).toBe('');
    for (const name of ['lint', 'test']) expect(job(name)?.variables?.MAINT_INPUT_ENFORCE).toBeUndefined();
    const steps = Object.values(ci.jobs).flatMap((j) => j.steps ?? []);
    for (const step of steps.filter((s) => s.uses?.startsWith('org/maint-actions/quality-gates@'))) {
      expect(step.with?.enforce).toBeUndefined();
      expect(step.with?.warn).toBeUndefined();
    }
  });
});

describe("Python version: the project's own on GitHub", () => {
  const steps = Object.entries(ci.jobs).flatMap(([name, j]) =>
    (j.steps ?? []).map((step, index) => ({ name, step, next: j.steps?.[index + 1] })),
  );
  const resolvers = steps.filter(({ step }) => step.id === 'python');

  it.each([
    ['django-ci.yml', ci],
    ['django-maintenance.yml', workflow('django-maintenance.yml')],
    ['django-rollback.yml', workflow('django-rollback.yml')],
  ])('%s resolves the version before every setup-python, with no fixed default', (_, wf) => {
    expect(wf.on.workflow_call.inputs['python-version']?.default).toBe('');
    const all = Object.entries(wf.jobs).flatMap(([name, j]) =>
      (j.steps ?? []).map((step, index) => ({ name, step, next: j.steps?.[index + 1] })),
    );
    const setups = all.filter(({ step }) => step.uses?.startsWith('actions/setup-python@'));
    const found = all.filter(({ step }) => step.id === 'python');
    expect(setups.map(({ name }) => name)).toEqual(found.map(({ name }) => name));
    expect(new Set(found.map(({ step }) => step.run))).toEqual(new Set([resolvers[0]?.step.run]));
    for (const { next } of found) {
      expect(next?.with).toEqual({
        'python-version': expr('steps.python.outputs.version'),
        'python-version-file': expr('steps.python.outputs.file'),
      });
    }
  });

  /** Runs the step's own script as the runner does (bash, GITHUB_OUTPUT), in `dir`. */
  async function resolve(dir: string, input = '', workingDirectory = '.'): Promise<Record<string, string>> {
    const script = resolvers[0]?.step.run as string;
    const output = path.join(dir, 'github-output');
    await writeFile(output, '');
    const result = spawnSync('bash', ['-e', '-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        PYTHON_VERSION: input,
        WORKING_DIRECTORY: workingDirectory,
        GITHUB_OUTPUT: output,
      },
    });
    expect(result.status, result.stderr).toBe(0);
    const text = await readFile(output, 'utf8');
    return Object.fromEntries(
      text
        .trim()
        .split('\n')
        .map((line) => line.split('=', 2) as [string, string]),
    );
  }

  it('takes the input, then .python-version, pyproject.toml requires-python, runtime.txt, then 3.12', async () => {
    const dir = await temp();
    expect(await resolve(dir)).toEqual({ version: '3.12', file: '' });
    expect(await resolve(dir, '3.9')).toEqual({ version: '3.9', file: '' });
    await writeFile(path.join(dir, 'runtime.txt'), 'python-3.10.12\n');
    expect(await resolve(dir)).toEqual({ version: '3.10.12', file: '' });
    await writeFile(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\n');
    expect(await resolve(dir)).toEqual({ version: '3.10.12', file: '' });
    await writeFile(
      path.join(dir, 'pyproject.toml'),
      '[project]\nname = "x"\nrequires-python = ">=3.8,<3.11"\n',
    );
    expect(await resolve(dir)).toEqual({ version: '', file: './pyproject.toml' });
    await writeFile(path.join(dir, '.python-version'), '3.10\n');
    expect(await resolve(dir)).toEqual({ version: '', file: './.python-version' });
    expect(await resolve(dir, '3.11')).toEqual({ version: '3.11', file: '' });
  });

  /** The step's exit and its stdout (where a workflow command such as ::error goes). */
  function failing(dir: string): { status: number | null; stdout: string } {
    const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', resolvers[0]?.step.run as string], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        PYTHON_VERSION: '',
        WORKING_DIRECTORY: '.',
        GITHUB_OUTPUT: path.join(dir, 'out'),
      },
    });
    return { status: result.status, stdout: result.stdout };
  }

  it('takes the top-level python-version of .maint-actions.yml after the input, before the project files', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, '.python-version'), '3.12\n');
    await writeFile(path.join(dir, '.maint-actions.yml'), "quality-gates:\n  python-version: '3.8'\n");
    // A nested key is not the top-level one: the project's file still says it.
    expect(await resolve(dir)).toEqual({ version: '', file: './.python-version' });
    await writeFile(
      path.join(dir, '.maint-actions.yml'),
      "policy: standard\npython-version: '3.10' # Django 3.2\ninstall: requirements.txt\n",
    );
    expect(await resolve(dir)).toEqual({ version: '3.10', file: '' });
    expect(await resolve(dir, '3.11')).toEqual({ version: '3.11', file: '' });
    await writeFile(path.join(dir, '.maint-actions.yml'), 'python-version: 3.9.18\n');
    expect(await resolve(dir)).toEqual({ version: '3.9.18', file: '' });
    await writeFile(path.join(dir, '.maint-actions.yml'), 'python-version: ""\n');
    expect(await resolve(dir)).toEqual({ version: '', file: './.python-version' });
    // .yaml when there is no .yml, as the tool reads it.
    await rm(path.join(dir, '.maint-actions.yml'));
    await writeFile(path.join(dir, '.maint-actions.yaml'), 'python-version: "3.11"\n');
    expect(await resolve(dir)).toEqual({ version: '3.11', file: '' });
  });

  it('stops on a python-version that is not a plain version, without running it', async () => {
    const dir = await temp();
    for (const bad of ['3', '>=3.10', '$(touch pwned)', '3.12; touch pwned', '"3.12', '`touch pwned`']) {
      await writeFile(path.join(dir, '.maint-actions.yml'), `python-version: ${bad}\n`);
      expect(failing(dir)).toEqual({
        status: 1,
        stdout:
          "::error file=.maint-actions.yml::python-version must be a Python version such as '3.12' (major.minor, or major.minor.patch).\n",
      });
    }
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
  });

  it('looks in the working directory first', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, '.python-version'), '3.12\n');
    await mkdir(path.join(dir, 'backend'));
    await writeFile(path.join(dir, 'backend', 'runtime.txt'), 'python-3.9.18\n');
    expect(await resolve(dir, '', 'backend')).toEqual({ version: '3.9.18', file: '' });
  });
});

describe('install on GitHub: the actions install, the workflow input or .maint-actions.yml', () => {
  it('passes the install input to every action with one, and installs nothing in shell', () => {
    for (const [name, wf] of [
      ['django-ci.yml', ci],
      ['django-rollback.yml', workflow('django-rollback.yml')],
    ] as const) {
      expect(wf.on.workflow_call.inputs.install?.default, name).toBe('');
      const actions = Object.values(wf.jobs).flatMap((j) =>
        (j.steps ?? []).filter((s) => /\/(quality-gates|generate-openapi|rollback-plan)@/.test(s.uses ?? '')),
      );
      expect(actions.length, name).toBeGreaterThan(0);
      for (const action of actions) {
        // quality-gates merging the shards' JUnit files, or running change-flow alone (the PR
        // checks), runs nothing of the project.
        if (action.with?.mode === 'merge' || action.with?.gates === 'change-flow') continue;
        expect(action.with?.install, action.uses).toBe(expr('inputs.install'));
      }
      const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
      expect(
        steps.filter((s) => s.name === 'Install the project'),
        name,
      ).toEqual([]);
    }
  });
});

describe("install on GitHub: the maintenance jobs that install in shell read the input, else the file's", () => {
  const maintenance = workflow('django-maintenance.yml');
  const installs = Object.entries(maintenance.jobs).flatMap(([name, j]) =>
    (j.steps ?? []).filter((s) => s.name === 'Install the project').map((step) => ({ name, step })),
  );
  const script = installs[0]?.step.run as string;
  const ERROR =
    "::error file=.maint-actions.yml::install must be one line of requirement files or pyproject.toml, comma-separated and relative to the repository root, of letters, digits and ._/- only, no '..' (rename a file with other characters, or pass the install input), such as 'install: requirements/dev.txt'.\n";

  it('every such job (the dependency audit too) runs the same step, whether or not the input is set', () => {
    expect(installs.map(({ name }) => name)).toEqual([
      'usage',
      'dependency-audit',
      'cleanup',
      'access-review',
    ]);
    for (const { name, step } of installs) {
      expect(step.run, name).toBe(script);
      expect(step.env, name).toEqual({ INSTALL: expr('inputs.install') });
      // Only the access review's own switch; never a condition on the input, which may be empty.
      expect(step.if ?? '', name).not.toContain('inputs.install');
    }
    expect(maintenance.on.workflow_call.inputs.install?.default).toBe('');
  });

  let env: Record<string, string | undefined> = {};
  let venvPython = '';
  /** A real virtualenv over Debian's Python, and the tiny wheel pip finds offline. */
  async function prepare(): Promise<string> {
    const dir = await temp();
    const venv = path.join(dir, 'venv');
    const made = spawnSync(systemPython, ['-m', 'venv', venv], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    writeTinyWheel(path.join(dir, 'wheels'));
    venvPython = path.join(venv, 'bin', 'python');
    env = {
      PATH: `${path.join(venv, 'bin')}:${process.env.PATH}`,
      PIP_NO_INDEX: '1',
      PIP_FIND_LINKS: path.join(dir, 'wheels'),
    };
    const repo = path.join(dir, 'repo');
    await mkdir(path.join(repo, 'requirements'), { recursive: true });
    await writeFile(path.join(repo, 'requirements', 'prod.txt'), 'tinypkg\n');
    return repo;
  }
  function runStep(repo: string, input = '') {
    return spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...env, INSTALL: input },
    });
  }
  const installed = () =>
    spawnSync(venvPython, ['-c', 'import tinypkg; print(tinypkg.VALUE)'], { encoding: 'utf8' }).stdout.trim();

  it('installs the top-level install: of .maint-actions.yml when the input is empty (a real pip install)', async () => {
    const repo = await prepare();
    const none = runStep(repo);
    expect(none.status, none.stderr).toBe(0);
    expect(none.stdout).toBe(
      'Nothing to install: no install input, and no install: at the top of .maint-actions.yml.\n',
    );
    // A section's install: belongs to that action, not to the shell steps.
    await writeFile(
      path.join(repo, '.maint-actions.yml'),
      'quality-gates:\n  install: requirements/prod.txt\n',
    );
    expect(runStep(repo).stdout).toContain('Nothing to install');
    expect(installed()).toBe('');
    await writeFile(
      path.join(repo, '.maint-actions.yml'),
      "policy: standard\ninstall: 'requirements/prod.txt' # what the jobs need\n",
    );
    const run = runStep(repo);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Successfully installed tinypkg-0.1');
    expect(installed()).toBe('42');
  });

  it('an explicit input wins over the file', async () => {
    const repo = await prepare();
    await writeFile(path.join(repo, '.maint-actions.yml'), 'install: requirements/missing.txt\n');
    const run = runStep(repo, 'requirements/prod.txt');
    expect(run.status, run.stderr).toBe(0);
    expect(installed()).toBe('42');
  });

  it('reads .maint-actions.yaml when there is no .yml, and several files, comma-separated', async () => {
    const repo = await prepare();
    await writeFile(path.join(repo, 'requirements', 'base.txt'), '# nothing\n');
    await writeFile(
      path.join(repo, '.maint-actions.yaml'),
      'install: requirements/base.txt, requirements/prod.txt\n',
    );
    const run = runStep(repo);
    expect(run.status, run.stderr).toBe(0);
    expect(installed()).toBe('42');
  });

  it('stops on an install: that is not a list of plain paths, without running or installing it', async () => {
    const repo = await prepare();
    for (const bad of [
      '$(touch pwned)',
      'requirements/prod.txt; touch pwned',
      '`touch pwned`',
      '../outside/requirements.txt',
      'requirements/../../x.txt',
      'requirements/prod.txt, ..',
      'requirements/..',
      '/etc/requirements.txt',
      '-r requirements/prod.txt',
      '"requirements/prod.txt',
      '[requirements/prod.txt]',
    ]) {
      await writeFile(path.join(repo, '.maint-actions.yml'), `install: ${bad}\n`);
      const run = runStep(repo);
      expect({ bad, status: run.status, stdout: run.stdout }).toEqual({ bad, status: 1, stdout: ERROR });
    }
    expect(existsSync(path.join(repo, 'pwned'))).toBe(false);
    expect(installed()).toBe('');
  });
});

describe('install on GitLab: the jobs that run the project install it first', () => {
  const install = job('lint')?.before_script?.[0] as string;

  it('lint, test and schema share the one install step, from the install input', () => {
    expect(componentInputs.install?.default).toBe('');
    for (const name of ['lint', 'test', 'schema']) {
      expect(job(name)?.before_script).toEqual([install]);
      expect(job(name)?.variables?.MAINT_INSTALL).toBe('$[[ inputs.install ]]');
    }
  });

  /** Runs the install step as the job's shell does, in `dir`. */
  function runInstall(dir: string, value: string) {
    return spawnSync('sh', ['-e', '-c', install], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, MAINT_INSTALL: value, MAINT_INPUT_WORKING_DIRECTORY: 'backend' },
    });
  }

  it('runs a command in the working directory, and says so when there is nothing to install', async () => {
    const dir = await temp();
    await mkdir(path.join(dir, 'backend'));
    // A command, even one ending in .txt, is run, not read as a requirements file.
    const command = runInstall(dir, 'echo installed > marker.txt');
    expect(command.status, command.stderr).toBe(0);
    expect(await readFile(path.join(dir, 'backend', 'marker.txt'), 'utf8')).toBe('installed\n');
    const none = runInstall(dir, '');
    expect(none.status).toBe(0);
    expect(none.stdout).toBe(
      'No install input: the actions install what install: of .maint-actions.yml names, if anything.\n',
    );
  });

  it('installs requirement files into a virtualenv of the working directory, over the image’s packages', async () => {
    const dir = await temp();
    await mkdir(path.join(dir, 'backend'));
    // Debian's Django is in the system site-packages: pip finds it satisfied, with no index to ask.
    await writeFile(path.join(dir, 'backend', 'requirements.txt'), 'Django\n');
    const run = spawnSync('sh', ['-e', '-c', install], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: `${path.dirname(systemPython)}:${process.env.PATH}`,
        MAINT_INSTALL: 'backend/requirements.txt',
        MAINT_INPUT_WORKING_DIRECTORY: 'backend',
        PIP_NO_INDEX: '1',
      },
    });
    expect(run.status, run.stderr).toBe(0);
    const venvPython = path.join(dir, 'backend', '.venv', 'bin', 'python');
    const django = spawnSync(venvPython, ['-c', 'import django, sys; print(sys.prefix)'], {
      encoding: 'utf8',
    });
    expect(django.status, django.stderr).toBe(0);
    expect(django.stdout.trim()).toBe(path.join(dir, 'backend', '.venv'));
  });

  it('installs requirement files with pip, relative to the repository root, and fails when one is missing', async () => {
    const dir = await temp();
    await mkdir(path.join(dir, 'backend'));
    const missing = runInstall(dir, 'backend/requirements.txt');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/backend\/requirements\.txt/);
  });
});
