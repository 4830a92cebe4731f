/**
 * The GitLab component templates/maintenance.yml under gitlab-ci-local (shell executor) against a
 * copy of the example service, with the tool built from this tree and a local GitLab API for the
 * issues: the monthly clean-up dry run, restore drill and checklist issue, then the quarterly
 * architecture contracts and checklist issue, as their schedules run them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  copyExampleService,
  fakeLintImports,
  gitSync as git,
  repoRoot,
  systemPython,
  type Workspace,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { periodOf } from '../../actions/checklist/src/checklist';
import { type FakeGitlab, startFakeGitlab } from '../../packages/platform-gitlab/src/gitlab-server.fixture';

const BOT_TOKEN = 'glpat-maintenance-bot-7f3a';
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
let ws: Workspace;
let gitlab: FakeGitlab;
let lintImportsBin: string;

/** The service's "production" database: a migrated, seeded SQLite file in the workspace. */
const productionDb = () => `sqlite:///${path.join(ws.root, '.deploy', 'production.sqlite3')}`;

function runTool(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, {
    cwd: ws.root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stdout}${result.stderr}`);
}

/** The project: the maintenance component included at this commit, and a backup of "production". */
async function setUpProject(): Promise<void> {
  await mkdir(path.join(ws.root, 'templates'), { recursive: true });
  await cp(
    path.join(repoRoot, 'templates', 'maintenance.yml'),
    path.join(ws.root, 'templates', 'maintenance.yml'),
  );
  await writeFile(
    path.join(ws.root, '.gitignore'),
    '.deploy/\n.maint-actions/\n.gitlab-ci-local/\nbackups/\n.bin/\n',
  );
  await writeFile(
    path.join(ws.root, '.maint-actions.yml'),
    'checklists:\n  monthly:\n    - Check the invoices of the vision API against its usage report.\n',
  );
  git(ws.root, 'init', '-q', '-b', 'main');
  git(ws.root, 'remote', 'add', 'origin', 'git@gitlab.example.com:acme/backend.git');
  git(ws.root, 'add', '-A');
  git(ws.root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'feat: onboarding');
  const sha = git(ws.root, 'rev-parse', 'HEAD');
  const pipeline = {
    include: [
      {
        component: `gitlab.example.com/acme/backend/maintenance@${sha}`,
        inputs: {
          'working-directory': 'backend',
          python: systemPython,
          'cleanup-commands': `${systemPython} manage.py cleanup_stale --dry-run --days 30\n# a comment line is skipped`,
          'restore-drill-from': 'backups/production',
          'restore-drill-database-url': '$RESTORE_DRILL_DATABASE_URL',
          'restore-drill-confirm': 'drill.sqlite3',
          'monthly-checklist': 'Read the clean-up dry-run report, then run the clean-up for real',
          'issue-token': '$MAINT_BOT_TOKEN',
        },
      },
    ],
  };
  await writeFile(path.join(ws.root, '.gitlab-ci.yml'), stringify(pipeline));

  await mkdir(path.join(ws.root, '.deploy'), { recursive: true });
  const manage = (...args: string[]) =>
    runTool(systemPython, [path.join(ws.service, 'manage.py'), ...args], { DATABASE_URL: productionDb() });
  manage('migrate', '--noinput', '-v', '0');
  manage('seed_demo');
  runTool(
    process.execPath,
    [cli, 'backup-before-deploy', '--destination', 'backups', '--environment', 'production'],
    {
      MAINT_INPUT_DATABASE_URL: productionDb(),
    },
  );
}

interface Run {
  readonly exitCode: number | null;
  readonly log: string;
}

/** A scheduled pipeline of `cadence` running `jobs`, against the local GitLab API. */
function scheduled(cadence: string, ...jobs: string[]): Promise<Run> {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  const variables = {
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: ws.root,
    CI_PIPELINE_SOURCE: 'schedule',
    CI_API_V4_URL: gitlab.apiUrl,
    CI_PROJECT_ID: '5',
    MAINT_CADENCE: cadence,
    MAINT_ACTIONS_BIN: `${process.execPath} ${cli}`,
    MAINT_BOT_TOKEN: BOT_TOKEN,
    DATABASE_URL: productionDb(),
    RESTORE_DRILL_DATABASE_URL: `sqlite:///${path.join(ws.root, '.deploy', 'drill.sqlite3')}`,
  };
  const args = [
    '--force-shell-executor',
    '--no-color',
    '--ignore-predefined-vars',
    'GITLAB_CI,CI_PROJECT_DIR,CI_PIPELINE_SOURCE,CI_API_V4_URL,CI_PROJECT_ID',
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
    ...jobs,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: ws.root,
      env: { ...process.env, FORCE_COLOR: '0', PATH: `${lintImportsBin}:${process.env.PATH}` },
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, log }));
  });
}

