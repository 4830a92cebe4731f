/**
 * The rollback jobs of templates/pipeline.yml under gitlab-ci-local (shell executor), with the
 * tool built from this tree, on a copy of the example service with real git history: v0.1.0, then
 * a release adding a nullable field (additive: going back is a redeploy), tagged v0.2.0, then one
 * with a RunPython that has a reverse (reversible: `migrate` back first). "Production" is an HTTP
 * server on loopback that reports the commit live (`/healthz`) and fails the `/orders` check while
 * a bad release is live; the team's deploy and migrate commands are small scripts that record
 * their calls and move the live commit. rollback-plan asks Django itself (the system Python).
 *
 * - safe: production's smoke test fails, auto-rollback plans a redeploy, redeploys v0.1.0's image
 *   and smoke-tests it; the postmortem says so.
 * - unsafe: auto-rollback stops and names the migrate step; the manual rollback job stops until
 *   MAINT_ROLLBACK_CONFIRM repeats the plan, then migrates back, redeploys and smoke-tests.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  copyExampleService,
  type GitlabCiLocalRun,
  repoRoot,
  gitlabCiLocal as runGitlabCiLocal,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

let ws: Workspace;
let server: http.Server;
let port: number;
const sha: Record<'v010' | 'b' | 'c', string> = { v010: '', b: '', c: '' };

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

const deployDir = () => path.join(ws.root, '.deploy');
const live = async () => (await readFile(path.join(deployDir(), 'live.txt'), 'utf8').catch(() => '')).trim();
const bad = async () => (await readFile(path.join(deployDir(), 'bad.txt'), 'utf8').catch(() => '')).trim();
const setLive = (commit: string) => writeFile(path.join(deployDir(), 'live.txt'), `${commit}\n`);
const setBad = (commit: string) => writeFile(path.join(deployDir(), 'bad.txt'), `${commit}\n`);
const calls = async () =>
  (await readFile(path.join(deployDir(), 'calls.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean);

/** The team's commands: each records its call; the deploy moves the live commit. */
const DEPLOY_SCRIPT = `#!/bin/sh
set -eu
echo "deploy IMAGE=$MAINT_ROLLBACK_IMAGE_TAG SHA=$MAINT_ROLLBACK_SHA" >> "$CI_PROJECT_DIR/.deploy/calls.log"
echo "$MAINT_ROLLBACK_SHA" > "$CI_PROJECT_DIR/.deploy/live.txt"
`;
const MIGRATE_SCRIPT = `#!/bin/sh
set -eu
echo "migrate APP=$MAINT_ROLLBACK_APP MIGRATION=$MAINT_ROLLBACK_MIGRATION" >> "$CI_PROJECT_DIR/.deploy/calls.log"
`;
const SMOKE = `checks:
  - name: orders
    path: /orders
    expect:
      status: 200
`;

const ADDITIVE_MIGRATION = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="questionnaire",
            name="rollback_note",
            field=models.CharField(max_length=50, null=True, blank=True),
        ),
    ]
`;
const REVERSIBLE_MIGRATION = `from django.db import migrations


def forward(apps, schema_editor):
    apps.get_model("onboarding", "Questionnaire").objects.filter(rollback_note=None).update(rollback_note="")


def backward(apps, schema_editor):
    apps.get_model("onboarding", "Questionnaire").objects.filter(rollback_note="").update(rollback_note=None)


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0002_rollback_note")]

    operations = [migrations.RunPython(forward, backward)]
