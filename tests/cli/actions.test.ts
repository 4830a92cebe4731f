/**
 * Every action of the tool end to end in a terminal, as a developer or a runbook runs it:
 * `node dist/cli/index.js <action> --flags` in a project directory with only PATH, HOME and LANG
 * (secrets as MAINT_INPUT_* variables, never flags), against real parts: the example service and
 * its database, local bare git remotes, loopback HTTP servers. Each case asserts the exit code,
 * the printed `name=value` outputs and the report files.
 *
 * quality-gates and restore have their own files (tests/cli/terminal.test.ts, tests/cli/restore.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type CommandRun,
  copyExampleService,
  type ExampleDatabase,
  exampleDatabase,
  fixturesDir,
  runCli,
  systemPython,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_RECORDS,
  type OsvServer,
  startOsvServer,
} from '../../actions/dependency-audit/src/test-support/osv-server';
import { gitFixture, git as publishGit } from '../../actions/publish-schema/src/test-support';
import { json, type Server, serve } from '../../actions/smoke-test-gate/src/test-support';
import { makeRepo, git as tagGit } from '../../actions/tag-release/src/test-support';

const SHA = '5eed5eed1234567890abcdef1234567890abcdef';
const SMOKE_TOKEN = 'terminal-smoke-token-8a4c';
const PERIOD = new Date().toISOString().slice(0, 7);

interface ToolRun extends CommandRun {
  /** The `name=value` lines the tool printed. */
  readonly outputs: Record<string, string>;
}

async function tool(cwd: string, args: string[], env: Record<string, string> = {}): Promise<ToolRun> {
  const run = await runCli(args, { cwd, env });
  const outputs: Record<string, string> = {};
  for (const m of run.stdout.matchAll(/^([a-z][a-z0-9-]*)=(.*)$/gm)) outputs[m[1] as string] = m[2] as string;
  return { ...run, outputs };
}

/** What one case prepares: where the tool runs, its arguments and (secret) input variables. */
interface Prepared {
  readonly cwd: string;
  readonly args: string[];
  readonly env?: Record<string, string>;
  /** Checks of the real parts after the run (a remote's tags, a published branch). */
  readonly after?: (run: ToolRun) => Promise<void>;
  cleanup(): Promise<void>;
}

interface Case {
  readonly action: string;
  prepare(): Promise<Prepared>;
  readonly exitCode: number;
  readonly outputs: Record<string, string | RegExp>;
  /** Report files, relative to the directory the tool ran in. */
  readonly reports: string[];
  /** Text the user sees (stdout or stderr). */
  readonly prints?: string[];
}

let osv: OsvServer;
let smoke: Server;
let db: ExampleDatabase;