const artifact = (job: string, relative: string) =>
  readFile(path.join(ws.root, '.gitlab-ci-local', 'artifacts', job, relative), 'utf8');

beforeAll(async () => {
  ws = await copyExampleService('maint-gitlab-maintenance-');
  gitlab = await startFakeGitlab(BOT_TOKEN);
  lintImportsBin = await fakeLintImports('all-kept.txt', 0, path.join(ws.root, '.bin'));
  await setUpProject();
}, 120_000);

afterAll(async () => {
  await gitlab?.close();
  await ws?.cleanup();
});

describe('maintenance component under gitlab-ci-local', () => {
  it('monthly: the clean-up dry-run report, the restore drill of the newest backup, one checklist issue', async () => {
    const run = await scheduled(
      'monthly',
      'maint-monthly-cleanup',
      'maint-monthly-restore-drill',
      'maint-monthly-checklist',
    );

    expect(run.exitCode, run.log).toBe(0);
    for (const job of ['cleanup', 'restore-drill', 'checklist']) {
      expect(run.log).toMatch(new RegExp(`PASS +maint-monthly-${job}(\\s|$)`, 'm'));
    }
    const report = await artifact(
      'maint-monthly-cleanup',
      '.maint-actions/reports/cleanup/cleanup-dry-run.md',
    );
    expect(report).toContain('## Clean-up dry run, nothing was deleted');
    expect(report).toContain(`### \`${systemPython} manage.py cleanup_stale --dry-run --days 30\``);
    expect(report).toMatch(/"dry_run": true/);
    expect(report).not.toContain('a comment line');

    const drill = await readFile(path.join(ws.root, '.maint-actions', 'restore.env'), 'utf8');
    expect(drill).toMatch(/^MAINT_RESTORE_BACKUP_ID=production\//m);
    expect(drill).toMatch(/^MAINT_RESTORE_TABLES=[1-9]\d*$/m);

    expect(gitlab.issues).toHaveLength(1);
    const [issue] = gitlab.issues;
    expect(issue).toMatchObject({
      title: `Monthly maintenance checklist ${periodOf('monthly', new Date())}`,
      labels: ['maintenance-monthly'],
    });
    expect(issue?.description).toContain(
      [
        '- [ ] Read the dependency audit of the month and plan the upgrades it calls for (outdated packages, known vulnerabilities).',
        '- [ ] Review the business rules, feature flags and settings still in force with the people who own them; retire what no longer applies.',
        '- [ ] Check the invoices of the vision API against its usage report.',
        '- [ ] Read the clean-up dry-run report, then run the clean-up for real',
      ].join('\n'),
    );
    // The scratch database's URL and the bot token went in variables, never on a command line.
    const commandLines = run.log.split('\n').filter((line) => / \$ /.test(line));
    expect(commandLines.join('\n')).toContain('$MAINT_ACTIONS_BIN restore');
    expect(commandLines.join('\n')).not.toContain('drill.sqlite3');
    expect(run.log).not.toContain(BOT_TOKEN);
  }, 180_000);

  it('quarterly: the import-linter contracts and one checklist issue', async () => {
    gitlab.reset();
    const run = await scheduled('quarterly', 'maint-quarterly-contracts', 'maint-quarterly-checklist');

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(/PASS +maint-quarterly-contracts/);
    const junit = await artifact(
      'maint-quarterly-contracts',
      '.maint-actions/reports/architecture-contracts/junit.xml',
    );
    expect(junit).toContain('import-linter');
    expect(junit).not.toContain('pytest');
    expect(gitlab.issues.map((i) => i.title)).toEqual([
      `Quarterly maintenance checklist ${periodOf('quarterly', new Date())}`,
    ]);
    expect(run.log).not.toContain(BOT_TOKEN);
  }, 180_000);
});
