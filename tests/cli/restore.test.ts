/**
 * `maint-actions restore --latest-in` through the bundled CLI as the monthly restore drill calls
 * it: inputs from `MAINT_INPUT_*` variables (the target database URL never on the command line),
 * in a terminal or CI shell and as a GitLab job.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type CommandRun, runCli, runGitlabCliJob } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let ws: string;

/** `maint-actions <args>` in `ws` with only PATH, HOME and `env`. */
const tool = (args: string[], env: Record<string, string>): Promise<CommandRun> =>
  runCli(args, { cwd: ws, env });

function sqlite(file: string, sql: string): string {
  return execFileSync('sqlite3', [path.join(ws, file), sql])
    .toString()
    .trim();
}

let backupId: string;

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'maint-restore-cli-'));
  sqlite('db.sqlite3', 'CREATE TABLE t (id INTEGER); INSERT INTO t VALUES (1), (2), (3);');
  const backup = await tool(['backup-before-deploy'], {
    MAINT_INPUT_DATABASE_URL: 'sqlite:///./db.sqlite3',
    MAINT_INPUT_DESTINATION: 'backups',
  });
  expect(backup.exitCode, backup.stdout + backup.stderr).toBe(0);
  backupId = /^backup-id=(.+)$/m.exec(backup.stdout)?.[1] ?? '';
});

afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('maint-actions restore --latest-in', () => {
  it('takes the target database from MAINT_INPUT_TARGET_DATABASE_URL', async () => {
    sqlite('target.sqlite3', 'CREATE TABLE t (id INTEGER);');

    const run = await tool(['restore', '--latest-in', 'backups/production', '--confirm', 'target.sqlite3'], {
      MAINT_INPUT_TARGET_DATABASE_URL: 'sqlite:///./target.sqlite3',
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`backup-id=${backupId}`);
    expect(run.stdout).toContain(`newest complete backup in backups/production: ${backupId}`);
    expect(sqlite('target.sqlite3', 'SELECT count(*) FROM t')).toBe('3');
  });

  it('refuses to replace the 1,000 rows of a live database until the name is confirmed', async () => {
    sqlite(
      'app.sqlite3',
      'CREATE TABLE t (id INTEGER); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO t SELECT i FROM n;',
    );

    const refused = await tool(['restore', '--latest-in', 'backups/production'], {
      MAINT_INPUT_TARGET_DATABASE_URL: 'sqlite:///app.sqlite3',
    });
    expect(refused.exitCode).toBe(2);
    expect(refused.stdout + refused.stderr).toContain(
      'it holds 1000 rows in 1 table that the restore would replace; the backup is of production. Check the target, then add --confirm app.sqlite3 (input "confirm").',
    );
    expect(sqlite('app.sqlite3', 'SELECT count(*) FROM t')).toBe('1000');

    const run = await tool(['restore', '--latest-in', 'backups/production', '--confirm', 'app.sqlite3'], {
      MAINT_INPUT_TARGET_DATABASE_URL: 'sqlite:///app.sqlite3',
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(sqlite('app.sqlite3', 'SELECT count(*) FROM t')).toBe('3');
  });

  it('says how to fix a SQLite target whose folder does not exist', async () => {
    const run = await tool(['restore', '--latest-in', 'backups/production'], {
      MAINT_INPUT_TARGET_DATABASE_URL: 'sqlite:////missing-dir/x.sqlite3',
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout + run.stderr).toContain(
      'Input "target-database-url": the folder /missing-dir of sqlite: /missing-dir/x.sqlite3 does not exist; create it (mkdir -p /missing-dir) or correct the path',
    );
    expect(run.stdout + run.stderr).not.toContain('ENOENT');
  });

  it('runs as a GitLab job with every input a MAINT_INPUT_* variable', async () => {
    sqlite('job-target.sqlite3', 'CREATE TABLE t (id INTEGER);');

    const job = await runGitlabCliJob('restore', {
      workspace: ws,
      apiUrl: 'http://127.0.0.1:9/api/v4',
      inputs: {
        'latest-in': 'backups/production',
        'target-database-url': 'sqlite:///./job-target.sqlite3',
        confirm: 'job-target.sqlite3',
      },
    });

    expect(job.exitCode, job.stdout + job.stderr).toBe(0);
    expect(job.dotenv.MAINT_RESTORE_BACKUP_ID).toBe(backupId);
    expect(job.dotenv.MAINT_RESTORE_RESTORED).toBe('db -> job-target.sqlite3');
    expect(sqlite('job-target.sqlite3', 'SELECT count(*) FROM t')).toBe('3');
  });
});
