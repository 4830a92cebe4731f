/**
 * PostgreSQL: `pg_dump -Fc -Z0` (zstd compresses, faster than pg_dump's own zlib) and
 * `pg_restore`. The dump reads a snapshot exported by a `psql` session, in which the manifest's
 * facts are read too. The password reaches the tools only through a 0600 PGPASSFILE.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigError } from '@maint-actions/core';
import type { Connection } from '../database-url';
import { runPipe } from '../pipe';
import {
  collector,
  compress,
  type DatabaseEngine,
  type Dump,
  decompress,
  type EngineContext,
  type Env,
  runTool,
  scratchName,
} from './engine';
import { startPsql } from './psql-session';

/** Exact row counts of every table, in one statement (`schema.table<TAB>count`). */
const ROW_COUNTS_SQL = `SELECT format('%I.%I', n.nspname, c.relname),
  (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY 1`;

/** Whether Django's migration table exists: the query below fails to parse without it. */
const HAS_MIGRATIONS_SQL = "SELECT to_regclass('django_migrations') IS NOT NULL";
const MIGRATIONS_SQL = `SELECT string_agg(app || '.' || name, E'\\n' ORDER BY id) FROM django_migrations`;

/** `host:port:database:user:password` with `:` and `\` escaped, as libpq reads it. */
function pgpassLine(user: string, password: string): string {
  const quote = (value: string): string => value.replace(/[\\:]/g, (c) => `\\${c}`);
  return `*:*:*:${quote(user)}:${quote(password)}\n`;
}

/** The libpq environment of `connection` (its password in a 0600 file of `privateDir`). */
async function libpqEnv(connection: Connection, ctx: EngineContext, tag: string): Promise<Env> {
  const env: Record<string, string | undefined> = {
    ...ctx.env,
    PGPASSWORD: undefined,
    PGHOST: connection.host,
    PGPORT: connection.port === undefined ? undefined : String(connection.port),
    PGUSER: connection.user,
    PGDATABASE: connection.database,
    PGCONNECT_TIMEOUT: String(ctx.connectTimeoutSeconds),
    PGAPPNAME: 'maint-actions backup-before-deploy',
  };
  const sslmode = connection.options.sslmode;
  if (sslmode) env.PGSSLMODE = sslmode;
  if (connection.password !== undefined) {
    const file = path.join(ctx.privateDir, `pgpass-${tag}`);
    await writeFile(file, pgpassLine(connection.user ?? '', connection.password), { mode: 0o600 });
    env.PGPASSFILE = file;
  }
  return env;
}

/** Row counts from the `schema.table<TAB>count` lines of ROW_COUNTS_SQL. */
function parseCounts(out: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of out.split('\n')) {
    const [table, count] = line.split('\t');
    if (table && count !== undefined) counts[table] = Number(count);
  }
  return counts;
}

/** `15.18` from `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`. */
export function toolVersion(output: string): string {
  return /\)\s+(\d+(?:\.\d+)*)/.exec(output)?.[1] ?? output.trim();
}

/** The major version of a version number (`150018` -> 15, `9.6.24` -> 9.6 is treated as 9). */
export function majorOf(versionNum: number): number {
  return Math.floor(versionNum / 10000);
}

