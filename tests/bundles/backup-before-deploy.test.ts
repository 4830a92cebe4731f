/**
 * The backup-before-deploy bundle, spawned with `node dist/backup-before-deploy/index.js` exactly
 * as the GitHub runner does it, backing up a SQLite database; and cancelled mid-dump with the
 * signals GitHub (SIGINT, then SIGTERM) and GitLab (SIGTERM) send, against real servers.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type DatabaseServer,
  mariadbMissing,
  postgresMissing,
  repoRoot,
  runBundle,
  startMariadb,
  startPostgres,
} from '@maint-actions/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readObject, s3Client } from '../../actions/backup-before-deploy/src/s3';
import {
  motoMissing,
  S3_KEYS,
  s3Contents,
  startMotoS3,
  startS3,
} from '../../actions/backup-before-deploy/src/test-support';

let ws: string;

beforeEach(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'maint-backup-bundle-'));
  const script =
    "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE t (id INTEGER)'); db.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(12)]); db.commit()";
  execFileSync('/usr/bin/python3', ['-c', script, path.join(ws, 'db.sqlite3')]);
});

afterEach(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('backup-before-deploy bundle under the GitHub runner protocol', () => {
  it('backs up, verifies and sets its outputs', async () => {
    await mkdir(path.join(ws, 'media', 'photos'), { recursive: true });
    await writeFile(path.join(ws, 'media', 'photos', 'cat.jpg'), 'meow');
    await symlink('photos/cat.jpg', path.join(ws, 'media', 'avatar.jpg'));
    const run = await runBundle('backup-before-deploy', {
      workspace: ws,
      inputs: {
        'database-url': 'sqlite:///./db.sqlite3',
        'media-dir': 'media',
        destination: 'artifact',
        environment: 'staging',
        verify: 'restore',
      },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['backup-id']).toMatch(/^staging\/\d{8}T\d{6}Z-/);
    expect(run.outputs.verified).toBe('restore');
    const manifest = JSON.parse(await readFile(run.outputs.manifest ?? '', 'utf8'));
    expect(manifest.databases[0].rowCounts).toEqual({ t: 12 });
    expect(manifest.media).toEqual({ file: 'media.tar.zst', source: 'media', entries: 3 });
    expect(run.outputs.manifest).toContain(
      path.join('.maint-actions', 'reports', 'backup-before-deploy', 'backups', 'staging'),
    );
    expect(run.summary).toContain('Backup before deploy');
  });

  it('uploads to an S3-compatible store with the credentials from the environment', async () => {
    const s3 = await startS3(path.join(ws, 's3rver'));
    const client = s3Client({ endpoint: s3.url, env: S3_KEYS });
    try {
      const run = await runBundle('backup-before-deploy', {
        workspace: ws,
        inputs: {
          'database-url': 'sqlite:///./db.sqlite3',
          destination: 's3://backups/ci',
          's3-endpoint': s3.url,
        },
        env: S3_KEYS,
      });

      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      const id = run.outputs['backup-id'] ?? '';
      expect(run.outputs.manifest).toBe(`s3://backups/ci/${id}/manifest.json`);
      const body = await readObject(client, { bucket: 'backups', prefix: `ci/${id}` }, 'manifest.json');
      const manifest = JSON.parse(Buffer.concat(await body.toArray()).toString('utf8'));
      expect(manifest.databases[0].rowCounts).toEqual({ t: 12 });
      // The runner is told to mask the credentials; they appear nowhere else.
      const leaks = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes('S3RVER'));
      expect(leaks).toEqual(['::add-mask::S3RVER', '::add-mask::S3RVER']);
    } finally {
      client.destroy();
      await s3.close();
    }
  });

  it('fails with a one-line configuration error for an unsupported scheme', async () => {
    const run = await runBundle('backup-before-deploy', {
      workspace: ws,
      inputs: { 'database-url': 'oracle://u:p@h/db', destination: 'artifact' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('::error::Input "database-url": the scheme oracle:// is not supported');
  });
});

/** Every file under `dir` (relative paths), sorted; none when it does not exist. */
async function filesIn(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The text of every file under `dir`, to look for a password. */
async function textUnder(dir: string): Promise<string> {
  const files = await filesIn(dir);
  return (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'latin1')))).join('\n');
}

/** The pid of a child of `parent` whose command line holds `name`, when there is one. */
async function childNamed(parent: number, name: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== parent) continue;
      const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.split('\0')[0]?.endsWith(name)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

interface Cancelled {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly output: string;
  /** The dump tool's environment, read from /proc while it ran. */
  readonly toolEnviron: string;
  /** Files in the private directory when the signal was sent. */
  readonly privateFiles: string[];
}

/**
 * Starts `node <args>` with `env`, waits until `tool` (a child) is dumping into `destination` (a
 * folder, or a check of an S3 store), stops it there (a partial dump on disk or in an open upload),
 * sends `signals` 100 ms apart, and waits for the exit.
 */
