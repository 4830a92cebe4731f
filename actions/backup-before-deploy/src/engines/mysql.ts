/**
 * MySQL and MariaDB: `mariadb-dump` (else `mysqldump`) with `--single-transaction`, routines,
 * triggers and events; restored with the `mariadb` (else `mysql`) client. The password reaches
 * the tools only through a 0600 `--defaults-extra-file`, always their first argument.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { which } from '@maint-actions/core';
import type { Connection } from '../database-url';
import { runPipe } from '../pipe';
import {
  collector,
  compress,
  type DatabaseEngine,
  type DatabaseFacts,
  type Dump,
  decompress,
  type EngineContext,
  lineCounter,
  runTool,
  scratchName,
} from './engine';
import { mysqlRowCounter } from './mysql-rows';

/** An option-file value, double-quoted with `\` and `"` escaped. */
function optionValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** `[client]` options of `connection`, written to a 0600 file of `privateDir`; resolves with its path. */
async function defaultsFile(connection: Connection, ctx: EngineContext, tag: string): Promise<string> {
  const lines = ['[client]'];
  if (connection.user !== undefined) lines.push(`user=${optionValue(connection.user)}`);
  if (connection.password !== undefined) lines.push(`password=${optionValue(connection.password)}`);
  if (connection.host !== undefined) lines.push(`host=${optionValue(connection.host)}`, 'protocol=TCP');
  if (connection.port !== undefined) lines.push(`port=${connection.port}`);
  const ssl = connection.options.ssl ?? connection.options['ssl-mode'];
  if (ssl && /^(true|1|required|verify_ca|verify_identity)$/i.test(ssl)) lines.push('ssl');
  // Only the command-line client knows a connect timeout; it connects first, so it is enough.
  lines.push('[mysql]', `connect-timeout=${ctx.connectTimeoutSeconds}`);
  const file = path.join(ctx.privateDir, `my-${tag}.cnf`);
  await writeFile(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return file;
}

const quoteName = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

export function mysqlEngine(connection: Connection, ctx: EngineContext): DatabaseEngine {
  let optionsPromise: Promise<string> | undefined;
  const options = (): Promise<string> => {
    optionsPromise ??= defaultsFile(connection, ctx, `${Date.now()}`);
    return optionsPromise;
  };
  const tool = async (mariadb: string, mysql: string): Promise<string> =>
    (await which(mariadb, ctx.env)) ? mariadb : mysql;
  const timeoutMs = (ctx.connectTimeoutSeconds + 60) * 1000;
  const query = async (sql: string, database: string, what: string, file?: string): Promise<string> =>
    runTool(
      await tool('mariadb', 'mysql'),
      [`--defaults-extra-file=${file ?? (await options())}`, '-N', '-B', '-e', sql, database],
      ctx.env,
      what,
      { timeoutMs },
    );
  const tables = async (database: string, file?: string): Promise<string[]> =>
    (
      await query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY 1",
        database,
        `connecting to ${connection.display}`,
        file,
      )
    )
      .split('\n')
      .filter((t) => t !== '');
  const rowCounts = async (database: string, file?: string): Promise<Record<string, number>> => {
    const names = await tables(database, file);
    if (names.length === 0) return {};
    const sql = names
      .map((t) => `SELECT ${JSON.stringify(t)}, COUNT(*) FROM ${quoteName(t)}`)
      .join(' UNION ALL ');
    const counts: Record<string, number> = {};
    for (const line of (await query(sql, database, `counting the rows of ${database}`, file)).split('\n')) {
      const [table, count] = line.split('\t');
      if (table && count !== undefined) counts[table] = Number(count);
    }
    return counts;
  };
  const client = async (database: string, file?: string) => ({
    command: await tool('mariadb', 'mysql'),
    args: [`--defaults-extra-file=${file ?? (await options())}`, database],
    env: ctx.env,
  });

  return {
    connection,
    extension: 'sql.zst',
    async open(): Promise<Dump> {
      const version = (
        await query('SELECT VERSION()', connection.database, `connecting to ${connection.display}`)
      ).trim();
      const dump = await tool('mariadb-dump', 'mysqldump');
      const client = (await runTool(dump, ['--version'], ctx.env, `${dump} --version`)).trim();
      const names = await tables(connection.database);
      const migrations = names.includes('django_migrations')
        ? (
            await query(
              "SELECT CONCAT(app, '.', name) FROM django_migrations ORDER BY id",
              connection.database,
              'reading django_migrations',
            )
          )
            .split('\n')
            .filter((m) => m !== '')
        : [];
      // Tables of engines without transactions are read as they are when the dump reaches them,
      // outside the --single-transaction snapshot.
      const loose = (
        await query(
          "SELECT CONCAT(t.table_name, ' (', t.engine, ')') FROM information_schema.tables t JOIN information_schema.engines e ON e.engine = t.engine WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND e.transactions <> 'YES' ORDER BY 1",
          connection.database,
          'looking for tables without transactions',
        )
      )
        .split('\n')
        .filter((t) => t !== '');
      const warnings = loose.length
        ? [
            `${connection.display}: ${loose.length} table${loose.length === 1 ? '' : 's'} without transactions (${loose.join(', ')}) ${loose.length === 1 ? 'is' : 'are'} not covered by the dump's consistent snapshot: rows written to ${loose.length === 1 ? 'it' : 'them'} during the dump may or may not be in it`,
          ]
        : [];
      // The row counts are read from the dump stream itself (the manifest describes the dump,
      // not a moment beside it): MySQL cannot share a --single-transaction snapshot.
      const counter = mysqlRowCounter();
      const facts: DatabaseFacts = {
        serverVersion: /mariadb/i.test(version) ? `MariaDB ${version}` : `MySQL ${version}`,
        tool: client.replace(/^.*?(Ver|Distrib)\s+/, `${dump} `),
        rowCounts: {},
        migrations,
        ...(warnings.length ? { warnings } : {}),
      };
      const args = [
        `--defaults-extra-file=${await options()}`,
        '--single-transaction',
        '--routines',
        '--triggers',
        '--events',
        '--hex-blob',
        '--no-tablespaces',
        connection.database,
      ];
      return {
        commands: [{ command: dump, args, env: ctx.env }, compress()],
        facts: async () => facts,
        tap: (chunk) => counter.write(chunk),
        counted: () => counter.result(),
        close: async () => undefined,
      };
    },
    async list(input) {
      const tables = lineCounter('CREATE TABLE ');
      await runPipe([decompress], { input, output: tables });
      return tables.count();
    },
    async contents(target) {
      const file = await defaultsFile(target, ctx, `check-${Date.now()}`);
      const counts = await rowCounts(target.database, file);
      const values = Object.values(counts);
      return { tables: values.length, rows: values.reduce((a, b) => a + b, 0) };
    },
    async restore(input, target) {
      const file = await defaultsFile(target, ctx, `target-${Date.now()}`);
      await runPipe([decompress, await client(target.database, file)], { input, output: collector() });
      return rowCounts(target.database, file);
    },
    async drill(open) {
      const scratch = scratchName(connection.database);
      await query(
        `CREATE DATABASE ${quoteName(scratch)}`,
        connection.database,
        `creating the scratch database ${scratch}`,
      );
      try {
        await runPipe([decompress, await client(scratch)], { input: await open(), output: collector() });
        return await rowCounts(scratch);
      } finally {
        await query(
          `DROP DATABASE IF EXISTS ${quoteName(scratch)}`,
          connection.database,
          `dropping ${scratch}`,
        );
      }
    },
  };
}