async function temp(prefix: string): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const cases: Case[] = [
  {
    action: 'generate-openapi',
    async prepare() {
      const ws = await copyExampleService('maint-cli-openapi-');
      return {
        cwd: ws.root,
        args: ['--working-directory', 'backend', '--python', systemPython],
        cleanup: ws.cleanup,
      };
    },
    exitCode: 0,
    outputs: { drift: 'false', 'schema-sha256': /^[0-9a-f]{64}$/ },
    reports: ['.maint-actions/reports/generate-openapi/schema.yml'],
  },
  {
    action: 'publish-schema',
    async prepare() {
      const t = await temp('maint-cli-publish-');
      const repo = await gitFixture(t.dir);
      return {
        cwd: repo.workspace,
        args: ['--version', '1.2.0', '--targets', 'git-branch,artifact'],
        after: async () => {
          const files = (await publishGit(repo.remote, 'ls-tree', '-r', '--name-only', 'api-schemas')).split(
            '\n',
          );
          expect(files).toEqual(expect.arrayContaining(['1.2.0/schema.yml', 'index.json']));
        },
        cleanup: t.cleanup,
      };
    },
    exitCode: 0,
    outputs: { version: '1.2.0', published: 'true', sha256: /^[0-9a-f]{64}$/ },
    reports: ['.maint-actions/api-schema/index.json', '.maint-actions/api-schema/1.2.0/index.html'],
  },
  {
    action: 'tag-release',
    async prepare() {
      const repo = await makeRepo();
      await repo.commit('feat(api): export as CSV (#12)');
      return {
        cwd: repo.workspace,
        args: ['--create-release', 'false', '--moving-tags', 'major'],
        env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
        after: async () => {
          const head = await tagGit(repo.workspace, 'rev-parse', 'HEAD');
          expect(await repo.remoteTags()).toEqual({ 'v0.1.0': head, v0: head });
        },
        cleanup: repo.cleanup,
      };
    },
    exitCode: 0,
    outputs: { version: '0.1.0', tag: 'v0.1.0' },
    reports: ['.maint-actions/reports/tag-release/report.json'],
  },
  {
    action: 'smoke-test-gate',
    async prepare() {
      const t = await temp('maint-cli-smoke-');
      await writeFile(
        path.join(t.dir, 'smoke.yml'),
        'checks:\n  - name: list\n    path: /api/list/\n    expect:\n      json: {/0/slug: kyc-basic}\n',
      );
      return {
        cwd: t.dir,
        args: ['--base-url', smoke.url, '--expect-version', SHA.slice(0, 7), '--version-pointer', '/commit'],
        env: { MAINT_INPUT_AUTH_HEADER: `Authorization: Bearer ${SMOKE_TOKEN}` },
        after: async (run) => {
          const report = await readFile(
            path.join(t.dir, '.maint-actions/reports/smoke-test-gate/report.json'),
            'utf8',
          );
          for (const text of [run.stdout, run.stderr, report]) expect(text).not.toContain(SMOKE_TOKEN);
        },
        cleanup: t.cleanup,
      };
    },
    exitCode: 0,
    outputs: { passed: 'true', 'p95-ms': /^\d+(\.\d+)?$/ },
    reports: [
      '.maint-actions/reports/smoke-test-gate/report.json',
      '.maint-actions/reports/smoke-test-gate/smoke-result.json',
    ],
  },
  {
    action: 'backup-before-deploy',
    async prepare() {
      const t = await temp('maint-cli-backup-');
      execFileSync('sqlite3', [
        path.join(t.dir, 'db.sqlite3'),
        'CREATE TABLE t (id INTEGER); INSERT INTO t VALUES (1), (2);',
      ]);
      return {
        cwd: t.dir,
        args: ['--destination', 'artifact', '--environment', 'staging', '--verify', 'restore'],
        env: { MAINT_INPUT_DATABASE_URL: 'sqlite:///./db.sqlite3' },
        cleanup: t.cleanup,
      };
    },
    exitCode: 0,
    outputs: { 'backup-id': /^staging\/\d{8}T\d{6}Z-/, verified: 'restore' },
    reports: ['.maint-actions/reports/backup-before-deploy'],
  },
  {
    action: 'dependency-audit',
    async prepare() {
      const t = await temp('maint-cli-audit-');
      await copyFile(
        path.join(fixturesDir, 'pip-audit', 'vulnerable.json'),
        path.join(t.dir, 'pip-audit.json'),
      );
      await writeFile(path.join(t.dir, 'outdated.json'), '[]');
      await writeFile(path.join(t.dir, 'requirements.txt'), 'django==3.2.0\nrequests==2.25.0\n');
      return {
        cwd: t.dir,
        args: [
          '--pip-audit-report',
          'pip-audit.json',
          '--outdated-report',
          'outdated.json',
          '--osv-url',
          osv.url,
        ],
        cleanup: t.cleanup,
      };
    },
    exitCode: 1,
    outputs: { vulnerabilities: '3', 'highest-severity': 'critical' },
    reports: [
      '.maint-actions/reports/dependency-audit/report.json',
      '.maint-actions/reports/dependency-audit/gl-dependency-scanning-report.json',
    ],
    prints: ['Dependency audit failed'],
  },
  {
    action: 'usage-alert',
    async prepare() {
      const ws = await copyExampleService('maint-cli-usage-');
      return {
        cwd: ws.root,
        args: [
          '--working-directory',
          'backend',
          '--command',
          `/usr/bin/python3 manage.py usage_report --period ${PERIOD}`,
          '--name',
          'vision API',
        ],
        env: { DATABASE_URL: db.env.DATABASE_URL ?? '' },
        cleanup: ws.cleanup,
      };
    },
    exitCode: 0,
    outputs: { percent: '71', used: '7100', limit: '10000' },
    reports: [],
    prints: ['No alert issue'],
  },
  {
    action: 'access-review',
    async prepare() {
      const ws = await copyExampleService('maint-cli-access-');
      return {
        cwd: ws.root,
        args: [
          '--working-directory',
          'backend',
          '--command',
          '/usr/bin/python3 manage.py privileged_users',
          '--tokens',
          'API_SECRET_TOKEN: 2020-01-01',
        ],
        env: { DATABASE_URL: db.env.DATABASE_URL ?? '' },
        cleanup: ws.cleanup,
      };
    },
    exitCode: 0,
    outputs: { privileged: '2', inactive: '1', 'tokens-due': 'API_SECRET_TOKEN' },
    reports: [],
    prints: ['No review issue'],
  },
  {
    action: 'checklist',
    async prepare() {
      const t = await temp('maint-cli-checklist-');
      await writeFile(
        path.join(t.dir, '.maint-actions.yml'),
        'checklists:\n  monthly:\n    - Check the invoices of the vision API.\n',
      );
      return {
        cwd: t.dir,
        args: ['--cadence', 'monthly', '--items', 'Read the clean-up report'],
        cleanup: t.cleanup,
      };
    },
    exitCode: 0,
    outputs: {},
    reports: [],
    prints: [
      '- [ ] Check the invoices of the vision API.',
      '- [ ] Read the clean-up report',
      'No checklist issue',
    ],
  },
];

