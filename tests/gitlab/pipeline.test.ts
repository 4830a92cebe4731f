/**
 * The GitLab component templates/pipeline.yml end to end under gitlab-ci-local (shell executor)
 * against a copy of the example service, with the tool built from this tree: lint, test, schema,
 * a staging "deploy" that starts the service in the background, the smoke test against it, the
 * manual production job (started with --manual), the release tag and the published schema.
 * dependency-audit needs PyPI and OSV, and the ZAP scan needs its Docker image (this executor is a
 * shell), so they are only listed, with the other jobs' stage and `when`; the runs turn the scan
 * off with its `MAINT_DAST=false` variable and check that it stayed out.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import {
  copyExampleService,
  type GitlabCiLocalRun,
  gitSync as git,
  repoRoot,
  gitlabCiLocal as runGitlabCiLocal,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const API_TOKEN = 'pipeline-test-api-token-5d1c';
let ws: Workspace;
let port: number;
let releaseRemote: string;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return free;
}

/**
 * The team's deploy script: staging migrates a temp SQLite database and starts runserver in the
 * background (its pid in .deploy/staging.pid, so the test stops it); production records the commit.
 */
const DEPLOY_SCRIPT = `#!/bin/sh
set -eu
mkdir -p .deploy
if [ "$1" = staging ]; then
  cd backend
  export DATABASE_URL="sqlite:///$CI_PROJECT_DIR/.deploy/staging.sqlite3" GIT_SHA="$CI_COMMIT_SHA" PYTHONDONTWRITEBYTECODE=1
  ${systemPython} manage.py migrate --noinput >/dev/null
  ${systemPython} manage.py seed_demo >/dev/null
  nohup ${systemPython} manage.py runserver "127.0.0.1:$2" --noreload >../.deploy/staging.log 2>&1 &
  echo $! >../.deploy/staging.pid
else
  echo "$CI_COMMIT_SHA" >.deploy/production.txt
fi
`;

/** The pipeline inputs of this test, over the starter's. */
const PIPELINE_INPUTS = () => ({
  'working-directory': 'backend',
  python: systemPython,
  'lint-gates': 'django-check,migrations',
  'test-gates': 'pytest',
  'staging-url': `http://127.0.0.1:${port}`,
  'deploy-staging-command': `sh ./deploy.sh staging ${port}`,
  'deploy-production-command': 'sh ./deploy.sh production',
  'smoke-checks': 'backend/smoke.yml',
  'smoke-ready-timeout': '60',
  // Debian's Django is already there (python: the system interpreter): nothing to install.
  install: '',
  // The example reports the deployed commit under `commit` (the default pointer is /version).
  'version-pointer': '/commit',
  // This test's "production" is the staging service: it serves the commit just deployed.
  'production-url': `http://127.0.0.1:${port}`,
  'production-smoke-checks': 'backend/smoke.yml',
  'production-smoke-auth-header': '$SMOKE_AUTH_HEADER',
  'release-git-remote': 'release',
});

/** The maintenance inputs of this test: "production" is the staging service of the full run. */
const MAINTENANCE_INPUTS = () => ({
  'working-directory': 'backend',
  python: systemPython,
  'production-url': `http://127.0.0.1:${port}`,
  'production-checks': 'backend/smoke.yml',
  'production-auth-header': '$SMOKE_AUTH_HEADER',
});

/** The starter .gitlab-ci.yml, committed in a copy of the example service. */
async function setUpProject(): Promise<string> {
  await mkdir(path.join(ws.root, 'templates'), { recursive: true });
  for (const component of ['pipeline.yml', 'maintenance.yml']) {
    await cp(path.join(repoRoot, 'templates', component), path.join(ws.root, 'templates', component));
  }
  await writeFile(path.join(ws.root, 'deploy.sh'), DEPLOY_SCRIPT);
  await writeFile(path.join(ws.root, '.gitignore'), '.deploy/\n.maint-actions/\n.gitlab-ci-local/\n');
  git(ws.root, 'init', '-q', '-b', 'main');
  git(ws.root, 'remote', 'add', 'origin', 'git@gitlab.example.com:acme/backend.git');
  releaseRemote = path.join(ws.root, '.deploy', 'release.git');
  spawnSync('git', ['init', '-q', '--bare', releaseRemote]);
  git(ws.root, 'remote', 'add', 'release', releaseRemote);
  git(ws.root, 'add', '-A');
  git(
    ws.root,
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@example.com',
    'commit',
    '-qm',
    'feat: onboarding service',
  );
  const sha = git(ws.root, 'rev-parse', 'HEAD');
  // The starter, with this project as the components' project and the inputs pointed at this test.
  const starter = parse(
    await readFile(path.join(repoRoot, 'workflows-templates', 'gitlab', '.gitlab-ci.yml'), 'utf8'),
  ) as { include: { component: string; inputs: Record<string, string> }[] };
  const pipeline = {
    include: starter.include.map(({ component, inputs }) => {
      const name = component.slice(component.lastIndexOf('/') + 1, component.indexOf('@'));
      const local = `gitlab.example.com/acme/backend/${name}@${sha}`;
      const ours = name === 'pipeline' ? PIPELINE_INPUTS() : MAINTENANCE_INPUTS();
      return { component: local, inputs: { ...inputs, ...ours } };
    }),
  };
  await writeFile(path.join(ws.root, '.gitlab-ci.yml'), stringify(pipeline));
  return sha;
}

