/**
 * SQLite: Python's `sqlite3` online backup API (consistent while the application writes, unlike
 * a file copy) into a private scratch file, which zstd then compresses. Restores decompress
 * beside the target and replace it atomically.
 */
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigError } from '@maint-actions/core';
import { onCancel } from '../cancel';
import type { Connection } from '../database-url';
import { runPipe } from '../pipe';
import {
  compress,
  type DatabaseEngine,
  DatabaseError,
  type Dump,
  decompress,
  type EngineContext,
  runTool,
} from './engine';

/** The Debian interpreter (its `sqlite3` module is always there). */
const PYTHON = '/usr/bin/python3';

/**
 * `backup SRC DST` copies SRC with the online backup API then inspects DST; `inspect DB` only
 * inspects. Prints JSON: version, integrity, rowCounts, migrations.
 */
const SCRIPT = `
import json, sqlite3, sys, urllib.parse
mode, path = sys.argv[1], sys.argv[2]
if mode == 'backup':
    source = sqlite3.connect('file:' + urllib.parse.quote(path) + '?mode=ro', uri=True)
    db = sqlite3.connect(sys.argv[3])
    source.backup(db)
    source.close()
else:
    db = sqlite3.connect('file:' + urllib.parse.quote(path) + '?mode=ro', uri=True)
integrity = db.execute('PRAGMA integrity_check').fetchone()[0]
tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
counts = {t: db.execute('SELECT count(*) FROM "%s"' % t.replace('"', '""')).fetchone()[0] for t in tables}
migrations = []
if 'django_migrations' in tables:
    migrations = [a + '.' + n for a, n in db.execute('SELECT app, name FROM django_migrations ORDER BY id')]
print(json.dumps({'version': sqlite3.sqlite_version, 'integrity': integrity, 'rowCounts': counts, 'migrations': migrations}))
`;

interface Inspection {
  readonly version: string;
  readonly integrity: string;
  readonly rowCounts: Record<string, number>;
  readonly migrations: string[];
}

async function python(ctx: EngineContext, args: string[], what: string): Promise<Inspection> {
  const out = await runTool(PYTHON, ['-c', SCRIPT, ...args], ctx.env, what, { timeoutMs: 30 * 60_000 });
  const result = JSON.parse(out) as Inspection;
  if (result.integrity !== 'ok')
    throw new DatabaseError(`${what}: integrity check failed: ${result.integrity}`);
  return result;
}

export function sqliteEngine(connection: Connection, ctx: EngineContext): DatabaseEngine {
  const copy = path.join(ctx.privateDir, `${path.basename(connection.database)}-${Date.now()}.backup`);
  /** Decompresses `input` into `file`; resolves with its inspection. */
  const unpack = async (input: Readable, file: string, what: string): Promise<Inspection> => {
    await runPipe([decompress], { input, output: createWriteStream(file, { mode: 0o600 }) });
    return python(ctx, ['inspect', file], what);
  };
  return {
    connection,
    extension: 'sqlite3.zst',
    async open(): Promise<Dump> {
      if (!existsSync(connection.database)) {
        throw new ConfigError(
          `Input "database-url": the SQLite database ${connection.database} does not exist.`,
          {
            input: 'database-url',
          },
        );
      }
      const facts = await python(
        ctx,
        ['backup', connection.database, copy],
        `backing up ${connection.database}`,
      );
      return {
        commands: [compress([copy])],
        facts: async () => ({
          serverVersion: `SQLite ${facts.version}`,
          tool: `python3 sqlite3 backup API (SQLite ${facts.version})`,
          rowCounts: facts.rowCounts,
          migrations: facts.migrations,
        }),
        close: () => rm(copy, { force: true }),
      };
    },
    async list(input) {
      const file = path.join(ctx.privateDir, `list-${Date.now()}.sqlite3`);
      try {
        return Object.keys((await unpack(input, file, 'listing the SQLite backup')).rowCounts).length;
      } finally {
        await rm(file, { force: true });
      }
    },
    async contents(target: Connection) {
      const found = await stat(target.database).catch(() => undefined);
      if (!found) return undefined;
      if (found.size === 0) return { tables: 0, rows: 0 };
      const values = Object.values(
        (await python(ctx, ['inspect', target.database], `reading ${target.database}`)).rowCounts,
      );
      return { tables: values.length, rows: values.reduce((a, b) => a + b, 0) };
    },
    async restore(input, target: Connection) {
      const temp = `${target.database}.restoring-${process.pid}`;
      const forget = onCancel(() => rmSync(temp, { force: true }));
      try {
        // The restored file keeps the mode of the one it replaces (the application may read it
        // as another user); a new one is private to its owner.
        const before = await stat(target.database).catch(() => undefined);
        const inspection = await unpack(input, temp, 'checking the restored SQLite database');
        if (before) await chmod(temp, before.mode & 0o777);
        await rm(`${target.database}-wal`, { force: true });
        await rm(`${target.database}-shm`, { force: true });
        await rename(temp, target.database);
        return inspection.rowCounts;
      } finally {
        forget();
        await rm(temp, { force: true });
      }
    },
    async drill(open) {
      const file = path.join(ctx.privateDir, `drill-${Date.now()}.sqlite3`);
      try {
        return (await unpack(await open(), file, 'the SQLite restore drill')).rowCounts;
      } finally {
        await rm(file, { force: true });
      }
    },
  };
}
