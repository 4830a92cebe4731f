/** The engine of a connection. */
import type { Connection } from '../database-url';
import type { DatabaseEngine, EngineContext } from './engine';
import { mysqlEngine } from './mysql';
import { postgresEngine } from './postgres';
import { sqliteEngine } from './sqlite';

export type { DatabaseEngine, DatabaseFacts, EngineContext } from './engine';

export function engineFor(connection: Connection, ctx: EngineContext): DatabaseEngine {
  switch (connection.engine) {
    case 'postgres':
      return postgresEngine(connection, ctx);
    case 'mysql':
      return mysqlEngine(connection, ctx);
    case 'sqlite':
      return sqliteEngine(connection, ctx);
  }
}
