/**
 * One config for both platforms (issue 20), on GitLab: templates/pipeline.yml under
 * gitlab-ci-local (shell executor) on the second service, packages/testing/fixtures/clinic-service
 * (`manage.py` at the root, `config.settings`, health at `/api/healthz`, no requirements file),
 * with the tool built from this tree. The component is included with its defaults except the
 * `install` input (here a command: a virtualenv over Debian's Django, which `python: auto` then
 * finds), and the service's `.maint-actions.yml` sets what the jobs must honour: its `gates:` list
 * (split by stage over the lint and test jobs), import-linter (not installed here) only warns, and
 * the smoke test polls `/api/healthz`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  type GitlabCiLocalRun,
  repoRoot,
  gitlabCiLocal as runGitlabCiLocal,
  systemPython,
  writeTinyWheel,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const CLINIC = path.join(repoRoot, 'packages', 'testing', 'fixtures', 'clinic-service');
let root: string;
let port: number;
let server: ReturnType<typeof spawn> | undefined;

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

async function freePort(): Promise<number> {
  const listener = net.createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port: free } = listener.address() as AddressInfo;
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  return free;
}

/**
 * What the team writes once, read by the jobs on GitLab as by the actions on GitHub: its own gate
 * list (lint added, migrations left out), split by stage over the lint and test jobs.
 */
const CONFIG = `quality-gates:
  gates: [pytest, import-linter, django-check, lint]
  warn: [import-linter]
smoke-test-gate:
  ready-path: /api/healthz
`;

/** The team's health answer also names the deployed commit, under the default pointer /version. */
const URLS = `import os

from django.http import JsonResponse
from django.urls import path


def healthz(request):
    sha = os.environ.get("GIT_SHA", "")
    return JsonResponse({"status": "ok", "version": sha})


urlpatterns = [path("api/healthz", healthz)]
`;

const SMOKE = `checks:
  - name: health
    path: /api/healthz
    expect:
      status: 200
      json:
        /status: ok
`;

async function setUp(): Promise<string> {
  await cp(CLINIC, root, { recursive: true });
  await writeFile(path.join(root, 'config', 'urls.py'), URLS);
  await writeFile(path.join(root, '.maint-actions.yml'), CONFIG);
  await writeFile(path.join(root, 'smoke.yml'), SMOKE);
  await mkdir(path.join(root, 'templates'), { recursive: true });
  await cp(path.join(repoRoot, 'templates', 'pipeline.yml'), path.join(root, 'templates', 'pipeline.yml'));
  await writeFile(path.join(root, '.gitignore'), '.venv/\n.maint-actions/\n.gitlab-ci-local/\ndb.sqlite3\n');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'remote', 'add', 'origin', 'git@gitlab.example.com:clinic/api.git');
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'clinic');
  const sha = git(root, 'rev-parse', 'HEAD');
  const pipeline = {
    include: [
      {
        component: `gitlab.example.com/clinic/api/pipeline@${sha}`,
        inputs: {
          // Every other input at its default: the gates, the health path, the version pointer.
          install: `${systemPython} -m venv --system-site-packages .venv`,
          'staging-url': `http://127.0.0.1:${port}`,
          'deploy-staging-command': 'true',
          'deploy-production-command': 'true',
          'smoke-ready-timeout': '60',
        },
      },
    ],
  };
  // Left uncommitted: gitlab-ci-local reads a component of this project at HEAD from the tree.
  await writeFile(path.join(root, '.gitlab-ci.yml'), stringify(pipeline));
  return sha;
}

type Run = GitlabCiLocalRun;

function gitlabCiLocal(...extra: string[]): Promise<Run> {
  return runGitlabCiLocal({ project: root, variables: { MAINT_DAST: 'false' }, args: extra });
}

const artifact = (job: string, relative: string) =>
  readFile(path.join(root, '.gitlab-ci-local', 'artifacts', job, relative), 'utf8');

let sha: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'maint-gitlab-clinic-'));
  port = await freePort();
  sha = await setUp();
}, 60_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await rm(root, { recursive: true, force: true });
});

