/**
 * `restore` on GitHub: the restore-drill job of .github/workflows/django-maintenance.yml, end to
 * end on real parts. restore has no action of its own (`cliOnly`): on GitHub it runs as that job's
 * steps, so this test takes the steps from the workflow file itself and runs them as the runner
 * does (`bash -e {0}`, the step's `env:` with its expressions evaluated, the runner's file
 * commands), against a real PostgreSQL server standing for the job's service container.
 *
 * The backup comes from the deploy run: the backup-before-deploy bundle under the GitHub runner
 * protocol (`runBundle`), destination `artifact`, environment `production`, of a real database;
 * its report folder is what the `backup-production` artifact holds, put where
 * actions/download-artifact puts it (`backup/`). Two steps are not run: the `gh run list` that
 * finds the deploy run and the download itself, which need GitHub's servers. `npx --yes
 * maint-actions@1` runs the tool built from this tree (a shim first on PATH), and the service's
 * `localhost:5432` is the test server's address.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type DatabaseServer,
  parseFileCommand,
  postgresMissing,
  repoRoot,
  runBundle,
  runCommand,
  startPostgres,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly env?: Record<string, string>;
  readonly run?: string;
  readonly uses?: string;
}

const workflow = parse(
  await readFile(path.join(repoRoot, '.github', 'workflows', 'django-maintenance.yml'), 'utf8'),
) as { jobs: Record<string, { steps: Step[]; services?: Record<string, { env: Record<string, string> }> }> };
const drill = workflow.jobs['restore-drill'];
const step = (name: string): Step => {
  const found = drill?.steps.find((s) => s.name === name);
  if (!found) throw new Error(`the restore-drill job has no step "${name}"`);
  return found;
};

let pg: DatabaseServer;
let ws: string;
let bin: string;
let backupId: string;

beforeAll(async () => {
  pg = await startPostgres();
  ws = await mkdtemp(path.join(os.tmpdir(), 'maint-restore-github-'));
  // The production database the deploy run backed up.
  await pg.sql('postgres', 'CREATE DATABASE shop');
  await pg.sql(
    'shop',
    "CREATE TABLE customer (id int PRIMARY KEY, email text); INSERT INTO customer SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 250) g; CREATE TABLE orders (id int, customer_id int REFERENCES customer); INSERT INTO orders SELECT g, 1 + g % 250 FROM generate_series(1, 1000) g;",
  );
  const deploy = path.join(ws, 'deploy');
  await mkdir(deploy);
  const backup = await runBundle('backup-before-deploy', {
    workspace: deploy,
    inputs: { 'database-url': pg.url('shop'), destination: 'artifact', environment: 'production' },
  });
  expect(backup.exitCode, backup.stdout + backup.stderr).toBe(0);
  backupId = backup.outputs['backup-id'] ?? '';
  // The service container of the job: its user, password and database.
  const { env } = drill?.services?.scratch ?? { env: {} };
  await pg.sql('postgres', `CREATE ROLE ${env.POSTGRES_USER} LOGIN PASSWORD '${env.POSTGRES_PASSWORD}'`);
  await pg.sql('postgres', `CREATE DATABASE ${env.POSTGRES_DB} OWNER ${env.POSTGRES_USER}`);
  // actions/download-artifact: the artifact (the deploy's report folder) into `backup/`.
  const job = path.join(ws, 'job');
  await cp(path.join(deploy, '.maint-actions', 'reports', 'backup-before-deploy'), path.join(job, 'backup'), {
    recursive: true,
  });
  // `npx --yes maint-actions@1 <args>`: the tool of this tree.
  bin = path.join(ws, 'bin');
  await mkdir(bin);
  await writeFile(
    path.join(bin, 'npx'),
    `#!/bin/sh\n[ "$1 $2" = "--yes maint-actions@1" ] || { echo "unexpected npx $*" >&2; exit 127; }\nshift 2\nexec "${process.execPath}" "${path.join(repoRoot, 'dist', 'cli', 'index.js')}" "$@"\n`,
    { mode: 0o755 },
  );
}, 180_000);

afterAll(async () => {
  await pg?.stop();
  if (ws) await rm(ws, { recursive: true, force: true });
});

interface StepRun {
  readonly exitCode: number | null;
  readonly log: string;
  readonly outputs: Record<string, string>;
}

/**
 * Runs `step` in the job's workspace as the runner does: its `run:` as `bash -e` script, its
 * `env:` with `${{ steps.<id>.outputs.<name> }}` taken from `outputs`, the runner's variables.
 */