`;

const migrations = () => path.join(ws.root, 'backend', 'onboarding', 'infrastructure', 'migrations');

async function setUpProject(): Promise<void> {
  await mkdir(path.join(ws.root, 'templates'), { recursive: true });
  await cp(path.join(repoRoot, 'templates', 'pipeline.yml'), path.join(ws.root, 'templates', 'pipeline.yml'));
  await writeFile(path.join(ws.root, 'deploy.sh'), DEPLOY_SCRIPT);
  await writeFile(path.join(ws.root, 'migrate.sh'), MIGRATE_SCRIPT);
  await writeFile(path.join(ws.root, 'prod-smoke.yml'), SMOKE);
  await writeFile(
    path.join(ws.root, '.gitignore'),
    '.deploy/\n.maint-actions/\n.gitlab-ci-local/\n.gitlab-ci.yml\n',
  );
  git(ws.root, 'init', '-q', '-b', 'main');
  git(ws.root, 'remote', 'add', 'origin', 'git@gitlab.example.com:acme/backend.git');
  git(ws.root, 'add', '-A');
  git(ws.root, 'commit', '-qm', 'feat: onboarding service');
  git(ws.root, 'tag', 'v0.1.0');
  sha.v010 = git(ws.root, 'rev-parse', 'HEAD');
  await writeFile(path.join(migrations(), '0002_rollback_note.py'), ADDITIVE_MIGRATION);
  git(ws.root, 'add', '-A');
  git(ws.root, 'commit', '-qm', 'feat: a note on questionnaires (nullable)');
  sha.b = git(ws.root, 'rev-parse', 'HEAD');
  await mkdir(deployDir(), { recursive: true });
  await writeCi();
}

/** The .gitlab-ci.yml (not committed): gitlab-ci-local reads a component of this project at HEAD. */
async function writeCi(): Promise<void> {
  await writeFile(
    path.join(ws.root, '.gitlab-ci.yml'),
    stringify({
      include: [
        {
          component: `gitlab.example.com/acme/backend/pipeline@${git(ws.root, 'rev-parse', 'HEAD')}`,
          inputs: {
            'working-directory': 'backend',
            python: systemPython,
            'deploy-staging-command': 'true',
            'deploy-production-command': 'true',
            'staging-url': `http://127.0.0.1:${port}`,
            'production-url': `http://127.0.0.1:${port}`,
            'production-smoke-checks': 'prod-smoke.yml',
            'smoke-ready-timeout': '10',
            // The fake production reports its commit at /commit, not the default /version.
            'version-pointer': '/commit',
            'auto-rollback': 'true',
            'rollback-deploy-command': 'sh ./deploy.sh',
            'rollback-migrate-command': 'sh ./migrate.sh',
            'rollback-image-tag-prefix': 'sha-',
          },
        },
      ],
    }),
  );
}

type Run = GitlabCiLocalRun;

function gitlabCiLocal(...extra: string[]): Promise<Run> {
  return runGitlabCiLocal({ project: ws.root, variables: { MAINT_DAST: 'false' }, args: extra });
}

/** The shell executor runs in place: dotenv reports are where the jobs wrote them. */
const dotenvFile = (name: string) => readFile(path.join(ws.root, '.maint-actions', `${name}.env`), 'utf8');

const artifact = (job: string, relative: string) =>
  readFile(path.join(ws.root, '.gitlab-ci-local', 'artifacts', job, relative), 'utf8');