describe('pipeline component on the clinic service, configured by .maint-actions.yml', () => {
  it('installs with the install input, then lint and test run the gates of .maint-actions.yml, split by stage', async () => {
    const run = await gitlabCiLocal('maint-lint', 'maint-test');

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(/PASS +maint-lint(\s|$)/m);
    expect(run.log).toMatch(/PASS +maint-test(\s|$)/m);
    // The gates ran with the virtualenv the install command made (python: auto finds .venv).
    type Report = { checks: { id: string; status: string; mode: string }[]; meta: Record<string, string> };
    const modes = (report: Report) =>
      Object.fromEntries(report.checks.map((c) => [c.id, `${c.mode} ${c.status}`]));
    const lint = JSON.parse(
      await artifact('maint-lint', '.maint-actions/reports/lint/report.json'),
    ) as Report;
    // Exactly the config's lint-stage gates: django-check and lint (flake8), not the default migrations.
    expect(modes(lint)).toEqual({ 'django-check': 'enforce passed', lint: 'enforce passed' });
    expect(lint.meta.stage).toBe('lint');
    const test = JSON.parse(
      await artifact('maint-test', '.maint-actions/reports/test/report.json'),
    ) as Report;
    // import-linter is not installed: the config's warn makes it skipped, not a configuration error.
    expect(modes(test)).toEqual({ pytest: 'enforce passed', 'import-linter': 'warn skipped' });
    expect(test.meta.stage).toBe('test');
  }, 300_000);

  it('smoke-tests the path .maint-actions.yml names, with the default version pointer', async () => {
    await spawnSyncChecked(['manage.py', 'migrate', '--noinput']);
    server = spawn(systemPython, ['manage.py', 'runserver', `127.0.0.1:${port}`, '--noreload'], {
      cwd: root,
      env: { ...process.env, GIT_SHA: sha, PYTHONDONTWRITEBYTECODE: '1' },
      stdio: 'ignore',
    });
    const run = await gitlabCiLocal('maint-smoke');

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(/PASS +maint-smoke(\s|$)/m);
    const result = JSON.parse(
      await artifact('maint-smoke', '.maint-actions/reports/smoke-test-gate/smoke-result.json'),
    ) as { verdict: string; sha: string };
    expect(result).toMatchObject({ verdict: 'passed', sha });
    const env = await readFile(path.join(root, '.maint-actions', 'smoke-test-gate.env'), 'utf8');
    expect(env).toContain('MAINT_SMOKE_TEST_GATE_PASSED=true');
  }, 300_000);
});

describe('the schema job, installed by .maint-actions.yml alone', () => {
  it('installs what the top-level install names (no install input) and generates the schema in that venv', async () => {
    // The team's API: DRF and drf-spectacular (Debian's, seen by the venv over the base's packages).
    await writeFile(
      path.join(root, 'config', 'settings.py'),
      `${await readFile(path.join(root, 'config', 'settings.py'), 'utf8')}
INSTALLED_APPS += ["rest_framework", "drf_spectacular"]
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
`,
    );
    await spawnSyncChecked(['manage.py', 'spectacular', '--file', 'schema.yml']);
    // One wheel the base lacks, which pip must install from a local folder (no index here).
    const wheels = path.join(root, '..', `${path.basename(root)}-wheels`);
    writeTinyWheel(wheels);
    await writeFile(
      path.join(root, 'requirements-ci.txt'),
      'Django\ndjangorestframework\ndrf-spectacular\ntinypkg==0.1\n',
    );
    await writeFile(path.join(root, '.maint-actions.yml'), `install: requirements-ci.txt\n${CONFIG}`);
    // The component without its install input: only the file says what to install. The base
    // interpreter is Debian's, whose packages the venv is made over.
    const ci = parse(await readFile(path.join(root, '.gitlab-ci.yml'), 'utf8')) as {
      include: { inputs: Record<string, string> }[];
    };
    const include = ci.include[0] as { inputs: Record<string, string> };
    delete include.inputs.install;
    include.inputs.python = systemPython;
    await writeFile(path.join(root, '.gitlab-ci.yml'), stringify(ci));

    try {
      const run = await runGitlabCiLocal({
        project: root,
        variables: {
          MAINT_DAST: 'false',
          PIP_NO_INDEX: '1',
          PIP_FIND_LINKS: wheels,
          PIP_CONFIG_FILE: '/dev/null',
        },
        args: ['maint-schema'],
      });

      expect(run.exitCode, run.log).toBe(0);
      expect(run.log).toMatch(/PASS +maint-schema(\s|$)/m);
      expect(run.log).toContain(
        'No install input: the actions install what install: of .maint-actions.yml names, if anything.',
      );
      expect(run.log).toContain(
        'Python environment: installing requirements-ci.txt into .maint-actions/venv.',
      );
      const report = JSON.parse(
        await artifact('maint-schema', '.maint-actions/reports/generate-openapi/report.json'),
      ) as { checks: { id: string; status: string }[]; meta: Record<string, string> };
      expect(report.checks.find((check) => check.id === 'drift')?.status).toBe('passed');
      // drf-spectacular ran with the venv's interpreter.
      expect(run.log).toMatch(/\$ \S*\.maint-actions\/venv\/bin\/python manage\.py spectacular /);
    } finally {
      await rm(wheels, { recursive: true, force: true });
    }
  }, 300_000);
});

async function spawnSyncChecked(args: string[]): Promise<void> {
  const result = spawnSync(systemPython, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
}