async function runStep(
  s: Step,
  outputs: Record<string, Record<string, string>>,
  change: (env: Record<string, string>) => Record<string, string> = (env) => env,
): Promise<StepRun> {
  const runner = await mkdtemp(path.join(ws, 'runner-'));
  const files = {
    GITHUB_OUTPUT: path.join(runner, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(s.env ?? {})) {
    env[name] = String(value).replace(/\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}/g, (_, id, out) => {
      const value = outputs[id]?.[out];
      if (value === undefined) throw new Error(`no output ${out} of step ${id}`);
      return value;
    });
    expect(env[name], `${name} still holds an expression`).not.toContain('${{');
  }
  const script = path.join(runner, 'step.sh');
  await writeFile(script, s.run ?? '');
  const run = await runCommand('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: path.join(ws, 'job'),
    env: {
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: path.join(ws, 'job'),
      GITHUB_REPOSITORY: 'acme/backend',
      RUNNER_TEMP: runner,
      ...files,
      ...change(env),
    },
  });
  return {
    exitCode: run.exitCode,
    log: run.stdout + run.stderr,
    outputs: parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8')),
  };
}

/** The service container's `localhost:5432` is the test server's address. */
const toTestServer = (env: Record<string, string>): Record<string, string> => ({
  ...env,
  MAINT_INPUT_TARGET_DATABASE_URL: (env.MAINT_INPUT_TARGET_DATABASE_URL ?? '').replace(
    '@localhost:5432/',
    `@${pg.host}:${pg.port}/`,
  ),
});

describe.skipIf(postgresMissing)('restore on GitHub: the restore drill of django-maintenance.yml', () => {
  it('restores the production backup into the scratch database, behind the confirm guard', async () => {
    const manifest = await runStep(step('The newest manifest'), {});
    expect(manifest.exitCode, manifest.log).toBe(0);
    expect(manifest.outputs.path).toBe(`backup/backups/${backupId}/manifest.json`);
    const outputs = { manifest: manifest.outputs };
    const restore = step('Restore into the scratch database and compare the row counts');
    expect(restore.run?.trim()).toBe('npx --yes maint-actions@1 restore');

    // Without the workflow's MAINT_INPUT_CONFIRM, a production backup is refused before anything is written.
    const refused = await runStep(restore, outputs, (env) => {
      const { MAINT_INPUT_CONFIRM: _, ...rest } = toTestServer(env);
      return rest;
    });
    expect(refused.exitCode, refused.log).toBe(2);
    expect(refused.log).toContain(
      `error: Refusing to restore into postgres://drill@${pg.host}:${pg.port}/restore_drill: the backup is of production. Check the target, then add --confirm restore_drill (input "confirm").\n`,
    );
    expect(await pg.sql('restore_drill', "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toBe(
      '0\n',
    );

    // The step as the workflow writes it.
    const run = await runStep(restore, outputs, toTestServer);
    expect(run.exitCode, run.log).toBe(0);
    expect(await pg.sql('restore_drill', 'SELECT count(*), max(email) FROM customer')).toBe(
      '250\tc9@example.com\n',
    );
    expect(await pg.sql('restore_drill', 'SELECT count(*), count(DISTINCT customer_id) FROM orders')).toBe(
      '1000\t250\n',
    );
    // The outputs the tool prints (the terminal platform: `name=value` at the end).
    const printed = Object.fromEntries(
      [...run.log.matchAll(/^([a-z][a-z-]*)=(.*)$/gm)].map((m) => [m[1] as string, m[2] as string]),
    );
    expect(printed).toMatchObject({
      'backup-id': backupId,
      manifest: path.join(ws, 'job', 'backup', 'backups', backupId, 'manifest.json'),
      restored: 'shop -> restore_drill',
      status: 'passed',
    });
    // The scratch database's password is masked wherever the tool writes.
    const password = drill?.services?.scratch?.env.POSTGRES_PASSWORD ?? '';
    expect(password).not.toBe('');
    expect(run.log + refused.log).not.toContain(password);
  }, 180_000);
});
