import { describe, expect, it } from 'vitest';
import { databaseLabel, parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it("reads Django's PostgreSQL form with options and keeps the password out of the display", () => {
    const c = parseDatabaseUrl('postgres://app:s%3Acret%40x@db.internal:5433/shop?sslmode=require', '/ws');
    expect(c).toMatchObject({
      engine: 'postgres',
      host: 'db.internal',
      port: 5433,
      user: 'app',
      password: 's:cret@x',
      database: 'shop',
    });
    expect(c.options).toEqual({ sslmode: 'require' });
    expect(c.display).toBe('postgres://app@db.internal:5433/shop');
  });

  it('reads mysql:// and mariadb:// as MySQL', () => {
    expect(parseDatabaseUrl('mysql://u:p@127.0.0.1/app', '/ws')).toMatchObject({
      engine: 'mysql',
      database: 'app',
      port: undefined,
    });
    expect(parseDatabaseUrl('mariadb://u@h:3307/app', '/ws').engine).toBe('mysql');
  });

  it('reads absolute and workspace-relative SQLite paths', () => {
    expect(parseDatabaseUrl('sqlite:////var/db/app.sqlite3', '/ws').database).toBe('/var/db/app.sqlite3');
    expect(parseDatabaseUrl('sqlite:///./db.sqlite3', '/ws').database).toBe('/ws/db.sqlite3');
    // Django's form: one slash after sqlite:// starts a relative path, two an absolute one.
    expect(parseDatabaseUrl('sqlite:///db.sqlite3', '/ws').database).toBe('/ws/db.sqlite3');
    expect(parseDatabaseUrl('sqlite:///data/app.sqlite3?mode=ro', '/ws').database).toBe(
      '/ws/data/app.sqlite3',
    );
    expect(databaseLabel(parseDatabaseUrl('sqlite:///./db.sqlite3', '/ws'))).toBe('db');
  });

  it('shows a SQLite URL as written, so relative and absolute forms stay apart', () => {
    expect(parseDatabaseUrl('sqlite:///relative.db', '/ws')).toMatchObject({
      display: 'sqlite: relative.db (relative: /ws/relative.db)',
      source: 'sqlite:///relative.db',
    });
    expect(parseDatabaseUrl('sqlite:////abs.db', '/ws')).toMatchObject({
      display: 'sqlite: /abs.db',
      source: 'sqlite:////abs.db',
    });
  });

  it('refuses unknown schemes, missing names and never echoes the password', () => {
    expect(() => parseDatabaseUrl('oracle://u:hunter22@h/db', '/ws')).toThrow(
      'Input "database-url": the scheme oracle:// is not supported; use postgres://, mysql:// or sqlite:///.',
    );
    const error = (() => {
      try {
        parseDatabaseUrl('postgres://u:hunter22@h:5432/', '/ws');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toBe(
      'Input "database-url": the postgres:// URL must name one database, as in postgres://user@host:port/name.',
    );
    expect(error?.message).not.toContain('hunter22');
    expect(() => parseDatabaseUrl('sqlite:///', '/ws')).toThrow(
      'sqlite:/// needs the path of the database file',
    );
  });
});