beforeAll(async () => {
  [osv, smoke, db] = await Promise.all([
    startOsvServer({ records: FIXTURE_RECORDS }),
    serve((req, res) => {
      if (req.url === '/healthz') json(res, 200, { status: 'ok', commit: SHA });
      else if (req.headers.authorization !== `Bearer ${SMOKE_TOKEN}`) json(res, 401, { detail: 'no token' });
      else json(res, 200, [{ slug: 'kyc-basic' }]);
    }),
    exampleDatabase(),
  ]);
  await db.shell(
    [
      'from django.contrib.auth import get_user_model',
      'from django.utils import timezone',
      'from onboarding.infrastructure.models import ApiUsageRecord as R',
      `R.objects.create(api="vision", period="${PERIOD}", used=7100, limit=10000)`,
      'U = get_user_model()',
      'U.objects.create_superuser("root", "root@example.test", "x", last_login=timezone.now())',
      'U.objects.create_user("neo", "neo@example.test", "x", is_staff=True)',
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all([osv?.close(), smoke?.close(), db?.cleanup()]);
});

describe('every action in a terminal (dist/cli)', () => {
  it.each(cases)(
    '$action: exit code, printed outputs and report files',
    async (c) => {
      const prepared = await c.prepare();
      try {
        const run = await tool(prepared.cwd, [c.action, ...prepared.args], prepared.env);
        expect(run.exitCode, run.stdout + run.stderr).toBe(c.exitCode);
        for (const [name, value] of Object.entries(c.outputs)) {
          expect(run.outputs[name], `output ${name}\n${run.stdout}`).toMatch(
            typeof value === 'string'
              ? new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
              : value,
          );
        }
        for (const report of c.reports)
          expect(existsSync(path.join(prepared.cwd, report)), report).toBe(true);
        for (const text of c.prints ?? []) expect(run.stdout + run.stderr).toContain(text);
        expect(run.stdout).not.toMatch(/\n\s+at /);
        await prepared.after?.(run);
      } finally {
        await prepared.cleanup();
      }
    },
    120_000,
  );
});
