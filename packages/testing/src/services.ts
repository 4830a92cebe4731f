/**
 * Real database servers for tests, each in a temp directory and on loopback only: PostgreSQL
 * (Debian's `postgresql`, with password authentication so a wrong password is refused for real)
 * and MariaDB (Debian's `mariadb-server`). `.ci/run` installs them; where the binaries are
 * missing the `*Missing` constants say why, for `describe.skipIf`.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Debian's PostgreSQL 15 server binaries. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export const postgresMissing: string | undefined = existsSync(path.join(POSTGRES_BIN, 'initdb'))
  ? undefined
  : `PostgreSQL 15 is not installed (${POSTGRES_BIN}/initdb): apt-get install postgresql`;

/** Why MariaDB tests cannot run here, or undefined when they can. */
export const mariadbMissing: string | undefined =
  existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db')
    ? undefined
    : 'MariaDB is not installed (/usr/sbin/mariadbd): apt-get install mariadb-server';

/** A running database server the test owns. */
export interface DatabaseServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** The server's version, such as `15.18`. */
  readonly version: string;
  /** A Django-style URL of database `name` with the admin's credentials. */
  url(name: string): string;
  /** Runs SQL (several statements allowed) in database `name`; resolves with the output (tab-separated rows). */
  sql(name: string, statements: string): Promise<string>;
  /** Stops the server and removes its directory. */
  stop(): Promise<void>;
}

/** Runs `command` with `input` on stdin (so SQL holding a password stays off the command line). */
function withInput(command: string, args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${command} failed: ${stderr || error.message}`)) : resolve(stdout),
    );
    // A client that exits before reading (a server still starting, polled) closes its stdin:
    // the write fails with EPIPE, and the exit status above is what says so.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function secret(): string {
  return `pw-${randomBytes(12).toString('hex')}`;
}

/** Runs a PostgreSQL server binary as `postgres` when we are root (the server refuses to run as root). */
function asPostgres(bin: string, args: string[]): [string, string[]] {
  const full = path.join(POSTGRES_BIN, bin);
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
}

/**
 * A PostgreSQL 15 cluster in a temp directory on 127.0.0.1 and a free port, with SCRAM password
 * authentication for the superuser `maint`. Resolves once it accepts connections.
 */
export async function startPostgres(): Promise<DatabaseServer> {
  if (postgresMissing) throw new Error(postgresMissing);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-pg-'));
  const data = path.join(dir, 'data');
  const password = secret();
  const pwfile = path.join(dir, 'pw');
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const { stdout } = await execFileAsync('id', ['-u', 'postgres']);
    const { stdout: gid } = await execFileAsync('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    await chown(pwfile, Number(stdout.trim()), Number(gid.trim()));
  }
  const run = async (bin: string, args: string[]): Promise<void> => {
    const [command, argv] = asPostgres(bin, args);
    await execFileAsync(command, argv, { cwd: dir });
  };
  await run('initdb', [
    '-D',
    data,
    '-U',
    'maint',
    '--pwfile',
    pwfile,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
  ]);
  await rm(pwfile);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  await run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  const base = { host: '127.0.0.1', port, user: 'maint', password };
  const env = { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' };
  const sql = async (name: string, statements: string): Promise<string> => {
    const { stdout } = await execFileAsync(
      'psql',
      [
        '-X',
        '-q',
        '-At',
        '-F',
        '\t',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'maint',
        '-d',
        name,
        '-c',
        statements,
      ],
      { env, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  };
  const version = (await sql('postgres', 'SHOW server_version')).trim().split(' ')[0] ?? '';
  return {
    ...base,
    version,
    url: (name) => `postgres://maint:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`,
    sql,
    async stop() {
      await run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A MariaDB server in a temp directory on 127.0.0.1 and a free port (run as root with
 * `--user=root`), with the password-protected admin `maint`. Resolves once it answers.
 */
export async function startMariadb(): Promise<DatabaseServer> {
  if (mariadbMissing) throw new Error(mariadbMissing);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-mariadb-'));
  const data = path.join(dir, 'data');
  const socket = path.join(dir, 'mysqld.sock');
  // A temp directory of its own: servers started side by side in the shared /tmp have collided on
  // their temp table names ("Error on delete of '/tmp/#sql-temptable-…'").
  const tmp = path.join(dir, 'tmp');
  await mkdir(tmp);
  const password = secret();
  const user = process.getuid?.() === 0 ? 'root' : os.userInfo().username;
  await execFileAsync('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    `--tmpdir=${tmp}`,
    `--user=${user}`,
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
  ]);
  const port = await freePort();
  const server = spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--tmpdir=${tmp}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--user=${user}`,
      `--pid-file=${path.join(dir, 'mariadbd.pid')}`,
      '--skip-log-bin',
      '--innodb-flush-log-at-trx-commit=0',
      `--log-error=${path.join(dir, 'error.log')}`,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const admin = async (statements: string, database?: string): Promise<string> => {
    const args = [
      '--no-defaults',
      `--socket=${socket}`,
      '-u',
      user,
      '-N',
      '-B',
      ...(database ? [database] : []),
    ];
    return withInput('mariadb', args, statements);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await admin('SELECT 1');
      break;
    } catch (error) {
      if (Date.now() > deadline || server.exitCode !== null) {
        server.kill('SIGKILL');
        await rm(dir, { recursive: true, force: true });
        throw new Error(`MariaDB did not start: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await admin(
    `CREATE USER 'maint'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL PRIVILEGES ON *.* TO 'maint'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;`,
  );
  const version = (await admin('SELECT VERSION()')).trim();
  return {
    host: '127.0.0.1',
    port,
    user: 'maint',
    password,
    version,
    url: (name) => `mysql://maint:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`,
    sql: (name, statements) => admin(statements, name),
    async stop() {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