async function cancelMidDump(
  args: string[],
  env: Record<string, string | undefined>,
  tool: string,
  destination: string | (() => Promise<boolean>),
  tempDir: string,
  signals: NodeJS.Signals[],
): Promise<Cancelled> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ws,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 60_000;
  let pid: number | undefined;
  for (;;) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${tool} never started: ${output}`);
    pid = await childNamed(child.pid as number, tool);
    const dumping =
      typeof destination === 'string'
        ? (await filesIn(destination)).some((f) => f.endsWith('.zst'))
        : await destination();
    if (pid && dumping) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  process.kill(pid, 'SIGSTOP');
  const toolEnviron = await readFile(`/proc/${pid}/environ`, 'latin1');
  const privateFiles = (await filesIn(tempDir)).filter((f) => f.startsWith('maint-backup-'));
  for (const [index, signal] of signals.entries()) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill(signal);
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const end = await closed;
  clearTimeout(timer);
  // The stopped tool must be gone too.
  expect(existsSync(`/proc/${pid}`) && !(await readFile(`/proc/${pid}/stat`, 'utf8')).includes(') Z ')).toBe(
    false,
  );
  return { exitCode: end.code, signal: end.signal, output, toolEnviron, privateFiles };
}

describe.skipIf(postgresMissing)('a cancelled backup (PostgreSQL, GitHub runner protocol)', () => {
  let pg: DatabaseServer;
  beforeAll(async () => {
    pg = await startPostgres();
    await pg.sql('postgres', 'CREATE DATABASE shop');
    await pg.sql(
      'shop',
      'CREATE TABLE item (id int, payload text); INSERT INTO item SELECT g, repeat(md5(g::text), 10) FROM generate_series(1, 200000) g;',
    );
  }, 120_000);
  afterAll(async () => {
    await pg?.stop();
  });

  for (const [how, signals, code] of [
    ['SIGINT then SIGTERM (a cancelled workflow)', ['SIGINT', 'SIGTERM'], 130],
    ['SIGTERM (a job timeout)', ['SIGTERM'], 143],
  ] as const) {
    it(`leaves no pgpass file, no partial dump and no manifest after ${how}`, async () => {
      const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'maint-cancel-runner-'));
      try {
        const files = {
          GITHUB_OUTPUT: path.join(runnerTemp, 'output'),
          GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
        };
        for (const file of Object.values(files)) await writeFile(file, '');
        const run = await cancelMidDump(
          [path.join(repoRoot, 'dist', 'backup-before-deploy', 'index.js')],
          {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            LANG: 'C.UTF-8',
            GITHUB_ACTIONS: 'true',
            CI: 'true',
            GITHUB_WORKSPACE: ws,
            RUNNER_TEMP: runnerTemp,
            GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
            GITHUB_REPOSITORY: 'acme/backend',
            ...files,
            'INPUT_DATABASE-URL': pg.url('shop'),
            INPUT_DESTINATION: 'backups',
          },
          'pg_dump',
          path.join(ws, 'backups'),
          runnerTemp,
          [...signals],
        );
        expect(run.exitCode, run.output).toBe(code);
        // There was a password file while the dump ran; there is none now.
        expect(run.privateFiles.some((f) => /pgpass/.test(f))).toBe(true);
        expect((await readdir(runnerTemp)).filter((f) => f.startsWith('maint-backup-'))).toEqual([]);
        expect(await textUnder(runnerTemp)).not.toContain(pg.password);
        expect(await filesIn(path.join(ws, 'backups'))).toEqual([]);
        // The dump tool saw no input variable (the URL with its password) in its environment.
        expect(run.toolEnviron).toContain('PGPASSFILE=');
        expect(run.toolEnviron).not.toMatch(/(^|\0)(INPUT_|MAINT_INPUT_)/);
        expect(run.toolEnviron).not.toContain(pg.password);
      } finally {
        await rm(runnerTemp, { recursive: true, force: true });
      }
    }, 120_000);
  }
});

describe.skipIf(mariadbMissing)('a cancelled backup (MariaDB, GitLab job)', () => {
  let db: DatabaseServer;
  beforeAll(async () => {
    db = await startMariadb();
    await db.sql(
      'mysql',
      'CREATE DATABASE shop; USE shop; CREATE TABLE item (id INT, payload TEXT); INSERT INTO item SELECT seq, REPEAT(MD5(seq), 10) FROM seq_1_to_200000;',
    );
  }, 120_000);
  afterAll(async () => {
    await db?.stop();
  });

  it('leaves no option file, no partial dump and no manifest after SIGTERM', async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'maint-cancel-tmp-'));
    try {
      const run = await cancelMidDump(
        [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'backup-before-deploy'],
        {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          LANG: 'C.UTF-8',
          CI: 'true',
          GITLAB_CI: 'true',
          CI_PROJECT_DIR: ws,
          TMPDIR: tmp,
          CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
          MAINT_INPUT_DATABASE_URL: db.url('shop'),
          MAINT_INPUT_DESTINATION: 'backups',
        },
        'mariadb-dump',
        path.join(ws, 'backups'),
        tmp,
        ['SIGTERM'],
      );
      expect(run.exitCode, run.output).toBe(143);
      expect(run.privateFiles.some((f) => /my-.*\.cnf$/.test(f))).toBe(true);
      expect((await readdir(tmp)).filter((f) => f.startsWith('maint-backup-'))).toEqual([]);
      expect(await textUnder(tmp)).not.toContain(db.password);
      expect(await filesIn(path.join(ws, 'backups'))).toEqual([]);
      expect(run.toolEnviron).not.toMatch(/(^|\0)(INPUT_|MAINT_INPUT_)/);
      expect(run.toolEnviron).not.toContain(db.password);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.skipIf(postgresMissing || motoMissing)(
  'a cancelled backup to S3 mid-upload (PostgreSQL, moto)',
  () => {
    let pg: DatabaseServer;
    let s3: Awaited<ReturnType<typeof startMotoS3>>;
    beforeAll(async () => {
      [pg, s3] = await Promise.all([startPostgres(), startMotoS3()]);
      await pg.sql('postgres', 'CREATE DATABASE shop');
      // Random hex compresses to about half: a dump of tens of MiB, so the upload is a multipart
      // one (parts of 8 MiB) well before pg_dump ends.
      await pg.sql(
        'shop',
        'CREATE TABLE item (id int, payload text); INSERT INTO item SELECT g, md5(random()::text) || md5(random()::text) || md5(random()::text) || md5(random()::text) FROM generate_series(1, 800000) g;',
      );
    }, 180_000);
    afterAll(async () => {
      await Promise.all([pg?.stop(), s3?.close()]);
    });

    for (const [how, signals, code, entry] of [
      ['SIGINT then SIGTERM, on GitHub', ['SIGINT', 'SIGTERM'], 130, 'github'],
      ['SIGTERM, in a GitLab job', ['SIGTERM'], 143, 'gitlab'],
    ] as const) {
      it(`aborts the multipart upload after ${how}: no open upload, no object`, async () => {
        const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'maint-cancel-s3-'));
        const prefix = `ci-${entry}/`;
        try {
          const files = {
            GITHUB_OUTPUT: path.join(runnerTemp, 'output'),
            GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
          };
          for (const file of Object.values(files)) await writeFile(file, '');
          const common = {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            LANG: 'C.UTF-8',
            CI: 'true',
            ...S3_KEYS,
          };
          const [args, env] =
            entry === 'github'
              ? [
                  [path.join(repoRoot, 'dist', 'backup-before-deploy', 'index.js')],
                  {
                    ...common,
                    GITHUB_ACTIONS: 'true',
                    GITHUB_WORKSPACE: ws,
                    RUNNER_TEMP: runnerTemp,
                    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
                    GITHUB_REPOSITORY: 'acme/backend',
                    ...files,
                    'INPUT_DATABASE-URL': pg.url('shop'),
                    INPUT_DESTINATION: `s3://backups/${prefix.slice(0, -1)}`,
                    'INPUT_S3-ENDPOINT': s3.url,
                  },
                ]
              : [
                  [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'backup-before-deploy'],
                  {
                    ...common,
                    GITLAB_CI: 'true',
                    CI_PROJECT_DIR: ws,
                    TMPDIR: runnerTemp,
                    CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
                    MAINT_INPUT_DATABASE_URL: pg.url('shop'),
                    MAINT_INPUT_DESTINATION: `s3://backups/${prefix.slice(0, -1)}`,
                    MAINT_INPUT_S3_ENDPOINT: s3.url,
                  },
                ];
          const run = await cancelMidDump(
            args,
            env,
            'pg_dump',
            async () => (await s3Contents(s3.url, prefix)).uploads.length > 0,
            runnerTemp,
            [...signals],
          );
          expect(run.exitCode, run.output).toBe(code);
          // What the user sees: the backup named, the signal, and that nothing was kept ...
          const said = run.output.split('\n').filter((l) => l.includes('failed at Database shop'));
          expect(said).toEqual([
            expect.stringMatching(
              new RegExp(
                `^(::error::|\x1b\\[31merror:\x1b\\[0m )backup production/\\d{8}T\\d{6}Z-0123456 failed at Database shop: cancelled by ${signals[0]}; nothing was kept$`,
              ),
            ),
          ]);
          // ... which is true: the multipart upload was aborted (no part stays stored) and no object appeared.
          expect(await s3Contents(s3.url, prefix)).toEqual({ objects: [], uploads: [] });
          expect((await readdir(runnerTemp)).filter((f) => f.startsWith('maint-backup-'))).toEqual([]);
          // The password reaches the runner only to be masked.
          const shown = run.output.split('\n').filter((l) => !l.startsWith('::add-mask::'));
          expect(`${shown.join('\n')}\n${await textUnder(runnerTemp)}`).not.toContain(pg.password);
        } finally {
          await rm(runnerTemp, { recursive: true, force: true });
        }
      }, 180_000);
    }
  },
);