beforeAll(async () => {
  ws = await copyExampleService('maint-gitlab-rollback-');
  server = http.createServer((req, res) => {
    void (async () => {
      const commit = await live();
      if (req.url === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'ok', commit }));
      } else if (req.url === '/orders') {
        res.writeHead(commit !== '' && commit === (await bad()) ? 500 : 200);
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  await setUpProject();
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await ws.cleanup();
});

describe('rollback jobs of the pipeline component under gitlab-ci-local', () => {
  it('lists the manual rollback, the automatic one and the postmortem in the rollback stage', async () => {
    const run = await gitlabCiLocal('--list-json');
    expect(run.exitCode, run.log).toBe(0);
    const jobs = JSON.parse(run.log.slice(run.log.indexOf('['))) as {
      name: string;
      stage: string;
      when: string;
    }[];
    const of = (name: string) => jobs.find((j) => j.name === name);
    expect(of('maint-rollback')).toMatchObject({ stage: 'rollback', when: 'manual' });
    expect(of('maint-auto-rollback')).toMatchObject({ stage: 'rollback', when: 'on_failure' });
    expect(of('maint-postmortem')).toMatchObject({ stage: 'rollback', when: 'on_failure' });
  });

  it('safe plan: production’s smoke test fails, the automatic rollback redeploys v0.1.0 and the postmortem says so', async () => {
    await setLive(sha.b);
    await setBad(sha.b);
    const run = await gitlabCiLocal('maint-smoke-production', 'maint-auto-rollback', 'maint-postmortem');

    expect(run.log).toMatch(/FAIL +maint-smoke-production/);
    expect(run.log).toMatch(/PASS +maint-auto-rollback/);
    expect(run.log).toMatch(/PASS +maint-postmortem/);
    // The plan: a redeploy only; the team's deploy command got v0.1.0's image and commit.
    const plan = await dotenvFile('rollback-plan');
    expect(plan).toContain('MAINT_ROLLBACK_PLAN_SAFE=true');
    expect(await calls()).toEqual([`deploy IMAGE=sha-${sha.v010.slice(0, 8)} SHA=${sha.v010}`]);
    expect(await live()).toBe(sha.v010);
    const result = `ran redeploy:sha-${sha.v010.slice(0, 8)}; smoke test passed`;
    expect(await dotenvFile('rollback')).toBe(`MAINT_ROLLBACK_RESULT=${result}\n`);
    const smoke = JSON.parse(
      await artifact('maint-auto-rollback', '.maint-actions/reports/rollback-smoke/smoke-result.json'),
    );
    expect(smoke).toMatchObject({ verdict: 'passed', servedVersion: sha.v010 });
    // The postmortem (no token: the summary holds it) names the failing check and the rollback.
    const postmortem = await artifact('maint-postmortem', '.maint-actions/reports/checklist/summary.md');
    expect(postmortem).toContain('orders');
    expect(postmortem).toContain(result);
    expect(postmortem).toContain(sha.b.slice(0, 8));
  }, 300_000);

  it('unsafe plan: the automatic rollback stops and names the migrate step; nothing is deployed', async () => {
    git(ws.root, 'tag', 'v0.2.0', sha.b);
    await writeFile(path.join(migrations(), '0003_fill_notes.py'), REVERSIBLE_MIGRATION);
    git(ws.root, 'add', '-A');
    git(ws.root, 'commit', '-qm', 'feat: fill the notes (with a reverse)');
    sha.c = git(ws.root, 'rev-parse', 'HEAD');
    await writeCi();
    await setLive(sha.c);
    await setBad(sha.c);
    await rm(path.join(deployDir(), 'calls.log'), { force: true });

    const run = await gitlabCiLocal('maint-smoke-production', 'maint-auto-rollback', 'maint-postmortem');

    expect(run.log).toMatch(/FAIL +maint-smoke-production/);
    expect(run.log).toMatch(/FAIL +maint-auto-rollback/);
    const stopped =
      'automatic rollback stopped: migrate:onboarding:0002_rollback_note needs a person (run the manual maint-rollback job)';
    expect(run.log).toContain(stopped);
    expect(await calls()).toEqual([]);
    expect(await live()).toBe(sha.c);
    const postmortem = await artifact('maint-postmortem', '.maint-actions/reports/checklist/summary.md');
    expect(postmortem).toContain(stopped);
  }, 300_000);

  it('unsafe plan: the manual rollback waits for the plan confirmed, then migrates back, redeploys and smoke-tests', async () => {
    const steps = `migrate:onboarding:0002_rollback_note,redeploy:v0.2.0`;
    const first = await gitlabCiLocal('maint-rollback', '--manual', 'maint-rollback');

    // A manual job may fail without failing the pipeline (allow_failure): GitLab shows a warning.
    expect(first.log).toMatch(/WARN +maint-rollback/);
    expect(first.log).toContain(
      'The plan is more than a redeploy: migrate:onboarding:0002_rollback_note needs a person. Read the plan above; to run it, run this job again with the variable MAINT_ROLLBACK_CONFIRM set to:',
    );
    expect(first.log).toContain(steps);
    expect(await calls()).toEqual([]);

    const second = await gitlabCiLocal(
      'maint-rollback',
      '--manual',
      'maint-rollback',
      '--variable',
      `MAINT_ROLLBACK_CONFIRM=${steps}`,
    );
    expect(second.log).toMatch(/PASS +maint-rollback/);
    expect(await calls()).toEqual([
      'migrate APP=onboarding MIGRATION=0002_rollback_note',
      `deploy IMAGE=sha-${sha.b.slice(0, 8)} SHA=${sha.b}`,
    ]);
    expect(await live()).toBe(sha.b);
    expect(await dotenvFile('rollback')).toBe(
      `MAINT_ROLLBACK_RESULT=ran migrate:onboarding:0002_rollback_note, redeploy:sha-${sha.b.slice(0, 8)}; smoke test passed\n`,
    );
  }, 300_000);
});