type Run = GitlabCiLocalRun;

/** The ZAP scan's Docker image cannot run under the shell executor: its variable rule turns it off. */
const NO_DAST = ['--variable', 'MAINT_DAST=false'];

function gitlabCiLocal(...extra: string[]): Promise<Run> {
  return runGitlabCiLocal({
    project: ws.root,
    variables: {
      API_SECRET_TOKEN: API_TOKEN,
      SMOKE_AUTH_HEADER: `Authorization: Bearer ${API_TOKEN}`,
      // This test's "production" database is staging's file: enough to see the backup run.
      PRODUCTION_DATABASE_URL: 'sqlite:///./.deploy/staging.sqlite3',
    },
    args: extra,
  });
}

function dotenv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

/** The shell executor runs in place: dotenv reports are where the jobs wrote them. */
const dotenvOf = async (action: string) =>
  dotenv(await readFile(path.join(ws.root, '.maint-actions', `${action}.env`), 'utf8'));

const artifact = (job: string, relative: string) =>
  readFile(path.join(ws.root, '.gitlab-ci-local', 'artifacts', job, relative), 'utf8');

/** Stops the staging service the deploy job started, if it did. */
async function stopStaging(): Promise<void> {
  const pid = await readFile(path.join(ws.root, '.deploy', 'staging.pid'), 'utf8').catch(() => '');
  if (pid.trim()) {
    try {
      process.kill(Number(pid.trim()), 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

beforeAll(async () => {
  ws = await copyExampleService('maint-gitlab-pipeline-');
  port = await freePort();
  await setUpProject();
});

afterAll(async () => {
  await stopStaging();
  await ws.cleanup();
});

describe('pipeline component under gitlab-ci-local', () => {
  it('lists every stage, production manual, and the maintenance jobs only in their schedule', async () => {
    const list = async (...extra: string[]) => {
      const run = await gitlabCiLocal('--list-json', ...extra);
      expect(run.exitCode, run.log).toBe(0);
      const jobs = JSON.parse(run.stdout) as { name: string; stage: string; when: string }[];
      return Object.fromEntries(jobs.map((j) => [j.name, `${j.stage} ${j.when}`]));
    };
    const pipelineJobs = {
      'maint-lint': 'lint on_success',
      'maint-test': 'test on_success',
      'maint-dependency-audit': 'test on_success',
      'maint-schema': 'schema on_success',
      'maint-deploy-staging': 'staging on_success',
      'maint-smoke': 'smoke on_success',
      'maint-dast': 'smoke on_success',
      'maint-deploy-production': 'production manual',
      'maint-smoke-production': 'production on_success',
      'maint-tag-release': 'release on_success',
      'maint-publish-schema': 'release on_success',
      // The rollback jobs (issue 19): tests/gitlab/rollback.test.ts runs them.
      'maint-rollback': 'rollback manual',
      'maint-auto-rollback': 'rollback never',
      'maint-postmortem': 'rollback on_failure',
    };
    const maintenanceJobs = {
      weekly: [
        'maint-weekly-gates',
        'maint-weekly-usage-alert',
        'maint-weekly-latency',
        'maint-weekly-checklist',
      ],
      monthly: [
        'maint-monthly-audit',
        'maint-monthly-cleanup',
        'maint-monthly-restore-drill',
        'maint-monthly-checklist',
      ],
      quarterly: ['maint-quarterly-access-review', 'maint-quarterly-contracts', 'maint-quarterly-checklist'],
    };
    const never = (names: string[]) =>
      Object.fromEntries(names.map((n) => [n, expect.stringMatching(/ never$/)]));
    const allMaintenance = Object.values(maintenanceJobs).flat();

    expect(await list()).toEqual({ ...pipelineJobs, ...never(allMaintenance) });
    expect(await list(...NO_DAST)).toEqual({
      ...pipelineJobs,
      'maint-dast': 'smoke never',
      ...never(allMaintenance),
    });
    for (const [cadence, names] of Object.entries(maintenanceJobs)) {
      const scheduled = await list(
        '--variable',
        'CI_PIPELINE_SOURCE=schedule',
        '--variable',
        `MAINT_CADENCE=${cadence}`,
      );
      expect(scheduled, cadence).toEqual({
        ...never(Object.keys(pipelineJobs)),
        ...never(allMaintenance.filter((n) => !names.includes(n))),
        ...Object.fromEntries(names.map((n) => [n, 'test on_success'])),
      });
    }
  });

  // Before the full run below: no smoke test has passed in this workspace yet.
  it('refuses the production deploy when no smoke test passed for the commit', async () => {
    const run = await gitlabCiLocal(
      'maint-deploy-production',
      '--manual',
      'maint-deploy-production',
      ...NO_DAST,
    );

    expect(run.exitCode).not.toBe(0);
    expect(run.log).toMatch(/FAIL +maint-deploy-production/);
    expect(run.log).toContain('The smoke test of staging did not pass for this commit, not deploying.');
    await expect(readFile(path.join(ws.root, '.deploy', 'production.txt'))).rejects.toThrow(/ENOENT/);
  });

  it('runs gates, staging, smoke, the manual production deploy, the release and the schema', async () => {
    const sha = git(ws.root, 'rev-parse', 'HEAD');
    const run = await gitlabCiLocal(
      'maint-lint',
      'maint-test',
      'maint-schema',
      'maint-deploy-staging',
      'maint-smoke',
      'maint-deploy-production',
      'maint-smoke-production',
      'maint-tag-release',
      'maint-publish-schema',
      '--manual',
      'maint-deploy-production',
      ...NO_DAST,
    );

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).not.toContain('maint-dast');
    for (const job of [
      'lint',
      'test',
      'schema',
      'deploy-staging',
      'smoke',
      'deploy-production',
      'smoke-production',
      'tag-release',
      'publish-schema',
    ]) {
      expect(run.log).toMatch(new RegExp(`PASS +maint-${job}(\\s|$)`, 'm'));
    }
    expect(await artifact('maint-lint', '.maint-actions/reports/lint/junit.xml')).toContain('django-check');
    expect(await artifact('maint-test', '.maint-actions/reports/test/junit.xml')).toMatch(/<testcase /);

    const smoke = await dotenvOf('smoke-test-gate');
    expect(smoke.MAINT_SMOKE_TEST_GATE_PASSED).toBe('true');
    const smokeResult = JSON.parse(
      await artifact('maint-smoke', '.maint-actions/reports/smoke-test-gate/smoke-result.json'),
    );
    expect(smokeResult).toMatchObject({ verdict: 'passed', sha });

    const productionSmoke = JSON.parse(
      await artifact('maint-smoke-production', '.maint-actions/reports/smoke-production/smoke-result.json'),
    );
    expect(productionSmoke).toMatchObject({ verdict: 'passed', sha });

    // Production got this commit, after a backup.
    expect((await readFile(path.join(ws.root, '.deploy', 'production.txt'), 'utf8')).trim()).toBe(sha);
    const backup = await artifact(
      'maint-deploy-production',
      '.maint-actions/reports/backup-production/report.json',
    );
    expect(JSON.parse(backup).verdict).toBe('passed');

    const release = await dotenvOf('tag-release');
    expect(release.MAINT_TAG_RELEASE_TAG).toBe('v0.1.0');
    expect(git(releaseRemote, 'rev-parse', 'v0.1.0^{commit}')).toBe(sha);
    const index = JSON.parse(await artifact('maint-publish-schema', '.maint-actions/api-schema/index.json'));
    expect(JSON.stringify(index)).toContain('0.1.0');

    // The bearer token went in a masked variable's value only.
    expect(run.log).not.toContain(API_TOKEN);
  });

  // After the full run: the service it deployed is still up and plays production here.
  it('runs the weekly latency checks against production in a weekly scheduled pipeline', async () => {
    const run = await gitlabCiLocal(
      'maint-weekly-latency',
      '--variable',
      'CI_PIPELINE_SOURCE=schedule',
      '--variable',
      'MAINT_CADENCE=weekly',
    );
    await stopStaging();

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(/PASS +maint-weekly-latency/);
    const smoke = await dotenvOf('smoke-test-gate');
    expect(smoke.MAINT_SMOKE_TEST_GATE_PASSED).toBe('true');
    const report = JSON.parse(
      await artifact('maint-weekly-latency', '.maint-actions/reports/smoke-test-gate/smoke-result.json'),
    );
    expect(report.verdict).toBe('passed');
    expect(run.log).not.toContain(API_TOKEN);
  });

  it('leaves the monthly restore drill off while restore-drill-from is unset', async () => {
    const run = await gitlabCiLocal(
      'maint-monthly-restore-drill',
      '--variable',
      'CI_PIPELINE_SOURCE=schedule',
      '--variable',
      'MAINT_CADENCE=monthly',
    );

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(/PASS +maint-monthly-restore-drill/);
    expect(run.log).toContain('No restore-drill-from input, no restore drill.');
  });
});
