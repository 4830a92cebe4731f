/**
 * Django's database URLs (the forms dj-database-url reads) parsed into a connection. The password
 * is kept apart: it only ever reaches a tool through a 0600 file.
 */
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';

export type Engine = 'postgres' | 'mysql' | 'sqlite';

export interface Connection {
  readonly engine: Engine;
  /** Database name; for SQLite the absolute path of the file. */
  readonly database: string;
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  readonly password?: string;
  /** Query parameters such as `sslmode`. */
  readonly options: Readonly<Record<string, string>>;
  /** The URL without its password, for logs (SQLite: the path as written, and where it leads). */
  readonly display: string;
  /** What the manifest records as the source: `display`, or for SQLite the URL as written. */
  readonly source?: string;
}

const SCHEMES: Readonly<Record<string, Engine>> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  pgsql: 'postgres',
  psql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  mysql2: 'mysql',
  sqlite: 'sqlite',
};

/**
 * Parses one URL; `workspace` anchors relative SQLite paths (`sqlite:///db.sqlite3`).
 * @throws ConfigError naming `input`; the message never holds the password.
 */
export function parseDatabaseUrl(url: string, workspace: string, input = 'database-url'): Connection {
  const scheme = /^([a-z0-9+]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  const engine = scheme === undefined ? undefined : SCHEMES[scheme.replace(/\+.*$/, '')];
  if (engine === undefined) {
    throw new ConfigError(
      `Input "${input}": ${scheme ? `the scheme ${scheme}:// is not supported` : 'a database URL needs a scheme'}; use postgres://, mysql:// or sqlite:///.`,
      { input },
    );
  }
  if (engine === 'sqlite') {
    const file = url.slice(url.indexOf('://') + 3).replace(/\?.*$/, '');
    if (['', '/', ':memory:', '/:memory:'].includes(file)) {
      throw new ConfigError(`Input "${input}": sqlite:/// needs the path of the database file.`, { input });
    }
    // As Django's dj-database-url reads it: the path after one slash, so `sqlite:///db.sqlite3` is
    // relative (here to the workspace) and `sqlite:////var/db/app.sqlite3` absolute.
    const database = path.resolve(workspace, decodeURIComponent(file.replace(/^\//, '')));
    // Recorded as the user wrote it, and shown in the form they used (relative or absolute), so
    // `sqlite:///db.sqlite3` and `sqlite:////srv/db.sqlite3` stay distinguishable. The shown form is
    // not the URL itself: the input is secret, and the runner masks its exact text.
    const written = decodeURIComponent(file.replace(/^\//, ''));
    const relative = !written.startsWith('/');
    return {
      engine,
      database,
      options: {},
      display: relative ? `sqlite: ${written} (relative: ${database})` : `sqlite: ${written}`,
      source: url,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/^[^:]+/, 'http'));
  } catch {
    throw new ConfigError(
      `Input "${input}": ${scheme}:// URL is malformed; percent-encode special characters of the password.`,
      {
        input,
      },
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/')) {
    throw new ConfigError(
      `Input "${input}": the ${scheme}:// URL must name one database, as in ${scheme}://user@host:port/name.`,
      {
        input,
      },
    );
  }
  const options = Object.fromEntries(parsed.searchParams.entries());
  const user = parsed.username ? decodeURIComponent(parsed.username) : undefined;
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  const host = parsed.hostname ? parsed.hostname.replace(/^\[|\]$/g, '') : undefined;
  const port = parsed.port ? Number(parsed.port) : undefined;
  const who = user ? `${encodeURIComponent(user)}@` : '';
  const where = `${host ?? ''}${port ? `:${port}` : ''}`;
  return {
    engine,
    database,
    host,
    port,
    user,
    password,
    options,
    display: `${engine === 'postgres' ? 'postgres' : 'mysql'}://${who}${where}/${database}`,
  };
}

/** A short name for files and the manifest: the database name, or the SQLite file's name without extension. */
export function databaseLabel(connection: Connection): string {
  const base =
    connection.engine === 'sqlite'
      ? path.basename(connection.database).replace(/\.[^.]*$/, '')
      : connection.database;
  return base.replace(/[^A-Za-z0-9_.-]/g, '_') || 'database';
}