export function postgresEngine(connection: Connection, ctx: EngineContext): DatabaseEngine {
  let envPromise: Promise<Env> | undefined;
  const env = (): Promise<Env> => {
    envPromise ??= libpqEnv(connection, ctx, `${connection.database}-${Date.now()}`);
    return envPromise;
  };
  const timeoutMs = (ctx.connectTimeoutSeconds + 60) * 1000;
  /** Counting every row reads every table: as long as a dump may take. */
  const countTimeoutMs = 6 * 60 * 60_000;
  const psql = async (sql: string, database: string, what: string, target = env): Promise<string> =>
    runTool(
      'psql',
      ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', database, '-c', sql],
      await target(),
      what,
      {
        timeoutMs,
      },
    );
  const rowCounts = async (database: string, target = env): Promise<Record<string, number>> =>
    parseCounts(await psql(ROW_COUNTS_SQL, database, `counting the rows of ${database}`, target));
  const restoreArgs = ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges'];

  return {
    connection,
    extension: 'pgdump.zst',
    async open(): Promise<Dump> {
      const where = connection.display;
      const libpq = await env();
      // The session holds the snapshot pg_dump reads (--snapshot), so the manifest's row counts,
      // taken in it while the dump runs, are those of the dump whatever is written meanwhile.
      const session = startPsql(connection.database, libpq);
      try {
        const [versions, snapshot, clientOut] = await Promise.all([
          session.query(
            "SELECT current_setting('server_version_num') || E'\\t' || current_setting('server_version')",
            `connecting to ${where}`,
            timeoutMs,
          ),
          session
            .query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', 'starting a transaction', timeoutMs)
            .then(() => session.query('SELECT pg_export_snapshot()', 'exporting a snapshot', timeoutMs)),
          runTool('pg_dump', ['--version'], libpq, 'pg_dump --version'),
        ]);
        const [serverNum, serverVersion] = versions.trim().split('\t');
        const client = toolVersion(clientOut);
        const serverMajor = majorOf(Number(serverNum));
        if (Number.parseInt(client, 10) < serverMajor) {
          throw new ConfigError(
            `pg_dump ${client} is older than the PostgreSQL ${serverVersion} server of ${where}: install postgresql-client-${serverMajor}.`,
          );
        }
        return {
          commands: [
            {
              command: 'pg_dump',
              args: [
                '-Fc',
                '-Z0',
                '--no-password',
                `--snapshot=${snapshot.trim()}`,
                '-d',
                connection.database,
              ],
              env: libpq,
            },
            compress(),
          ],
          async facts() {
            const hasMigrations =
              (await session.query(HAS_MIGRATIONS_SQL, 'looking for django_migrations', timeoutMs)).trim() ===
              't';
            const migrations = hasMigrations
              ? (await session.query(MIGRATIONS_SQL, 'reading django_migrations', timeoutMs)).trim()
              : '';
            const counts = await session.query(
              ROW_COUNTS_SQL,
              `counting the rows of ${connection.database}`,
              countTimeoutMs,
            );
            return {
              serverVersion: `PostgreSQL ${(serverVersion ?? '').split(' ')[0]}`,
              tool: `pg_dump ${client}`,
              rowCounts: parseCounts(counts),
              migrations: migrations ? migrations.split('\n') : [],
            };
          },
          close: () => session.close(),
        };
      } catch (error) {
        await session.close();
        throw error;
      }
    },
    async list(input: Readable) {
      const out = collector();
      await runPipe([decompress, { command: 'pg_restore', args: ['--list'], env: await env() }], {
        input,
        output: out,
      });
      return out
        .text()
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith(';')).length;
    },
    async contents(target: Connection) {
      const tenv = await libpqEnv(target, ctx, `check-${Date.now()}`);
      const values = Object.values(await rowCounts(target.database, async () => tenv));
      return { tables: values.length, rows: values.reduce((a, b) => a + b, 0) };
    },
    async restore(input: Readable, target: Connection) {
      const targetEnv = (): Promise<Env> => libpqEnv(target, ctx, `target-${Date.now()}`);
      const tenv = await targetEnv();
      await runPipe(
        [decompress, { command: 'pg_restore', args: [...restoreArgs, '-d', target.database], env: tenv }],
        {
          input,
          output: collector(),
        },
      );
      return rowCounts(target.database, async () => tenv);
    },
    async drill(open) {
      const scratch = scratchName(connection.database);
      await psql(
        `CREATE DATABASE "${scratch}"`,
        connection.database,
        `creating the scratch database ${scratch}`,
      );
      try {
        await runPipe(
          [decompress, { command: 'pg_restore', args: [...restoreArgs, '-d', scratch], env: await env() }],
          {
            input: await open(),
            output: collector(),
          },
        );
        return await rowCounts(scratch);
      } finally {
        await psql(
          `DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`,
          connection.database,
          `dropping ${scratch}`,
        );
      }
    },
  };
}
